package dev.newsflow.parser.extract;

import static dev.newsflow.parser.extract.RuleAlone.LAST;
import static dev.newsflow.parser.extract.RuleAlone.PAGE_END;
import static dev.newsflow.parser.extract.RuleAlone.PAGE_START;
import static dev.newsflow.parser.extract.RuleAlone.PROSE;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Widgets set inside the article's body that say nothing of themselves in a label (the stress pages' twelfth group,
 * {@link InBodyWidgets}): a post embedded as plain text, known by its signature line; a pull quote, known by
 * repeating a sentence of the body; a reader poll, known by its own lines below a question. And the article's own
 * look-alikes, which stay: a handle in prose, a quotation the prose repeats only in part, a speaker's name under a
 * quotation, a survey's question and results without a poll's lines.
 */
class InBodyWidgetsTest {

    private static final String QUOTED = "<p>\u201cWe cannot keep patching the same potholes every winter,\u201d said the"
            + " council's leader, Priya Shah, who chairs the roads committee.</p>";

    /** The body of the article with {@code middle} after its quoted paragraph, under one rule alone. */
    private static String body(String rule, String middle) {
        String html = PAGE_START + PROSE.repeat(2) + QUOTED + middle + PROSE + LAST + PAGE_END;
        return RuleAlone.article(rule, html).body();
    }

    @Test
    void aPostLeftAsTextGoesWithItsFrame() {
        for (String post : new String[] {
                "<div class=\"embed\"><p>Roads budget passed tonight. Thank you to everyone who came.</p>"
                        + "<p>\u2014 Priya Shah (@priyashah) <a href=\"https://x.com/priyashah/status/1\">March 4, 2026</a></p></div>",
                "<figure class=\"wp-block-embed\"><div class=\"wp-block-embed__wrapper\"><p>Roads budget passed tonight.</p>"
                        + "&mdash; Priya Shah (@priyashah) <a href=\"https://twitter.com/priyashah/status/1\">4. M\u00e4rz 2026</a></div></figure>",
                "<div class=\"insta\"><p>Roads budget passed tonight.</p><p>Ein Beitrag geteilt von Priya Shah (@priyashah)</p></div>"}) {
            String body = body("social-embeds", post);
            assertThat(body).as(post).doesNotContain("Roads budget passed", "@priyashah");
            assertThat(body).as(post).contains("Residents will be asked", "Priya Shah, who chairs");
        }
    }

    @Test
    void aPostsSignatureAmongTheParagraphsGoesAlone() {
        String body = body("social-embeds", "<p>\u2014 Priya Shah (@priyashah) March 4, 2026</p>");
        assertThat(body).doesNotContain("@priyashah").contains("Residents will be asked");
    }

    @Test
    void aHandleInProseStays() {
        for (String line : new String[] {
                "<p>Shah, who posts as @priyashah, said the vote was the closest in ten years.</p>",
                "<p>The vote was announced by the council's leader, Priya Shah (@priyashah).</p>",
                "<p>Follow the debate with the council's account (@examplecouncil) and on the radio, the council said on Monday"
                        + " in a statement that also set out the budget's main lines for the coming year.</p>"}) {
            assertThat(body("social-embeds", line)).as(line).contains(org.jsoup.Jsoup.parse(line).text());
        }
    }

    @Test
    void aPullQuoteThatRepeatsTheBodyGoesWithItsAttribution() {
        for (String quote : new String[] {
                "<blockquote class=\"pull-quote\"><p>We cannot keep patching the same potholes</p></blockquote>",
                "<figure class=\"wp-block-pullquote\"><blockquote><p>\u201cWe cannot keep patching the same potholes every"
                        + " winter\u201d</p><cite>Priya Shah</cite></blockquote></figure>",
                "<aside class=\"quote\"><p>WE CANNOT KEEP PATCHING \u2026 EVERY WINTER</p></aside>",
                "<p class=\"pullquote\">\u201cWe cannot keep patching the same potholes every winter.\u201d</p>"}) {
            String body = body("labelled-furniture", quote);
            assertThat(body.split("patching", -1)).as(quote).hasSize(2);
            assertThat(body).as(quote).doesNotContain("Priya Shah\n").contains("Residents will be asked");
        }
    }

    @Test
    void aQuotationTheProseRepeatsInPartStaysAndSoDoesItsSpeaker() {
        for (String quote : new String[] {
                "<blockquote><p>We cannot keep patching the same potholes every winter. We will rebuild the worst"
                        + " ten roads first, and the rest over five years.</p></blockquote>",
                "<blockquote><p>Money for the roads is money for the buses, the ambulances and the bins.</p>"
                        + "<p>Priya Shah, council leader</p></blockquote>"}) {
            String body = body("labelled-furniture", quote);
            assertThat(body).as(quote).contains(org.jsoup.Jsoup.parse(quote).select("p").first().text());
        }
    }

    @Test
    void aReaderPollGoesWithItsQuestionAndAnswers() {
        for (String poll : new String[] {
                "<div class=\"poll\"><p>Should the council raise the roads budget?</p><ul><li>Yes</li><li>No</li></ul>"
                        + "<p>Vote now</p><p>1,204 votes</p></div>",
                "<div class=\"umfrage\"><h4>Umfrage</h4><p>Soll die Stadt mehr f\u00fcr Stra\u00dfen ausgeben?</p>"
                        + "<p>Ja</p><p>Nein</p><p>Ergebnisse anzeigen</p></div>",
                "<p>\u00bfDebe subir el presupuesto de carreteras?</p><p>S\u00ed 62%</p><p>No 38%</p><p>Total de votos: 845</p>"}) {
            String body = body("labelled-furniture", poll);
            assertThat(body).as(poll).doesNotContain("budget?", "Stadt", "carreteras", "Umfrage", "votes", "votos",
                    "Yes\n", "Ja\n");
            assertThat(body).as(poll).contains("Residents will be asked");
        }
    }

    @Test
    void aSurveyTheStoryReportsOnStays() {
        String survey = "<h3>Should the roads come first?</h3><ul><li>Yes: 58 per cent</li><li>No: 42 per cent</li></ul>"
                + "<p>Results of the council's survey, which 1,204 residents answered.</p>";
        String body = body("labelled-furniture", survey);
        assertThat(body).contains("Should the roads come first?", "Yes: 58 per cent", "No: 42 per cent",
                "1,204 residents answered");
    }

    @Test
    void aReviewsProsAndConsAndSpecSheetGo() {
        String boxes = "<div class=\"pc\"><h3>Pros</h3><ul><li>Long battery</li><li>Light</li></ul>"
                + "<h3>Cons</h3><ul><li>Dim screen</li><li>Loud fan</li></ul></div>"
                + "<table><caption>Specifications</caption><tr><th>Weight</th><td>1.2kg</td></tr>"
                + "<tr><th>Battery</th><td>14 hours</td></tr></table>"
                + "<h4>Vorteile</h4><ul><li>Leicht</li></ul><h4>Nachteile</h4><ul><li>Laut</li></ul>";
        String body = body("labelled-furniture", boxes);
        assertThat(body).doesNotContain("Long battery", "Dim screen", "Specifications", "1.2kg", "Leicht", "Laut")
                .contains("Residents will be asked", "Priya Shah, who chairs");
        String html = PAGE_START + PROSE.repeat(2) + QUOTED + boxes + PROSE + LAST + PAGE_END;
        assertThat(new ArticleExtractor(ExtractionLimits.DEFAULTS, PrecisionSettings.OFF).extract(dev.newsflow.model.RawPage
                .of("https://example.org/news/budget", "text/html", html, null, "manual")).body())
                .as("without the rules").contains("Long battery", "1.2kg");
    }

    @Test
    void aReviewsProseSectionsAListWithoutItsPairAndATableOfFiguresStay() {
        String page = "<h3>The good</h3><p>The battery lasted two days of heavy use, longer than any laptop we have tested"
                + " this year, and the keyboard is a pleasure.</p><h3>The bad</h3><p>The screen is dim outdoors.</p>"
                + "<h3>Pros</h3><ul><li>Lower fares</li><li>More buses</li></ul>"
                + "<table><tr><th>Metric</th><th>2024</th><th>2023</th></tr><tr><td>Revenue</td><td>$3.4bn</td>"
                + "<td>$3.9bn</td></tr></table>";
        assertThat(body("labelled-furniture", page)).contains("The battery lasted", "The screen is dim", "Lower fares",
                "Revenue");
    }

    @Test
    void aQuoteCardGoesAndFiguresInProseOrATableStay() {
        String card = "<div class=\"quote\"><a href=\"/quotes/HVF\">Halvorsen Freight Inc</a><span>HVF</span>"
                + "<span>$51.37</span><span>-8.36 (-14.00%)</span></div>";
        assertThat(body("labelled-furniture", card)).doesNotContain("Halvorsen", "51.37");
        String figures = "<p>Shares of Halvorsen fell 14% to $51.37 (-8.36) on Wednesday.</p>"
                + "<table><tr><td>HVF</td><td>$51.37</td><td>-14.00%</td></tr></table>"
                + "<ul><li>Dow: 42,114.40, -0.41%</li></ul>";
        assertThat(body("labelled-furniture", figures)).contains("Shares of Halvorsen fell 14%", "-14.00%", "-0.41%");
    }
}
