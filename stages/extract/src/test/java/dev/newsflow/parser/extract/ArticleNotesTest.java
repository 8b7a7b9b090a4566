package dev.newsflow.parser.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.model.RawPage;
import org.junit.jupiter.api.Test;

/**
 * Notes about an article rather than of it, which end markers, labelled furniture and the "read more" rule take out:
 * where it appeared first, the print edition's line, "Related:", "[Read: …]" and "Learn more:" links set between
 * paragraphs, a media player's label and a reading time; prose that uses the same words stays. And the headline set
 * in the page is not a line of the body.
 */
class ArticleNotesTest {

    private static final String PARAGRAPHS = """
            <p>The harbour board met on Tuesday night and voted, after a long debate, to close the old ferry pier for a
            year of repairs, starting in the spring, when the crossing is quietest.</p>
            <p>Engineers told the board that the timber piles had rotted further than a survey in 2019 had found, and
            that a patch would not last another winter of storms on that side of the bay.</p>
            <p>Ferries will use the container terminal's berth meanwhile, which adds ten minutes to a crossing, the board
            said, and it will run a shuttle bus from the old pier to the terminal every quarter of an hour.</p>
            """;

    private static String body(String inside) {
        String html = "<html><head><title>Pier to close</title></head><body><article><h1>Pier to close</h1>"
                + inside + "</article></body></html>";
        RawPage raw = RawPage.of("https://gazette.example/news/pier", "text/html", html, null, "test");
        return new ArticleExtractor(ExtractionLimits.DEFAULTS, PrecisionSettings.DEFAULTS).extract(raw).body();
    }

    @Test
    void thePrintEditionsLineAndTheBioBeforeItGo() {
        String body = body(PARAGRAPHS + "<p>Ann Lee is a Metro reporter covering transport and the waterfront.</p>"
                + "<p>A version of this article appears in print on March 3, 2024, on Page A22 of the New York edition with"
                + " the headline: Pier to Close for a Year.</p>");

        assertThat(body).endsWith("every quarter of an hour.").doesNotContain("Ann Lee", "in print");
    }

    @Test
    void theAuthorsBioInAnotherLanguageGoesButTheStorysOwnPeopleStay() {
        for (String bio : new String[] {"Lena Hartmann ist Redakteurin im Ressort Wirtschaft.",
                "Marco Bellini è giornalista del Corriere Cittadino e si occupa di mobilità.",
                "Sanne de Wit is verslaggever bij het Stadsblad.", "Claire Dubois est journaliste au service Société.",
                "Lucía Prieto es periodista y cubre energía."}) {
            assertThat(body(PARAGRAPHS + "<p><em>" + bio + "</em></p>")).as(bio).endsWith("every quarter of an hour.");
        }
        for (String own : new String[] {"Sabine Krüger ist Bürgermeisterin seit dem Frühjahr und war vorher Kämmerin.",
                "Reis é diretor do jornal desde 2019.", "Die Journalistin Jana Vogt berichtet seit zwanzig Jahren."}) {
            assertThat(body(PARAGRAPHS + "<p>" + own + "</p>")).as(own).endsWith(own);
        }
    }

    @Test
    void whereTheArticleFirstAppearedGoes() {
        assertThat(body(PARAGRAPHS + "<p><em>This article originally appeared on <a href=\"https://other.example/\">The"
                + " Other Paper</a>.</em></p>")).endsWith("every quarter of an hour.");
        assertThat(body(PARAGRAPHS + "<p>This story was reprinted with permission from The Other Paper.</p>"))
                .endsWith("every quarter of an hour.");
    }

    @Test
    void aRelatedLinkBetweenParagraphsGoesButProseStartingWithTheWordStays() {
        String body = body(PARAGRAPHS.replace("</p>\n<p>Engineers", "</p><p>Related: <a href=\"/news/bridge\">Bridge tolls"
                + " to rise in May</a></p>\n<p>Engineers") + "<p>Related charges against the contractor were dropped in"
                + " January, the board's lawyer said.</p>");

        assertThat(body).doesNotContain("Bridge tolls").contains("Related charges against the contractor");
    }

    @Test
    void readLinksBetweenParagraphsGo() {
        String body = body(PARAGRAPHS.replace("</p>\n<p>Engineers", "</p><p>[Read: <a href=\"/news/bridge\">Bridge tolls"
                + " to rise in May</a>]</p><p>Learn more: <a href=\"/news/ferry\">How the ferry began</a></p>\n<p>Engineers")
                + "<p>Read: the board's report runs to 400 pages, and few members had.</p>");

        assertThat(body).doesNotContain("Bridge tolls", "How the ferry began").contains("Read: the board's report");
    }

    @Test
    void aMediaLabelAndAReadingTimeGo() {
        String body = body("<p>6 min read</p>" + PARAGRAPHS.replace("</p>\n<p>Engineers",
                "</p><div>Play video</div><div>Image</div>\n<p>Engineers"));

        assertThat(body).startsWith("The harbour board met").doesNotContain("Play video", "Image\n", "min read");
    }

    @Test
    void theHeadlineSetInThePageIsNotALineOfTheBody() {
        String marked = "<html><head><title>Pier to close</title><meta property=\"og:title\" content=\"The pier's last"
                + " winter\"></head><body><article><h2 itemprop=\"headline\">Why the old ferry pier must close</h2>"
                + PARAGRAPHS + "<h3>What happens next</h3><p>The board meets again in May to choose a contractor for the"
                + " work, from the three firms that bid for it last year.</p></article></body></html>";
        String repeated = "<html><head><title>Pier to close for a year</title></head><body><article>"
                + "<h3>Pier to close for a year</h3>" + PARAGRAPHS + "</article></body></html>";

        String body = new ArticleExtractor(ExtractionLimits.DEFAULTS, PrecisionSettings.DEFAULTS)
                .extract(RawPage.of("https://gazette.example/news/pier", "text/html", marked, null, "test")).body();
        assertThat(body).startsWith("The harbour board met").contains("What happens next");
        assertThat(new ArticleExtractor(ExtractionLimits.DEFAULTS, PrecisionSettings.DEFAULTS)
                .extract(RawPage.of("https://gazette.example/news/pier", "text/html", repeated, null, "test")).body())
                .startsWith("The harbour board met");
    }

    @Test
    void aDatelineBeforeTheArticleGoesButAParagraphOpeningWithADateStays() {
        assertThat(body("<p>2/26/2015 7:11 AM PST BY GAZETTE STAFF</p>" + PARAGRAPHS)).startsWith("The harbour board met");
        assertThat(body("<div>Tuesday 15 October 2019 by Ann Lee</div>" + PARAGRAPHS)).startsWith("The harbour board met");
        assertThat(body("<p>Posted by Ann Lee, Transport Reporter</p>" + PARAGRAPHS)).startsWith("The harbour board met");
        assertThat(body("<p>Last updated September 14, 2016</p>" + PARAGRAPHS)).startsWith("The harbour board met");
        assertThat(body("<p>Feb. 23, 2015 -- The harbour board met again after the storm and put off its vote.</p>"
                + PARAGRAPHS)).startsWith("Feb. 23, 2015 -- The harbour board");
    }

    @Test
    void aSectionHeadingMadeOfTheTitlesWordsIsNotTheHeadline() {
        // The page's <h1> sits in a header the walk drops; the first section heading uses three of the title's words.
        String html = "<html><head><title>Pier emergency: what the board decided and what ferry users should do</title>"
                + "</head><body><header class=\"site-header\"><h1>Pier emergency: what the board decided and what ferry"
                + " users should do</h1></header><article><h2>What the emergency means</h2>" + PARAGRAPHS
                + "</article></body></html>";

        String body = new ArticleExtractor(ExtractionLimits.DEFAULTS, PrecisionSettings.DEFAULTS)
                .extract(RawPage.of("https://gazette.example/news/pier", "text/html", html, null, "test")).body();
        assertThat(body).startsWith("What the emergency means");
    }
}
