package dev.newsflow.cli;

import dev.newsflow.messaging.TraceContext;
import dev.newsflow.model.Headers;
import dev.newsflow.model.Topics;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.apache.kafka.common.header.internals.RecordHeaders;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsflow bench trace}: the CPU one hop's trace context costs, without a broker: read the consumed record's
 * {@code traceparent}, make the hop's span, put its ids in the MDC and take them out, write the output record's
 * headers. A page makes five such hops (drop or fetch, parser, enricher, indexer notice; a dead letter instead of
 * an output costs the same), so five times the figure is the trace's share of a page's CPU.
 */
@Command(name = "trace", mixinStandardHelpOptions = true,
        description = "Benchmark the trace context of one hop (read traceparent, child span, MDC, write headers): "
                + "CPU microseconds per hop, single-threaded.")
final class BenchTraceCommand implements Callable<Integer> {

    @Option(names = "--records", defaultValue = "1000000", description = "hops measured (default ${DEFAULT-VALUE})")
    int records;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        RecordHeaders consumed = new RecordHeaders();
        consumed.add(Headers.URL, "https://example.com/news/1".getBytes(StandardCharsets.UTF_8));
        TraceContext.start().writeTo(consumed);
        long checksum = run(consumed, Math.max(1, records / 5)); // warm-up: JIT
        long cpuStart = threads.getCurrentThreadCpuTime();
        long wallStart = System.nanoTime();
        checksum += run(consumed, records);
        long cpu = threads.getCurrentThreadCpuTime() - cpuStart;
        long wall = System.nanoTime() - wallStart;
        out.printf("%d hops: %.2f µs CPU per hop (%.2f µs wall), %.0f hops per CPU second%n", records,
                cpu / 1e3 / records, wall / 1e3 / records, records / (cpu / 1e9));
        out.printf("per page (5 hops): %.2f µs CPU (MDC here is slf4j-simple's no-op; the services' is logback's)%n",
                5 * cpu / 1e3 / records);
        out.printf("(checksum %d)%n", checksum);
        out.flush();
        return 0;
    }

    /** One hop per record: the work {@code MeteredFunction} and the writers add to a record for its trace. */
    private static long run(RecordHeaders consumed, int hops) {
        long checksum = 0;
        for (int i = 0; i < hops; i++) {
            TraceContext hop = TraceContext.continueFrom(consumed, Topics.PAGES_RAW, 0, i);
            try (TraceContext.LogScope logs = hop.inLogs()) {
                RecordHeaders output = hop.writeTo(new RecordHeaders());
                checksum += output.lastHeader(Headers.TRACEPARENT).value().length;
            }
        }
        return checksum;
    }
}
