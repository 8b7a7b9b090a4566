package dev.newsflow.fetcher;

import dev.newsflow.fetcher.crawl.FetchSettings;
import dev.newsflow.fetcher.crawl.Frontier;
import dev.newsflow.fetcher.crawl.SourcePoller;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts the crawl loop and the feed/sitemap poller once the server is up (off in tests of the API alone). */
@Singleton
@Requires(property = "fetcher.crawler-enabled", notEquals = "false")
public class CrawlStarter implements ApplicationEventListener<ServerStartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(CrawlStarter.class);

    private final Frontier frontier;
    private final SourcePoller poller;
    private final FetchSettings settings;
    private final ScheduledExecutorService schedule = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "source-poll");
        t.setDaemon(true);
        return t;
    });

    public CrawlStarter(Frontier frontier, SourcePoller poller, FetchSettings settings) {
        this.frontier = frontier;
        this.poller = poller;
        this.settings = settings;
    }

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        frontier.start();
        schedule.scheduleWithFixedDelay(() -> {
            try {
                poller.pollDue();
            } catch (RuntimeException e) {
                LOG.warn("polling feeds and sitemaps failed; retrying at the next tick: {}", e.toString());
            }
        }, 0, settings.scanInterval().toMillis(), TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        schedule.shutdownNow();
    }
}
