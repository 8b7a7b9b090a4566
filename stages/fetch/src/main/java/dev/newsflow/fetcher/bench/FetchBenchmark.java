package dev.newsflow.fetcher.bench;

import com.sun.net.httpserver.HttpServer;
import dev.newsflow.fetcher.crawl.CrawlLedger;
import dev.newsflow.fetcher.crawl.Crawler;
import dev.newsflow.fetcher.crawl.DestinationGuard;
import dev.newsflow.fetcher.crawl.FetchSettings;
import dev.newsflow.fetcher.crawl.Frontier;
import dev.newsflow.fetcher.crawl.HostPoliteness;
import dev.newsflow.fetcher.crawl.HttpFetcher;
import dev.newsflow.fetcher.crawl.InMemoryHostLeases;
import dev.newsflow.fetcher.crawl.Intake;
import dev.newsflow.fetcher.crawl.LedgerEntry;
import dev.newsflow.fetcher.crawl.Ledgers;
import dev.newsflow.fetcher.crawl.PagePublisher;
import dev.newsflow.fetcher.crawl.RobotsCache;
import dev.newsflow.fetcher.crawl.UrlNormaliser;
import dev.newsflow.fetcher.crawl.UrlState;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code newsflow bench fetch}: the crawler against many virtual hosts (one HTTP server per loopback address
 * 127.0.1.x) with politeness on, one of them answering slowly. Prints pages/s, when the fast hosts finished
 * compared with the slow one, and peak heap. Kafka is replaced by a counting publisher: this measures the
 * fetcher, not the broker (STACK.md has the broker's figures).
 *
 * <p>Run by {@code ./newsflow bench fetch [--hosts 50] [--pages 40] [--delay-ms 100] [--slow-ms 2000]}.
 */
public final class FetchBenchmark {

    private FetchBenchmark() {
    }

    /** Runs the benchmark and prints its figures. */
    public static void run(int hosts, int pagesPerHost, Duration delay, Duration slow) throws Exception {
        byte[] page = ("<html><head><title>Benchmark article</title></head><body>"
                + "<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit.</p>".repeat(300) + "</body></html>")
                .getBytes(StandardCharsets.UTF_8);
        List<HttpServer> servers = new ArrayList<>();
        List<String> urls = new ArrayList<>();
        String slowHost = "127.0.1.1";
        for (int h = 1; h <= hosts; h++) {
            String address = "127.0.1." + h;
            boolean isSlow = address.equals(slowHost);
            HttpServer server = HttpServer.create(new InetSocketAddress(address, 0), 64);
            server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
            server.createContext("/", ex -> {
                try (ex) {
                    if (ex.getRequestURI().getPath().equals("/robots.txt")) {
                        ex.sendResponseHeaders(404, -1);
                        return;
                    }
                    if (isSlow) {
                        Thread.sleep(slow.toMillis());
                    }
                    ex.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
                    ex.sendResponseHeaders(200, page.length);
                    try (OutputStream out = ex.getResponseBody()) {
                        out.write(page);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            server.start();
            servers.add(server);
            for (int p = 0; p < pagesPerHost; p++) {
                urls.add("http://" + address + ":" + server.getAddress().getPort() + "/news/" + p);
            }
        }

        FetchSettings settings = FetchSettings.defaults().withPoliteness(delay, 1)
                .withDestinations(false, List.of("127.0.0.0/8"));
        Clock clock = Clock.systemUTC();
        MemoryLedger ledger = new MemoryLedger();
        Map<String, Instant> lastPublishPerHost = new ConcurrentHashMap<>();
        AtomicLong published = new AtomicLong();
        PagePublisher publisher = (p, trace) -> {
            published.incrementAndGet();
            lastPublishPerHost.put(Crawler.hostOf(p.url()), Instant.now());
            return new PagePublisher.Receipt("bench", 0, published.get());
        };
        resetPeaks();
        try (HttpFetcher fetcher = new HttpFetcher(settings, new DestinationGuard(false, settings.allowList()))) {
            RobotsCache robots = new RobotsCache(fetcher, settings, clock);
            // Leases as a fleet takes them (here in memory): each request takes its host's turn through them.
            HostPoliteness politeness = new HostPoliteness(1, delay, settings.maxCrawlDelay(), clock,
                    new InMemoryHostLeases(), "bench", Duration.ofMinutes(1));
            Crawler crawler = new Crawler(settings, fetcher, robots, politeness, ledger, publisher, clock);
            Intake intake = new Intake(new UrlNormaliser(), ledger, publisher, clock);
            intake.queue(urls, "bench");
            long cpuStart = processCpuNanos();
            Instant start = Instant.now();
            try (Frontier frontier = new Frontier(ledger, crawler, politeness, settings, clock)) {
                frontier.start();
                long expectedFast = (long) (hosts - 1) * pagesPerHost;
                while (published.get() < urls.size()) {
                    Thread.sleep(50);
                    if (Duration.between(start, Instant.now()).toMinutes() > 10) {
                        break;
                    }
                }
                Instant end = Instant.now();
                long cpuNanos = processCpuNanos() - cpuStart;
                Instant fastDone = lastPublishPerHost.entrySet().stream().filter(e -> !e.getKey().equals(slowHost))
                        .map(Map.Entry::getValue).max(Comparator.naturalOrder()).orElse(end);
                double seconds = Duration.between(start, end).toMillis() / 1000.0;
                double fastSeconds = Duration.between(start, fastDone).toMillis() / 1000.0;
                double floor = pagesPerHost * delay.toMillis() / 1000.0;
                System.out.printf("hosts=%d pages/host=%d delay=%d ms, slow host %s answers in %d ms%n", hosts,
                        pagesPerHost, delay.toMillis(), slowHost, slow.toMillis());
                System.out.printf("published %d pages in %.1f s: %.0f pages/s overall%n", published.get(), seconds,
                        published.get() / seconds);
                System.out.printf("the %d fast hosts (%d pages) were done after %.1f s (politeness floor %.1f s):"
                        + " %.0f pages/s%n", hosts - 1, expectedFast, fastSeconds, floor, expectedFast / fastSeconds);
                System.out.printf("the slow host finished after %.1f s%n", seconds);
                // CPU of the whole JVM, the local HTTP servers' included: an upper bound on the crawler's own cost.
                System.out.printf("CPU %.0f ms in all, %.2f ms per page (this JVM, servers included)%n",
                        cpuNanos / 1e6, cpuNanos / 1e6 / Math.max(1, published.get()));
                System.out.printf("errors: %d, peak heap %d MiB%n", ledger.count(UrlState.ERROR), peakHeapMiB());
            }
        } finally {
            servers.forEach(s -> s.stop(0));
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    private static long peakHeapMiB() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / (1024 * 1024);
    }

    /** A ledger in memory: the benchmark measures fetching, not the database. */
    static final class MemoryLedger implements CrawlLedger {
        private final Map<String, LedgerEntry> rows = new ConcurrentHashMap<>();

        @Override
        public Optional<LedgerEntry> find(String normalisedUrl) {
            return Optional.ofNullable(rows.get(Ledgers.idOf(normalisedUrl)));
        }

        @Override
        public synchronized void save(LedgerEntry entry) {
            rows.put(entry.id(), entry);
        }

        @Override
        public List<LedgerEntry> due(Instant now, int limit) {
            return rows.values().stream()
                    .filter(e -> e.nextFetchAt() != null && !e.nextFetchAt().isAfter(now))
                    .filter(e -> e.leasedUntil() == null || e.leasedUntil().isBefore(now))
                    .sorted(Comparator.comparing(LedgerEntry::nextFetchAt)).limit(limit).toList();
        }

        @Override
        public synchronized Optional<LedgerEntry> claim(LedgerEntry due, Instant until, Instant now) {
            LedgerEntry current = rows.get(due.id());
            if (current == null || current.nextFetchAt() == null || current.nextFetchAt().isAfter(now)
                    || (current.leasedUntil() != null && !current.leasedUntil().isBefore(now))) {
                return Optional.empty();
            }
            LedgerEntry claimed = current.leased(until, now);
            rows.put(claimed.id(), claimed);
            return Optional.of(claimed);
        }

        @Override
        public synchronized void releaseClaims(String host, Instant now) {
            rows.replaceAll((id, e) -> e.leasedUntil() != null && Crawler.hostOf(e.url()).equals(host)
                    ? e.leased(null, now) : e);
        }

        long count(UrlState state) {
            return rows.values().stream().filter(e -> e.state() == state).count();
        }
    }

}
