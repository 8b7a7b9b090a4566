package dev.newsflow.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real single-node Elasticsearch 9.2 (the integ-test distribution from Maven, no security) run as a daemon.
 * Refusing root is Elasticsearch's rule, so as root the node runs as the unprivileged user {@value #RUN_AS}
 * (created on first use). Everything the node writes (config copy, data, logs, tmp, pid file) stays in its
 * data directory; {@link #stop()} and {@link #start()} simulate an outage on the same port with the same data.
 */
public final class LocalElasticsearch implements AutoCloseable {

    /** The system user that runs the node when this JVM runs as root. */
    public static final String RUN_AS = "newsflow-es";
    private static final String CLUSTER_NAME = "newsflow-local";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);

    private final Path dataDir;
    private final Path home;
    private final Jdk jdk;
    private final int httpPort;
    private final int transportPort;
    private final String heap;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Thread shutdownHook = new Thread(this::stopQuietly, "local-elasticsearch-shutdown");
    private ProcessHandle process;
    private OrphanGuard guard;
    private Duration startupTime;

    private LocalElasticsearch(Path dataDir, Path home, Jdk jdk, int httpPort, int transportPort, String heap) {
        this.dataDir = dataDir;
        this.home = home;
        this.jdk = jdk;
        this.httpPort = httpPort;
        this.transportPort = transportPort;
        this.heap = heap;
    }

    /**
     * The node's heap, here and in compose ({@code docker-compose.yml}, checked by infra/checks). A local node's heap
     * held 60–210 MB (garbage included) after a backlog of 5 MB bulk requests, and G1 touches every region of a fixed
     * heap in time, so the heap's size is what the node keeps resident: 384 MiB instead of 512 took the node from ~600
     * to ~530 MB resident and the stack's peak ~70 MiB lower, for no measurable CPU per page (BENCHMARKS.md,
     * *Elasticsearch's heap*).
     */
    public static final String HEAP = "384m";

    /**
     * The share of the heap that documents being indexed may hold ({@code indexing_pressure.memory.limit}), here and in
     * compose (checked by infra/checks). The default, 10 %, is 40 MB of a {@value #HEAP} heap, and Elasticsearch
     * counts a document's primary operation at about four times its JSON: a page at the parser's 10 MiB limit (a
     * 10.1 MB document) was refused with 429 on every retry, and the indexer redelivered it without end. 25 % admits
     * two such documents at once, as the indexer's two consumers may send them.
     */
    public static final String INDEXING_PRESSURE_LIMIT = "25%";

    /** Starts a node with a {@value #HEAP} heap; see {@link #start(Path, int, String)}. */
    public static LocalElasticsearch start(Path dataDir, int httpPort) {
        return start(dataDir, httpPort, HEAP);
    }

    /**
     * Starts a node keeping its state in {@code dataDir} (reused on a later start) and waits for health yellow.
     * The distribution is unpacked once into {@code <repo>/.newsflow/dist} (or the system temp dir outside a checkout).
     *
     * @param httpPort the HTTP port on 127.0.0.1; 0 picks a free one
     * @param heap     the JVM heap, e.g. {@code 512m} or {@code 1g}
     * @throws Ports.PortInUseException when {@code httpPort} is taken
     * @throws IllegalStateException with the tail of the node's log when it does not come up
     */
    public static LocalElasticsearch start(Path dataDir, int httpPort, String heap) {
        return start(dataDir, distDir(), httpPort, heap, Path.of(PrivateCheckoutPlacement.SHARED_ROOT));
    }

    /**
     * As {@link #start(Path, int, String)}, the distribution unpacked under {@code distDir}; as root, what the node's
     * user cannot reach there moves under {@code sharedRoot} ({@link PrivateCheckoutPlacement}).
     */
    static LocalElasticsearch start(Path dataDir, Path distDir, int httpPort, String heap, Path sharedRoot) {
        if (httpPort != 0) {
            Ports.requireFree(httpPort, "Elasticsearch HTTP");
        }
        Path dir = dataDir.toAbsolutePath().normalize();
        Path home;
        if (RunAs.isRoot()) {
            RunAs.ensureUser(RUN_AS);
            PrivateCheckoutPlacement placement = new PrivateCheckoutPlacement(sharedRoot, RUN_AS);
            home = placement.distribution(distDir.toAbsolutePath().normalize());
            dir = placement.nodeDirectory(dir);
        } else {
            home = ElasticsearchDistribution.unpacked(distDir);
        }
        LocalElasticsearch node = new LocalElasticsearch(dir, home, Jdk.find(), Ports.resolve(httpPort), Ports.free(), heap);
        node.start();
        Runtime.getRuntime().addShutdownHook(node.shutdownHook);
        return node;
    }

    /** {@code http://127.0.0.1:<port>}. */
    public String url() {
        return "http://127.0.0.1:" + httpPort;
    }

    /** The HTTP port. */
    public int httpPort() {
        return httpPort;
    }

    /** The node's JVM while it runs (for memory figures). */
    public Optional<ProcessHandle> process() {
        return Optional.ofNullable(process).filter(ProcessHandle::isAlive);
    }

    /** The node's main log. */
    public Path logFile() {
        return dataDir.resolve("logs").resolve(CLUSTER_NAME + ".log");
    }

    /** How long the last start took until the cluster was yellow. */
    public Duration startupTime() {
        return startupTime;
    }

    /** Starts the node again after {@link #stop()}: same port, same data. Does nothing if it runs. */
    public synchronized void start() {
        if (process != null && process.isAlive()) {
            return;
        }
        long begin = System.nanoTime();
        Ports.requireFree(httpPort, "Elasticsearch HTTP");
        Ports.requireFree(transportPort, "Elasticsearch transport");
        try {
            prepareDirectories();
            Path startupLog = dataDir.resolve("startup.log");
            Process cli = new ProcessBuilder(command())
                    .directory(home.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(startupLog.toFile())
                    .start();
            // with -d the CLI returns once the server has started (or failed), leaving the server as a daemon
            if (!cli.waitFor(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                ProcessTree.terminate(cli.toHandle(), Duration.ofSeconds(5));
                killFromPidFile();
                throw failure("did not start within " + START_TIMEOUT);
            }
            if (cli.exitValue() != 0) {
                killFromPidFile();
                throw failure("exited with code " + cli.exitValue() + " during startup");
            }
            process = readPid().flatMap(ProcessHandle::of)
                    .orElseThrow(() -> failure("started but wrote no pid file"));
            guard = OrphanGuard.watch(process.pid());
            awaitHealthy(begin);
            startupTime = Duration.ofNanos(System.nanoTime() - begin);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start Elasticsearch in " + dataDir, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            killFromPidFile();
            throw new IllegalStateException("Interrupted while starting Elasticsearch", e);
        } catch (RuntimeException e) {
            if (guard != null) {
                guard.close();
                guard = null;
            }
            if (process != null) {
                ProcessTree.terminate(process, Duration.ofSeconds(10));
                process = null;
            }
            throw e;
        }
    }

    /**
     * Freezes the node (SIGSTOP): its port stays open but nothing answers, as with a long GC pause or a hung host,
     * which clients notice only by their timeouts. {@link #thaw()} lets it go on.
     */
    public synchronized void freeze() {
        signal("STOP");
    }

    /** Lets a node frozen by {@link #freeze()} go on (SIGCONT). */
    public synchronized void thaw() {
        signal("CONT");
    }

    private void signal(String name) {
        ProcessHandle node = process().orElseThrow(() -> new IllegalStateException("Elasticsearch is not running"));
        try {
            Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(node.pid())).inheritIO().start();
            if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
                throw new IllegalStateException("kill -" + name + " " + node.pid() + " failed");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot signal Elasticsearch", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while signalling Elasticsearch", e);
        }
    }

    /** Stops the node (SIGTERM, SIGKILL after 30 s) and waits until its port is free. The data stays. */
    public synchronized void stop() {
        if (guard != null) {
            guard.close();
            guard = null;
        }
        if (process != null) {
            ProcessTree.terminate(process, STOP_GRACE);
            process = null;
        }
        killFromPidFile();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!Ports.isFree(httpPort) && System.nanoTime() < deadline) {
            pause(100);
        }
    }

    /**
     * Leaves stopping the node at JVM exit to the caller, who must then {@link #close()} it from a shutdown hook of its
     * own (as {@link LocalKafka#stoppedByOwnerAtExit()}: the JVM runs every hook at once, and a stack's indexer should
     * finish its last bulk request before the node goes).
     *
     * @return this node
     */
    public LocalElasticsearch stoppedByOwnerAtExit() {
        removeShutdownHook();
        return this;
    }

    /** Stops the node. The data directory stays; delete it if it was temporary. */
    @Override
    public void close() {
        stop();
        removeShutdownHook();
    }

    /** Whether the node's own shutdown hook was still registered (and is not any more). */
    boolean removeShutdownHook() {
        try {
            return Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            return false; // the hook is running or has run
        }
    }

    private void stopQuietly() {
        try {
            stop();
        } catch (RuntimeException ignored) {
            // JVM exit: nothing left to report to
        }
    }

    private List<String> command() {
        List<String> es = new ArrayList<>(List.of(
                home.resolve("bin/elasticsearch").toString(),
                "-E", "cluster.name=" + CLUSTER_NAME,
                "-E", "node.name=" + CLUSTER_NAME,
                "-E", "discovery.type=single-node",
                "-E", "xpack.security.enabled=false",
                "-E", "network.host=127.0.0.1",
                "-E", "http.port=" + httpPort,
                "-E", "transport.port=" + transportPort,
                "-E", "path.data=" + dataDir.resolve("data"),
                "-E", "path.logs=" + dataDir.resolve("logs"),
                // small disks (CI, laptops) would otherwise make indices read-only
                "-E", "cluster.routing.allocation.disk.threshold_enabled=false",
                "-E", "indexing_pressure.memory.limit=" + INDEXING_PRESSURE_LIMIT,
                "-d", "-p", pidFile().toString()));
        Map<String, String> env = new LinkedHashMap<>(Map.of(
                "ES_JAVA_HOME", jdk.home().toString(),
                "ES_PATH_CONF", dataDir.resolve("config").toString(),
                "ES_TMPDIR", dataDir.resolve("tmp").toString(),
                // no hsperfdata: it would go to /tmp/hsperfdata_<user> whatever ES_TMPDIR says; no pre-touched heap
                // (jvm.options asks for it): a local node uses a fraction of it, and every touched page is resident
                "ES_JAVA_OPTS", "-Xms" + heap + " -Xmx" + heap + " -XX:-UsePerfData -XX:-AlwaysPreTouch "
                        + PipelineStack.TRIM_NATIVE_MEMORY));
        env.putAll(PipelineStack.NATIVE_MEMORY_ENVIRONMENT);
        List<String> command = new ArrayList<>();
        if (RunAs.isRoot()) {
            command.addAll(List.of("runuser", "-u", RUN_AS, "--"));
        }
        // ES_JAVA_HOME wins anyway; dropping JAVA_HOME avoids ES printing a warning about ignoring it
        command.addAll(List.of("env", "-u", "JAVA_HOME"));
        env.forEach((k, v) -> command.add(k + "=" + v));
        command.addAll(es);
        return command;
    }

    private void prepareDirectories() throws IOException {
        Files.createDirectories(dataDir);
        reclaimStaleNode();
        for (String sub : List.of("data", "logs", "tmp")) {
            Files.createDirectories(dataDir.resolve(sub));
        }
        Path config = dataDir.resolve("config");
        if (!Files.exists(config.resolve("elasticsearch.yml"))) {
            // a private copy: the node writes its keystore there, and the shared distribution stays untouched
            copyTree(home.resolve("config"), config);
        }
        if (RunAs.isRoot()) {
            RunAs.chownRecursively(RUN_AS, dataDir);
            RunAs.requireReadable(RUN_AS, List.of(jdk.javaExecutable(), home.resolve("bin/elasticsearch"),
                    home.resolve("lib"), dataDir));
        }
    }

    /** A node left running by a JVM that was killed holds this data directory: stop it. */
    private void reclaimStaleNode() {
        readPid().flatMap(ProcessHandle::of)
                .filter(p -> p.info().commandLine().orElse("").contains("org.elasticsearch"))
                .ifPresent(p -> ProcessTree.terminate(p, STOP_GRACE));
    }

    private void killFromPidFile() {
        readPid().flatMap(ProcessHandle::of).ifPresent(p -> ProcessTree.terminate(p, Duration.ofSeconds(10)));
    }

    private Optional<Long> readPid() {
        try {
            return Optional.of(Long.parseLong(Files.readString(pidFile()).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private Path pidFile() {
        return dataDir.resolve("elasticsearch.pid");
    }

    private void awaitHealthy(long begin) {
        long deadline = begin + START_TIMEOUT.toNanos();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url() + "/_cluster/health?wait_for_status=yellow&timeout=5s"))
                .timeout(Duration.ofSeconds(10))
                .build();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw failure("died during startup");
            }
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                last = response.statusCode() + " " + response.body();
                if (response.statusCode() == 200
                        && (response.body().contains("\"status\":\"yellow\"") || response.body().contains("\"status\":\"green\""))) {
                    return;
                }
            } catch (ConnectException notYet) {
                last = "connection refused";
            } catch (IOException e) {
                last = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for Elasticsearch", e);
            }
            pause(250);
        }
        throw failure("was not healthy within " + START_TIMEOUT + " (last answer: " + last + ")");
    }

    private IllegalStateException failure(String what) {
        return new IllegalStateException("Elasticsearch " + ElasticsearchDistribution.VERSION + " on port " + httpPort + " "
                + what + ".\n" + LogTail.of(dataDir.resolve("startup.log"), 20) + "\n" + LogTail.of(logFile(), 40));
    }

    private static Path distDir() {
        try {
            return RepoLayout.find().distDir();
        } catch (IllegalStateException outsideCheckout) {
            return Path.of(System.getProperty("java.io.tmpdir"), "newsflow-dist");
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : (Iterable<Path>) paths::iterator) {
                Path out = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(out);
                } else {
                    Files.copy(p, out, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
