package dev.newsflow.parser.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class HtmlMetadataTest {

    private static final String URL = "https://news.example.com/2024/05/01/story";

    private static ArticleDraft read(String head, String body) {
        String html = "<html lang=\"en\"><head>" + head + "</head><body>" + body + "</body></html>";
        ArticleDraft d = new ArticleDraft();
        new HtmlMetadata(Jsoup.parse(html, URL), URL).read(d);
        return d;
    }

    private static String ld(String json) {
        return "<script type=\"application/ld+json\">" + json + "</script>";
    }

    @Test
    void readsJsonLdWrappedInCdata() {
        ArticleDraft d = read(ld("<![CDATA[ {\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
                + "\"headline\":\"Declared headline\",\"datePublished\":\"2024-05-01T08:30:00+02:00\","
                + "\"author\":[{\"@type\":\"Person\",\"name\":\"Jane Doe\"},{\"@type\":\"Organization\",\"name\":\"Wire Co\"}]} ]]>")
                + "<meta property=\"og:title\" content=\"Social headline\">"
                + "<meta property=\"article:published_time\" content=\"2024-05-02T00:00:00Z\">", "<h1>Visible</h1>");
        assertThat(d.headline).isEqualTo("Declared headline");
        assertThat(d.authors).containsExactly("Jane Doe");
        assertThat(d.publishedAt).isEqualTo(Instant.parse("2024-05-01T06:30:00Z"));
        assertThat(d.provenance).containsEntry("headline", "json-ld").containsEntry("authors", "json-ld")
                .containsEntry("publishedAt", "json-ld");
    }

    @Test
    void undoesAPublishersDoubleEscapingInMetaButKeepsPlainAmpersands() {
        ArticleDraft d = read("<meta property=\"og:title\" content=\"Mugabe&amp;#39;s &amp;quot;Blue House&amp;quot; under guard\">"
                + "<meta name=\"description\" content=\"AT&amp;T and H&amp;M &amp;amp; friends\">", "");
        assertThat(d.headline).isEqualTo("Mugabe's \"Blue House\" under guard");
        assertThat(d.description).isEqualTo("AT&T and H&M & friends");
    }

    @Test
    void dropsAnAuthorsNameAppendedToTheTitleAndSplitsAPathLikeSection() {
        ArticleDraft d = read("<meta property=\"og:title\" content=\"Whales strand on the coast | Eleanor Ainge Roy\">"
                + "<meta name=\"author\" content=\"Eleanor Ainge Roy\"><meta name=\"section\" content=\"/world/middle_east\">", "");
        assertThat(d.headline).isEqualTo("Whales strand on the coast");
        assertThat(d.section).containsExactly("world", "middle east");
    }

    @Test
    void fallsBackToTheDayInTheArticleUrlSayingSo() {
        String url = "https://www.example.com/business/2015/03/18/ca175d64_story.html";
        ArticleDraft d = new ArticleDraft();
        new HtmlMetadata(Jsoup.parse("<html><body><span class=\"timestamp\">March 18 at 12:22 PM</span></body></html>", url), url)
                .read(d);
        assertThat(d.publishedAt).isEqualTo(Instant.parse("2015-03-18T00:00:00Z"));
        assertThat(d.provenance).containsEntry("publishedAt", "url");
        assertThat(DateParsing.dayInUrl("https://example.com/2015/13/40/x")).isNull();
        assertThat(DateParsing.dayInUrl("https://example.com/news/20150318")).isNull();
    }

    @Test
    void followsJsonLdGraphReferencesToTheAuthorAndPublisher() {
        ArticleDraft d = read(ld("{\"@context\":\"https://schema.org\",\"@graph\":["
                + "{\"@type\":\"Article\",\"@id\":\"#article\",\"headline\":\"Graph headline here\","
                + "\"author\":{\"@id\":\"#/schema/person/1\"},\"publisher\":{\"@id\":\"#organization\"}},"
                + "{\"@type\":\"Organization\",\"@id\":\"#organization\",\"name\":\"Daily Planet\"},"
                + "{\"@type\":\"Person\",\"@id\":\"#/schema/person/1\",\"name\":\"Lois Lane\"}]}"), "");
        assertThat(d.authors).containsExactly("Lois Lane");
        assertThat(d.site).isEqualTo("Daily Planet");
        assertThat(d.provenance).containsEntry("site", "json-ld");
    }

    @Test
    void prefersPropertyMetaOverNameMetaAndDublinCoreCreatorOverAuthor() {
        ArticleDraft d = read("<meta name=\"DC.title\" content=\"Name title\"><meta property=\"dc:title\" content=\"Property title\">"
                + "<meta name=\"author\" content=\"Meta Author\"><meta property=\"dc:creator og:site_name\" content=\"Creator Name\">", "");
        assertThat(d.headline).isEqualTo("Property title");
        assertThat(d.authors).containsExactly("Creator Name");
        assertThat(d.provenance).containsEntry("headline", "dublin-core").containsEntry("authors", "dublin-core");
    }

    @Test
    void keepsEveryValueOfARepeatedAuthorTagSurnameFirstNamesTurned() {
        ArticleDraft d = read("<meta name=\"DC.Creator\" content=\"Kooman, F.\"><meta name=\"DC.Creator\" content=\"Jong, Michiel de\">", "");
        assertThat(d.authors).containsExactly("F. Kooman", "Michiel de Jong");
    }

    @Test
    void dropsTheSiteNameAndAuthorAppendedToTheHeadline() {
        assertThat(read("<meta property=\"og:title\" content=\"How to Build a Terrarium | eHow\">"
                + "<meta property=\"og:site_name\" content=\"eHow\">", "").headline).isEqualTo("How to Build a Terrarium");
        assertThat(read("<meta property=\"og:title\" content=\"Vidyard Introduces New Features - Spiceworks\">"
                + "<meta property=\"og:site_name\" content=\"Spiceworks Inc\">", "").headline).isEqualTo("Vidyard Introduces New Features");
        assertThat(read(ld("{\"@type\":\"Article\",\"headline\":\"The Great Big Lie - John C. Welch - Medium\","
                + "\"author\":{\"@type\":\"Person\",\"name\":\"John C. Welch\"}}") + "<meta property=\"og:site_name\" content=\"Medium\">", "")
                .headline).isEqualTo("The Great Big Lie");
        // a part that is not the site's name stays, and so does a headline that would be left too short
        assertThat(read("<meta property=\"og:title\" content=\"Friday Facts - 0.17 in sight\"><meta property=\"og:site_name\" content=\"Factorio\">", "")
                .headline).isEqualTo("Friday Facts - 0.17 in sight");
        assertThat(read("<meta property=\"og:title\" content=\"Brexit | Guardian\"><meta property=\"og:site_name\" content=\"Guardian\">", "")
                .headline).isEqualTo("Brexit | Guardian");
    }

    @Test
    void takesTheDocumentTitleWithoutItsSiteWhenNothingIsDeclared() {
        assertThat(read("<title>New Zealand joins the pact on ocean plastics - Daily Planet</title>", "").headline)
                .isEqualTo("New Zealand joins the pact on ocean plastics");
    }

    @Test
    void theOrganisationPublishingIsNoAuthorButABloggerMayBeBoth() {
        ArticleDraft news = read(ld("{\"@type\":\"NewsArticle\",\"publisher\":{\"@type\":\"Organization\",\"name\":\"Spiceworks\"}}")
                + "<meta name=\"author\" content=\"Spiceworks\">", "");
        assertThat(news.authors).isEmpty();
        ArticleDraft site = read("<meta name=\"author\" content=\"Mac &amp; i\"><meta property=\"og:site_name\" content=\"Mac &amp; i\">", "");
        assertThat(site.authors).isEmpty();
        ArticleDraft blog = read(ld("{\"@type\":\"BlogPosting\",\"publisher\":{\"@type\":\"Person\",\"name\":\"Haki Benita\"}}")
                + "<meta property=\"og:site_name\" content=\"Haki Benita\"><meta name=\"author\" content=\"Haki Benita\">", "");
        assertThat(blog.authors).containsExactly("Haki Benita");
    }

    @Test
    void readsTheVisibleBylineOfTheArticleNotOfTeasers() {
        ArticleDraft d = read("", "<div class=\"related-stories\"><span class=\"byline\">By Other Writer</span></div>"
                + "<div class=\"follow-author\"><span class=\"author\">Famous Columnist</span></div>"
                + "<article><h1>Story</h1><p class=\"byline\">By Jane Doe and John Roe, Reuters</p><p>Text.</p></article>");
        assertThat(d.authors).containsExactly("Jane Doe", "John Roe");
        assertThat(d.provenance).containsEntry("authors", "visible");
    }

    @Test
    void readsMicrodataAuthorsWithTheirNames() {
        ArticleDraft d = read("", "<article><span itemprop=\"author\" itemscope itemtype=\"https://schema.org/Person\">"
                + "<a itemprop=\"name\">Martin Untersinger</a></span>"
                + "<div itemprop=\"author\" itemscope itemtype=\"https://schema.org/Organization\"><meta itemprop=\"name\" content=\"Le Journal\"></div></article>");
        assertThat(d.authors).containsExactly("Martin Untersinger");
        assertThat(d.provenance).containsEntry("authors", "microdata");
    }

    @Test
    void datesFromTheStrongestSource() {
        // a declared publication date beats JSON-LD's creation date
        ArticleDraft created = read(ld("{\"@type\":\"NewsArticle\",\"dateCreated\":\"2017-11-17T10:41:09Z\"}")
                + "<meta itemprop=\"datePublished\" content=\"2017-11-16T14:15+0000\">", "");
        assertThat(created.publishedAt).isEqualTo(Instant.parse("2017-11-16T14:15:00Z"));
        // the article's own footer holds its <time>; a broken datetime is passed over
        ArticleDraft time = read("", "<nav><time datetime=\"2001-01-01\">old</time></nav><article><p>Text</p><footer>Posted on "
                + "<time datetime=\"2015-03-10T08:05:41-07:00\">March 10, 2015</time> at <time datetime=\"PDT08:05:41-07:00\">08:05</time>"
                + "</footer></article>");
        assertThat(time.publishedAt).isEqualTo(Instant.parse("2015-03-10T15:05:41Z"));
        assertThat(time.provenance).containsEntry("publishedAt", "time");
    }

    @Test
    void visibleDatesPreferTheMachineReadableAttributeAndSkipInfoboxes() {
        ArticleDraft d = read("", "<table class=\"infobox\"><tr><td><span class=\"published\">1998-02-28</span></td></tr></table>"
                + "<ul class=\"meta\"><li class=\"date-and-time\" title=\"2015-03-13T21:00:00+11:00\">March 13, 2015 9:00PM</li></ul>");
        assertThat(d.publishedAt).isEqualTo(Instant.parse("2015-03-13T10:00:00Z"));
        assertThat(d.provenance).containsEntry("publishedAt", "visible");
    }

    @Test
    void readsADateWrittenInTheByline() {
        ArticleDraft d = read("", "<article><div class=\"byline\">By Nathan Willis, March 25, 2015</div></article>");
        assertThat(d.authors).containsExactly("Nathan Willis");
        assertThat(d.publishedAt).isEqualTo(Instant.parse("2015-03-25T00:00:00Z"));
    }
}
