package dev.newsflow.fetcher;

import dev.newsflow.fetcher.crawl.CrawlLedger;
import dev.newsflow.fetcher.crawl.Crawler;
import dev.newsflow.fetcher.crawl.DestinationGuard;
import dev.newsflow.fetcher.crawl.FetchOutcomes;
import dev.newsflow.fetcher.crawl.FetchSettings;
import dev.newsflow.fetcher.crawl.Frontier;
import dev.newsflow.fetcher.crawl.HostLeases;
import dev.newsflow.fetcher.crawl.HostPoliteness;
import dev.newsflow.fetcher.crawl.HttpFetcher;
import dev.newsflow.fetcher.crawl.Intake;
import dev.newsflow.fetcher.crawl.PagePublisher;
import dev.newsflow.fetcher.crawl.RobotsCache;
import dev.newsflow.fetcher.crawl.SourceLedger;
import dev.newsflow.fetcher.crawl.SourcePoller;
import dev.newsflow.fetcher.crawl.UrlNormaliser;
import dev.newsflow.fetcher.kafka.KafkaPagePublisher;
import dev.newsflow.messaging.PipelineMeters;
import dev.newsflow.model.Topics;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.convert.format.MapFormat;
import io.micronaut.core.naming.conventions.StringConvention;
import jakarta.inject.Singleton;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/** Wires the plain crawler classes into the Micronaut context; no logic here. */
@Factory
public class FetcherFactory {

    @Singleton
    FetchSettings settings(FetcherConfiguration configuration) {
        return configuration.settings();
    }

    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Singleton
    UrlNormaliser normaliser() {
        return new UrlNormaliser();
    }

    @Singleton
    DestinationGuard guard(FetchSettings settings) {
        return new DestinationGuard(settings.allowPrivateHosts(), settings.allowList());
    }

    @Singleton
    @Bean(preDestroy = "close")
    HttpFetcher httpFetcher(FetchSettings settings, DestinationGuard guard) {
        return new HttpFetcher(settings, guard);
    }

    @Singleton
    RobotsCache robots(HttpFetcher fetcher, FetchSettings settings, Clock clock) {
        return new RobotsCache(fetcher, settings, clock);
    }

    /** {@code fetcher.instance-id}, else host name and HTTP port (a random suffix when the port is chosen at start). */
    @Singleton
    FetcherInstance instance(FetcherConfiguration configuration,
                             @Property(name = "micronaut.server.port") @Nullable Integer port) {
        String configured = configuration.getInstanceId();
        if (configured != null && !configured.isBlank()) {
            return new FetcherInstance(configured.strip());
        }
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "fetcher";
        }
        return new FetcherInstance(host + ":" + (port == null || port <= 0
                ? "random-" + UUID.randomUUID().toString().substring(0, 8) : port));
    }

    @Singleton
    HostPoliteness politeness(FetchSettings settings, Clock clock, HostLeases leases, FetcherInstance instance,
                              FetcherConfiguration configuration) {
        Duration lease = configuration.getHostLease();
        if (lease.compareTo(settings.maxCrawlDelay().plusSeconds(5)) < 0) {
            // A holder waiting out a host's crawl-delay would lose the host before its next request.
            throw new IllegalArgumentException("fetcher.host-lease (" + lease + ") must exceed fetcher.max-crawl-delay ("
                    + settings.maxCrawlDelay() + ") by at least 5 s");
        }
        return new HostPoliteness(settings.maxConnectionsPerHost(), settings.defaultDelay(), settings.maxCrawlDelay(),
                clock, leases, instance.id(), lease);
    }

    @Singleton
    @Bean(preDestroy = "close")
    KafkaPagePublisher publisher(@Property(name = "kafka.bootstrap.servers") String bootstrapServers,
                                 @Nullable @Property(name = "fetcher.kafka.producer") @MapFormat(transformation = MapFormat.MapTransformation.FLAT,
                                         keyFormat = StringConvention.RAW) Map<String, Object> producer,
                                 FetcherConfiguration configuration) {
        return new KafkaPagePublisher(bootstrapServers, producer, Topics.PAGES_RAW, configuration.getPublishTimeout());
    }

    /** The fetcher's newsflow_* meters in Micronaut's registry (served at /prometheus). */
    @Singleton
    FetchOutcomes fetchOutcomes(MeterRegistry registry) {
        return new FetchOutcomes(new PipelineMeters(registry, FetchOutcomes.STAGE));
    }

    @Singleton
    Crawler crawler(FetchSettings settings, HttpFetcher fetcher, RobotsCache robots, HostPoliteness politeness,
                    CrawlLedger ledger, PagePublisher publisher, Clock clock, FetchOutcomes outcomes) {
        return new Crawler(settings, fetcher, robots, politeness, ledger, publisher, clock, outcomes);
    }

    @Singleton
    @Bean(preDestroy = "close")
    Frontier frontier(CrawlLedger ledger, Crawler crawler, HostPoliteness politeness, FetchSettings settings,
                      Clock clock) {
        return new Frontier(ledger, crawler, politeness, settings, clock);
    }

    @Singleton
    @Bean(preDestroy = "close")
    SourcePoller sourcePoller(FetchSettings settings, HttpFetcher fetcher, RobotsCache robots, HostPoliteness politeness,
                              SourceLedger sources, Intake intake, UrlNormaliser normaliser, Frontier frontier,
                              Clock clock) {
        return new SourcePoller(settings, fetcher, robots, politeness, sources, intake, normaliser, frontier::wake, clock);
    }

    @Singleton
    Intake intake(UrlNormaliser normaliser, CrawlLedger ledger, PagePublisher publisher, Clock clock,
                  FetchOutcomes outcomes) {
        return new Intake(normaliser, ledger, publisher, clock, outcomes);
    }
}
