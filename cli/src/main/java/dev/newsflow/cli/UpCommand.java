package dev.newsflow.cli;

import dev.newsflow.stack.RepoLayout;
import dev.newsflow.stack.Service;
import picocli.CommandLine.Option;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code newsflow up}: the stack without sample pages, until Ctrl-C. */
@Command(name = "up", mixinStandardHelpOptions = true,
        description = "Start Kafka, Elasticsearch and the four services on this machine (no sample pages) until Ctrl-C.")
public final class UpCommand implements Callable<Integer> {

    @Option(names = "--without", paramLabel = "SERVICE", split = ",",
            description = "Do not start these services (fetcher, parser, enricher, indexer), e.g. to see how far the "
                    + "pipeline gets while one of them is broken.")
    java.util.Set<String> without = java.util.Set.of();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        LocalPipeline pipeline = LocalPipeline.start(RepoLayout.find(), out, services(without));
        DemoCommand.printWhereToLook(out, pipeline);
        DemoCommand.printMemory(out, pipeline);
        out.println("Running until Ctrl-C.");
        out.flush();
        awaitShutdown();
        return 0;
    }

    /** The services named by {@code --without}. */
    static java.util.Set<Service> services(java.util.Set<String> names) {
        java.util.Set<Service> result = java.util.EnumSet.noneOf(Service.class);
        for (String name : names) {
            result.add(java.util.Arrays.stream(Service.values())
                    .filter(s -> s.module().equals(name.trim().toLowerCase(java.util.Locale.ROOT)))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("--without: no service named '" + name
                            + "'; the services are fetcher, parser, enricher, indexer")));
        }
        return result;
    }

    /** Blocks until the JVM shuts down (Ctrl-C); the pipeline's shutdown hook stops the stack. */
    static void awaitShutdown() throws InterruptedException {
        new CountDownLatch(1).await();
    }
}
