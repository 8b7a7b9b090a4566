package dev.newsflow.stack;

import dev.newsflow.model.Topics;
import java.io.PrintWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * The whole pipeline on this machine, as {@code ./newsflow demo}, {@code ./newsflow up} and the end-to-end tests run
 * it: a Kafka broker and an Elasticsearch node (started here, or ones already running), the topics, and the services
 * as child JVMs from their build output, each awaited on its health endpoint, their logs in one folder.
 * {@link #close()} (also run by a shutdown hook on Ctrl-C) stops them all, services first, so nothing is left behind.
 */
public final class PipelineStack implements AutoCloseable {

    /** The alias the indexer writes and the readers read (the services' {@code ARTICLES_ALIAS}). */
    public static final String ALIAS = "articles";
    /** Where {@code ./newsflow demo} and {@code up} start the broker and the node (README, Ports). */
    public static final int KAFKA_PORT = 9092;
    public static final int ELASTICSEARCH_PORT = 9200;
    private static final Duration HEALTH_TIMEOUT = Duration.ofMinutes(3);

    private final Builder settings;
    private final PrintWriter progress;
    private final Map<Service, Integer> ports = new EnumMap<>(Service.class);
    private final Map<Service, ServiceProcess> running = new EnumMap<>(Service.class);
    /** Instances beyond the first of a scaled stage ({@link Builder#scale}), by name: "parser-2", "parser-3"... */
    private final Map<String, ServiceProcess> extraInstances = new LinkedHashMap<>();
    private final Thread shutdownHook = new Thread(this::close, "newsflow-stack-shutdown");
    private LocalKafka kafka;
    private LocalElasticsearch elasticsearch;
    private final Supervisor supervisor;
    private String kafkaBootstrapServers;
    private String elasticsearchUrl;
    private boolean closed;

    private PipelineStack(Builder settings) {
        this.settings = settings;
        this.progress = settings.progress;
        this.supervisor = new Supervisor(settings.backoff, progress, settings.workDir.resolve(StackStatus.FILE_NAME));
    }

    /**
     * What {@code ./newsflow demo} starts: Kafka on 9092 and Elasticsearch on 9200 with their data under
     * {@code <repo>/.newsflow/}, every service on its default port, logs in {@code .newsflow/logs}; change any of it
     * on the builder.
     */
    public static Builder builder(RepoLayout repo) {
        return new Builder(repo);
    }

    /** How the stack is started; {@link #start()} starts it. */
    public static final class Builder {
        private final RepoLayout repo;
        private PrintWriter progress = new PrintWriter(Writer.nullWriter());
        private Path workDir;
        private String runningKafka;
        private String runningElasticsearch;
        private boolean freePorts;
        private Supervisor.Backoff backoff = Supervisor.Backoff.DEFAULT;
        private final Set<Service> without = EnumSet.noneOf(Service.class);
        private final Map<Service, Map<String, String>> environment = new EnumMap<>(Service.class);
        private final Map<Service, Integer> instances = new EnumMap<>(Service.class);

        private Builder(RepoLayout repo) {
            this.repo = repo;
        }

        /** Where to say what is starting and stopping (by default nowhere). */
        public Builder progress(PrintWriter progress) {
            this.progress = progress;
            return this;
        }

        /** Data of Kafka, Elasticsearch and the fetcher's default ledger, and {@code logs/} (default {@code .newsflow/}). */
        public Builder workDir(Path workDir) {
            this.workDir = workDir;
            return this;
        }

        /** Uses a broker and a node that already run (the tests' {@code TestStack}) instead of starting them. */
        public Builder servers(String kafkaBootstrapServers, String elasticsearchUrl) {
            this.runningKafka = kafkaBootstrapServers;
            this.runningElasticsearch = elasticsearchUrl;
            return this;
        }

        /**
         * Each service, and Kafka and Elasticsearch where the stack starts them, on a free port instead of its default
         * one (several stacks, or a test, on one machine).
         */
        public Builder freePorts() {
            this.freePorts = true;
            return this;
        }

        /** How long to wait before restarting a service that died (default {@link Supervisor.Backoff#DEFAULT}). */
        public Builder restartBackoff(Supervisor.Backoff backoff) {
            this.backoff = backoff;
            return this;
        }

        /** Leaves these services out (to see how far the pipeline gets while one is broken, or to start it later). */
        public Builder without(Collection<Service> services) {
            without.addAll(services);
            return this;
        }

        /**
         * Runs {@code count} instances of a stage that consumes from Kafka (parser, enricher, indexer): one consumer
         * group, the topics' partitions shared among them. The extra instances listen on free ports.
         *
         * @throws IllegalArgumentException for the fetcher (its instances would share neither the ledger nor the
         *                                  politeness per host) and the read side, or a count below 1
         */
        public Builder scale(Service service, int count) {
            if (service == Service.FETCHER || !service.isStage()) {
                throw new IllegalArgumentException("only the parser, the enricher and the indexer can be scaled, not "
                        + service.module());
            }
            if (count < 1) {
                throw new IllegalArgumentException(service.module() + ": at least one instance, not " + count);
            }
            instances.put(service, count);
            return this;
        }

        /** Adds to (or overrides) the environment the stack gives {@code service}. */
        public Builder environment(Service service, Map<String, String> variables) {
            environment.computeIfAbsent(service, s -> new LinkedHashMap<>()).putAll(variables);
            return this;
        }

        /**
         * Starts everything and waits until each service answers its health check. The read side ({@link Service#SEARCH})
         * is optional: when its module is not built, its port is taken or it does not come up, that is said and the
         * stack goes on without it.
         *
         * @throws IllegalStateException naming the ports that are taken, or with the log tail of whatever did not start;
         *                               what had started is stopped again
         */
        public PipelineStack start() {
            if (workDir == null) {
                workDir = repo.workDir();
            }
            PipelineStack stack = new PipelineStack(this);
            stack.requirePortsFree();
            Runtime.getRuntime().addShutdownHook(stack.shutdownHook);
            try {
                stack.startAll();
                return stack;
            } catch (RuntimeException e) {
                stack.close();
                throw e;
            }
        }
    }

    private void startAll() {
        long begin = System.nanoTime();
        startServers();
        Path logs = logsDir();
        List<Service> stages = wanted().stream().filter(Service::isStage).toList();
        say("starting %s (logs in %s)...", String.join(", ", stages.stream().map(Service::module).toList()), logs);
        if (!settings.without.isEmpty()) {
            say("  NOT starting %s (left out)", String.join(", ", settings.without.stream().map(Service::module).toList()));
        }
        // started together, awaited in turn: the JVMs warm up in parallel
        stages.forEach(this::launch);
        long t = System.nanoTime();
        for (Service service : stages) {
            running.get(service).awaitHealthy(healthUrl(service), HEALTH_TIMEOUT);
            supervise(service, running.get(service));
            say("  %-8s healthy at %s (%.1f s)", service.module(), healthUrl(service), (System.nanoTime() - t) / 1e9);
        }
        startExtraInstances(stages);
        // a service that lost its port to another program dies after a foreign health check may have answered
        for (ServiceProcess process : running.values()) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Service " + process.name() + " exited right after starting (was its port "
                        + "taken by another program?).\n" + LogTail.of(process.logFile(), 30));
            }
        }
        if (wanted().contains(Service.SEARCH)) {
            startReadSide();
        }
        StackProcesses.record(settings.workDir, processes());
        say("stack up in %.1f s", (System.nanoTime() - begin) / 1e9);
    }

    private void startServers() {
        if (settings.runningKafka != null) {
            kafkaBootstrapServers = settings.runningKafka;
            elasticsearchUrl = settings.runningElasticsearch;
            LocalKafka.createTopics(kafkaBootstrapServers, Topics.ALL, Topics.partitions());
            say("using Kafka at %s and Elasticsearch at %s; topics (%d partitions each): %s", kafkaBootstrapServers,
                    elasticsearchUrl, Topics.partitions(), String.join(", ", Topics.ALL));
            return;
        }
        Path work = settings.workDir;
        // 0: a free port (freePorts)
        int kafkaPort = settings.freePorts ? 0 : KAFKA_PORT;
        int elasticsearchPort = settings.freePorts ? 0 : ELASTICSEARCH_PORT;
        say("starting Kafka on %s and Elasticsearch on %s (data in %s)...", portName(kafkaPort),
                portName(elasticsearchPort), work);
        // Elasticsearch takes longest: start it next to the broker rather than after it
        // this stack's shutdown hook stops them, after the services (close()), rather than hooks of their own
        CompletableFuture<LocalElasticsearch> es = CompletableFuture.supplyAsync(
                () -> LocalElasticsearch.start(work.resolve("elasticsearch"), elasticsearchPort).stoppedByOwnerAtExit());
        try {
            kafka = LocalKafka.start(work.resolve("kafka"), kafkaPort).stoppedByOwnerAtExit();
            kafka.createTopics(Topics.ALL, Topics.partitions());
            kafkaBootstrapServers = kafka.bootstrapServers();
            say("  Kafka ready at %s in %.1f s; topics (%d partitions each): %s", kafkaBootstrapServers,
                    seconds(kafka.startupTime()), Topics.partitions(), String.join(", ", Topics.ALL));
        } finally {
            try {
                elasticsearch = es.join();
            } catch (CompletionException e) {
                throw new IllegalStateException("Elasticsearch did not start: " + e.getCause().getMessage(), e.getCause());
            }
        }
        elasticsearchUrl = elasticsearch.url();
        supervisor.list("kafka", kafka.process().pid(), kafkaBootstrapServers);
        elasticsearch.process().ifPresent(p -> supervisor.list("elasticsearch", p.pid(), elasticsearchUrl));
        say("  Elasticsearch ready at %s in %.1f s", elasticsearchUrl, seconds(elasticsearch.startupTime()));
    }

    /**
     * The second and further instances of each scaled stage, started together and awaited in turn, then supervised
     * like the first (a restart comes back on the instance's own port).
     */
    private void startExtraInstances(List<Service> stages) {
        Map<String, URI> health = new LinkedHashMap<>();
        Map<String, Supplier<ServiceProcess>> starters = new LinkedHashMap<>();
        for (Service service : stages) {
            for (int n = 2; n <= settings.instances.getOrDefault(service, 1); n++) {
                String name = service.module() + "-" + n;
                int port = Ports.free();
                Map<String, String> env = environment(service);
                env.put("SERVER_PORT", Integer.toString(port));
                URI url = URI.create("http://127.0.0.1:" + port + service.healthPath());
                Supplier<ServiceProcess> start = () -> {
                    synchronized (this) {
                        if (closed) {
                            throw new IllegalStateException("the stack is stopping");
                        }
                        ServiceProcess process = ServiceProcess.start(settings.repo, service.module(),
                                service.mainClass(), jvmArgs(service), env, logsDir().resolve(name + ".log"));
                        extraInstances.put(name, process);
                        return process;
                    }
                };
                start.get();
                health.put(name, url);
                starters.put(name, start);
            }
        }
        health.forEach((name, url) -> {
            extraInstances.get(name).awaitHealthy(url, HEALTH_TIMEOUT);
            supervisor.watch(name, url.toString(), extraInstances.get(name), () -> {
                ServiceProcess process = starters.get(name).get();
                try {
                    process.awaitHealthy(url, HEALTH_TIMEOUT);
                    return process;
                } catch (RuntimeException e) {
                    // as launchHealthy: a restart that never came up must not keep the port from the next one
                    process.close();
                    throw e;
                }
            });
            say("  %-10s healthy at %s", name, url);
        });
    }

    /**
     * Instance {@code n} (from 1) of {@code service}, while it runs: the tests stop one of a scaled stage's instances
     * to see its partitions move to the others.
     */
    public synchronized Optional<ServiceProcess> instance(Service service, int n) {
        ServiceProcess process = n == 1 ? running.get(service) : extraInstances.get(service.module() + "-" + n);
        return Optional.ofNullable(process).filter(ServiceProcess::isAlive);
    }

    /** The read side when its module is built; not part of the pipeline, so a failure is reported and passed over. */
    private void startReadSide() {
        if (!ServiceProcess.isBuilt(settings.repo, Service.SEARCH.module())) {
            return;
        }
        if (!settings.freePorts && !Ports.isFree(Service.SEARCH.defaultPort())) {
            say("  search dashboard not started: port %d is in use", Service.SEARCH.defaultPort());
            return;
        }
        try {
            startService(Service.SEARCH);
            say("  %-8s healthy at %s/ (dashboard)", Service.SEARCH.module(), url(Service.SEARCH).orElseThrow());
        } catch (IllegalStateException e) {
            say("  search dashboard did not start, going on without it: %s", e.getMessage());
        }
    }

    /**
     * Starts {@code service} now (one left out with {@link Builder#without}) and waits until it is healthy; the stack
     * stops it with the rest, or the caller earlier.
     *
     * @throws IllegalStateException with the tail of its log when it does not come up (it is stopped again)
     */
    public ServiceProcess startService(Service service) {
        ServiceProcess process = launchHealthy(service);
        supervise(service, process);
        return process;
    }

    /** The hook into the {@link Supervisor}: from now on a death of {@code process} is noticed and it is restarted. */
    private void supervise(Service service, ServiceProcess process) {
        supervisor.watch(service.module(), healthUrl(service).toString(), process, () -> launchHealthy(service));
    }

    // awaited outside the stack's lock: a restart takes seconds, and readers (isRunning, url) must not wait for it
    private ServiceProcess launchHealthy(Service service) {
        ServiceProcess process = launch(service);
        try {
            process.awaitHealthy(healthUrl(service), HEALTH_TIMEOUT);
            return process;
        } catch (RuntimeException e) {
            synchronized (this) {
                running.remove(service, process);
            }
            process.close();
            throw e;
        }
    }

    private synchronized ServiceProcess launch(Service service) {
        if (closed) {
            throw new IllegalStateException("the stack is stopping");
        }
        ServiceProcess earlier = running.get(service);
        if (earlier != null && earlier.isAlive()) {
            throw new IllegalStateException(service.module() + " is already running");
        }
        // a restarted service keeps its port: whoever talks to it (status, the tests, the user) finds it again
        ports.put(service, settings.freePorts && !ports.containsKey(service) ? Ports.free()
                : ports.getOrDefault(service, service.defaultPort()));
        ServiceProcess process = ServiceProcess.start(settings.repo, service.module(), service.mainClass(),
                jvmArgs(service), environment(service), logsDir().resolve(service.module() + ".log"));
        running.put(service, process);
        return process;
    }

    /**
     * Environment every JVM of the stack gets (services, Kafka, Elasticsearch): at most two glibc malloc arenas. By
     * default glibc gives each thread that allocates natively an arena of its own (up to 8 per core), and each keeps
     * freed memory resident; the JVMs allocate their heaps themselves, so two are plenty.
     */
    static final Map<String, String> NATIVE_MEMORY_ENVIRONMENT = Map.of("MALLOC_ARENA_MAX", "2");

    /**
     * The JVM option every JVM of the stack gets, beside {@link #NATIVE_MEMORY_ENVIRONMENT}: the JVM hands memory glibc
     * holds but nobody uses back to the system every 5 s. C2's compiler threads free most of what they allocate, and
     * glibc keeps it: measured 40 MB less resident in the parser and in the enricher (BENCHMARKS.md, "The stack's
     * memory under sustained load").
     */
    static final String TRIM_NATIVE_MEMORY = "-XX:TrimNativeHeapInterval=5000";

    /**
     * A service out of heap exits, so the supervisor restarts it and says so. Without it the JVM lives on with its
     * Kafka consumers stopped by the error: health DOWN, nothing consumed, and nothing restarts it (seen: the
     * enricher on two pages at the parser's 10 MiB limit, before it read only their first part). The images pass
     * the same option (infra/docker/Dockerfile.service).
     */
    static final String EXIT_ON_OUT_OF_MEMORY = "-XX:+ExitOnOutOfMemoryError";

    /** The environment of a service, per the README's Configuration table, with the builder's additions. */
    private Map<String, String> environment(Service service) {
        Map<String, String> env = new LinkedHashMap<>(NATIVE_MEMORY_ENVIRONMENT);
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrapServers);
        env.put("SERVER_PORT", Integer.toString(ports.get(service)));
        env.put("ELASTICSEARCH_URL", elasticsearchUrl);
        env.put("ARTICLES_ALIAS", ALIAS);
        if (service == Service.FETCHER) {
            // pages come from this machine (the demo's local site, the tests' web servers): loopback must be allowed
            env.put("FETCHER_ALLOW_PRIVATE_HOSTS", "true");
            if (System.getenv("DATASOURCE_URL") == null) {
                Path ledger = settings.workDir.toAbsolutePath().resolve("data").resolve("ledger");
                env.put("DATASOURCE_URL", "jdbc:h2:file:" + ledger + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE");
            }
        }
        env.putAll(settings.environment.getOrDefault(service, Map.of()));
        return env;
    }

    /**
     * Small heaps and the serial collector: seven JVMs share two cores and the user's memory. Public because the
     * stage benchmarks ({@code bench parse}, {@code bench enrich}) run the stage's code in a JVM with these options,
     * so their figures are the service's.
     */
    public static List<String> jvmArgs(Service service) {
        String extra = System.getenv("NEWSFLOW_SERVICE_JAVA_OPTS");
        if (extra != null && !extra.isBlank()) {
            List<String> args = new ArrayList<>(List.of(EXIT_ON_OUT_OF_MEMORY));
            args.addAll(List.of(extra.trim().split("\\s+")));
            return List.copyOf(args);
        }
        // the heap limits, and how each was chosen: Service#heapLimit. -Xms64m: the heap starts small and grows with what the service keeps; by default it starts at 1/64 of the
        // machine's memory (up to -Xmx, so all of it here), and the collector touches all of it: measured in
        // BENCHMARKS.md, "Batching the parser's and the enricher's output" (resident memory and CPU per page with and
        // without)
        List<String> args = new ArrayList<>(List.of(EXIT_ON_OUT_OF_MEMORY, "-Xmx" + service.heapLimit(), "-Xms64m",
                "-XX:+UseSerialGC", "-Xshare:auto"));
        args.add(TRIM_NATIVE_MEMORY);
        if (service != Service.PARSER && service != Service.ENRICHER) {
            // C1 only where the work is I/O and JSON: C2's compiling would cost more than it saves. The parser and the
            // enricher are compute-bound and long-running, so C2 pays there: BENCHMARKS.md, "The whole pipeline after
            // today's merges", C1 against C2
            args.add("-XX:TieredStopAtLevel=1");
        }
        return List.copyOf(args);
    }

    private URI healthUrl(Service service) {
        return URI.create(url(service).orElseThrow() + service.healthPath());
    }

    private static String portName(int port) {
        return port == 0 ? "a free port" : Integer.toString(port);
    }

    /** Every fixed port the stack needs, checked before anything starts so the message names all of them at once. */
    private void requirePortsFree() {
        Map<Integer, String> needed = new LinkedHashMap<>();
        if (settings.runningKafka == null && !settings.freePorts) {
            needed.put(KAFKA_PORT, "Kafka");
            needed.put(ELASTICSEARCH_PORT, "Elasticsearch");
        }
        if (!settings.freePorts) {
            // the read side is optional: its port is checked when it starts
            wanted().stream().filter(Service::isStage).forEach(s -> needed.put(s.defaultPort(), s.module()));
        }
        List<String> taken = new ArrayList<>();
        needed.forEach((port, what) -> {
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

    private List<Service> wanted() {
        return Arrays.stream(Service.values()).filter(s -> !settings.without.contains(s)).toList();
    }

    /** Whether {@code service} runs (healthy, not left out, not stopped). */
    public synchronized boolean isRunning(Service service) {
        ServiceProcess process = running.get(service);
        return process != null && process.isAlive();
    }

    /** {@code http://127.0.0.1:<port>} of {@code service}, once it was started. */
    public synchronized Optional<String> url(Service service) {
        return Optional.ofNullable(ports.get(service)).map(port -> "http://127.0.0.1:" + port);
    }

    public String kafkaBootstrapServers() {
        return kafkaBootstrapServers;
    }

    public String elasticsearchUrl() {
        return elasticsearchUrl;
    }

    /** Where the services write their logs ({@code <workDir>/logs}). */
    public Path logsDir() {
        return settings.workDir.resolve("logs");
    }

    /** The broker's log, when the stack started it. */
    public Optional<Path> kafkaLog() {
        return Optional.ofNullable(kafka).map(LocalKafka::logFile);
    }

    /** The node's log, when the stack started it. */
    public Optional<Path> elasticsearchLog() {
        return Optional.ofNullable(elasticsearch).map(LocalElasticsearch::logFile);
    }

    /** Resident memory in MiB of each process the stack started (Kafka, Elasticsearch, each service). */
    public synchronized Map<String, Long> residentMiB() {
        Map<String, Long> rss = new LinkedHashMap<>();
        processes().forEach((name, process) -> rss.put(name, ResidentMemory.mib(process)));
        return rss;
    }

    /** Each process the stack started (Kafka, Elasticsearch, each service), by name, for memory and CPU figures. */
    public synchronized Map<String, ProcessHandle> processes() {
        Map<String, ProcessHandle> processes = new LinkedHashMap<>();
        if (kafka != null) {
            processes.put("kafka", kafka.process());
        }
        if (elasticsearch != null) {
            elasticsearch.process().ifPresent(p -> processes.put("elasticsearch", p));
        }
        running.forEach((service, process) -> processes.put(service.module(), process.process()));
        extraInstances.forEach((name, process) -> processes.put(name, process.process()));
        return processes;
    }

    /** How each part stands: up, restarting or stopped, and how often each service was restarted. */
    public StackStatus status() {
        return supervisor.status();
    }

    /** Stops the services, then Elasticsearch and Kafka when the stack started them. Safe to call twice. */
    @Override
    public void close() {
        // first, so nothing is restarted while the stack stops
        supervisor.close();
        List<ServiceProcess> services;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            services = new ArrayList<>(running.values());
            services.addAll(extraInstances.values());
        }
        boolean any = !services.isEmpty() || kafka != null || elasticsearch != null;
        StackProcesses.forget(settings.workDir);
        if (any) {
            say("stopping the stack...");
        }
        // the services all at once (each gets a grace period to finish its batch), before the broker they talk to
        // (own threads: the common pool has a single worker on a two-core machine)
        services.stream()
                .map(service -> Thread.ofPlatform().name("stop-" + service.name()).start(() -> quietly(service::close)))
                .toList()
                .forEach(PipelineStack::join);
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
        if (Thread.currentThread() != shutdownHook) {
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
}
