package dev.newsflow.fetcher.crawl;

import java.time.Duration;
import java.util.List;

/**
 * Every knob of the crawler in one place; the service binds it from {@code fetcher.*} in application.yml,
 * where each one is documented.
 */
public record FetchSettings(String userAgent, String robotsAgentName, Duration connectTimeout,
                            Duration requestTimeout, long maxBodyBytes, int maxRedirects, Duration defaultDelay,
                            Duration maxCrawlDelay, int maxConnectionsPerHost, int maxFetchesInFlight,
                            Duration maxRetryAfter, Duration errorBackoff, int maxAttempts, Duration robotsCacheTtl,
                            boolean allowPrivateHosts, List<String> allowList, Duration scanInterval,
                            Duration lease, Duration minPollInterval, Duration defaultPollInterval,
                            Duration maxPollInterval, int maxSitemapUrls) {

    /** Defaults that suit a polite crawler of news sites. */
    public static FetchSettings defaults() {
        return new FetchSettings("newsflow-fetcher/0.1 (+https://github.com/newsflow)", "newsflow",
                Duration.ofSeconds(10), Duration.ofSeconds(30), 5L * 1024 * 1024, 5, Duration.ofSeconds(1),
                Duration.ofSeconds(30), 1, 256, Duration.ofHours(1), Duration.ofMinutes(1), 5, Duration.ofHours(1),
                false, List.of(), Duration.ofSeconds(2), Duration.ofMinutes(10), Duration.ofMinutes(1),
                Duration.ofMinutes(15), Duration.ofHours(24), 50_000);
    }

    /** The same settings with some changed, for tests and the benchmark. */
    public FetchSettings withPoliteness(Duration delay, int perHost) {
        return new FetchSettings(userAgent, robotsAgentName, connectTimeout, requestTimeout, maxBodyBytes,
                maxRedirects, delay, maxCrawlDelay, perHost, maxFetchesInFlight, maxRetryAfter, errorBackoff,
                maxAttempts, robotsCacheTtl, allowPrivateHosts, allowList, scanInterval, lease, minPollInterval,
                defaultPollInterval, maxPollInterval, maxSitemapUrls);
    }

    /** The same settings with other timeouts and body cap. */
    public FetchSettings withLimits(Duration request, long maxBody) {
        return new FetchSettings(userAgent, robotsAgentName, connectTimeout, request, maxBody, maxRedirects,
                defaultDelay, maxCrawlDelay, maxConnectionsPerHost, maxFetchesInFlight, maxRetryAfter, errorBackoff,
                maxAttempts, robotsCacheTtl, allowPrivateHosts, allowList, scanInterval, lease, minPollInterval,
                defaultPollInterval, maxPollInterval, maxSitemapUrls);
    }

    /** The same settings with a destination policy. */
    public FetchSettings withDestinations(boolean allowPrivate, List<String> allowed) {
        return new FetchSettings(userAgent, robotsAgentName, connectTimeout, requestTimeout, maxBodyBytes,
                maxRedirects, defaultDelay, maxCrawlDelay, maxConnectionsPerHost, maxFetchesInFlight, maxRetryAfter,
                errorBackoff, maxAttempts, robotsCacheTtl, allowPrivate, allowed, scanInterval, lease,
                minPollInterval, defaultPollInterval, maxPollInterval, maxSitemapUrls);
    }
}
