package dev.newsflow.parser.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.model.Article;
import dev.newsflow.model.RawPage;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * A live blog is dated as a newsroom dates it: published when it began, modified at its newest entry; an article that
 * merely holds several {@code <time>} elements keeps the date its first one gives.
 */
class LiveBlogDatesTest {

    /** A storm's live blog as CMSs set one: entries newest first, each opened by its {@code <time>}, no date declared. */
    private static final String LIVE_BLOG = """
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><title>Storm Hella live: power cuts spread – The Northern Ledger</title></head>
            <body><div id="top"><a href="/">The Northern Ledger</a> <a href="/news">News</a></div>
            <article><h1>Storm Hella live: power cuts spread</h1>
            <p class="standfirst">Storm Hella is crossing the north with gusts of up to 130 km/h. Follow our live coverage.</p>
            <div class="live-blog">
            <div class="block"><header><time datetime="2026-01-14T09:52:00Z">09:52</time></header><h2>Power cuts rise to 42,000</h2>
            <p>The grid operator says 42,000 homes are now without electricity, most of them in the hill villages north of Carrow.</p></div>
            <div class="block"><header><time datetime="2026-01-14T09:10:00Z">09:10</time></header><h2>Schools close early</h2>
            <p>The county council has told head teachers in the three northern districts to send pupils home at noon today.</p></div>
            <div class="block"><header><time datetime="2026-01-14T08:44:00Z">08:44</time></header><h2>Ferries cancelled</h2>
            <p>All sailings between the port and the islands are cancelled until tomorrow morning, the ferry company says.</p></div>
            <div class="block"><header><time datetime="2026-01-14T08:15:00Z">08:15</time></header><h2>Red warning extended</h2>
            <p>The weather service has extended its red warning for the northern coast until midnight, with gusts of 140 km/h.</p></div>
            </div></article>
            <div id="bottom"><a href="/imprint">Imprint</a></div></body></html>
            """;

    /** The same live blog declared in JSON-LD as a LiveBlogPosting whose coverage began before its first entry. */
    private static final String DECLARED = """
            <script type="application/ld+json">{"@context": "https://schema.org", "@type": "LiveBlogPosting",
             "headline": "Storm Hella live: power cuts spread", "coverageStartTime": "2026-01-14T08:00:00+01:00",
             "liveBlogUpdate": [{"@type": "BlogPosting", "headline": "Power cuts rise to 42,000", "datePublished": "2026-01-14T10:52:00+01:00"},
              {"@type": "BlogPosting", "headline": "Red warning extended", "datePublished": "2026-01-14T09:15:00+01:00"}]}</script>
            """;

    private static Article extract(String html) {
        return new ArticleExtractor().extract(RawPage.of("https://ledger.example/storm-live", "text/html", html, null, "test"));
    }

    @Test
    void aLiveBlogWasPublishedAtItsEarliestEntryAndModifiedAtItsNewest() {
        Article a = extract(LIVE_BLOG);
        assertThat(a.publishedAt()).isEqualTo(Instant.parse("2026-01-14T08:15:00Z"));
        assertThat(a.modifiedAt()).isEqualTo(Instant.parse("2026-01-14T09:52:00Z"));
    }

    @Test
    void aLiveBlogPostingWasPublishedWhenItsCoverageBeganAndModifiedAtItsNewestUpdate() {
        Article a = extract(LIVE_BLOG.replace("</head>", DECLARED + "</head>"));
        assertThat(a.publishedAt()).isEqualTo(Instant.parse("2026-01-14T07:00:00Z"));
        assertThat(a.modifiedAt()).isEqualTo(Instant.parse("2026-01-14T09:52:00Z"));
        assertThat(a.provenance()).containsEntry("publishedAt", "json-ld").containsEntry("modifiedAt", "json-ld");
    }

    @Test
    void aLiveBlogInMicrodataIsDatedByItsCoverageNotByItsNewestEntry() {
        String html = LIVE_BLOG.replace("<article>", "<article itemscope itemtype=\"https://schema.org/LiveBlogPosting\">"
                        + "<meta itemprop=\"coverageStartTime\" content=\"2026-01-14T07:30:00Z\">")
                .replace("<div class=\"block\">", "<div class=\"block\" itemprop=\"liveBlogUpdate\" itemscope"
                        + " itemtype=\"https://schema.org/BlogPosting\">")
                .replaceAll("<time datetime=\"([^\"]+)\">", "<time itemprop=\"datePublished\" datetime=\"$1\">");
        Article a = extract(html);
        assertThat(a.publishedAt()).isEqualTo(Instant.parse("2026-01-14T07:30:00Z"));
        assertThat(a.modifiedAt()).isEqualTo(Instant.parse("2026-01-14T09:52:00Z"));
        assertThat(a.provenance()).containsEntry("publishedAt", "microdata").containsEntry("modifiedAt", "microdata");
        Article withoutStart = extract(html.replace("<meta itemprop=\"coverageStartTime\" content=\"2026-01-14T07:30:00Z\">", ""));
        assertThat(withoutStart.publishedAt()).isEqualTo(Instant.parse("2026-01-14T08:15:00Z"));
    }

    @Test
    void aLiveBlogsDeclaredPublicationAndModificationStand() {
        String declared = "<meta property=\"article:published_time\" content=\"2026-01-14T06:30:00Z\">"
                + "<meta property=\"article:modified_time\" content=\"2026-01-14T10:05:00Z\">";
        Article a = extract(LIVE_BLOG.replace("</head>", declared + "</head>"));
        assertThat(a.publishedAt()).isEqualTo(Instant.parse("2026-01-14T06:30:00Z"));
        assertThat(a.modifiedAt()).isEqualTo(Instant.parse("2026-01-14T10:05:00Z"));
    }

    @Test
    void anArticleWithSeveralTimesKeepsTheDateOfItsFirst() {
        Article a = extract("""
                <!doctype html>
                <html lang="en"><head><meta charset="utf-8"><title>Council approves the harbour plan – The Northern Ledger</title></head>
                <body><div id="top"><a href="/">The Northern Ledger</a> <a href="/news">News</a></div>
                <article><h1>Council approves the harbour plan</h1>
                <p class="meta">Published <time datetime="2026-03-02T18:40:00Z">2 March 2026, 18:40</time>,
                updated <time datetime="2026-03-03T07:15:00Z">3 March 2026, 07:15</time></p>
                <p>The council voted on Monday evening to approve the plan for the old harbour, after a debate that began at
                <time datetime="2026-03-02T14:00:00Z">14:00</time> and ran for more than four hours.</p>
                <p>Work on the new quay is to start in the spring, the council's leader said, and the first ferries could dock
                there by the summer of next year if the funding from the region is confirmed in April.</p>
                <p>Residents who opposed the plan said they would ask for a judicial review of the decision, which they say
                ignored the traffic the new quay will bring through the narrow streets of the old town.</p>
                </article>
                <aside class="related"><h2>More news</h2><ul>
                <li><a href="/a">Ferry fares to rise</a> <time datetime="2026-03-04T09:00:00Z">4 March</time></li>
                <li><a href="/b">Bridge closed for repairs</a> <time datetime="2026-03-05T09:00:00Z">5 March</time></li>
                <li><a href="/c">New bus routes</a> <time datetime="2026-03-06T09:00:00Z">6 March</time></li></ul></aside>
                </body></html>
                """);
        assertThat(a.publishedAt()).isEqualTo(Instant.parse("2026-03-02T18:40:00Z"));
        assertThat(a.modifiedAt()).isNull();
    }
}
