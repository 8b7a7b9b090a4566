package dev.newsflow.cli;

import dev.newsflow.messaging.ProducerSettings;
import dev.newsflow.model.ArticleId;
import dev.newsflow.model.Topics;
import dev.newsflow.stack.PipelineStack;
import dev.newsflow.stack.Ports;
import dev.newsflow.stack.RepoLayout;
import dev.newsflow.stack.StackProcesses;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsflow bench pipeline}: pages through the whole running pipeline, drop to searchable. Prints sustained
 * pages/s, drop-to-searchable latency (from the indexer's notices), CPU per page of every process and the stack's
 * peak resident memory, and checks that every page became exactly one searchable document. A warm-up of generated
 * pages goes first and is reported apart (its pages/s and CPU per page show what a stack just started costs), so the
 * figures are the stack's sustained ones, as {@code bench parse} and {@code bench enrich} measure after warm-up passes.
 */
@Command(name = "pipeline", mixinStandardHelpOptions = true,
        description = {"Drop pages on " + Topics.PAGES_RAW + " of the local stack (started for the run when none runs)"
                + " and follow them to " + Topics.ARTICLES_INDEXED + ": sustained pages/s, p50/p95/p99 drop-to-searchable"
                + " latency, CPU ms per page of each process, the stack's peak resident memory, and nothing lost or"
                + " duplicated.",
                "Without --rate the pages go as fast as the broker takes them (throughput); with --rate at a fixed pace"
                        + " (latency). --warmup pages go first, reported apart."})
public final class BenchPipelineCommand implements Callable<Integer> {

    private static final Duration STALL_TIMEOUT = Duration.ofSeconds(90);

    @Option(names = "--pages", defaultValue = "3000", description = "Pages to drop (default: ${DEFAULT-VALUE}).")
    int pages;

    @Option(names = "--page-size", paramLabel = "KB|DIR", defaultValue = "30",
            description = "Generated news-like pages of about this many KB (default: ${DEFAULT-VALUE}), or a folder of"
                    + " pages, each dropped once (--pages at most as many).")
    String pageSize;

    @Option(names = "--rate", paramLabel = "R", description = "Pages per second to drop at (default: as fast as possible).")
    Double rate;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "3000",
            description = "Generated pages followed to searchable before the measured run, as fast as the broker takes"
                    + " them, and reported apart: a stack just started compiles its hot code then, as bench parse's and"
                    + " bench enrich's warm-up passes do; 0 measures the stack as it is (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--bootstrap", paramLabel = "HOST:PORT", defaultValue = "localhost:" + PipelineStack.KAFKA_PORT,
            description = "Kafka of the running stack (default: ${DEFAULT-VALUE}).")
    String bootstrap;

    @Spec
    CommandSpec spec;

    /** A page to drop: its URL, content type and body. */
    record Drop(String url, String contentType, byte[] body) {
    }

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (pages <= 0 || (rate != null && rate <= 0) || warmup < 0) {
            throw new IllegalArgumentException("--pages and --rate must be positive, --warmup not negative");
        }
        String runId = Long.toString(System.currentTimeMillis(), 36);
        // generated pages warm the stack up even when the measured pages come from a folder
        int warmupKb = pageSize.matches("\\d+") ? Integer.parseInt(pageSize) : 30;
        List<Drop> warmupDrops = generated(runId + "w", warmup, warmupKb);
        List<Drop> drops = drops(runId);
        RepoLayout repo = RepoLayout.find();
        PipelineStack started = null;
        Map<String, ProcessHandle> processes;
        if (bootstrap.equals("localhost:" + PipelineStack.KAFKA_PORT) && Ports.isFree(PipelineStack.KAFKA_PORT)) {
            err.println("no stack running: starting one for this run (./newsflow up keeps one running)...");
            started = UpCommand.start(err, Set.of(), Map.of());
            processes = started.processes();
        } else {
            processes = StackProcesses.find(repo.workDir());
            if (processes.isEmpty()) {
                err.println("note: the running stack was not started by ./newsflow up from this checkout: CPU and memory"
                        + " of its processes are not measured");
            }
        }
        try {
            return run(warmupDrops, drops, processes, out);
        } finally {
            if (started != null) {
                started.close();
            }
        }
    }

    private int run(List<Drop> warmupDrops, List<Drop> drops, Map<String, ProcessHandle> stack, PrintWriter out)
            throws InterruptedException {
        Map<String, ProcessHandle> measured = new LinkedHashMap<>(stack);
        measured.put("bench (producer)", ProcessHandle.current());
        ProcessCpu cpu = new ProcessCpu(measured);
        ProcessCpu stackOnly = new ProcessCpu(stack);
        AtomicLong peakResident = new AtomicLong();
        List<String> watched = List.of(Topics.ARTICLES_INDEXED, Topics.PARSER_DLQ, Topics.ENRICHER_DLQ, Topics.INDEXER_DLQ);
        try (TopicWatch watch = new TopicWatch(bootstrap, watched);
             PageDropper dropper = new PageDropper(bootstrap, Topics.PAGES_RAW,
                     // 1 MiB batches (lz4 still): with Kafka's 16 KB default a ~30 KB page went in a batch of its
                     // own; batched, Kafka spent 0.71-0.72 against 0.94-0.96 ms CPU per page and this producer 0.55-0.61
                     // against 0.88-0.91 (BENCHMARKS.md, "Elasticsearch's CPU per page, taken apart", the Kafka table)
                     ProducerSettings.reliable().clientId("newsflow-bench-pipeline").compressed().batched())) {
            Thread memory = Thread.ofPlatform().daemon().name("bench-memory").start(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    peakResident.accumulateAndGet(stackOnly.residentMiB().values().stream().mapToLong(Long::longValue)
                            .sum(), Math::max);
                    LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(500));
                }
            });
            Phase warm = null;
            if (!warmupDrops.isEmpty()) {
                warm = drive(warmupDrops, null, watch, dropper, cpu, null, out);
                reportWarmup(out, warm);
            }
            boolean warmComplete = warm == null || warm.complete();
            Phase phase = drive(drops, rate, watch, dropper, cpu, warm, out);
            memory.interrupt();
            report(out, phase, peakResident.get());
            if (warm != null && warmComplete && !warm.complete()) {
                out.println("warm-up check: a warm-up page was indexed again during the measured run");
            }
            return (warm == null || warm.complete()) && phase.complete() ? 0 : 1;
        }
    }

    /** What one batch of drops came to: when each page went, each notice of it, its dead letters, the CPU spent. */
    record Phase(List<Drop> drops, Map<String, Long> droppedAt, Map<String, List<Long>> noticedAt,
            List<TopicWatch.DeadLetter> deadLetters, Map<String, Duration> cpuBefore, Map<String, Duration> cpuAfter,
            long begin, int failedSends) {

        /** Every page sent, searchable, and noticed once. */
        boolean complete() {
            return failedSends == 0 && droppedAt.keySet().stream().allMatch(noticedAt::containsKey)
                    && noticedAt.values().stream().allMatch(times -> times.size() == 1);
        }

        /** Seconds from the first drop to the last page's first notice. */
        double seconds() {
            long last = begin;
            for (List<Long> times : noticedAt.values()) {
                last = Math.max(last, times.stream().mapToLong(Long::longValue).min().orElse(begin));
            }
            return Math.max(1, last - begin) / 1000.0;
        }

        /** CPU ms per dropped page of one process, or of all of them when {@code name} is null. */
        double cpuMsPerPage(String name) {
            double ms = 0;
            for (Map.Entry<String, Duration> after : cpuAfter.entrySet()) {
                if (name == null || name.equals(after.getKey())) {
                    Duration before = cpuBefore.getOrDefault(after.getKey(), Duration.ZERO);
                    ms += (after.getValue().toNanos() - before.toNanos()) / 1e6;
                }
            }
            return ms / drops.size();
        }
    }

    /**
     * Drops the pages (at {@code pace} pages/s, or as fast as the broker takes them when null) and follows each to its
     * indexed notice or a dead letter; gives up after {@link #STALL_TIMEOUT} without news. A notice of a page of the
     * {@code earlier} phase (the warm-up) is added to that phase, so a page indexed twice is caught however late.
     */
    private Phase drive(List<Drop> drops, Double pace, TopicWatch watch, PageDropper dropper, ProcessCpu cpu,
            Phase earlier, PrintWriter out) throws InterruptedException {
        Map<String, Long> droppedAt = new ConcurrentHashMap<>();
        Map<String, List<Long>> noticedAt = new HashMap<>();
        List<TopicWatch.DeadLetter> deadLetters = new ArrayList<>();
        Map<String, Duration> cpuBefore = cpu.snapshot();
        long begin = System.currentTimeMillis();
        List<Future<?>> acks = new ArrayList<>();
        Thread sender = Thread.ofPlatform().name("bench-sender").start(() -> {
            long start = System.nanoTime();
            for (int i = 0; i < drops.size(); i++) {
                if (pace != null) {
                    long due = start + (long) (i * 1e9 / pace);
                    LockSupport.parkNanos(due - System.nanoTime());
                }
                Drop drop = drops.get(i);
                droppedAt.put(ArticleId.of(drop.url()), System.currentTimeMillis());
                acks.add(dropper.dispatch(drop.url(), drop.contentType(), drop.body(), "bench"));
            }
        });
        long lastProgress = System.nanoTime();
        int accounted = 0;
        while (accounted < drops.size() && System.nanoTime() - lastProgress < STALL_TIMEOUT.toNanos()) {
            for (ConsumerRecord<String, byte[]> record : watch.poll(Duration.ofMillis(200))) {
                if (record.topic().equals(Topics.ARTICLES_INDEXED) && record.key() != null) {
                    if (droppedAt.containsKey(record.key())) {
                        noticedAt.computeIfAbsent(record.key(), k -> new ArrayList<>()).add(record.timestamp());
                    } else if (earlier != null && earlier.droppedAt().containsKey(record.key())) {
                        earlier.noticedAt().computeIfAbsent(record.key(), k -> new ArrayList<>()).add(record.timestamp());
                    }
                }
                lastProgress = System.nanoTime();
            }
            deadLetters = watch.deadLetters().stream()
                    .filter(d -> d.key() != null && droppedAt.containsKey(d.key())).toList();
            accounted = (int) (droppedAt.keySet().stream().filter(noticedAt::containsKey).count() + deadLetters.size());
        }
        sender.join();
        Map<String, Duration> cpuAfter = cpu.snapshot();
        int failedSends = failures(acks, out);
        return new Phase(drops, droppedAt, noticedAt, deadLetters, cpuBefore, cpuAfter, begin, failedSends);
    }

    private static void reportWarmup(PrintWriter out, Phase warm) {
        int n = warm.drops().size();
        long searchable = warm.droppedAt().keySet().stream().filter(warm.noticedAt()::containsKey).count();
        out.printf(Locale.ROOT, "warm-up:      %d generated pages, %d searchable in %.1f s (%.1f pages/s, %.2f ms CPU per"
                        + " page for all processes, Kafka + Elasticsearch %.2f); not in the figures below%n", n, searchable,
                warm.seconds(), searchable / warm.seconds(), warm.cpuMsPerPage(null),
                warm.cpuMsPerPage("kafka") + warm.cpuMsPerPage("elasticsearch"));
        if (!warm.complete()) {
            out.printf(Locale.ROOT, "warm-up check: %d lost, %d dead-lettered, %d sends failed%n", n - searchable,
                    warm.deadLetters().size(), warm.failedSends());
        }
    }

    private void report(PrintWriter out, Phase phase, long peakResidentMiB) {
        List<Drop> drops = phase.drops();
        int n = drops.size();
        long bytes = drops.stream().mapToLong(d -> d.body().length).sum();
        List<Long> latencies = new ArrayList<>();
        int duplicates = 0;
        for (Map.Entry<String, Long> drop : phase.droppedAt().entrySet()) {
            List<Long> times = phase.noticedAt().get(drop.getKey());
            if (times != null) {
                latencies.add(times.stream().mapToLong(Long::longValue).min().orElseThrow() - drop.getValue());
                duplicates += times.size() - 1;
            }
        }
        latencies.sort(null);
        int searchable = latencies.size();
        double seconds = phase.seconds();
        out.printf(Locale.ROOT, "pages:        %d dropped (%.1f KB on average)%s%n", n, bytes / 1024.0 / n,
                rate == null ? ", as fast as the broker takes them" : String.format(Locale.ROOT, " at %.1f pages/s", rate));
        out.printf(Locale.ROOT, "throughput:   %.1f pages/s sustained (%d searchable %.1f s after the first drop)%n",
                searchable / seconds, searchable, seconds);
        if (!latencies.isEmpty()) {
            out.printf(Locale.ROOT, "latency:      drop to searchable p50 %d ms, p95 %d ms, p99 %d ms, max %d ms%n",
                    percentile(latencies, 50), percentile(latencies, 95), percentile(latencies, 99), latencies.getLast());
        }
        out.println("CPU per page: (ms, user + system, over the run)");
        for (String process : phase.cpuAfter().keySet()) {
            out.printf(Locale.ROOT, "  %-18s %7.2f%n", process, phase.cpuMsPerPage(process));
        }
        out.printf(Locale.ROOT, "  %-18s %7.2f   (Kafka + Elasticsearch %.2f)%n", "all", phase.cpuMsPerPage(null),
                phase.cpuMsPerPage("kafka") + phase.cpuMsPerPage("elasticsearch"));
        out.printf(Locale.ROOT, "memory:       %d MiB peak resident for the stack (every process above but the bench)%n",
                peakResidentMiB);
        long lost = phase.droppedAt().keySet().stream().filter(id -> !phase.noticedAt().containsKey(id)).count();
        out.printf(Locale.ROOT, "check:        %d of %d searchable, %d lost, %d duplicate notices, %d dead-lettered,"
                + " %d sends failed%n", searchable, n, lost, duplicates, phase.deadLetters().size(), phase.failedSends());
        phase.deadLetters().stream().limit(5)
                .forEach(d -> out.printf("  dead letter %s: %s (%s)%n", d.topic(), d.reason(), d.url()));
        out.flush();
    }

    private static long percentile(List<Long> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private static int failures(List<Future<?>> acks, PrintWriter out) throws InterruptedException {
        int failed = 0;
        for (Future<?> ack : acks) {
            try {
                ack.get(30, TimeUnit.SECONDS);
            } catch (ExecutionException | TimeoutException e) {
                if (failed++ == 0) {
                    out.println("a drop failed: " + e);
                }
            }
        }
        return failed;
    }

    /** {@code count} generated news pages of about {@code kb} KB, their URLs unique to {@code runId}. */
    private static List<Drop> generated(String runId, int count, int kb) {
        GeneratedNewsPages generated = new GeneratedNewsPages(runId, kb * 1024);
        List<Drop> drops = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            drops.add(new Drop(generated.url(i), "text/html; charset=utf-8", generated.page(i)));
        }
        return drops;
    }

    /** The pages of the run: generated ones of --page-size KB, or the files of the --page-size folder. */
    private List<Drop> drops(String runId) {
        if (pageSize.matches("\\d+")) {
            return generated(runId, pages, Integer.parseInt(pageSize));
        }
        List<Drop> drops = new ArrayList<>();
        Path dir = Path.of(pageSize);
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("--page-size: '" + pageSize + "' is neither a size in KB nor a folder");
        }
        for (Path file : PageFile.expand(List.of(dir))) {
            if (drops.size() == pages) {
                break;
            }
            try {
                PageFile page = PageFile.read(file, null);
                drops.add(new Drop(page.url(), page.envelope() ? null : page.contentType(), page.body()));
            } catch (IllegalArgumentException e) {
                spec.commandLine().getErr().printf("skipped %s: %s%n", file, e.getMessage());
            }
        }
        return drops;
    }
}
