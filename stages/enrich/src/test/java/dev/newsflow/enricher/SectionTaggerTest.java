package dev.newsflow.enricher;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.model.Article;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SectionTaggerTest {

    private static Article article(String url, List<String> section) {
        return new Article(0, null, url, null, null, "h", null, null, null, null, section, "en", "b", null, null,
                null, Map.of(), 1, null);
    }

    @Test
    void expandsTheSectionPathIntoEveryLevel() {
        assertThat(SectionTagger.tags(article("https://example.org/x", List.of("World", "Americas"))))
                .containsExactly("world", "world/americas");
    }

    @Test
    void readsBreadcrumbsHeldInOneString() {
        assertThat(SectionTagger.tags(article("https://example.org/x", List.of("World: Americas"))))
                .containsExactly("world", "world/americas");
    }

    @Test
    void derivesSectionsFromTheUrlPathSkippingDatesAndSlugs() {
        assertThat(SectionTagger.tags(article(
                "https://www.theguardian.com/business/economics/2024/may/12/inflation-falls-to-two-year-low", List.of())))
                .containsExactly("business", "business/economics");
    }

    @Test
    void doesNotRepeatAUrlSegmentTheSectionPathAlreadyHas() {
        assertThat(SectionTagger.tags(article("http://news.bbc.co.uk/2/hi/americas/1610632.stm",
                List.of("World", "Americas")))).containsExactly("world", "world/americas");
    }

    @Test
    void extendsTheSectionPathWithADeeperUrlPath() {
        assertThat(SectionTagger.tags(article("https://example.org/sport/football/arsenal-win-the-cup-again",
                List.of("Sport")))).containsExactly("sport", "sport/football");
    }

    @Test
    void normalisesSlugs() {
        assertThat(SectionTagger.slug("Arts & Culture")).isEqualTo("arts-culture");
        assertThat(SectionTagger.slug("Économie")).isEqualTo("economie");
        assertThat(SectionTagger.slug("Science and Environment")).isEqualTo("science-environment");
    }
}
