package dev.newsflow.fetcher.crawl;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls feeds and sitemaps when due: conditional GET with their validators, next poll from their caching
 * headers (Cache-Control max-age / Expires, clamped to the configured bounds), new article URLs handed to the
 * {@link Intake}. Fetches go through robots.txt and the per-host politeness like any page.
 */
public final class SourcePoller implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SourcePoller.class);

    private final FetchSettings settings;
    private final HttpFetcher fetcher;
    private final RobotsCache robots;
    private final HostPoliteness politeness;
    private final SourceLedger sources;
    private final Intake intake;
    private final UrlNormaliser normaliser;
    private final Runnable onNewUrls;
    private final Clock clock;
    private final ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();

    public SourcePoller(FetchSettings settings, HttpFetcher fetcher, RobotsCache robots, HostPoliteness politeness,
                        SourceLedger sources, Intake intake, UrlNormaliser normaliser, Runnable onNewUrls, Clock clock) {
        this.settings = settings;
        this.fetcher = fetcher;
        this.robots = robots;
        this.politeness = politeness;
        this.sources = sources;
        this.intake = intake;
        this.normaliser = normaliser;
        this.onNewUrls = onNewUrls;
        this.clock = clock;
    }

    /**
     * Registers a feed or sitemap (or makes a known one due now).
     *
     * @throws IllegalArgumentException when the URL is not an absolute http(s) URL
     */
    public SourceEntry register(String url, SourceEntry.Kind kind) {
        String normalised = normaliser.normalise(url);
        Instant now = clock.instant();
        SourceEntry fresh = SourceEntry.registered(normalised, kind, now);
        SourceEntry entry = sources.findSource(fresh.id()).map(s -> s.dueNow(now)).orElse(fresh);
        sources.save(entry);
        return entry;
    }

    /** Polls every due source, each on its own virtual thread; returns once they are all done. */
    public void pollDue() {
        Instant now = clock.instant();
        List<SourceEntry> due = sources.dueSources(now, 100);
        List<java.util.concurrent.Future<?>> running = new ArrayList<>();
        for (SourceEntry s : due) {
            if (!politeness.hold(Crawler.hostOf(s.url()))) {
                continue; // another fetcher holds the host and polls its feeds
            }
            SourceEntry leased = s.leased(now.plus(settings.lease()));
            sources.save(leased);
            running.add(workers.submit(() -> poll(leased)));
        }
        for (java.util.concurrent.Future<?> f : running) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (java.util.concurrent.ExecutionException e) {
                LOG.warn("polling failed: {}", e.getCause().toString());
            }
        }
    }

    /** Polls one source now and saves the outcome. */
    public SourceEntry poll(SourceEntry source) {
        Instant now = clock.instant();
        SourceEntry next;
        try {
            HttpFetcher.Validators validators = new HttpFetcher.Validators(source.etag(), source.lastModified());
            ContentKind kind = source.kind() == SourceEntry.Kind.FEED ? ContentKind.FEED : ContentKind.SITEMAP;
            FetchResponse response = politeFetch(source.url(), kind, validators);
            next = switch (response) {
                case FetchResponse.NotModified nm -> source.polled(nm.status(),
                        nm.etag() == null ? source.etag() : nm.etag(),
                        nm.lastModified() == null ? source.lastModified() : nm.lastModified(),
                        source.itemsFound(), 0, clock.instant(), nextPoll(nm.freshFor()));
                case FetchResponse.Failure f -> source.failed(f.status(), "the server answered " + f.status(),
                        clock.instant(), clock.instant().plus(retryWait(source, f.retryAfter())));
                case FetchResponse.Body body -> {
                    List<String> urls = source.kind() == SourceEntry.Kind.FEED
                            ? FeedReader.links(body.bytes(), body.finalUrl())
                            : sitemapUrls(body);
                    int queued = intake.discover(urls, source.kind().prefix() + ":" + source.url());
                    if (queued > 0) {
                        onNewUrls.run();
                    }
                    yield source.polled(body.status(), body.etag(), body.lastModified(), urls.size(), queued,
                            clock.instant(), nextPoll(body.freshFor()));
                }
            };
        } catch (FetchException e) {
            next = source.failed(e.status(), e.getMessage(), clock.instant(),
                    clock.instant().plus(retryWait(source, null)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return source;
        } catch (HostPoliteness.HeldElsewhere e) {
            // Another fetcher took the host since: the source is due again, for that one.
            LOG.info("not polling {}: {}", source.url(), e.getMessage());
            SourceEntry released = source.leased(null);
            sources.save(released);
            return released;
        }
        sources.save(next);
        LOG.debug("polled {}: {} urls, {} new{}", source.url(), next.itemsFound(), next.itemsQueued(),
                next.reason() == null ? "" : ", " + next.reason());
        return next;
    }

    private FetchResponse politeFetch(String url, ContentKind kind, HttpFetcher.Validators validators)
            throws FetchException, InterruptedException {
        URI uri = URI.create(url);
        robots.check(uri);
        HostPoliteness.Permit permit = politeness.acquire(Crawler.hostOf(url), robots.rulesFor(uri).crawlDelay());
        try {
            FetchResponse response = fetcher.fetch(url, kind, validators, robots::check);
            if (response instanceof FetchResponse.Failure f && (f.status() == 429 || f.status() == 503)) {
                politeness.backOff(Crawler.hostOf(f.finalUrl()),
                        f.retryAfter() == null ? settings.errorBackoff() : f.retryAfter());
            }
            return response;
        } finally {
            politeness.release(permit);
        }
    }

    /** Page URLs of a sitemap, following an index to its children (each fetched politely), bounded. */
    private List<String> sitemapUrls(FetchResponse.Body body) throws FetchException, InterruptedException {
        Set<String> pages = new LinkedHashSet<>();
        Set<String> seen = new HashSet<>();
        Deque<FetchResponse.Body> documents = new ArrayDeque<>();
        documents.add(body);
        seen.add(body.finalUrl());
        int fetchedChildren = 0;
        while (!documents.isEmpty() && pages.size() < settings.maxSitemapUrls()) {
            FetchResponse.Body doc = documents.poll();
            SitemapReader.Parsed parsed = SitemapReader.parse(doc.bytes(), doc.contentType(), doc.finalUrl());
            if (!parsed.index()) {
                for (String u : parsed.urls()) {
                    if (pages.size() >= settings.maxSitemapUrls()) {
                        break;
                    }
                    pages.add(u);
                }
                continue;
            }
            for (String child : parsed.urls()) {
                // An index of indexes is allowed, loops are not, and neither are endless indexes.
                if (!seen.add(child) || fetchedChildren >= 1000) {
                    continue;
                }
                fetchedChildren++;
                try {
                    FetchResponse r = politeFetch(child, ContentKind.SITEMAP, HttpFetcher.Validators.NONE);
                    if (r instanceof FetchResponse.Body b) {
                        documents.add(b);
                    }
                } catch (FetchException e) {
                    LOG.info("skipping child sitemap {}: {}", child, e.getMessage());
                }
            }
        }
        return new ArrayList<>(pages);
    }

    private Instant nextPoll(Duration freshFor) {
        Duration wait = freshFor == null ? settings.defaultPollInterval() : freshFor;
        if (wait.compareTo(settings.minPollInterval()) < 0) {
            wait = settings.minPollInterval();
        }
        if (wait.compareTo(settings.maxPollInterval()) > 0) {
            wait = settings.maxPollInterval();
        }
        return clock.instant().plus(wait);
    }

    private Duration retryWait(SourceEntry source, Duration retryAfter) {
        if (retryAfter != null) {
            return retryAfter.compareTo(settings.minPollInterval()) < 0 ? settings.minPollInterval() : retryAfter;
        }
        Duration backoff = settings.errorBackoff().multipliedBy(1L << Math.min(source.attempts(), 8));
        return backoff.compareTo(settings.maxPollInterval()) > 0 ? settings.maxPollInterval() : backoff;
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
