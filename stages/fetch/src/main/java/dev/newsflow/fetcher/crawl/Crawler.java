package dev.newsflow.fetcher.crawl;

import dev.newsflow.messaging.PipelineMeters;
import dev.newsflow.messaging.TraceContext;
import dev.newsflow.model.RawPage;
import dev.newsflow.model.charset.PageCharset;
import dev.newsflow.model.page.CanonicalUrl;
import io.micrometer.core.instrument.Timer;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes one ledger row through robots.txt, politeness, the HTTP fetch, dedupe and publication, and records
 * the outcome. Content errors are data (the row says why); a failed publication leaves the row due again.
 */
public final class Crawler {

    private static final Logger LOG = LoggerFactory.getLogger(Crawler.class);

    private final FetchSettings settings;
    private final HttpFetcher fetcher;
    private final RobotsCache robots;
    private final HostPoliteness politeness;
    private final CrawlLedger ledger;
    private final PagePublisher publisher;
    private final Clock clock;
    private final UrlNormaliser normaliser = new UrlNormaliser();
    private final PipelineMeters meters;
    private final FetchOutcomes outcomes;

    public Crawler(FetchSettings settings, HttpFetcher fetcher, RobotsCache robots, HostPoliteness politeness,
                   CrawlLedger ledger, PagePublisher publisher, Clock clock) {
        this(settings, fetcher, robots, politeness, ledger, publisher, clock, FetchOutcomes.unmetered());
    }

    /**
     * As the other constructor, metering every crawl: a URL taken is a record in, timed, and its outcome goes to
     * {@code outcomes}.
     */
    public Crawler(FetchSettings settings, HttpFetcher fetcher, RobotsCache robots, HostPoliteness politeness,
                   CrawlLedger ledger, PagePublisher publisher, Clock clock, FetchOutcomes outcomes) {
        this.outcomes = outcomes;
        this.meters = outcomes.meters();
        this.settings = settings;
        this.fetcher = fetcher;
        this.robots = robots;
        this.politeness = politeness;
        this.ledger = ledger;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** The politeness key of a URL: its host. */
    public static String hostOf(String url) {
        String host = URI.create(url).getHost();
        return host == null ? "" : host.toLowerCase(Locale.ROOT);
    }

    /** Crawls one row and returns it as saved. */
    public LedgerEntry crawl(LedgerEntry entry) throws InterruptedException {
        // A fetched page starts its trace here: the lines logged about its fetch and the record published carry it.
        TraceContext trace = TraceContext.start();
        try (TraceContext.LogScope logs = trace.inLogs()) {
            return crawl(entry, trace);
        }
    }

    private LedgerEntry crawl(LedgerEntry entry, TraceContext trace) throws InterruptedException {
        meters.received(1);
        Timer.Sample started = Timer.start(meters.registry());
        LedgerEntry next;
        try {
            next = fetchAndPublish(entry, trace);
        } catch (FetchException e) {
            next = failed(entry, e);
        }
        ledger.save(next);
        started.stop(meters.processing());
        outcomes.record(next);
        LOG.debug("{} -> {} {}", entry.url(), next.state().label(), next.reason() == null ? "" : next.reason());
        return next;
    }

    private LedgerEntry fetchAndPublish(LedgerEntry entry, TraceContext trace) throws FetchException, InterruptedException {
        URI uri = URI.create(entry.url());
        robots.check(uri);
        Duration crawlDelay = robots.rulesFor(uri).crawlDelay();
        // The row's validators are those of the last published version (see LedgerEntry#fetched).
        HttpFetcher.Validators validators = entry.publishedAt() != null
                ? new HttpFetcher.Validators(entry.etag(), entry.lastModified()) : HttpFetcher.Validators.NONE;
        HostPoliteness.Permit permit = politeness.acquire(hostOf(entry.url()), crawlDelay);
        FetchResponse response;
        try {
            response = fetcher.fetch(entry.url(), ContentKind.PAGE, validators, robots::check);
        } finally {
            politeness.release(permit);
        }
        Instant now = clock.instant();
        return switch (response) {
            case FetchResponse.NotModified nm -> entry.notModified(nm.status(), nm.etag(), nm.lastModified(), now);
            case FetchResponse.Failure f -> httpFailure(entry, f, now);
            case FetchResponse.Body body -> publish(entry, body, now, trace);
        };
    }

    private LedgerEntry publish(LedgerEntry entry, FetchResponse.Body body, Instant now, TraceContext trace) {
        PageCharset.Decoded decoded = body.decode();
        String hash = Ledgers.sha256(decoded.text());
        if (hash.equals(entry.contentHash())) {
            return entry.unchanged(body, now);
        }
        String canonical = canonicalOf(decoded.text(), body.finalUrl());
        if (canonical != null && !canonical.equals(entry.url())) {
            LedgerEntry original = ledger.find(canonical).orElse(null);
            if (original != null && hash.equals(original.contentHash())) {
                return entry.duplicateOf(canonical, body, now);
            }
        }
        LedgerEntry fetched = entry.fetched(body, now);
        // Recorded before publishing: if we die before the ack, the row is still due and gets refetched.
        ledger.save(fetched);
        String mediaType = body.contentType() == null ? "text/html" : ContentKind.mediaType(body.contentType());
        RawPage page = new RawPage(RawPage.SCHEMA_VERSION, body.finalUrl(),
                mediaType + "; charset=" + decoded.charset().name().toLowerCase(Locale.ROOT), decoded.text(), now,
                entry.source(), body.status());
        try {
            PagePublisher.Receipt receipt = publisher.publish(page, trace);
            return fetched.published(body.etag(), body.lastModified(), hash, receipt.partition(), receipt.offset(),
                    clock.instant());
        } catch (PagePublisher.PublishException e) {
            return fetched.failed("publish-failed", e.getMessage(), body.status(), body.finalUrl(),
                    clock.instant().plus(settings.errorBackoff()), clock.instant());
        }
    }

    /** The canonical URL the page declares ({@link CanonicalUrl}), normalised like ledger URLs; null if none usable. */
    private String canonicalOf(String html, String pageUrl) {
        CanonicalUrl.Declared declared = CanonicalUrl.find(html, pageUrl);
        if (declared == null) {
            return null;
        }
        try {
            return normaliser.normalise(declared.url());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private LedgerEntry httpFailure(LedgerEntry entry, FetchResponse.Failure f, Instant now) {
        int status = f.status();
        String host = hostOf(f.finalUrl());
        if (status == 429 || status == 503) {
            Duration wait = f.retryAfter() != null ? f.retryAfter() : settings.errorBackoff();
            politeness.backOff(host, wait);
            String why = "the server answered " + status + (status == 429 ? " Too Many Requests" : " Service Unavailable")
                    + "; " + host + " is left alone for " + wait.toSeconds() + " s"
                    + (f.retryAfter() != null ? " (its Retry-After)" : "");
            return entry.failed("http-" + status, why, status, f.finalUrl(), retryAt(entry, now.plus(wait)), now);
        }
        if (status >= 500) {
            Duration wait = settings.errorBackoff().multipliedBy(1L << Math.min(entry.attempts(), 10));
            return entry.failed("http-" + status, "the server answered " + status + "; retried later", status,
                    f.finalUrl(), retryAt(entry, now.plus(wait)), now);
        }
        String why = status == 404 || status == 410 ? "the page does not exist (" + status + ")"
                : status >= 300 && status < 400 ? "a redirect (" + status + ") without a Location header"
                : "the server answered " + status;
        return entry.failed("http-" + status, why, status, f.finalUrl(), null, now);
    }

    private LedgerEntry failed(LedgerEntry entry, FetchException e) {
        Instant now = clock.instant();
        if (e.code().equals("disallowed-by-robots")) {
            return entry.disallowed(e.getMessage(), now);
        }
        Instant retry = e.retryable()
                ? retryAt(entry, now.plus(settings.errorBackoff().multipliedBy(1L << Math.min(entry.attempts(), 10))))
                : null;
        return entry.failed(e.code(), e.getMessage(), e.status(), e.lastUrl(), retry, now);
    }

    /** {@code at}, or null once the attempts are used up. */
    private Instant retryAt(LedgerEntry entry, Instant at) {
        return entry.attempts() + 1 >= settings.maxAttempts() ? null : at;
    }
}
