package dev.newsflow.parser.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsflow.model.Article;
import dev.newsflow.model.Image;
import dev.newsflow.model.RawPage;
import dev.newsflow.model.RelatedLink;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleExtractorTest {

    private static final String SEED_URL = "http://news.bbc.co.uk/hi/english/world/americas/newsid_1611000/1611753.stm";
    private final ArticleExtractor extractor = new ArticleExtractor();

    static byte[] fixture(String name) throws IOException {
        try (InputStream in = ArticleExtractorTest.class.getResourceAsStream("/samples/" + name)) {
            return in.readAllBytes();
        }
    }

    private Article seed() throws IOException {
        String text = new String(fixture("bbc-2001-bush-putin.txt"), StandardCharsets.UTF_8);
        return extractor.extract(RawPage.of(SEED_URL, "text/plain; charset=utf-8", text, null, "manual"));
    }

    @Test
    void findsEveryFieldOfTheSeedTextPage() throws IOException {
        Article a = seed();
        assertThat(a.headline()).isEqualTo("Bush and Putin's promising chemistry");
        assertThat(a.authors()).containsExactly("Stephen Mulvey");
        assertThat(a.publishedAt()).isEqualTo(Instant.parse("2001-10-21T18:52:00Z"));
        assertThat(a.section()).containsExactly("World", "Americas");
        assertThat(a.site()).isEqualTo("BBC News Online"); // "By BBC News Online's Stephen Mulvey"
        assertThat(a.language()).isEqualTo("en");
        assertThat(a.body()).startsWith("The meeting between the Russian and US leaders")
                .endsWith("a year or two years down the line.");
        assertThat(a.provenance()).containsEntry("publishedAt", "visible").containsEntry("section", "visible")
                .containsEntry("site", "visible")
                .containsEntry("language", "opennlp");
    }

    @Test
    void keepsSeedListsAsLinesAndSubheadingsAsParagraphs() throws IOException {
        Article a = seed();
        assertThat(a.body()).contains("\n\nPotential backlash\n\n", "\n\nLavish praise\n\n");
        assertThat(a.body()).contains("Encouraging Central Asian states to assist US troops\nPromising to arm the Northern Alliance\n");
        assertThat(a.lists()).hasSize(2);
        assertThat(a.lists().get(0)).hasSize(6).contains("Promising to arm the Northern Alliance");
        assertThat(a.lists().get(1)).hasSize(3);
    }

    @Test
    void leavesSeedCaptionsNavigationAndFooterOutOfTheBody() throws IOException {
        Article a = seed();
        assertThat(a.body()).doesNotContain("Tests of the missile system have had mixed results",
                "The two presidents have a good working relationship", "Front Page", "See also",
                "By BBC News Online", "E-mail this story", "Bush and Putin hail new relationship");
        assertThat(a.images()).extracting(Image::caption).contains("The two presidents have a good working relationship",
                "The 1945 Yalta conference: High water mark of the last alliance",
                "Defence Secretary Donald Rumsfeld is a strong supporter of missile defence",
                "Tests of the missile system have had mixed results");
        assertThat(a.relatedLinks()).extracting(RelatedLink::title)
                .containsExactly("Bush and Putin hail new relationship", "Apec unites against terrorism");
    }

    @Test
    void extractsBylineAndDatesFromJsonLdAndOpenGraph() throws IOException {
        String html = new String(fixture("theverge.html"), StandardCharsets.UTF_8);
        Article a = extractor.extract(RawPage.of("https://www.theverge.com/2023/6/7/apple-vision-pro", "text/html", html, null, "manual"));
        assertThat(a.authors()).containsExactly("Alex Heath");
        assertThat(a.publishedAt()).isEqualTo(Instant.parse("2023-06-07T20:54:26.829Z"));
        assertThat(a.site()).isEqualTo("The Verge");
        assertThat(a.language()).isEqualTo("en");
        assertThat(a.provenance()).containsKeys("headline", "authors", "publishedAt", "site", "canonicalUrl");
        assertThat(a.provenance().get("publishedAt")).isIn("json-ld", "opengraph");
        assertThat(a.body()).doesNotContain("Alex Heath").hasSizeGreaterThan(3000);
    }

    @Test
    void extractsNewsArticleBodyWithoutBoilerplate() throws IOException {
        String html = new String(fixture("nytimes-1.html"), StandardCharsets.UTF_8);
        Article a = extractor.extract(RawPage.of("https://www.nytimes.com/2016/12/13/world/africa/sudan.html", "text/html", html, null, "manual"));
        assertThat(a.headline()).isEqualTo("United States to Lift Sudan Sanctions");
        assertThat(a.authors()).containsExactly("Jeffrey Gettleman");
        assertThat(a.body()).contains("Sudan").doesNotContain("Advertisement", "Jeffrey Gettleman");
        assertThat(a.body().split("\n\n").length).isGreaterThan(5);
    }

    @Test
    void doesNotGlueHeadingToParagraph() {
        String html = "<html><head><title>A test of blocks</title></head><body><article><h2>Subheading</h2><p>First paragraph"
                + " of the article, long enough to count as content for the extractor to keep it.</p><ul><li>one item"
                + "</li><li>two item</li></ul><p>Second paragraph, also long enough to be kept by the content scoring.</p>"
                + "</article></body></html>";
        Article a = extractor.extract(RawPage.of("https://example.org/a", "text/html", html, null, "manual"));
        assertThat(a.body()).contains("Subheading\n\nFirst paragraph").contains("one item\ntwo item")
                .doesNotContain("SubheadingFirst");
    }

    @Test
    void readsTheDeclaredLanguagesFirstSubtagAndGuessesWhenTheDeclarationHasNone() {
        String body = "<body><article><h1>Harbour reopens</h1><p>The harbour reopened on Tuesday after a week of repairs "
                + "to the sea wall, and the first ferries sailed at dawn with a full load of passengers.</p><p>The council "
                + "said the work had cost less than planned and that the road to the quay would open next week.</p>"
                + "</article></body></html>";
        for (String lang : new String[] {"-", "_", "--", " "}) {
            Article a = extractor.extract(RawPage.of("https://example.org/a", "text/html",
                    "<html lang=\"" + lang + "\"><head><title>Harbour reopens</title></head>" + body, null, "manual"));
            assertThat(a.language()).as("lang=\"%s\"", lang).isEqualTo("en");
            assertThat(a.provenance()).as("lang=\"%s\"", lang).containsEntry("language", "opennlp");
        }
        Article british = extractor.extract(RawPage.of("https://example.org/a", "text/html",
                "<html lang=\"EN_gb\"><head><title>Harbour reopens</title></head>" + body, null, "manual"));
        assertThat(british.language()).isEqualTo("en");
        assertThat(british.provenance()).containsEntry("language", "html-lang");
    }

    @Test
    void aFailureOfTheExtractorItselfIsAnExtractionFailureOfThePageWithItsCause() {
        ArticleExtractor failing = new ArticleExtractor() {
            @Override
            Article extractPage(RawPage page) {
                throw new IllegalStateException("a bug met on this markup");
            }
        };
        assertThatThrownBy(() -> failing.extract(RawPage.of("https://example.org/odd", "text/html", "<p>odd</p>", null,
                "manual")))
                .isInstanceOfSatisfying(ExtractionException.class,
                        e -> assertThat(e.reasonCode()).isEqualTo("extractor-failure"))
                .hasMessageContaining("https://example.org/odd").hasMessageContaining("a bug met on this markup")
                .hasCauseInstanceOf(IllegalStateException.class);
        // the page's own problems keep their reason
        ArticleExtractor empty = new ArticleExtractor() {
            @Override
            Article extractPage(RawPage page) {
                throw new ExtractionException("empty-body", "no article text");
            }
        };
        assertThatThrownBy(() -> empty.extract(RawPage.of("https://example.org/e", "text/html", "<p>x</p>", null,
                "manual"))).isInstanceOfSatisfying(ExtractionException.class,
                        e -> assertThat(e.reasonCode()).isEqualTo("empty-body"));
    }

    @Test
    void repairsUtf8ReadAsWindows1252() throws IOException {
        String text = new String(fixture("bbc-2001-bush-putin.txt"), StandardCharsets.UTF_8);
        String mojibake = new String(text.getBytes(StandardCharsets.UTF_8), Charset.forName("windows-1252"));
        assertThat(Mojibake.likelyIn(mojibake)).isTrue();
        assertThat(Mojibake.repair(mojibake)).isEqualTo(text);
        Article a = extractor.extract(RawPage.of(SEED_URL, "text/plain", mojibake, null, "manual"));
        assertThat(a.body()).contains("Providing intelligence").doesNotContain("â€");
    }

    @Test
    void rejectsBinaryPagesWithReason() {
        assertThatThrownBy(() -> extractor.extract(RawPage.of("https://example.org/x.png", "image/png", "\u0089PNG\r\n", null, "manual")))
                .isInstanceOf(ExtractionException.class).extracting(e -> ((ExtractionException) e).reasonCode()).isEqualTo("binary");
        String junk = "\u0000\u0001\u0002\uFFFD".repeat(500);
        assertThatThrownBy(() -> extractor.extract(RawPage.of("https://example.org/x", "text/html", junk, null, "manual")))
                .isInstanceOf(ExtractionException.class).hasMessageContaining("binary")
                .extracting(e -> ((ExtractionException) e).reasonCode()).isEqualTo("binary");
    }

    @Test
    void rejectsEmptyPagesWithReason() {
        assertThatThrownBy(() -> extractor.extract(RawPage.of("https://example.org/e", "text/html", "  ", null, "manual")))
                .extracting(e -> ((ExtractionException) e).reasonCode()).isEqualTo("empty-body");
        assertThatThrownBy(() -> extractor.extract(RawPage.of("https://example.org/e", "text/html",
                "<html><head><title>Nothing here</title></head><body><div></div></body></html>", null, "manual")))
                .extracting(e -> ((ExtractionException) e).reasonCode()).isEqualTo("empty-body");
    }

    @Test
    void rejectsIndexPagesAsNotAnArticle() {
        StringBuilder html = new StringBuilder("<html><head><title>World news - Example</title></head><body><div class=\"stories\">");
        for (int i = 0; i < 40; i++) {
            html.append("<div class=\"story\"><a href=\"/world/story-").append(i).append("\">Headline number ").append(i)
                    .append(" about something that happened in the world today</a></div>");
        }
        html.append("</div></body></html>");
        assertThatThrownBy(() -> extractor.extract(RawPage.of("https://example.org/world", "text/html", html.toString(), null, "manual")))
                .extracting(e -> ((ExtractionException) e).reasonCode()).isEqualTo("not-an-article");
    }

    @Test
    void enforcesSizeAndDepthLimits() {
        ArticleExtractor small = new ArticleExtractor(new ExtractionLimits(1000, 50, Duration.ofSeconds(2), 25));
        assertThatThrownBy(() -> small.extract(RawPage.of("https://example.org/big", "text/html", "x".repeat(1001), null, "manual")))
                .extracting(e -> ((ExtractionException) e).reasonCode()).isEqualTo("too-large");
        String deep = "<div>".repeat(300) + "text" + "</div>".repeat(300);
        assertThatThrownBy(() -> new ArticleExtractor(new ExtractionLimits(1_000_000, 50, Duration.ofSeconds(2), 25))
                .extract(RawPage.of("https://example.org/deep", "text/html", deep, null, "manual")))
                .extracting(e -> ((ExtractionException) e).reasonCode()).isEqualTo("too-deep");
    }

    @Test
    void readsProseDatesWithZones() {
        assertThat(DateParsing.parse("Sunday, 21 October, 2001, 18:52 GMT 19:52 UK")).isEqualTo(Instant.parse("2001-10-21T18:52:00Z"));
        assertThat(DateParsing.parse("2018-04-05T06:00")).isEqualTo(Instant.parse("2018-04-05T06:00:00Z"));
        assertThat(DateParsing.parse("2015-07-24T05:36:09+01:00")).isEqualTo(Instant.parse("2015-07-24T04:36:09Z"));
        assertThat(DateParsing.parse("Jan. 13, 2017 10:05 p.m. ET")).isEqualTo(Instant.parse("2017-01-14T03:05:00Z"));
        assertThat(DateParsing.parse("not a date")).isNull();
    }

    @Test
    void readsDatesInOtherLanguagesAndJavaScriptsFormat() {
        assertThat(DateParsing.parse("1 mars 2019 à 15:20")).isEqualTo(Instant.parse("2019-03-01T15:20:00Z"));
        assertThat(DateParsing.parse("21 de octubre de 2001")).isEqualTo(Instant.parse("2001-10-21T00:00:00Z"));
        assertThat(DateParsing.parse("21. Oktober 2001, 18:52 Uhr")).isEqualTo(Instant.parse("2001-10-21T18:52:00Z"));
        assertThat(DateParsing.parse("Sept. 5, 2019")).isEqualTo(Instant.parse("2019-09-05T00:00:00Z"));
        assertThat(DateParsing.parse("Thu Sep 16 2021 03:52:10 GMT+0200 (CEST)")).isEqualTo(Instant.parse("2021-09-16T01:52:10Z"));
        assertThat(DateParsing.parse("Juni 2020")).isNull();
    }

    @Test
    void splitsBylinesIntoPeople() {
        assertThat(Bylines.split("By Jane Doe and John Roe")).isEqualTo(List.of("Jane Doe", "John Roe"));
        assertThat(Bylines.split("By BBC News Online's Stephen Mulvey")).isEqualTo(List.of("Stephen Mulvey"));
    }

    @Test
    void theFirstShareImageDeclaredInTheHeadLeadsTheImages() {
        String prose = "<p>The council met on Tuesday evening to discuss the budget, the new library and the state of the"
                + " roads, which residents say have not been repaired in years.</p>";
        String html = "<html><head><title>Council approves the budget</title>"
                + "<meta name=\"twitter:image\" content=\"https://example.org/twitter.jpg\">"
                + "<meta property=\"og:image\" content=\"/share.jpg\"></head><body><article>" + prose.repeat(4)
                + "<figure><img src=\"https://example.org/photo.jpg\"></figure>" + prose.repeat(2) + "</article></body></html>";
        Article a = extractor.extract(RawPage.of("https://example.org/news/1", "text/html", html, null, "manual"));
        assertThat(a.images()).extracting(Image::url)
                .containsExactly("https://example.org/twitter.jpg", "https://example.org/photo.jpg");
        assertThat(a.provenance()).containsEntry("images", "opengraph+visible");
    }

    @Test
    void resolvesRelativeAndLazyImageSourcesAgainstThePageOrItsBase() {
        String prose = "<p>The council met on Tuesday evening to discuss the budget, the new library and the state of the"
                + " roads, which residents say have not been repaired in years.</p>";
        String body = "<article>" + prose.repeat(4)
                + "<figure><img src=\"/img/council.jpg\" alt=\"The council\"><figcaption>Members vote</figcaption></figure>"
                + "<img src=\"//cdn.example.net/roads.jpg\"><img data-src=\"library.jpg\">" + prose.repeat(2) + "</article>";
        Article a = extractor.extract(RawPage.of("https://example.org/news/2024/budget.html", "text/html",
                "<html><head><title>Council approves the budget</title></head><body>" + body + "</body></html>", null, "manual"));
        assertThat(a.images()).extracting(Image::url).containsExactly("https://example.org/img/council.jpg",
                "https://cdn.example.net/roads.jpg", "https://example.org/news/2024/library.jpg");
        assertThat(a.images().getFirst().caption()).isEqualTo("Members vote");

        Article based = extractor.extract(RawPage.of("https://example.org/news/2024/budget.html", "text/html",
                "<html><head><base href=\"https://static.example.org/\"><title>Council approves the budget</title></head><body>"
                        + body + "</body></html>", null, "manual"));
        assertThat(based.images()).extracting(Image::url).contains("https://static.example.org/img/council.jpg",
                "https://static.example.org/library.jpg");
    }
}
