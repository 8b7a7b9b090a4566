package dev.newsflow.cli;

import dev.newsflow.model.Topics;
import dev.newsflow.stack.LocalElasticsearch;
import dev.newsflow.stack.LocalKafka;
import dev.newsflow.stack.Ports;
import dev.newsflow.stack.RepoLayout;
import dev.newsflow.stack.Service;
import dev.newsflow.stack.ServiceProcess;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The whole stack on this machine: a Kafka broker on 9092, an Elasticsearch node on 9200 and the four services as
 * child JVMs, everything under {@code .newsflow/}. {@link #close()} (also run by a shutdown hook on Ctrl-C) stops
 * them all, services first, so nothing is left behind.
 */
final class LocalPipeline implements AutoCloseable {

    static final int KAFKA_PORT = 9092;
    static final int ELASTICSEARCH_PORT = 9200;
    static final String ALIAS = "articles";
    static final String SEARCH_MODULE = "search";
    static final int SEARCH_PORT = 8080;
    private static final Duration HEALTH_TIMEOUT = Duration.ofMinutes(3);

    private final RepoLayout repo;
    private final PrintWriter progress;
    private LocalKafka kafka;
    private LocalElasticsearch elasticsearch;
    private final List<ServiceProcess> services = new ArrayList<>();
    private final Thread shutdownHook = new Thread(this::close, "newsflow-stack-shutdown");
    private boolean closed;
    private boolean searchDashboard;

    private final Set<Service> without;

    private LocalPipeline(RepoLayout repo, PrintWriter progress, Set<Service> without) {
        this.repo = repo;
        this.progress = progress;
        this.without = without;
    }

    /**
     * Starts everything and waits until each service answers its health check.
     *
     * @throws IllegalStateException naming the port that is taken, or with the log tail of whatever did not start;
     *                               what had started is stopped again
     */
    static LocalPipeline start(RepoLayout repo, PrintWriter progress) {
        return start(repo, progress, Set.of());
    }

    /** Same as {@link #start(RepoLayout, PrintWriter)}, leaving out some services (to run the rest when one is broken). */
    static LocalPipeline start(RepoLayout repo, PrintWriter progress, Set<Service> without) {
        requirePortsFree();
        LocalPipeline pipeline = new LocalPipeline(repo, progress, without);
        Runtime.getRuntime().addShutdownHook(pipeline.shutdownHook);
        try {
            pipeline.startAll();
            return pipeline;
        } catch (RuntimeException e) {
            pipeline.close();
            throw e;
        }
    }

    private void startAll() {
        Path work = repo.workDir();
        long begin = System.nanoTime();
        say("starting Kafka on %d and Elasticsearch on %d (data in %s)...", KAFKA_PORT, ELASTICSEARCH_PORT, work);
        // Elasticsearch takes longest: start it next to the broker rather than after it
        CompletableFuture<LocalElasticsearch> es = CompletableFuture.supplyAsync(
                () -> LocalElasticsearch.start(work.resolve("elasticsearch"), ELASTICSEARCH_PORT));
        try {
            kafka = LocalKafka.start(work.resolve("kafka"), KAFKA_PORT);
            kafka.createTopics(Topics.ALL, 1);
            say("  Kafka ready at %s in %.1f s; topics: %s", kafka.bootstrapServers(), seconds(kafka.startupTime()),
                    String.join(", ", Topics.ALL));
        } finally {
            try {
                elasticsearch = es.join();
            } catch (CompletionException e) {
                throw new IllegalStateException("Elasticsearch did not start: " + e.getCause().getMessage(), e.getCause());
            }
        }
        say("  Elasticsearch ready at %s in %.1f s", elasticsearch.url(), seconds(elasticsearch.startupTime()));

        Path logs = work.resolve("logs");
        List<Service> wanted = java.util.Arrays.stream(Service.values()).filter(s -> !without.contains(s)).toList();
        say("starting %s (logs in %s)...", String.join(", ", wanted.stream().map(Service::module).toList()), logs);
        if (!without.isEmpty()) {
            say("  NOT starting %s (--without)", String.join(", ", without.stream().map(Service::module).toList()));
        }
        Map<Service, ServiceProcess> started = new LinkedHashMap<>();
        for (Service service : wanted) {
            ServiceProcess process = ServiceProcess.start(repo, service.module(), service.mainClass(), jvmArgs(service),
                    environment(service), logs.resolve(service.module() + ".log"));
            services.add(process);
            started.put(service, process);
        }
        long t = System.nanoTime();
        started.forEach((service, process) -> {
            process.awaitHealthy(URI.create(healthUrl(service)), HEALTH_TIMEOUT);
            say("  %-8s healthy at %s (%.1f s)", service.module(), healthUrl(service), (System.nanoTime() - t) / 1e9);
        });
        // a service that lost its port to another program dies after a foreign health check may have answered
        for (ServiceProcess process : services) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Service " + process.name() + " exited right after starting (was its port "
                        + "taken by another program?).\n" + dev.newsflow.stack.LogTail.of(process.logFile(), 30));
            }
        }
        startSearchDashboard(logs);
        say("stack up in %.1f s", (System.nanoTime() - begin) / 1e9);
    }

    /**
     * The read side (services/search: search API and web dashboard on 8080), when that module is built. It is not
     * part of the pipeline, so a failure here is reported and the demo goes on without it.
     */
    private void startSearchDashboard(Path logs) {
        Path module = repo.serviceModule(SEARCH_MODULE);
        if (!Files.isRegularFile(module.resolve("target/classpath.txt"))
                || !Files.isRegularFile(module.resolve("target/classes/dev/newsflow/search/SearchApplication.class"))) {
            return;
        }
        if (!Ports.isFree(SEARCH_PORT)) {
            say("  search dashboard not started: port %d is in use", SEARCH_PORT);
            return;
        }
        Map<String, String> env = new LinkedHashMap<>();
        env.put("SERVER_PORT", Integer.toString(SEARCH_PORT));
        env.put("ELASTICSEARCH_URL", elasticsearch.url());
        env.put("ARTICLES_ALIAS", ALIAS);
        ServiceProcess search = ServiceProcess.start(repo, SEARCH_MODULE, "dev.newsflow.search.SearchApplication",
                List.of("-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"), env, logs.resolve("search.log"));
        services.add(search);
        try {
            search.awaitHealthy(URI.create(searchDashboardUrl() + "actuator/health"), HEALTH_TIMEOUT);
            searchDashboard = true;
            say("  %-8s healthy at %s (dashboard)", SEARCH_MODULE, searchDashboardUrl());
        } catch (IllegalStateException e) {
            say("  search dashboard did not start, going on without it: %s", e.getMessage());
            services.remove(search);
            quietly(search::close);
        }
    }

    /** The search dashboard's URL, when it runs. */
    Optional<String> searchDashboard() {
        return searchDashboard ? Optional.of(searchDashboardUrl()) : Optional.empty();
    }

    private static String searchDashboardUrl() {
        return "http://127.0.0.1:" + SEARCH_PORT + "/";
    }

    /** The environment of a service, per the contract in README's configuration table. */
    Map<String, String> environment(Service service) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        env.put("SERVER_PORT", Integer.toString(service.defaultPort()));
        env.put("ELASTICSEARCH_URL", elasticsearch.url());
        env.put("ARTICLES_ALIAS", ALIAS);
        if (service == Service.FETCHER) {
            // the demo posts pages from this machine; loopback must be allowed
            env.put("FETCHER_ALLOW_PRIVATE_HOSTS", "true");
            if (System.getenv("DATASOURCE_URL") == null) {
                Path ledger = repo.workDir().resolve("data").resolve("ledger");
                env.put("DATASOURCE_URL", "jdbc:h2:file:" + ledger + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE");
            }
        }
        return env;
    }

    /** Small heaps and the serial collector: seven JVMs share two cores and the user's memory. */
    private static List<String> jvmArgs(Service service) {
        String extra = System.getenv("NEWSFLOW_SERVICE_JAVA_OPTS");
        if (extra != null && !extra.isBlank()) {
            return List.of(extra.trim().split("\\s+"));
        }
        // the enricher holds the entity models in memory
        String heap = service == Service.ENRICHER ? "-Xmx1g" : "-Xmx384m";
        return List.of(heap, "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xshare:auto");
    }

    /** The fetcher's HTTP API on this machine. */
    static String fetcherUrl() {
        return "http://127.0.0.1:" + Service.FETCHER.defaultPort();
    }

    private static String healthUrl(Service service) {
        return "http://127.0.0.1:" + service.defaultPort() + service.healthPath();
    }

    /** Every port the stack needs, checked before anything starts so the message names all of them at once. */
    static void requirePortsFree() {
        Map<Integer, String> ports = new LinkedHashMap<>();
        ports.put(KAFKA_PORT, "Kafka");
        ports.put(ELASTICSEARCH_PORT, "Elasticsearch");
        for (Service service : Service.values()) {
            ports.put(service.defaultPort(), service.module());
        }
        // the search dashboard is optional: its port is checked when it starts
        List<String> taken = new ArrayList<>();
        ports.forEach((port, what) -> {
            if (!Ports.isFree(port)) {
                taken.add(port + " (" + what + ")");
            }
        });
        if (!taken.isEmpty()) {
            throw new IllegalStateException("Port" + (taken.size() == 1 ? " " : "s ") + String.join(", ", taken)
                    + (taken.size() == 1 ? " is" : " are") + " already in use. Is another ./newsflow demo or up running"
                    + " (stop it with Ctrl-C), or docker compose? See who holds it with: ss -ltnp 'sport = :"
                    + taken.getFirst().split(" ")[0] + "'");
        }
    }

    /** Whether {@code service} was started (not left out with --without). */
    boolean isRunning(Service service) {
        return !without.contains(service);
    }

    String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    String elasticsearchUrl() {
        return elasticsearch.url();
    }

    Path logsDir() {
        return repo.workDir().resolve("logs");
    }

    Path kafkaLog() {
        return kafka.logFile();
    }

    Path elasticsearchLog() {
        return elasticsearch.logFile();
    }

    /** Resident memory of each process of the stack, in MiB (Linux /proc), for the summary. */
    Map<String, Long> residentMiB() {
        Map<String, Long> rss = new LinkedHashMap<>();
        rss.put("cli", Rss.of(ProcessHandle.current()));
        rss.put("kafka", Rss.of(kafka.process()));
        elasticsearch.process().ifPresent(p -> rss.put("elasticsearch", Rss.of(p)));
        for (ServiceProcess service : services) {
            rss.put(service.name(), Rss.of(service.process()));
        }
        return rss;
    }

    /** Stops the services, then Elasticsearch and Kafka. Safe to call twice. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        boolean any = !services.isEmpty() || kafka != null || elasticsearch != null;
        if (any) {
            say("stopping the stack...");
        }
        // the services all at once (each gets a grace period to finish its batch), before the broker they talk to
        // (own threads: the common pool has a single worker on a two-core machine)
        List<Thread> stopping = services.stream()
                .map(service -> Thread.ofPlatform().name("stop-" + service.name()).start(() -> quietly(service::close)))
                .toList();
        stopping.forEach(LocalPipeline::join);
        // in parallel: both take a few seconds to shut down cleanly
        Thread es = Thread.ofPlatform().name("stop-elasticsearch").start(() -> {
            if (elasticsearch != null) {
                quietly(elasticsearch::close);
            }
        });
        if (kafka != null) {
            quietly(kafka::close);
        }
        join(es);
        if (any) {
            say("stopped.");
        }
        if (!Thread.currentThread().getName().equals(shutdownHook.getName())) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException alreadyShuttingDown) {
                // the hook is running: nothing to remove
            }
        }
    }

    private static void join(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void quietly(Runnable stop) {
        try {
            stop.run();
        } catch (RuntimeException e) {
            say("  (while stopping: %s)", e.getMessage());
        }
    }

    private void say(String format, Object... args) {
        progress.printf(format + "%n", args);
        progress.flush();
    }

    private static double seconds(Duration d) {
        return d == null ? 0 : d.toMillis() / 1000.0;
    }

    /** Resident set size from /proc (0 where there is no /proc). */
    static final class Rss {
        private Rss() {
        }

        static long of(ProcessHandle process) {
            Path status = Path.of("/proc", Long.toString(process.pid()), "status");
            try {
                Optional<String> line = Files.readAllLines(status).stream().filter(l -> l.startsWith("VmRSS:")).findFirst();
                return line.map(l -> Long.parseLong(l.replaceAll("\\D+", "")) / 1024).orElse(0L);
            } catch (java.io.IOException | RuntimeException e) {
                return 0;
            }
        }
    }
}
