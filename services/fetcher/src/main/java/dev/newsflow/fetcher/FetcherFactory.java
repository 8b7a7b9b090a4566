package dev.newsflow.fetcher;

import dev.newsflow.fetcher.crawl.CrawlLedger;
import dev.newsflow.fetcher.crawl.Crawler;
import dev.newsflow.fetcher.crawl.DestinationGuard;
import dev.newsflow.fetcher.crawl.FetchOutcomes;
import dev.newsflow.fetcher.crawl.FetchSettings;
import dev.newsflow.fetcher.crawl.Frontier;
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
import java.time.Clock;
import java.util.Map;

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

    @Singleton
    HostPoliteness politeness(FetchSettings settings, Clock clock) {
        return new HostPoliteness(settings.maxConnectionsPerHost(), settings.defaultDelay(), settings.maxCrawlDelay(), clock);
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
    Frontier frontier(CrawlLedger ledger, Crawler crawler, FetchSettings settings, Clock clock) {
        return new Frontier(ledger, crawler, settings, clock);
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
