package dev.newsflow.fetcher.crawl;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * Per-host politeness: at most {@code maxConnectionsPerHost} requests at once, at least the delay (ours or the
 * host's robots.txt Crawl-delay, capped) between them, and a host that answered 429/503 left alone until its
 * Retry-After has passed. Only the host concerned waits; callers on other hosts never do.
 *
 * <p>With several fetchers the budget is shared through {@link HostLeases}: a request also needs this instance to
 * hold the host's lease and the host's shared next allowed time to have come (each granted turn moves it on by the
 * delay), so the fleet as a whole asks a host no more often than one fetcher would.
 */
public final class HostPoliteness {

    private final int maxPerHost;
    private final Duration defaultDelay;
    private final Duration maxDelay;
    private final Clock clock;
    private final HostLeases leases;
    private final String owner;
    private final Duration leaseDuration;
    private final ConcurrentMap<String, Host> hosts = new ConcurrentHashMap<>();
    /** Hosts this instance holds, with when their lease runs out as last written. */
    private final ConcurrentMap<String, Instant> held = new ConcurrentHashMap<>();
    private volatile Consumer<String> onTakeover = host -> { };

    /** A lone fetcher: the leases live in this process. */
    public HostPoliteness(int maxPerHost, Duration defaultDelay, Duration maxDelay, Clock clock) {
        this(maxPerHost, defaultDelay, maxDelay, clock, new InMemoryHostLeases(), "local-" + UUID.randomUUID(),
                Duration.ofMinutes(1));
    }

    /**
     * One of a fleet: {@code owner} names this instance in {@code leases}, each lease taken or renewed for
     * {@code leaseDuration} (longer than the largest crawl-delay, else a host waiting its delay would lapse).
     */
    public HostPoliteness(int maxPerHost, Duration defaultDelay, Duration maxDelay, Clock clock, HostLeases leases,
                          String owner, Duration leaseDuration) {
        this.maxPerHost = Math.max(1, maxPerHost);
        this.defaultDelay = defaultDelay;
        this.maxDelay = maxDelay;
        this.clock = clock;
        this.leases = leases;
        this.owner = owner;
        this.leaseDuration = leaseDuration;
    }

    /** A slot on a host; give it back with {@link #release}. */
    public record Permit(String host, Duration delay) {
    }

    /** Another instance holds the host: this one must leave its URLs to that one. */
    public static final class HeldElsewhere extends RuntimeException {
        private final String host;

        public HeldElsewhere(String host, String holder, Instant until) {
            super(host + " is crawled by fetcher " + holder + " (its lease runs until " + until + ")");
            this.host = host;
        }

        public String host() {
            return host;
        }
    }

    /** This instance's name in the leases. */
    public String owner() {
        return owner;
    }

    /**
     * Called with a host this instance has just taken (not renewed): whatever claims a previous holder left on the
     * host's URLs can be dropped, since nobody else may fetch them now.
     */
    public void onTakeover(Consumer<String> listener) {
        this.onTakeover = listener;
    }

    /**
     * Holds {@code host} for this instance, taking its lease when free or run out, renewing it when half used.
     *
     * @return whether this instance may crawl the host
     */
    public boolean hold(String host) {
        Instant now = clock.instant();
        Instant until = held.get(host);
        if (until != null && Duration.between(now, until).compareTo(leaseDuration.dividedBy(2)) > 0) {
            return true;
        }
        if (!leases.hold(host, owner, now, now.plus(leaseDuration))) {
            held.remove(host);
            return false;
        }
        if (until == null) {
            onTakeover.accept(host);
        }
        held.put(host, now.plus(leaseDuration));
        return true;
    }

    /** Whether this instance holds {@code host} (as far as it knows: its lease may have run out since). */
    public boolean holds(String host) {
        return held.containsKey(host);
    }

    /**
     * Says this instance is alive (for one lease duration) and returns how many hosts it and the whole fleet hold,
     * and how many instances are alive, so that the caller takes no more than its share of new hosts.
     */
    public FleetLoad heartbeat() {
        Instant now = clock.instant();
        Map<String, Integer> load = leases.heartbeat(owner, now, now.plus(leaseDuration));
        int total = load.values().stream().mapToInt(Integer::intValue).sum();
        return new FleetLoad(load.getOrDefault(owner, 0), total, Math.max(1, load.size()));
    }

    /** Hosts this instance holds, hosts all instances alive hold, instances alive (this one included). */
    public record FleetLoad(int mine, int total, int instances) {

        /** Hosts this instance may hold once it took its share of {@code newHosts} nobody holds yet. */
        public int share(long newHosts) {
            return (int) Math.ceil((total + newHosts) / (double) instances);
        }
    }

    /** Gives back every lease this instance holds (a clean shutdown: the others need not wait for them to run out). */
    public void releaseAll() {
        held.clear();
        leases.releaseAll(owner, clock.instant());
    }

    /**
     * Waits until {@code host} may be asked again, then takes a slot.
     *
     * @throws HeldElsewhere when another instance holds the host
     */
    public Permit acquire(String host, Duration crawlDelay) throws InterruptedException {
        Duration delay = crawlDelay == null ? defaultDelay : max(defaultDelay, min(crawlDelay, maxDelay));
        Host h = hosts.computeIfAbsent(host, k -> new Host());
        h.lock.lock();
        try {
            while (true) {
                Instant now = clock.instant();
                if (h.inFlight < maxPerHost && !now.isBefore(h.nextStart)) {
                    Instant leaseUntil = now.plus(leaseDuration);
                    switch (leases.takeTurn(host, owner, now, now.plus(delay), leaseUntil)) {
                        case HostLeases.Turn.Granted granted -> {
                            if (held.put(host, leaseUntil) == null) {
                                onTakeover.accept(host);
                            }
                            h.inFlight++;
                            // Space request starts too, so that several slots do not fire at once.
                            h.nextStart = now.plus(delay);
                            return new Permit(host, delay);
                        }
                        case HostLeases.Turn.Wait wait -> {
                            // A previous holder (or a 429 seen by another instance) set the host's next turn.
                            h.nextStart = wait.at();
                            continue;
                        }
                        case HostLeases.Turn.HeldElsewhere elsewhere -> {
                            held.remove(host);
                            throw new HeldElsewhere(host, elsewhere.holder(), elsewhere.until());
                        }
                    }
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
            // The delay counts from the response too, for whoever holds the host next.
            leases.notBefore(permit.host(), owner, earliest);
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
            leases.notBefore(host, owner, until);
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
