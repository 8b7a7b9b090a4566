package dev.newsflow.fetcher.crawl;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Per-host politeness: at most {@code maxConnectionsPerHost} requests at once, at least the delay (ours or the
 * host's robots.txt Crawl-delay, capped) between them, and a host that answered 429/503 left alone until its
 * Retry-After has passed. Only the host concerned waits; callers on other hosts never do.
 */
public final class HostPoliteness {

    private final int maxPerHost;
    private final Duration defaultDelay;
    private final Duration maxDelay;
    private final Clock clock;
    private final ConcurrentMap<String, Host> hosts = new ConcurrentHashMap<>();

    public HostPoliteness(int maxPerHost, Duration defaultDelay, Duration maxDelay, Clock clock) {
        this.maxPerHost = Math.max(1, maxPerHost);
        this.defaultDelay = defaultDelay;
        this.maxDelay = maxDelay;
        this.clock = clock;
    }

    /** A slot on a host; give it back with {@link #release}. */
    public record Permit(String host, Duration delay) {
    }

    /** Waits until {@code host} may be asked again, then takes a slot. */
    public Permit acquire(String host, Duration crawlDelay) throws InterruptedException {
        Duration delay = crawlDelay == null ? defaultDelay : max(defaultDelay, min(crawlDelay, maxDelay));
        Host h = hosts.computeIfAbsent(host, k -> new Host());
        h.lock.lock();
        try {
            while (true) {
                Instant now = clock.instant();
                if (h.inFlight < maxPerHost && !now.isBefore(h.nextStart)) {
                    h.inFlight++;
                    // Space request starts too, so that several slots do not fire at once.
                    h.nextStart = now.plus(delay);
                    return new Permit(host, delay);
                }
                if (h.inFlight >= maxPerHost) {
                    h.changed.await();
                } else {
                    h.changed.await(Math.max(1, Duration.between(now, h.nextStart).toNanos()), TimeUnit.NANOSECONDS);
                }
            }
        } finally {
            h.lock.unlock();
        }
    }

    /** Gives the slot back; the next request to the host waits the delay from now. */
    public void release(Permit permit) {
        Host h = hosts.get(permit.host());
        h.lock.lock();
        try {
            h.inFlight--;
            Instant earliest = clock.instant().plus(permit.delay());
            if (earliest.isAfter(h.nextStart)) {
                h.nextStart = earliest;
            }
            h.changed.signalAll();
        } finally {
            h.lock.unlock();
        }
    }

    /** Leaves {@code host} alone for {@code wait} (a 429/503 Retry-After). */
    public void backOff(String host, Duration wait) {
        Host h = hosts.computeIfAbsent(host, k -> new Host());
        h.lock.lock();
        try {
            Instant until = clock.instant().plus(wait);
            if (until.isAfter(h.nextStart)) {
                h.nextStart = until;
            }
            h.changed.signalAll();
        } finally {
            h.lock.unlock();
        }
    }

    /** When the host may next be asked (for status pages and tests). */
    public Instant nextStart(String host) {
        Host h = hosts.get(host);
        return h == null ? Instant.MIN : h.nextStart;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static final class Host {
        final ReentrantLock lock = new ReentrantLock();
        final Condition changed = lock.newCondition();
        int inFlight;
        Instant nextStart = Instant.MIN;
    }
}
