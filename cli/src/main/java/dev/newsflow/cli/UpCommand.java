package dev.newsflow.cli;

import dev.newsflow.stack.PipelineStack;
import dev.newsflow.stack.RepoLayout;
import dev.newsflow.stack.Service;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsflow up}: the stack without sample pages, until Ctrl-C. */
@Command(name = "up", mixinStandardHelpOptions = true,
        description = "Start Kafka, Elasticsearch and the four services on this machine (no sample pages) until Ctrl-C.")
public final class UpCommand implements Callable<Integer> {

    @Option(names = "--without", paramLabel = "SERVICE", split = ",",
            description = "Do not start these services (fetcher, parser, enricher, indexer, search), e.g. to see how far "
                    + "the pipeline gets while one of them is broken.")
    Set<String> without = Set.of();

    @Option(names = "--scale", paramLabel = "STAGE=N", split = ",",
            description = "Run N instances of a stage (parser, enricher, indexer), e.g. --scale parser=2,enricher=2: one "
                    + "consumer group each, sharing the topics' partitions (NEWSFLOW_TOPIC_PARTITIONS, default 6).")
    Map<String, Integer> scale = Map.of();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PipelineStack pipeline = start(out, without, scale);
        DemoCommand.printWhereToLook(out, pipeline);
        DemoCommand.printMemory(out, pipeline);
        out.println("Running until Ctrl-C.");
        out.flush();
        awaitShutdown();
        return 0;
    }

    /**
     * The stack on this machine as the README promises it for demo and up: Kafka 9092, Elasticsearch 9200, the
     * services on their default ports, everything under {@code .newsflow/}, progress on {@code out}.
     */
    static PipelineStack start(PrintWriter out, Set<String> without, Map<String, Integer> scale) {
        PipelineStack.Builder stack = PipelineStack.builder(RepoLayout.find()).progress(out).without(services(without));
        scale.forEach((name, count) -> services(Set.of(name)).forEach(service -> stack.scale(service, count)));
        return stack.start();
    }

    /** The services named by {@code --without} or {@code --scale}. */
    static Set<Service> services(Set<String> names) {
        Set<Service> result = EnumSet.noneOf(Service.class);
        for (String name : names) {
            result.add(Service.named(name).orElseThrow(() -> new IllegalArgumentException("no service named '"
                    + name + "'; the services are " + Arrays.stream(Service.values()).map(Service::module)
                    .collect(Collectors.joining(", ")))));
        }
        return result;
    }

    /** Blocks until the JVM shuts down (Ctrl-C); the stack's shutdown hook stops everything. */
    static void awaitShutdown() throws InterruptedException {
        new CountDownLatch(1).await();
    }
}
