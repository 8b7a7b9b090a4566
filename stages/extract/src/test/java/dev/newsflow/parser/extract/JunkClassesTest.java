package dev.newsflow.parser.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.model.RawPage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The stress pages (test resources {@code stress/}): one article, with one class of junk each among or after its
 * paragraphs. Without the precision rules the junk is in the body; with them it is out and the article whole.
 */
class JunkClassesTest {

    private static String resource(String name) throws IOException {
        try (InputStream in = JunkClassesTest.class.getResourceAsStream("/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String body(String page, PrecisionSettings settings) throws IOException {
        RawPage raw = RawPage.of("https://gazette.example/news/bridge", "text/html", resource("stress/" + page + ".html"), null, "test");
        return new ArticleExtractor(ExtractionLimits.DEFAULTS, settings).extract(raw).body();
    }

    @ParameterizedTest
    @ValueSource(strings = {"teaser-list", "related-list-mid", "photo-credit", "newsletter-promo", "author-bio",
            "share-read-more", "comment-count", "trailing-boilerplate"})
    void strictRulesTakeTheJunkOutAndKeepTheArticle(String page) throws IOException {
        String expected = resource("stress-article.txt").strip();
        assertThat(body(page, PrecisionSettings.OFF)).as("the page stresses something: without the rules the junk is in")
                .isNotEqualTo(expected).contains(expected.lines().filter(l -> !l.isBlank()).toArray(String[]::new));
        assertThat(body(page, PrecisionSettings.STRICT)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"teaser-list", "related-list-mid", "photo-credit", "newsletter-promo", "author-bio",
            "share-read-more", "comment-count", "trailing-boilerplate"})
    void defaultRulesKeepEveryParagraphOfTheArticle(String page) throws IOException {
        String[] paragraphs = resource("stress-article.txt").lines().filter(l -> !l.isBlank()).toArray(String[]::new);
        assertThat(body(page, PrecisionSettings.DEFAULTS)).contains(paragraphs);
    }
}
