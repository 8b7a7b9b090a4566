package dev.newsflow.fetcher.crawl;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The crawl loop: leases due rows from the ledger, queues them per host, and runs a few virtual-thread workers
 * per host. A slow or backed-off host only holds its own workers; the ledger is the queue of record, so a crash
 * loses nothing (leases run out and the rows are due again).
 *
 * <p>Several fetchers may share one ledger: an instance takes a URL only from a host whose lease it holds
 * ({@link HostPoliteness#hold}), and claims each row in one atomic step ({@link CrawlLedger#claim}), so no URL is
 * fetched by two instances and each host's politeness budget is one for the whole fleet.
 */
public final class Frontier implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Frontier.class);
    /** Rows of one host held in memory at most; the rest stay in the ledger. */
    static final int PER_HOST_QUEUE = 50;

    private final CrawlLedger ledger;
    private final Crawler crawler;
    private final HostPoliteness politeness;
    private final FetchSettings settings;
    private final Clock clock;
    private final ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();
    private final ScheduledExecutorService scanner;
    private final Semaphore inMemory;
    private final Map<String, HostQueue> hosts = new HashMap<>();
    /** Ids of the rows queued or being crawled here, so a row whose claim ran out is not queued twice. */
    private final Set<String> inHand = new HashSet<>();
    private final AtomicLong crawled = new AtomicLong();
    private volatile boolean started;

    /**
     * @param politeness the same instance the crawler asks before each request: it holds this instance's host leases
     */
    public Frontier(CrawlLedger ledger, Crawler crawler, HostPoliteness politeness, FetchSettings settings,
                    Clock clock) {
        this.ledger = ledger;
        this.crawler = crawler;
        this.politeness = politeness;
        // Only a host's holder claims its URLs, so the claims left on a host just taken are a previous holder's
        // (dead, or stalled past its lease): drop them rather than wait for them to run out.
        politeness.onTakeover(host -> ledger.releaseClaims(host, clock.instant()));
        this.settings = settings;
        this.clock = clock;
        this.inMemory = new Semaphore(settings.maxFetchesInFlight() * 8);
        this.scanner = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "frontier-scan");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Starts scanning the ledger every {@code scanInterval}. What a previous run of this instance (same id) held is
     * given back first: its claims then count as orphans and its rows are due at once, as after a crash they must be.
     */
    public void start() {
        started = true;
        politeness.releaseAll();
        scanner.scheduleWithFixedDelay(this::scanQuietly, 0, settings.scanInterval().toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Scans now (after a submission) instead of waiting for the next tick. */
    public void wake() {
        if (started) {
            scanner.execute(this::scanQuietly);
        }
    }

    /** Rows crawled since start (for the benchmark and status). */
    public long crawled() {
        return crawled.get();
    }

    private void scanQuietly() {
        try {
            scan();
        } catch (RuntimeException e) {
            LOG.warn("scanning the ledger failed; retrying at the next tick: {}", e.toString());
        }
    }

    private void scan() {
        int room = inMemory.availablePermits();
        if (room == 0) {
            return;
        }
        Instant now = clock.instant();
        renewHostsInHand();
        List<LedgerEntry> due = ledger.due(now, Math.min(room, 1000));
        Instant until = now.plus(settings.lease());
        HostPoliteness.FleetLoad load = politeness.heartbeat();
        // New hosts only up to this instance's share of the fleet's hosts, so that the first to scan does not take
        // them all (a lone instance's share is every host).
        int share = load.share(due.stream().map(e -> Crawler.hostOf(e.url())).distinct()
                .filter(h -> !politeness.holds(h)).count());
        int mine = load.mine();
        Map<String, Boolean> mayCrawl = new HashMap<>();
        for (LedgerEntry entry : due) {
            String host = Crawler.hostOf(entry.url());
            Boolean may = mayCrawl.get(host);
            if (may == null) {
                boolean isNew = !politeness.holds(host);
                may = (!isNew || mine < share) && politeness.hold(host);
                if (may && isNew) {
                    mine++;
                }
                mayCrawl.put(host, may);
            }
            if (!may) {
                continue; // another fetcher holds the host (its URLs are that one's), or this one has its share
            }
            synchronized (hosts) {
                if (inHand.contains(entry.id())) {
                    continue;
                }
            }
            int waiting = waiting(host);
            if (waiting >= PER_HOST_QUEUE) {
                // This host has enough work in memory: push the row back to when it could plausibly be reached,
                // so a host with a huge backlog never starves the others out of the scan (Nutch's generate.max.count).
                Duration wait = max(Duration.ofSeconds(1), settings.defaultDelay().multipliedBy(waiting));
                ledger.save(entry.requeued(null, now.plus(wait), now));
                continue;
            }
            if (!inMemory.tryAcquire()) {
                break;
            }
            Optional<LedgerEntry> claimed = ledger.claim(entry, until, now);
            if (claimed.isEmpty()) {
                inMemory.release(); // taken or changed since the scan read it
                continue;
            }
            enqueue(claimed.get());
        }
        if (due.size() == 1000 && inMemory.availablePermits() > 0) {
            scanner.execute(this::scanQuietly);
        }
    }

    /** Keeps the leases of hosts with work in hand (their rows are claimed, so no longer in the due scan). */
    private void renewHostsInHand() {
        List<String> busy;
        synchronized (hosts) {
            busy = List.copyOf(hosts.keySet());
        }
        for (String host : busy) {
            politeness.hold(host);
        }
    }

    private int waiting(String host) {
        synchronized (hosts) {
            HostQueue q = hosts.get(host);
            return q == null ? 0 : q.entries.size();
        }
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private void enqueue(LedgerEntry entry) {
        String host = Crawler.hostOf(entry.url());
        synchronized (hosts) {
            HostQueue q = hosts.computeIfAbsent(host, h -> new HostQueue());
            q.entries.add(entry);
            inHand.add(entry.id());
            if (q.workers < settings.maxConnectionsPerHost()) {
                q.workers++;
                workers.execute(() -> work(host));
            }
        }
    }

    private void work(String host) {
        while (true) {
            LedgerEntry entry;
            synchronized (hosts) {
                HostQueue q = hosts.get(host);
                entry = q.entries.poll();
                if (entry == null) {
                    q.workers--;
                    if (q.workers == 0) {
                        hosts.remove(host);
                    }
                    return;
                }
            }
            try {
                crawler.crawl(entry);
                crawled.incrementAndGet();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (HostPoliteness.HeldElsewhere e) {
                // The lease lapsed (a stall longer than it) and another fetcher took the host, and with it the
                // claims on its URLs: leave them all to that one.
                LOG.info("{}: dropping its queued URLs", e.getMessage());
                dropQueued(host);
            } catch (RuntimeException e) {
                // The ledger itself failed: the lease runs out and the row comes back.
                LOG.warn("crawling {} failed: {}", entry.url(), e.toString());
            } finally {
                synchronized (hosts) {
                    inHand.remove(entry.id());
                }
                inMemory.release();
            }
        }
    }

    private void dropQueued(String host) {
        synchronized (hosts) {
            HostQueue q = hosts.get(host);
            LedgerEntry dropped;
            while ((dropped = q.entries.poll()) != null) {
                inHand.remove(dropped.id());
                inMemory.release();
            }
        }
    }

    /** Rows in memory, per host (for status and tests). */
    public Map<String, Integer> queued() {
        synchronized (hosts) {
            Map<String, Integer> sizes = new HashMap<>();
            hosts.forEach((h, q) -> sizes.put(h, q.entries.size() + q.workers));
            return sizes;
        }
    }

    /** Stops crawling and gives back this instance's host leases, so that the others take its hosts at once. */
    @Override
    public void close() {
        scanner.shutdownNow();
        workers.shutdownNow();
        try {
            workers.awaitTermination(Duration.ofSeconds(5).toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (started) {
            try {
                politeness.releaseAll();
            } catch (RuntimeException e) {
                LOG.warn("could not give back the host leases (they run out on their own): {}", e.toString());
            }
        }
    }

    private static final class HostQueue {
        final Deque<LedgerEntry> entries = new ArrayDeque<>();
        int workers;
    }
}
