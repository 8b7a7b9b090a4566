package dev.newsflow.fetcher.crawl;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * robots.txt per scheme+host+port, parsed by crawler-commons and cached for {@code robotsCacheTtl}. A missing
 * robots.txt (4xx) allows everything; a server error or network failure disallows the host for a short while,
 * as Google does, because a server in trouble should not be crawled.
 */
public final class RobotsCache {

    /** The rules for a host and when they were fetched. */
    public record Rules(BaseRobotRules rules, Instant expires) {

        /** The crawl delay asked for, or null if none. */
        public Duration crawlDelay() {
            long ms = rules.getCrawlDelay();
            return ms == BaseRobotRules.UNSET_CRAWL_DELAY || ms <= 0 ? null : Duration.ofMillis(ms);
        }
    }

    private static final Duration FAILURE_TTL = Duration.ofMinutes(5);

    private final HttpFetcher fetcher;
    private final FetchSettings settings;
    private final Clock clock;
    private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
    private final ConcurrentMap<String, Rules> cache = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, ReentrantLock> locks = new ConcurrentHashMap<>();

    public RobotsCache(HttpFetcher fetcher, FetchSettings settings, Clock clock) {
        this.fetcher = fetcher;
        this.settings = settings;
        this.clock = clock;
        // crawler-commons caps Crawl-delay (default 300 s); we cap it ourselves with fetcher.max-crawl-delay.
        parser.setMaxCrawlDelay(Long.MAX_VALUE);
    }

    /** The rules that govern {@code url}, fetched when not cached. */
    public Rules rulesFor(URI url) {
        String key = key(url);
        Rules cached = cache.get(key);
        if (cached != null && cached.expires().isAfter(clock.instant())) {
            return cached;
        }
        // One fetch of a host's robots.txt at a time; the other workers wait for it. A lock, not synchronized,
        // so that a virtual thread waiting on the network does not pin its carrier on Java 21.
        ReentrantLock lock = locks.computeIfAbsent(key, k -> new ReentrantLock());
        lock.lock();
        try {
            cached = cache.get(key);
            if (cached != null && cached.expires().isAfter(clock.instant())) {
                return cached;
            }
            Rules fresh = load(key);
            cache.put(key, fresh);
            return fresh;
        } finally {
            lock.unlock();
        }
    }

    /** Throws when robots.txt forbids {@code url}. */
    public void check(URI url) throws FetchException {
        if (url.getPath() != null && url.getPath().equals("/robots.txt")) {
            return;
        }
        if (!rulesFor(url).rules().isAllowed(url.toString())) {
            throw new FetchException("disallowed-by-robots", "robots.txt of " + key(url) + " disallows "
                    + url + " for user agent " + settings.robotsAgentName(), null, url.toString(), false);
        }
    }

    private Rules load(String key) {
        String robotsUrl = key + "/robots.txt";
        Instant now = clock.instant();
        try {
            FetchResponse response = fetcher.fetch(robotsUrl, ContentKind.ROBOTS, HttpFetcher.Validators.NONE,
                    HttpFetcher.HopCheck.NONE);
            if (response instanceof FetchResponse.Body body) {
                BaseRobotRules rules = parser.parseContent(robotsUrl, body.bytes(), body.contentType(),
                        List.of(settings.robotsAgentName().toLowerCase(Locale.ROOT)));
                return new Rules(rules, now.plus(settings.robotsCacheTtl()));
            }
            int status = response.status();
            if (status >= 400 && status < 500 && status != 429) {
                return new Rules(new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_ALL),
                        now.plus(settings.robotsCacheTtl()));
            }
            return new Rules(new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_NONE), now.plus(FAILURE_TTL));
        } catch (FetchException e) {
            if (e.retryable()) {
                return new Rules(new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_NONE), now.plus(FAILURE_TTL));
            }
            // Refused outright (unsafe destination, too large...): the page fetch will be refused for the same reason
            // or robots.txt is junk; let the page decide.
            return new Rules(new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_ALL), now.plus(FAILURE_TTL));
        }
    }

    private static String key(URI url) {
        String scheme = url.getScheme().toLowerCase(Locale.ROOT);
        int port = url.getPort();
        return scheme + "://" + url.getHost().toLowerCase(Locale.ROOT) + (port < 0 ? "" : ":" + port);
    }
}
