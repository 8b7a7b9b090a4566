package dev.newsflow.fetcher.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Feeds and sitemaps: polled safely, politely, and no more often than their caching headers say. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class SourcePollerTest {

    private TestServer server;
    private CrawlRig rig;
    private SourcePoller poller;
    private final AtomicInteger wakes = new AtomicInteger();

    @BeforeEach
    void start() throws Exception {
        server = TestServer.start();
        rig = new CrawlRig();
        poller = new SourcePoller(rig.settings, rig.fetcher, rig.robots, rig.politeness, rig.ledger, rig.intake,
                rig.normaliser, wakes::incrementAndGet, rig.clock);
    }

    @AfterEach
    void stop() {
        poller.close();
        rig.close();
        server.close();
    }

    @Test
    void queuesTheArticlesOfAFeedAndPollsAgainWhenItsMaxAgeRunsOut() {
        server.route("/rss", Routes.feed("max-age=600", server.url("/news/1"), server.url("/news/2?utm_source=rss")));

        SourceEntry polled = poller.poll(poller.register(server.url("/rss"), SourceEntry.Kind.FEED));

        assertThat(polled.itemsFound()).isEqualTo(2);
        assertThat(polled.itemsQueued()).isEqualTo(2);
        assertThat(rig.ledger.get(server.url("/news/1")).state()).isEqualTo(UrlState.QUEUED);
        assertThat(rig.ledger.get(server.url("/news/2")).source()).isEqualTo("feed:" + server.url("/rss"));
        assertThat(polled.nextPollAt()).isBetween(Instant.now().plusSeconds(590), Instant.now().plusSeconds(610));
        assertThat(wakes).hasValue(1);
    }

    @Test
    void repollsAFeedConditionallyAndQueuesNothingNewOn304() {
        server.route("/rss", Routes.feed(null, server.url("/news/1")));
        SourceEntry first = poller.poll(poller.register(server.url("/rss"), SourceEntry.Kind.FEED));

        SourceEntry second = poller.poll(first);

        assertThat(server.hits("/rss").get(1).header("If-None-Match")).isEqualTo("\"feed-1\"");
        assertThat(second.lastStatus()).isEqualTo(304);
        assertThat(second.itemsQueued()).isZero();
        // No caching headers: the default interval.
        assertThat(second.nextPollAt()).isAfter(Instant.now().plus(rig.settings.defaultPollInterval()).minusSeconds(5));
    }

    @Test
    void refusesAFeedWithAnXxePayloadWithoutResolvingTheEntity() {
        server.route("/evil-rss", new Routes.FeedWithXxePayload(server.url("/xxe-probe")));
        server.route("/xxe-probe", Routes.page("root:x:0:0"));

        SourceEntry polled = poller.poll(poller.register(server.url("/evil-rss"), SourceEntry.Kind.FEED));

        assertThat(polled.reason()).contains("DOCTYPE");
        assertThat(polled.itemsQueued()).isZero();
        assertThat(server.hits("/xxe-probe")).isEmpty();
        assertThat(polled.nextPollAt()).isAfter(Instant.now());
    }

    @Test
    void followsASitemapIndexToItsSitemapsAndGoogleNewsSitemaps() {
        String base = server.url("");
        server.route("/sitemap-index.xml", new Routes.SitemapIndex(base));
        server.route("/sitemap-pages.xml", Routes.SitemapIndex.pages(base));
        server.route("/sitemap-news.xml", Routes.SitemapIndex.news(base));

        SourceEntry polled = poller.poll(poller.register(server.url("/sitemap-index.xml"), SourceEntry.Kind.SITEMAP));

        assertThat(polled.reason()).isNull();
        assertThat(polled.itemsFound()).isEqualTo(3);
        assertThat(rig.ledger.find(server.url("/news/1"))).isPresent();
        assertThat(rig.ledger.find(server.url("/news/2"))).isPresent();
        assertThat(rig.ledger.find(server.url("/about"))).isPresent();
    }

    @Test
    void refusesASitemapWithAnXxePayload() {
        server.route("/evil-sitemap.xml", ex -> TestServer.send(ex, 200, "application/xml", """
                <?xml version="1.0"?>
                <!DOCTYPE urlset [<!ENTITY xxe SYSTEM "%s">]>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>%s&xxe;</loc></url></urlset>
                """.formatted(server.url("/xxe-probe"), server.url("/news/"))));
        server.route("/xxe-probe", Routes.page("secret"));

        poller.poll(poller.register(server.url("/evil-sitemap.xml"), SourceEntry.Kind.SITEMAP));

        assertThat(server.hits("/xxe-probe")).isEmpty();
        assertThat(rig.ledger.find(server.url("/news/secret"))).isEmpty();
    }

    @Test
    void backsOffAFeedThatFails() {
        server.route("/rss", ex -> TestServer.send(ex, 500, "text/plain", "boom"));

        SourceEntry polled = poller.poll(poller.register(server.url("/rss"), SourceEntry.Kind.FEED));

        assertThat(polled.attempts()).isEqualTo(1);
        assertThat(polled.reason()).contains("500");
        assertThat(polled.nextPollAt()).isAfter(Instant.now().plus(Duration.ofSeconds(30)));
    }
}
