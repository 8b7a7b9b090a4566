package dev.newsflow.cli.extract;

import dev.newsflow.cli.ServiceJvm;
import dev.newsflow.model.RawPage;
import dev.newsflow.parser.extract.ArticleExtractor;
import dev.newsflow.parser.extract.ExtractionException;
import dev.newsflow.stack.Service;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newsflow bench parse DIR}: extraction throughput over a folder of pages, single-threaded and with all
 * cores: pages/s, MB/s, p50/p99 ms per page, peak heap. Pages are read and decoded before timing starts.
 */
@Command(name = "parse", mixinStandardHelpOptions = true,
        description = "Benchmark the extractor on DIR (<id>.html, <id>.txt or <id>/source.html).")
public class BenchParseCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", description = "folder of pages")
    Path dir;

    // 30: CPU per page, pass by pass over the dev pages in the parser's JVM, falls until about the 25th pass (JIT: a
    // rule that only some pages reach is still in C1 code after ten passes); ten warm-up passes measured the extractor
    // ~15 % slower than it runs in a warm service (BENCHMARKS.md, "Parse speed")
    @Option(names = "--warmup", defaultValue = "30", description = "passes over the pages before measuring (default ${DEFAULT-VALUE})")
    int warmup;

    @Option(names = "--passes", defaultValue = "10", description = "measured passes (default ${DEFAULT-VALUE})")
    int passes;

    @Option(names = "--threads", defaultValue = "0", description = "threads for the parallel run (default: all cores)")
    int threads;

    @Option(names = ServiceJvm.OPTION, defaultValue = "service", description = "service (default): measure in a child "
            + "JVM with the parser service's options (the serial collector, its heap limit), the figure the pipeline "
            + "sees; cli: in this JVM (e.g. to profile with NEWSFLOW_JAVA_OPTS)")
    ServiceJvm.Where jvm;

    @Spec
    CommandSpec spec;

    public BenchParseCommand() {
    }

    @Override
    public Integer call() throws Exception {
        if (jvm == ServiceJvm.Where.service) {
            return ServiceJvm.rerunAs(Service.PARSER, spec);
        }
        List<RawPage> pages = new ArrayList<>();
        long bytes = 0;
        for (PageFiles.PageFile f : PageFiles.list(dir)) {
            RawPage p = f.load("https://bench.invalid/");
            pages.add(p);
            bytes += p.body().getBytes(StandardCharsets.UTF_8).length;
        }
        PrintWriter out = spec.commandLine().getOut();
        if (pages.isEmpty()) {
            out.println("no pages in " + dir);
            return 1;
        }
        ArticleExtractor extractor = new ArticleExtractor();
        AtomicInteger rejected = new AtomicInteger();
        for (int i = 0; i < warmup; i++) {
            for (RawPage p : pages) {
                run(extractor, p, rejected);
            }
        }
        rejected.set(0);
        resetPeaks();
        long[] nanos = new long[pages.size() * passes];
        var threadBean = ManagementFactory.getThreadMXBean();
        var osBean = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long processCpuStart = osBean.getProcessCpuTime();
        long cpuStart = threadBean.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        int k = 0;
        for (int pass = 0; pass < passes; pass++) {
            for (RawPage p : pages) {
                long t0 = System.nanoTime();
                run(extractor, p, rejected);
                nanos[k++] = System.nanoTime() - t0;
            }
        }
        long wall = System.nanoTime() - start;
        long cpu = threadBean.getCurrentThreadCpuTime() - cpuStart;
        long processCpu = osBean.getProcessCpuTime() - processCpuStart;
        long peakSingle = peakHeap();
        report(out, "1 thread", pages.size() * passes, bytes * passes, wall, nanos, peakSingle);
        // On a shared machine wall time includes waiting for the CPU; CPU time shows the cost of the work itself.
        out.printf("%-10s %8.1f pages/s of CPU time (%.2f ms CPU per page)%n", "1 thread", pages.size() * passes / (cpu / 1e9),
                cpu / 1e6 / (pages.size() * passes));
        // the collector runs on threads of its own: the whole JVM's CPU shows whether a setting moved work there
        out.printf("%-10s %8.2f ms CPU per page in the whole JVM (the collector's and the compiler's threads too)%n", "",
                processCpu / 1e6 / (pages.size() * passes));

        int n = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        resetPeaks();
        long[] parallelNanos = new long[pages.size() * passes];
        AtomicInteger slot = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            start = System.nanoTime();
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < n; t++) {
                futures.add(pool.submit(() -> {
                    int i;
                    while ((i = slot.getAndIncrement()) < parallelNanos.length) {
                        long t0 = System.nanoTime();
                        run(extractor, pages.get(i % pages.size()), rejected);
                        parallelNanos[i] = System.nanoTime() - t0;
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
            wall = System.nanoTime() - start;
        } finally {
            pool.shutdownNow();
        }
        report(out, n + " threads", pages.size() * passes, bytes * passes, wall, parallelNanos, peakHeap());
        out.printf("%d pages (%.1f MB) x %d passes after %d warm-up passes; %d rejections per run; max heap %d MB%n",
                pages.size(), bytes / 1e6, passes, warmup, rejected.get() / (passes * 2),
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
        out.println(ServiceJvm.describeThisJvm());
        out.flush();
        return 0;
    }

    private static void run(ArticleExtractor extractor, RawPage page, AtomicInteger rejected) {
        try {
            extractor.extract(page);
        } catch (ExtractionException e) {
            rejected.incrementAndGet();
        }
    }

    private static void report(PrintWriter out, String label, int count, long bytes, long wallNanos, long[] nanos,
                               long peakHeap) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double seconds = wallNanos / 1e9;
        out.printf("%-10s %8.1f pages/s  %6.1f MB/s  p50 %6.2f ms  p99 %7.2f ms  peak heap %d MB%n", label,
                count / seconds, bytes / 1e6 / seconds, sorted[sorted.length / 2] / 1e6,
                sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * 0.99) - 1)] / 1e6,
                peakHeap / (1024 * 1024));
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
