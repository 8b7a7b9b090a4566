package dev.newsflow.parser.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class HeadlineRuleTest {

    private static final String URL = "https://www.vox.com/2024/5/1/story";

    private static ArticleDraft read(String head) {
        return readPage(head, "");
    }

    @Test
    void dropsASiteOrAuthorAffixAtEitherEndTwiceAtMost() {
        List<String> names = List.of("Daily Planet", "vox.com", "Jane Doe");
        assertThat(HeadlineRule.withoutAffixes("Daily Planet | Storm hits the coast - Jane Doe", names))
                .isEqualTo("Storm hits the coast");
        assertThat(HeadlineRule.withoutAffixes("Vox  ·  Storm hits the coast", names)).isEqualTo("Storm hits the coast");
        assertThat(HeadlineRule.withoutAffixes("Storm hits the coast - Reuters", names))
                .isEqualTo("Storm hits the coast - Reuters");
    }

    @Test
    void keepsAnAffixWhenWhatWouldBeLeftIsALoneWord() {
        assertThat(HeadlineRule.withoutAffixes("Storm | Daily Planet", List.of("Daily Planet"))).isEqualTo("Storm | Daily Planet");
    }

    @Test
    void prefersTheJsonLdNameWhenItIsTheOneMatchingThePageTitle() {
        String ld = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"SEO headline for search\","
                + "\"name\":\"Storm hits the coast overnight\"}</script>";
        ArticleDraft d = read(ld + "<title>Storm hits the coast overnight - Daily Planet</title>");
        assertThat(d.headline).isEqualTo("Storm hits the coast overnight");
        assertThat(d.provenance).containsEntry("headline", "json-ld");
        ArticleDraft headline = read(ld.replace("Storm hits the coast overnight", "Other words entirely")
                + "<title>SEO headline for search</title>");
        assertThat(headline.headline).isEqualTo("SEO headline for search");
    }

    @Test
    void fallsFromTheMetaTitlesToMicrodataToThePageTitle() {
        assertThat(read("<meta name=\"twitter:title\" content=\"Tweeted title here\"><title>Page title words here</title>")
                .provenance).containsEntry("headline", "twitter");
        ArticleDraft title = read("<title>Page title words here | Vox</title>");
        assertThat(title.headline).isEqualTo("Page title words here");
        assertThat(title.provenance).containsEntry("headline", "title");
    }

    private static ArticleDraft readPage(String head, String body) {
        MetadataCandidates page = new MetadataCandidates(Jsoup.parse("<html><head>" + head + "</head><body>" + body
                + "</body></html>", URL), URL, new ClassSignals());
        page.collect();
        ArticleDraft d = new ArticleDraft();
        HeadlineRule.read(page, DocumentTitle.of(page.titleElement, page.headings), d);
        return d;
    }

    @Test
    void theH1BeatsAShorterTitleItExtends() {
        ArticleDraft d = readPage("<title>Café prices</title>", "<h1>Café prices rise</h1><p>Text.</p>");
        assertThat(d.headline).isEqualTo("Café prices rise");
        assertThat(d.provenance).containsEntry("headline", "h1");
        // the site name and its separator are still trimmed from the title before the comparison
        ArticleDraft withSite = readPage("<title>Café prices | Vox</title>", "<h1>Café prices rise again in May</h1>");
        assertThat(withSite.headline).isEqualTo("Café prices rise again in May");
        ArticleDraft meta = readPage("<meta property=\"twitter:title\" content=\"Storm hits\"><title>Storm hits - Vox</title>",
                "<h1>Storm hits the coast</h1>");
        assertThat(meta.headline).isEqualTo("Storm hits the coast");
    }

    @Test
    void theTitleStaysWhenTheH1DoesNotExtendIt() {
        // a different h1 (a section name), a longer word rather than more words, a paragraph set as a heading
        assertThat(readPage("<title>Café prices rise | Vox</title>", "<h1>Business</h1>").headline).isEqualTo("Café prices rise");
        assertThat(readPage("<title>Café price</title>", "<h1>Café prices rise</h1>").headline).isEqualTo("Café price");
        String paragraph = "Café prices rise" + " and then a great many more words follow".repeat(4);
        assertThat(readPage("<title>Café prices rise | Vox</title>", "<h1>" + paragraph + "</h1>").headline)
                .isEqualTo("Café prices rise");
        // JSON-LD is the article's own declaration: an h1 does not override it
        assertThat(readPage("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Café prices\"}"
                + "</script>", "<h1>Café prices rise</h1>").headline).isEqualTo("Café prices");
    }
}
