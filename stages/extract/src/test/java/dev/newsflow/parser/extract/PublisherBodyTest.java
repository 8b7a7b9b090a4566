package dev.newsflow.parser.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.model.RawPage;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The publisher-body rule ({@link PublisherBody}): the blocks that the page's own JSON-LD {@code articleBody} leaves out
 * go when that statement covers the extracted text, in whatever form the statement is written; a teaser, a truncated
 * body, a summary or a live blog's first entry changes nothing.
 */
class PublisherBodyTest {

    private static final List<String> PARAGRAPHS = List.of(
            "The council voted on Tuesday to rebuild the old harbour bridge, ending a decade of argument over whether the"
                    + " crossing could be saved.",
            "Engineers told the council that the steel frame, built in 1931, had corroded beyond repair and that patching"
                    + " it again would cost more than a new span.",
            "\u201cWe have spent enough on keeping a ruin standing,\u201d said Maria Lopes, who chairs the transport"
                    + " committee. \u201cIt\u2019s time to build.\u201d",
            "The new bridge will carry two lanes of traffic and a separated cycle path, and is due to open in the spring"
                    + " of 2029 if the contract is signed this year.",
            "Residents will be asked for their views at a meeting in the library next month, the council said.");

    /** The page's body under the publisher-body rule alone, with {@code jsonLd} in its head. */
    private static String body(String rule, String jsonLd, String article) {
        String html = "<html><head><title>Council votes to rebuild the harbour bridge</title>"
                + "<script type=\"application/ld+json\">" + jsonLd + "</script></head><body><article>"
                + "<h1>Council votes to rebuild the harbour bridge</h1>" + article + "</article></body></html>";
        return RuleAlone.article(rule, "https://example.org/news/bridge", html).body();
    }

    private static String ruleOn(String jsonLd, String article) {
        return body("publisher-body", jsonLd, article);
    }

    private static String ruleOff(String jsonLd, String article) {
        return new ArticleExtractor(ExtractionLimits.DEFAULTS, PrecisionSettings.OFF).extract(RawPage.of(
                "https://example.org/news/bridge", "text/html", "<html><head><title>Council votes to rebuild the harbour"
                        + " bridge</title><script type=\"application/ld+json\">" + jsonLd + "</script></head><body>"
                        + "<article><h1>Council votes to rebuild the harbour bridge</h1>" + article
                        + "</article></body></html>", null, "manual")).body();
    }

    private static String newsArticle(String articleBody) {
        return "{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"Council votes to rebuild"
                + " the harbour bridge\",\"articleBody\":" + json(articleBody) + "}";
    }

    private static String json(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("<", "\\u003c")
                .replace(">", "\\u003e") + "\"";
    }

    private static String p(int i) {
        return "<p>" + PARAGRAPHS.get(i) + "</p>";
    }

    /** The five paragraphs with furniture among them that no phrase or class names. */
    private static final String WITH_FURNITURE = p(0) + "<p>Gallery: The old bridge | 14 Photos</p>" + p(1)
            + "<div class=\"buy\"><p>from $610.00</p><p>87</p></div>" + p(2)
            + "<p>The bridge at dusk, seen from the fish market.</p>" + p(3) + p(4)
            + "<p>Tell us what you think of the plans in the poll below.</p>";

    @Test
    void theBlocksTheStatementLeavesOutGoWhenItCoversTheText() {
        String body = ruleOn(newsArticle(String.join("\n\n", PARAGRAPHS)), WITH_FURNITURE);
        assertThat(body).isEqualTo(String.join("\n\n", PARAGRAPHS));
        assertThat(ruleOff(newsArticle(String.join("\n\n", PARAGRAPHS)), WITH_FURNITURE))
                .as("the page stresses something").contains("14 Photos", "$610.00", "87", "at dusk", "poll below");
    }

    @Test
    void aStatementWrittenAsHtmlFlattenedWithOtherQuotesInAGraphOrAnArrayIsReadAlike() {
        String html = String.join("", PARAGRAPHS.stream().map(x -> "<p>" + x + "</p>").toList());
        String flatStraight = String.join("", PARAGRAPHS).replace('\u201c', '"').replace('\u201d', '"')
                .replace('\u2019', '\'');
        String entities = html.replace("<", "&lt;").replace(">", "&gt;");
        for (String ld : new String[] {
                newsArticle(html),
                newsArticle(entities),
                "{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"WebPage\",\"name\":\"x\"},"
                        + "{\"@type\":\"Article\",\"headline\":\"h\",\"articleBody\":" + json(flatStraight) + "}]}",
                "[{\"@type\":\"Organization\",\"name\":\"Gazette\"},{\"@type\":[\"BlogPosting\",\"Article\"],"
                        + "\"articleBody\":" + json(String.join("\n", PARAGRAPHS).toUpperCase(java.util.Locale.ROOT)) + "}]"}) {
            assertThat(ruleOn(ld, WITH_FURNITURE)).as(ld).isEqualTo(String.join("\n\n", PARAGRAPHS));
        }
    }

    @Test
    void aReviewsBodyIsReadWhenThePageDeclaresNoArticleBody() {
        String ld = "{\"@context\":\"https://schema.org\",\"@type\":\"Review\",\"name\":\"Review\",\"reviewBody\":"
                + json(String.join("\n\n", PARAGRAPHS)) + "}";
        assertThat(ruleOn(ld, WITH_FURNITURE)).isEqualTo(String.join("\n\n", PARAGRAPHS));
    }

    @Test
    void aTeaserATruncatedBodyASummaryOrALiveBlogsFirstEntryChangesNothing() {
        String summary = "The council has agreed to replace the harbour bridge, which engineers say cannot be saved.";
        for (String ld : new String[] {
                newsArticle(PARAGRAPHS.get(0)),
                newsArticle(String.join(" ", PARAGRAPHS.subList(0, 3)) + " The new bridge will carry two\u2026"),
                newsArticle(summary),
                "{\"@context\":\"https://schema.org\",\"@graph\":[" + newsArticle(PARAGRAPHS.get(0)) + ","
                        + newsArticle(PARAGRAPHS.get(1)) + "]}"}) {
            assertThat(ruleOn(ld, WITH_FURNITURE)).as(ld).isEqualTo(ruleOff(ld, WITH_FURNITURE));
        }
    }

    @Test
    void aLongParagraphOfProseTheStatementLeavesOutMeansItIsNotTheWholeArticle() {
        String update = "Update: after this article was published, the council said that the contract would be put out"
                + " to tender again in the autumn, because the only bid it received was far above the budget the"
                + " committee had set, and that the opening would move to 2030.";
        String article = WITH_FURNITURE + "<p>" + update + "</p>";
        String ld = newsArticle(String.join("\n\n", PARAGRAPHS));
        assertThat(ruleOn(ld, article)).isEqualTo(ruleOff(ld, article)).contains(update);
    }

    @Test
    void subheadingsBetweenStatedParagraphsStayAndAHeadingOverFurnitureGoes() {
        String article = p(0) + "<h2>The engineers' report</h2>" + p(1) + p(2) + "<h2>What happens next</h2>" + p(3)
                + p(4) + "<h3>Gallery: The old bridge | 14 Photos</h3><p>from $610.00</p>";
        String body = ruleOn(newsArticle(String.join("\n\n", PARAGRAPHS)), article);
        assertThat(body).contains("The engineers' report", "What happens next").doesNotContain("Gallery", "$610");
    }

    @Test
    void aBlockWithAnImageOrInAFigureStays() {
        String article = p(0) + p(1) + "<p><img src=\"/bridge.jpg\" alt=\"\">The bridge at dusk.</p>"
                + "<figure><img src=\"/b2.jpg\" alt=\"\"><p>The bridge in 1931.</p></figure>" + p(2) + p(3) + p(4);
        assertThat(ruleOn(newsArticle(String.join("\n\n", PARAGRAPHS)), article))
                .contains("The bridge at dusk.", "The bridge in 1931.");
    }

    @Test
    void wordsIgnoreCaseAndPunctuationAndPartAGluedHeadingAndScriptsWithoutSpaces() {
        assertThat(PublisherBody.words("BusinessesVidyard announced")).isEqualTo(PublisherBody.words("businesses. Vidyard announced"));
        assertThat(PublisherBody.words("d\u2019euros \u201cquoted\u201d \u2013 x")).isEqualTo(PublisherBody.words("D'EUROS \"quoted\" - X"));
        assertThat(PublisherBody.words("市長は述べた")).hasSize(6);
        assertThat(PublisherBody.words("caf\u0065\u0301")).isEqualTo(PublisherBody.words("caf\u00e9"));
    }
}
