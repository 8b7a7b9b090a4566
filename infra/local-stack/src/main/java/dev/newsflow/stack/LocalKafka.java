package dev.newsflow.stack;

import dev.newsflow.model.Topics;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewPartitions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * A real single-node Kafka 4.1 broker (KRaft, broker+controller in one process) in a child JVM built from the
 * Maven artifacts. The child has its own classpath and log4j2 configuration, so the broker's logs go to
 * {@code <dataDir>/kafka.log} and its jars never mix with the caller's (Spring, Logback...).
 */
public final class LocalKafka implements AutoCloseable {

    private static final String CLASSPATH_RESOURCE = "kafka-broker.classpath";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration STOP_GRACE = Duration.ofSeconds(20);

    private final Path dataDir;
    private final int port;
    private final Process process;
    private final Duration startupTime;
    private final Thread shutdownHook;

    private LocalKafka(Path dataDir, int port, Process process, Duration startupTime) {
        this.dataDir = dataDir;
        this.port = port;
        this.process = process;
        this.startupTime = startupTime;
        this.shutdownHook = new Thread(this::stopProcess, "local-kafka-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /**
     * Starts a broker keeping its data (and {@code kafka.log}) in {@code dataDir}, which is reused on a later start.
     *
     * @param port the client port on 127.0.0.1; 0 picks a free one
     * @throws Ports.PortInUseException when {@code port} is taken
     * @throws IllegalStateException with the tail of the broker log when it does not come up
     */
    public static LocalKafka start(Path dataDir, int port) {
        long begin = System.nanoTime();
        if (port != 0) {
            Ports.requireFree(port, "Kafka");
        }
        int clientPort = Ports.resolve(port);
        int controllerPort = Ports.free();
        Path dir = dataDir.toAbsolutePath().normalize();
        Path logFile = dir.resolve("kafka.log");
        try {
            Files.createDirectories(dir);
            Path config = writeConfig(dir, clientPort, controllerPort);
            Path log4j = writeLog4j(dir, logFile);
            List<String> command = new ArrayList<>(List.of(
                    Jdk.find().javaExecutable().toString(),
                    // A broker's heap holds requests in flight and the log cleaner's buffer (16 MiB, below), not
                    // the data (that is the OS page cache): 192 MiB and the serial collector keep it small on a
                    // machine that runs the whole stack; C1 only, as the services: C2's compiling was most of a fresh
                    // broker's CPU (BENCHMARKS.md, "Batching the parser's and the enricher's output": both measured
                    // with bench pipeline, CPU per page no higher, Kafka's lower).
                    "-Xms64m", "-Xmx192m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                    PipelineStack.TRIM_NATIVE_MEMORY,
                    "-Djava.awt.headless=true",
                    "-Dlog4j2.configurationFile=" + log4j.toUri(),
                    "-cp", brokerClasspath(),
                    KafkaBrokerMain.class.getName(),
                    config.toString(),
                    Uuid.randomUuid().toString()));
            ProcessBuilder builder = new ProcessBuilder(command);
            builder.environment().putAll(PipelineStack.NATIVE_MEMORY_ENVIRONMENT);
            Process process = builder
                    .directory(dir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("kafka-console.log").toFile()))
                    .start();
            // stdin stays open as a pipe: the child exits when it closes (see KafkaBrokerMain)
            String bootstrap = "127.0.0.1:" + clientPort;
            try {
                awaitBroker(bootstrap, process, dir);
            } catch (RuntimeException e) {
                ProcessTree.terminate(process.toHandle(), Duration.ofSeconds(5));
                throw e;
            }
            return new LocalKafka(dir, clientPort, process, Duration.ofNanos(System.nanoTime() - begin));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start Kafka in " + dir, e);
        }
    }

    /** {@code 127.0.0.1:<port>}. */
    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    /** The client port. */
    public int port() {
        return port;
    }

    /** The broker's JVM (for memory figures). */
    public ProcessHandle process() {
        return process.toHandle();
    }

    /** Where the broker's log4j output goes. */
    public Path logFile() {
        return dataDir.resolve("kafka.log");
    }

    /** How long {@link #start} took until the broker answered an AdminClient. */
    public Duration startupTime() {
        return startupTime;
    }

    /**
     * Creates the topics that do not exist yet, with replication factor 1, and raises those that have fewer than
     * {@code partitions} (a stack started before the count went up). Safe to call again.
     */
    public void createTopics(Collection<String> topics, int partitions) {
        createTopics(bootstrapServers(), topics, partitions);
    }

    /** Same as {@link #createTopics(Collection, int)} against any broker (e.g. one from Testcontainers). */
    public static void createTopics(String bootstrapServers, Collection<String> topics, int partitions) {
        try (Admin admin = Admin.create(adminProps(bootstrapServers))) {
            var existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = topics.stream()
                    .distinct()
                    .filter(t -> !existing.contains(t))
                    .map(t -> new NewTopic(t, partitions, (short) 1))
                    .toList();
            for (var entry : admin.createTopics(missing).values().entrySet()) {
                try {
                    entry.getValue().get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    // another client (or auto-creation) may have won the race: that is the state we want
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("Cannot create topic " + entry.getKey() + ": " + e.getCause(), e);
                    }
                }
            }
            raisePartitions(admin, topics.stream().filter(existing::contains).distinct().toList(), partitions);
            awaitDescribable(admin, topics);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating topics", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Cannot list topics on " + bootstrapServers + ": " + e, e);
        }
    }

    /** Adds partitions to those of {@code topics} that have fewer than {@code partitions} (a count never goes down). */
    private static void raisePartitions(Admin admin, List<String> topics, int partitions)
            throws InterruptedException, ExecutionException, TimeoutException {
        if (topics.isEmpty()) {
            return;
        }
        Map<String, NewPartitions> raise = new java.util.HashMap<>();
        admin.describeTopics(topics).allTopicNames().get(30, TimeUnit.SECONDS).forEach((name, description) -> {
            if (description.partitions().size() < partitions) {
                raise.put(name, NewPartitions.increaseTo(partitions));
            }
        });
        if (!raise.isEmpty()) {
            admin.createPartitions(raise).all().get(30, TimeUnit.SECONDS);
        }
    }

    /**
     * Waits until the broker describes every topic. The controller acknowledges a creation before the broker's
     * metadata has caught up, and a client that asks in between (a consumer, {@code describeTopics}) is told the topic
     * does not exist; on a loaded machine that window is long enough to fail a test.
     */
    private static void awaitDescribable(Admin admin, Collection<String> topics)
            throws InterruptedException, TimeoutException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            try {
                admin.describeTopics(List.copyOf(topics)).allTopicNames().get(30, TimeUnit.SECONDS);
                return;
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof UnknownTopicOrPartitionException) || System.nanoTime() > deadline) {
                    throw new IllegalStateException("Topics " + topics + " are not described after creation: "
                            + e.getCause(), e);
                }
                Thread.sleep(50);
            }
        }
    }

    /**
     * Leaves stopping the broker at JVM exit to the caller, who must then {@link #close()} it from a shutdown hook of
     * its own. Left to itself the broker stops in a hook of its own, and the JVM runs every hook at once: a stack's
     * services would lose the broker while they shut down, before they commit their last offsets and leave their
     * consumer groups, and their next start would wait out the broker's session timeout for the stale members.
     *
     * @return this broker
     */
    public LocalKafka stoppedByOwnerAtExit() {
        removeShutdownHook();
        return this;
    }

    /** Stops the broker (SIGTERM, then SIGKILL after 20 s). The data directory stays; delete it if it was temporary. */
    @Override
    public void close() {
        stopProcess();
        removeShutdownHook();
    }

    /** Whether the broker's own shutdown hook was still registered (and is not any more). */
    boolean removeShutdownHook() {
        try {
            return Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            return false; // the hook is running or has run: nothing to remove
        }
    }

    private void stopProcess() {
        ProcessTree.terminate(process.toHandle(), STOP_GRACE);
    }

    private static void awaitBroker(String bootstrap, Process process, Path dir) {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        try (Admin admin = Admin.create(adminProps(bootstrap))) {
            while (true) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("Kafka exited with code " + process.exitValue() + " during startup.\n"
                            + LogTail.of(dir.resolve("kafka-console.log"), 20) + "\n" + LogTail.of(dir.resolve("kafka.log"), 40));
                }
                try {
                    if (!admin.describeCluster().nodes().get(2, TimeUnit.SECONDS).isEmpty()) {
                        return;
                    }
                } catch (ExecutionException | TimeoutException notYet) {
                    // broker still starting
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Kafka did not answer on " + bootstrap + " within " + START_TIMEOUT
                            + ".\n" + LogTail.of(dir.resolve("kafka.log"), 40));
                }
                Thread.sleep(200);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for Kafka", e);
        }
    }

    private static Properties adminProps(String bootstrap) {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30000);
        props.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 500);
        return props;
    }

    private static Path writeConfig(Path dir, int clientPort, int controllerPort) throws IOException {
        Map<String, String> settings = new java.util.LinkedHashMap<>();
        settings.put("process.roles", "broker,controller");
        settings.put("node.id", "1");
        // static voters (not --standalone): the controller port may change between runs on the same data
        settings.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        settings.put("listeners", "PLAINTEXT://127.0.0.1:" + clientPort + ",CONTROLLER://127.0.0.1:" + controllerPort);
        settings.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + clientPort);
        settings.put("controller.listener.names", "CONTROLLER");
        settings.put("inter.broker.listener.name", "PLAINTEXT");
        settings.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        settings.put("log.dirs", dir.resolve("data").toString());
        settings.put("auto.create.topics.enable", "true");
        // topics a client creates by itself (the stack creates the pipeline's) get the pipeline's count too
        settings.put("num.partitions", Integer.toString(Topics.partitions()));
        // Real pages exceed Kafka's 1 MB default (a Guardian article page is 1.2 MB); the parser accepts 10 MB.
        settings.put("message.max.bytes", Integer.toString(16 * 1024 * 1024));
        settings.put("default.replication.factor", "1");
        settings.put("offsets.topic.replication.factor", "1");
        // 50 offset partitions (the default) make the first consumer group wait for nothing useful here
        settings.put("offsets.topic.num.partitions", "5");
        settings.put("transaction.state.log.replication.factor", "1");
        settings.put("transaction.state.log.min.isr", "1");
        settings.put("share.coordinator.state.topic.replication.factor", "1");
        settings.put("share.coordinator.state.topic.min.isr", "1");
        settings.put("group.initial.rebalance.delay.ms", "0");
        settings.put("log.retention.hours", "168");
        // the log cleaner allocates its whole dedupe buffer on the heap at start (128 MiB by default, zeroed, so
        // resident); only the offsets topics are compacted here, and 16 MiB maps ~700k keys per pass
        settings.put("log.cleaner.dedupe.buffer.size", Integer.toString(16 * 1024 * 1024));
        StringBuilder text = new StringBuilder("# written by dev.newsflow.stack.LocalKafka; rewritten on every start\n");
        settings.forEach((k, v) -> text.append(k).append('=').append(v.replace("\\", "\\\\")).append('\n'));
        Path config = dir.resolve("server.properties");
        Files.writeString(config, text, StandardCharsets.UTF_8);
        return config;
    }

    private static Path writeLog4j(Path dir, Path logFile) throws IOException {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <!-- written by dev.newsflow.stack.LocalKafka: the broker logs to a file, never to the console -->
                <Configuration status="warn">
                  <Appenders>
                    <File name="file" fileName="%s" append="true">
                      <PatternLayout pattern="[%%d] %%p %%m (%%c)%%n"/>
                    </File>
                  </Appenders>
                  <Loggers>
                    <Logger name="kafka.request.logger" level="warn"/>
                    <Logger name="state.change.logger" level="warn"/>
                    <Logger name="org.apache.kafka.clients" level="warn"/>
                    <Root level="info"><AppenderRef ref="file"/></Root>
                  </Loggers>
                </Configuration>
                """.formatted(logFile.toString().replace("&", "&amp;").replace("\"", "&quot;"));
        Path file = dir.resolve("log4j2.xml");
        Files.writeString(file, xml, StandardCharsets.UTF_8);
        return file;
    }

    /** This module's classes plus the broker jars listed at build time, resolved in the local Maven repository. */
    static String brokerClasspath() {
        String listing;
        try (InputStream in = LocalKafka.class.getResourceAsStream(CLASSPATH_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(CLASSPATH_RESOURCE + " is missing from the local-stack jar; rebuild it with "
                        + "./mvnw -pl infra/local-stack install -DskipTests");
            }
            listing = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        LocalMavenRepository repo = LocalMavenRepository.find();
        List<String> entries = new ArrayList<>();
        entries.add(ownLocation().toString());
        for (String entry : listing.split(":")) {
            Path jar = Path.of(entry.replace("@M2@", repo.root().toString()));
            if (!Files.isRegularFile(jar)) {
                throw new IllegalStateException("Kafka broker jar not found: " + jar + " (local Maven repository "
                        + repo.root() + "). Run ./mvnw -pl infra/local-stack install -DskipTests to download it.");
            }
            entries.add(jar.toString());
        }
        return String.join(java.io.File.pathSeparator, entries);
    }

    private static Path ownLocation() {
        try {
            return Path.of(LocalKafka.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
