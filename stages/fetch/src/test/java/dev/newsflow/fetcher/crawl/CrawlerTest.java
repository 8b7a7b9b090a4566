package dev.newsflow.fetcher.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.messaging.PipelineMeters;
import dev.newsflow.messaging.TraceContext;
import dev.newsflow.model.ArticleId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The crawler against an in-process server whose routes misbehave the way real servers do. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class CrawlerTest {

    private TestServer server;
    private CrawlRig rig;

    @BeforeEach
    void start() throws Exception {
        server = TestServer.start();
        rig = new CrawlRig();
    }

    @AfterEach
    void stop() {
        rig.close();
        server.close();
    }

    @Test
    void publishesAFetchedPageWithItsStatusAndSource() throws Exception {
        server.route("/news/1", Routes.page("Hello"));

        LedgerEntry row = rig.crawl(server.url("/news/1"));

        assertThat(row.state()).isEqualTo(UrlState.PUBLISHED);
        assertThat(row.httpStatus()).isEqualTo(200);
        assertThat(rig.publisher.only().url()).isEqualTo(server.url("/news/1"));
        assertThat(rig.publisher.only().httpStatus()).isEqualTo(200);
        assertThat(rig.publisher.only().source()).isEqualTo("fetcher");
        assertThat(rig.publisher.only().key()).isEqualTo(ArticleId.of(server.url("/news/1")));
        assertThat(rig.publisher.traces).as("a fetched page starts its trace").singleElement()
                .satisfies(trace -> assertThat(TraceContext.isTraceId(trace.traceId())).isTrue());
        assertThat(server.hits("/news/1").getFirst().header("User-Agent")).startsWith("newsflow-fetcher");
    }

    @Test
    void countsEachCrawlAndSubmittedPageByTheStateItLeftTheUrlInAndEachRobotsRefusal() throws Exception {
        server.route("/robots.txt", new Routes.RobotsDisallowWithCrawlDelay(0));
        server.route("/news/1", Routes.page("Hello"));
        server.route("/private/*", Routes.page("secret"));

        rig.crawl(server.url("/news/1"));
        rig.crawl(server.url("/private/page"));
        rig.crawl(server.url("/missing"));
        rig.intake.submitPage(server.url("/news/submitted"), "text/html", "<html><body>Sent</body></html>", "api");

        assertThat(outcomes("published", "")).as("one crawled, one submitted with its body").isEqualTo(2);
        assertThat(outcomes("disallowed-by-robots", "disallowed-by-robots")).isEqualTo(1);
        assertThat(outcomes("error", "http-404")).isEqualTo(1);
        assertThat(rig.meters.get(FetchOutcomes.ROBOTS_REFUSALS).counter().count()).isEqualTo(1);
        assertThat(rig.meters.get(PipelineMeters.RECORDS_IN).counter().count()).isEqualTo(4);
        assertThat(rig.meters.get(PipelineMeters.RECORDS_OUT).counter().count()).isEqualTo(2);
        assertThat(rig.meters.get(PipelineMeters.PROCESSING).timer().count()).as("crawls are timed").isEqualTo(3);
    }

    private double outcomes(String state, String reasonCode) {
        return rig.meters.get(FetchOutcomes.OUTCOMES).tag("state", state).tag("reason_code", reasonCode).counter().count();
    }

    @Test
    void refusesUrlsThatRobotsTxtDisallows() throws Exception {
        server.route("/robots.txt", new Routes.RobotsDisallowWithCrawlDelay(0));
        server.route("/private/*", Routes.page("secret"));

        LedgerEntry row = rig.crawl(server.url("/private/page"));

        assertThat(row.state()).isEqualTo(UrlState.DISALLOWED_BY_ROBOTS);
        assertThat(row.reason()).contains("robots.txt").contains("/private/page");
        assertThat(server.hits("/private/page")).isEmpty();
        assertThat(rig.publisher.pages).isEmpty();
    }

    @Test
    void waitsTheCrawlDelayOfRobotsTxtBetweenRequestsToOneHost() throws Exception {
        server.route("/robots.txt", new Routes.RobotsDisallowWithCrawlDelay(1));
        server.route("/news/*", Routes.page("news"));

        rig.crawl(server.url("/news/1"));
        rig.crawl(server.url("/news/2"));

        Instant first = server.hits("/news/1").getFirst().at();
        Instant second = server.hits("/news/2").getFirst().at();
        assertThat(Duration.between(first, second)).isGreaterThanOrEqualTo(Duration.ofMillis(950));
        assertThat(server.hits("/robots.txt")).hasSize(1);
    }

    @Test
    void cutsOffABodyThatDoesNotFinishInTime() throws Exception {
        server.route("/slow", new Routes.SlowBody());

        long start = System.nanoTime();
        LedgerEntry row = rig.crawl(server.url("/slow"));

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        assertThat(row.state()).isEqualTo(UrlState.ERROR);
        assertThat(row.reasonCode()).isEqualTo("timeout");
        assertThat(row.nextFetchAt()).isNotNull();
        assertThat(rig.publisher.pages).isEmpty();
    }

    @Test
    void detectsARedirectLoop() throws Exception {
        server.route("/loop/*", new Routes.RedirectLoop());

        LedgerEntry row = rig.crawl(server.url("/loop/a"));

        assertThat(row.state()).isEqualTo(UrlState.ERROR);
        assertThat(row.reasonCode()).isEqualTo("redirect-loop");
        assertThat(row.reason()).contains("/loop/a -> ").contains("/loop/b");
        assertThat(server.hits()).hasSizeLessThanOrEqualTo(3);
    }

    @Test
    void followsRedirectsAndPublishesUnderTheFinalUrl() throws Exception {
        server.route("/old", Routes.redirectTo("/new"));
        server.route("/new", Routes.page("moved"));

        LedgerEntry row = rig.crawl(server.url("/old"));

        assertThat(row.state()).isEqualTo(UrlState.PUBLISHED);
        assertThat(row.finalUrl()).isEqualTo(server.url("/new"));
        assertThat(rig.publisher.only().url()).isEqualTo(server.url("/new"));
    }

    @Test
    void refusesARedirectToAnInternalAddress() throws Exception {
        server.route("/metadata", Routes.redirectTo("http://169.254.169.254/latest/meta-data/"));

        LedgerEntry row = rig.crawl(server.url("/metadata"));

        assertThat(row.state()).isEqualTo(UrlState.ERROR);
        assertThat(row.reasonCode()).isEqualTo("unsafe-destination");
        assertThat(row.reason()).contains("169.254.169.254").contains("link-local");
        assertThat(row.nextFetchAt()).isNull();
    }

    @Test
    void refusesLoopbackUnlessAllowed() throws Exception {
        server.route("/news/1", Routes.page("x"));
        try (CrawlRig strict = new CrawlRig(FetchSettings.defaults().withDestinations(false, List.of()))) {
            LedgerEntry row = strict.crawl(server.url("/news/1"));

            assertThat(row.reasonCode()).isEqualTo("unsafe-destination");
            assertThat(row.reason()).contains("loopback").contains("FETCHER_ALLOW_PRIVATE_HOSTS");
        }
        assertThat(server.hits()).isEmpty();
    }

    @Test
    void publishesNothingWhenTheServerAnswers304() throws Exception {
        server.route("/etag", new Routes.NotModified304());

        assertThat(rig.crawl(server.url("/etag")).state()).isEqualTo(UrlState.PUBLISHED);
        LedgerEntry again = rig.crawl(server.url("/etag"));

        assertThat(server.hits("/etag").get(1).header("If-None-Match")).isEqualTo("\"v1\"");
        assertThat(server.hits("/etag").get(1).header("If-Modified-Since")).isEqualTo("Tue, 01 Dec 2026 10:00:00 GMT");
        assertThat(again.state()).isEqualTo(UrlState.NOT_MODIFIED);
        assertThat(again.httpStatus()).isEqualTo(304);
        assertThat(rig.publisher.pages).hasSize(1);
    }

    @Test
    void doesNotRepublishAPageWhoseContentIsUnchanged() throws Exception {
        server.route("/same", Routes.page("same every time"));

        rig.crawl(server.url("/same"));
        LedgerEntry again = rig.crawl(server.url("/same"));

        assertThat(again.state()).isEqualTo(UrlState.UNCHANGED);
        assertThat(rig.publisher.pages).hasSize(1);
    }

    @Test
    void backsOffTheHostForItsRetryAfter() throws Exception {
        server.route("/busy", new Routes.TooManyRequestsWithRetryAfter(30));

        LedgerEntry row = rig.crawl(server.url("/busy"));

        assertThat(row.state()).isEqualTo(UrlState.ERROR);
        assertThat(row.reasonCode()).isEqualTo("http-429");
        assertThat(row.nextFetchAt()).isAfter(Instant.now().plusSeconds(25));
        assertThat(rig.politeness.nextStart("127.0.0.1")).isAfter(Instant.now().plusSeconds(25));
    }

    @Test
    void refusesAGzipBombAtTheSizeCap() throws Exception {
        Routes.GzipBomb bomb = new Routes.GzipBomb(64 * 1024 * 1024);
        server.route("/bomb", bomb);

        LedgerEntry row = rig.crawl(server.url("/bomb"));

        assertThat((long) bomb.compressedSize()).isLessThan(rig.settings.maxBodyBytes());
        assertThat(row.state()).isEqualTo(UrlState.ERROR);
        assertThat(row.reasonCode()).isEqualTo("too-large");
        assertThat(row.reason()).contains("gzip");
    }

    @Test
    void decodesAGzippedPage() throws Exception {
        server.route("/gz", Routes.gzipped("<html><body><p>compressed \u00e9</p></body></html>"));

        rig.crawl(server.url("/gz"));

        assertThat(rig.publisher.only().body()).isEqualTo("<html><body><p>compressed \u00e9</p></body></html>");
    }

    @Test
    void refusesAHugePage() throws Exception {
        server.route("/huge", new Routes.HugePage(20 * 1024 * 1024));

        LedgerEntry row = rig.crawl(server.url("/huge"));

        assertThat(row.reasonCode()).isEqualTo("too-large");
        assertThat(row.nextFetchAt()).isNull();
        assertThat(rig.publisher.pages).isEmpty();
    }

    @Test
    void decodesAnUndeclaredWindows1252Page() throws Exception {
        server.route("/legacy", new Routes.Windows1252Page());

        rig.crawl(server.url("/legacy"));

        assertThat(rig.publisher.only().body()).isEqualTo(Routes.Windows1252Page.TEXT);
        assertThat(rig.publisher.only().contentType()).isEqualTo("text/html; charset=windows-1252");
    }

    @Test
    void refusesContentThatIsNotAPage() throws Exception {
        server.route("/report.pdf", ex -> TestServer.send(ex, 200, "application/pdf", new byte[] {'%', 'P', 'D', 'F'}));

        LedgerEntry row = rig.crawl(server.url("/report.pdf"));

        assertThat(row.reasonCode()).isEqualTo("not-a-page");
        assertThat(row.reason()).contains("application/pdf");
        assertThat(rig.publisher.pages).isEmpty();
    }

    @Test
    void recordsAMissingPageWithoutRetrying() throws Exception {
        LedgerEntry row = rig.crawl(server.url("/gone"));

        assertThat(row.reasonCode()).isEqualTo("http-404");
        assertThat(row.nextFetchAt()).isNull();
    }

    @Test
    void leavesThePageDueWhenKafkaDoesNotAcknowledge() throws Exception {
        server.route("/news/1", Routes.page("x"));
        rig.publisher.down = true;

        LedgerEntry row = rig.crawl(server.url("/news/1"));

        assertThat(row.state()).isEqualTo(UrlState.ERROR);
        assertThat(row.reasonCode()).isEqualTo("publish-failed");
        assertThat(row.nextFetchAt()).isNotNull();
        // Not delivered, so the retry must not be conditional (a 304 would lose the page).
        rig.publisher.down = false;
        rig.crawl(server.url("/news/1"));
        assertThat(server.hits("/news/1").get(1).header("If-None-Match")).isNull();
        assertThat(rig.publisher.pages).hasSize(1);
    }

    @Test
    void doesNotRepublishAPageWhoseCanonicalIsAlreadyPublishedWithTheSameContent() throws Exception {
        String html = "<html><head><link rel=\"canonical\" href=\"/story\"></head><body><p>story</p></body></html>";
        server.route("/story", ex -> TestServer.send(ex, 200, "text/html; charset=utf-8", html));
        server.route("/story-amp", ex -> TestServer.send(ex, 200, "text/html; charset=utf-8", html));

        rig.crawl(server.url("/story"));
        LedgerEntry copy = rig.crawl(server.url("/story-amp"));

        assertThat(copy.state()).isEqualTo(UrlState.UNCHANGED);
        assertThat(copy.reasonCode()).isEqualTo("duplicate-of-canonical");
        assertThat(rig.publisher.pages).hasSize(1);
    }

    @Test
    void decodesDeflateBothZlibWrappedAndRaw() throws Exception {
        String html = "<html><body><p>deflated</p></body></html>";
        for (boolean raw : new boolean[] {false, true}) {
            java.util.zip.Deflater deflater = new java.util.zip.Deflater(6, raw);
            deflater.setInput(html.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            deflater.finish();
            byte[] buffer = new byte[1024];
            byte[] compressed = java.util.Arrays.copyOf(buffer, deflater.deflate(buffer));
            server.route("/deflate-" + raw, ex -> {
                ex.getResponseHeaders().set("Content-Encoding", "deflate");
                TestServer.send(ex, 200, "text/html; charset=utf-8", compressed);
            });

            rig.crawl(server.url("/deflate-" + raw));
        }

        assertThat(rig.publisher.pages).extracting(dev.newsflow.model.RawPage::body).containsOnly(html).hasSize(2);
    }
}
