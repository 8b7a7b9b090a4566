package dev.newsflow.parser.extract;

import static dev.newsflow.parser.extract.RuleAlone.LAST;
import static dev.newsflow.parser.extract.RuleAlone.PAGE_END;
import static dev.newsflow.parser.extract.RuleAlone.PAGE_START;
import static dev.newsflow.parser.extract.RuleAlone.PROSE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.model.RawPage;
import org.junit.jupiter.api.Test;

/**
 * Furniture set as a paragraph or a short line among the article's paragraphs (the stress pages' third group): a
 * line that is one link to another story after a short label in any language, credit lines and bylines, a player's
 * "Watch:" line, posts embedded from social networks; and the article's own lines that look like them, which stay.
 */
class InlineFurnitureTest {

    /** The body of the article with {@code middle} after its second paragraph, under one rule alone. */
    private static String body(String rule, String middle) {
        String html = PAGE_START + PROSE.repeat(2) + middle + PROSE.repeat(2) + LAST + PAGE_END;
        return RuleAlone.article(rule, html).body();
    }

    private static String furnitureBody(String middle) {
        return body("labelled-furniture", middle);
    }

    @Test
    void aLineThatIsOneLinkToAnotherStoryGoesWhateverItsLabelsLanguage() {
        for (String line : new String[] {
                "<p>Citește și: <a href=\"/a\">Parcări noi în centru pentru locuitori</a></p>",
                "<p>Διαβάστε επίσης: <a href=\"/b\">Νέα γραμμή λεωφορείων στο κέντρο</a></p>",
                "<p><b>Ayrıca okuyun</b> <a href=\"/c\">Belediye yeni otobüs hattını açtı</a></p>",
                "<p>Lue myös \u00bb <a href=\"/d\">Kaupunki avaa uuden uimahallin syksyllä</a></p>",
                "<p>관련기사 <a href=\"/e\">서울시버스노선개편안발표</a></p>",
                "<p>READ | <a href=\"/f\">Bridge repairs delayed until spring</a></p>",
                "<p><a href=\"https://example.org/news/tram-fares\">Tram fares frozen for another year</a></p>",
                "<ul><li><a href=\"/g\">Terminal baru di selatan kota resmi dibuka</a></li></ul>",
                "<p>More: <a href=\"/news\">News</a></p>",
                "<p><a href=\"/cidade\">Veja mais</a></p>", "<p>Leia mais:</p>",
                "<p>Also read: <a href=\"/h\">Tram fares frozen again</a> | <a href=\"/i\">Bridge repairs delayed until May</a></p>"}) {
            String body = furnitureBody(line);
            assertThat(body).as(line).doesNotContain("centru", "λεωφορείων", "otobüs", "uimahallin", "서울시", "Bridge",
                    "Tram fares", "Terminal", "More:", "Veja mais", "Leia mais");
            assertThat(body).as(line).contains("Residents will be asked");
        }
    }

    @Test
    void proseWithALinkInItAListOfSourcesAndLinkedHeadingsStay() {
        String[] lines = {
                "<p>The report, <a href=\"/report\">published on Tuesday</a>, says the council under-spent on roads.</p>",
                "<p>Read the full statement below.</p>",
                "<p>The report is <a href=\"/report.pdf\">on the council's website</a>.</p>",
                "<p><a href=\"/report.pdf\">The full report is on the council's website.</a></p>",
                "<p>See <a href=\"/minutes\">the minutes of the meeting</a></p>",
                "<h3><a href=\"/budget\">What The Budget Means For Schools</a></h3>",
                "<ul><li><a href=\"/r1\">Annual Returns 2021 to 2025</a></li><li><a href=\"/r2\">District Meter Readings"
                        + " 2025</a></li></ul>",
                "<blockquote><p><a href=\"/q\">Nobody Asked The Residents First</a></p></blockquote>",
                "<p>Source: <a href=\"/r1\">Annual Returns 2021 to 2025</a></p>",
                "<p>Sources: <a href=\"/r1\">Annual Returns 2021 to 2025</a>, <a href=\"/r2\">District Meter Readings 2025</a></p>",
                "<p>The plan was backed by <a href=\"/m\">the Mayor Of The City</a> and <a href=\"/u\">Three Large Unions</a></p>"};
        for (String line : lines) {
            String text = org.jsoup.Jsoup.parse(line).text();
            for (PrecisionSettings settings : new PrecisionSettings[] {PrecisionSettings.OFF, PrecisionSettings.DEFAULTS}) {
                String html = "<html><body><article>" + PROSE.repeat(2) + line + PROSE.repeat(2) + LAST + "</article></body></html>";
                String body = new ArticleExtractor(ExtractionLimits.DEFAULTS, settings).extract(
                        RawPage.of("https://example.org/news/budget", "text/html", html, null, "manual")).body();
                assertThat(body.replace("\n", " ")).as(line + " with " + settings).contains(text.replace("\n", " "));
            }
        }
    }

    @Test
    void creditLinesAndBylinesAmongTheParagraphsGo() {
        for (String line : new String[] {"<p>Reporting by Tom Ashby; editing by Clare Moyes</p>",
                "<p>(With inputs from PTI)</p>", "<p>(Con información de agencias)</p>", "<p>Mit Material von dpa</p>",
                "<p>Redacción: Pablo Ortega; edición: Marta Gil</p>", "<p>By Harriet Cole, Environment Reporter</p>",
                "<p>Por Lucía Martín Vega</p>", "<p>— AFP</p>", "<p>(Reuters)</p>", "<p>Agencies</p>"}) {
            assertThat(furnitureBody(line)).as(line).doesNotContain("Ashby", "PTI", "agencias", "dpa", "Ortega", "Harriet",
                    "Lucía", "AFP", "Reuters", "Agencies");
        }
    }

    @Test
    void proseThatStartsLikeACreditOrABylineStays() {
        for (String line : new String[] {"<p>Reporting by the agency showed that the figures were wrong.</p>",
                "<p>By the end of the year the council hopes to finish the work.</p>",
                "<h3>By The Numbers</h3>", "<p>Edited by hand, the list ran to forty pages.</p>"}) {
            String text = org.jsoup.Jsoup.parse(line).text();
            assertThat(furnitureBody(line)).as(line).contains(text);
            assertThat(body("end-markers", line)).as(line).contains(text);
        }
    }

    @Test
    void aPlayersWatchLineGoesButAnInvitationToWatchStays() {
        for (String line : new String[] {"<p>WATCH: Flames and smoke rise above the warehouse</p>",
                "<p>Regardez : les images du chantier vues du ciel</p>", "<p>Sehen Sie hier: Interview mit dem Projektleiter</p>",
                "<p>VIDEO | Así quedó la calle tras la tormenta</p>", "<p>Media caption, The moment the roof gave way</p>"}) {
            assertThat(furnitureBody(line)).as(line).doesNotContain("Flames", "chantier", "Interview", "tormenta", "roof");
        }
        assertThat(furnitureBody("<p>Watch out for the new parking rules, which start in May.</p>"))
                .contains("Watch out for the new parking rules");
    }

    @Test
    void aPostEmbeddedFromASocialNetworkGoesAndTheProseThatTellsOfItStays() {
        String prose = "<p>In a post on X, the mayor said the council would not appeal the ruling and would pay the refunds.</p>";
        for (String embed : new String[] {
                "<blockquote class=\"twitter-tweet\"><p>We will not appeal. Refunds follow.</p>&mdash; Mayor (@mayor)"
                        + " <a href=\"https://twitter.com/mayor/status/1\">June 2, 2026</a></blockquote>",
                "<blockquote class=\"instagram-media\"><p>We will not appeal. Refunds follow.</p></blockquote>",
                "<blockquote class=\"tiktok-embed\"><section><p>We will not appeal. Refunds follow.</p></section></blockquote>",
                "<div class=\"fb-post\"><blockquote><p>We will not appeal. Refunds follow.</p></blockquote></div>",
                // the embed's class gone (a feed, an AMP page): the quotation links to the post it quotes
                "<blockquote><p>We will not appeal. Refunds follow.</p>— Mayor (@mayor) <a href=\"https://x.com/mayor/status/9\">June"
                        + " 2, 2026</a></blockquote>"}) {
            String body = body("social-embeds", prose + embed);
            assertThat(body).as(embed).doesNotContain("Refunds follow").contains("In a post on X, the mayor said");
        }
        String quotation = "<blockquote><p>We will not appeal, and the refunds will follow within the month.</p></blockquote>";
        assertThat(body("social-embeds", quotation)).contains("We will not appeal, and the refunds will follow");
    }
}
