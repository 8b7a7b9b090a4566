package dev.newsflow.parser.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.model.RawPage;
import org.junit.jupiter.api.Test;

/** Where the article ends: the trailing run of blocks that are not prose goes, the last prose paragraph stays. */
class TrailingBoundaryTest {

    private static final String PROSE = "<p>The council met on Tuesday evening to discuss the budget, the new library and"
            + " the state of the roads, which residents say have not been repaired in years.</p>";

    private static String body(String tail) {
        String html = "<html><head><title>Council approves the budget</title></head><body><article>" + PROSE.repeat(4)
                + "<p>Residents will be asked for their views at a meeting in the library next month, the council said.</p>"
                + tail + "</article></body></html>";
        return new ArticleExtractor(ExtractionLimits.DEFAULTS, PrecisionSettings.eachRuleAlone().get("trailing-boundary"))
                .extract(RawPage.of("https://example.org/news/budget", "text/html", html, null, "manual")).body();
    }

    @Test
    void aLongTrailingBlockOfLinksEndsTheArticle() {
        String links = "<p>Photos by <a href=\"/a\">Ana Ruiz (Agency One)</a>, <a href=\"/b\">Tom Berg (Agency Two)</a>,"
                + " <a href=\"/c\">Li Wei (Agency Three)</a>, <a href=\"/d\">Sam Okafor (Agency Four)</a>.</p>";
        String body = body(links);
        assertThat(body).endsWith("at a meeting in the library next month, the council said.").doesNotContain("Agency");
    }

    @Test
    void aTrailingParagraphOfProseWithALinkStays() {
        String prose = "<p>The full budget, with every line the council approved on Tuesday evening, is published on"
                + " <a href=\"/budget\">the council's website</a> and at the town hall.</p>";
        assertThat(body(prose)).endsWith("is published on the council's website and at the town hall.");
    }

    @Test
    void anArticleThatEndsOnAListOfItsOwnKeepsIt() {
        String list = "<p>The main changes parents will notice:</p><ul><li>Class sizes capped at 30</li>"
                + "<li>Music lessons charged at 5 pounds a session</li><li>Breakfast clubs kept in every primary school</li></ul>";
        assertThat(body(list)).endsWith("Music lessons charged at 5 pounds a session\nBreakfast clubs kept in every primary school");
    }

    @Test
    void aTrailingListOfLinksStillGoes() {
        String topics = "<ul><li><a href=\"/t/council\">Council</a></li><li><a href=\"/t/roads\">Roads</a></li>"
                + "<li><a href=\"/t/library\">Library</a></li></ul>";
        assertThat(body(topics)).endsWith("the council said.");
    }
}
