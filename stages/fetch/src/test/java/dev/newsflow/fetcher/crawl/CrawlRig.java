package dev.newsflow.fetcher.crawl;

import dev.newsflow.messaging.PipelineMeters;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The plain crawler wired for tests: loopback allow-listed (and nothing else internal), short timeouts. */
final class CrawlRig implements AutoCloseable {

    final FetchSettings settings;
    final InMemoryLedger ledger = new InMemoryLedger();
    final RecordingPublisher publisher = new RecordingPublisher();
    final Clock clock = Clock.systemUTC();
    final DestinationGuard guard;
    final HttpFetcher fetcher;
    final RobotsCache robots;
    final HostPoliteness politeness;
    final Crawler crawler;
    final UrlNormaliser normaliser = new UrlNormaliser();
    final Intake intake;
    final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    CrawlRig() {
        this(FetchSettings.defaults()
                .withPoliteness(Duration.ZERO, 1)
                .withLimits(Duration.ofSeconds(2), 1024 * 1024)
                .withDestinations(false, List.of("127.0.0.0/8")));
    }

    CrawlRig(FetchSettings settings) {
        this.settings = settings;
        guard = new DestinationGuard(settings.allowPrivateHosts(), settings.allowList());
        fetcher = new HttpFetcher(settings, guard);
        robots = new RobotsCache(fetcher, settings, clock);
        politeness = new HostPoliteness(settings.maxConnectionsPerHost(), settings.defaultDelay(),
                settings.maxCrawlDelay(), clock);
        FetchOutcomes outcomes = new FetchOutcomes(new PipelineMeters(meters, FetchOutcomes.STAGE));
        crawler = new Crawler(settings, fetcher, robots, politeness, ledger, publisher, clock, outcomes);
        intake = new Intake(normaliser, ledger, publisher, clock, outcomes);
    }

    /** Queues {@code url} and crawls it once, returning the row as saved. */
    LedgerEntry crawl(String url) throws InterruptedException {
        String normalised = normaliser.normalise(url);
        LedgerEntry entry = ledger.find(normalised).map(e -> e.requeued("fetcher", Instant.now(), Instant.now()))
                .orElseGet(() -> LedgerEntry.queued(normalised, "fetcher", Instant.now()));
        ledger.save(entry);
        return crawler.crawl(entry);
    }

    @Override
    public void close() {
        fetcher.close();
    }
}
