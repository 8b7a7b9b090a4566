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

    @Test
    void takesThePagesOwnSectionOverAUrlThatLeavesIt() {
        // the seed page as the BBC published it in 2001: the edition and the graphics level in the path
        assertThat(SectionTagger.tags(article(
                "http://news.bbc.co.uk/hi/english/world/americas/newsid_1611000/1611000.stm",
                List.of("World", "Americas")))).containsExactly("world", "world/americas");
        assertThat(SectionTagger.tags(article("https://example.org/politics/2024/05/12/vote-count-delayed",
                List.of("World", "Europe")))).containsExactly("world", "world/europe");
    }

    @Test
    void neverTakesLanguageEditionOrFormatSegmentsForSectionsInAUrl() {
        assertThat(SectionTagger.tags(article(
                "http://news.bbc.co.uk/hi/english/world/americas/newsid_1611000/1611000.stm", List.of())))
                .containsExactly("world", "world/americas");
        assertThat(SectionTagger.tags(article("https://www.bbc.com/arabic/middleeast/2024/05/some-story", List.of())))
                .containsExactly("middleeast");
        assertThat(SectionTagger.tags(article("https://example.com/fr/amp/articles/economy/some-story", List.of())))
                .containsExactly("economy");
        assertThat(SectionTagger.tags(article("https://example.com/pt-br/news/sport/some-story", List.of())))
                .containsExactly("sport");
    }

    @Test
    void keepsCountryEditionsThatAreSections() {
        assertThat(SectionTagger.tags(article("https://www.theguardian.com/uk/2010/jan/01/some-story", List.of())))
                .containsExactly("uk");
    }
}
