package dev.newsflow.stack.junit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;

import dev.newsflow.stack.LocalElasticsearch;
import dev.newsflow.stack.LocalKafka;

/**
 * One Kafka broker and one Elasticsearch node per test JVM, started on first use and stopped at JVM exit.
 *
 * <p>Where they come from, in order: {@code NEWSFLOW_TEST_KAFKA_BOOTSTRAP} / {@code NEWSFLOW_TEST_ELASTICSEARCH_URL}
 * (external servers); Testcontainers when a Docker engine answers and the Testcontainers modules are on the test
 * classpath (unless {@code NEWSFLOW_TEST_STACK=local}); otherwise real local processes ({@link LocalKafka},
 * {@link LocalElasticsearch}) with their data in a directory under {@code target/} that is deleted at exit.
 */
public final class TestStack {

    private static final Object LOCK = new Object();
    private static String kafkaBootstrap;
    private static String elasticsearchUrl;
    private static LocalKafka localKafka;
    private static LocalElasticsearch localElasticsearch;
    private static AutoCloseable containers;
    private static Path scratch;
    private static boolean hookInstalled;

    private TestStack() {
    }

    /** A broker's bootstrap servers; starts a real KRaft broker once per JVM on first call. */
    public static String kafkaBootstrapServers() {
        synchronized (LOCK) {
            if (kafkaBootstrap == null) {
                String external = System.getenv("NEWSFLOW_TEST_KAFKA_BOOTSTRAP");
                if (external != null && !external.isBlank()) {
                    kafkaBootstrap = external.trim();
                } else if (useDocker()) {
                    kafkaBootstrap = DockerStack.kafkaBootstrapServers();
                    containers = DockerStack.closer();
                } else {
                    installHook();
                    localKafka = LocalKafka.start(scratch("kafka"), 0);
                    kafkaBootstrap = localKafka.bootstrapServers();
                }
            }
            return kafkaBootstrap;
        }
    }

    /** An Elasticsearch base URL ({@code http://127.0.0.1:<port>}); starts a real node once per JVM on first call. */
    public static String elasticsearchUrl() {
        synchronized (LOCK) {
            if (elasticsearchUrl == null) {
                String external = System.getenv("NEWSFLOW_TEST_ELASTICSEARCH_URL");
                if (external != null && !external.isBlank()) {
                    elasticsearchUrl = external.trim();
                } else if (useDocker()) {
                    elasticsearchUrl = DockerStack.elasticsearchUrl();
                    containers = DockerStack.closer();
                } else {
                    installHook();
                    localElasticsearch = LocalElasticsearch.start(scratch("elasticsearch"), 0);
                    elasticsearchUrl = localElasticsearch.url();
                }
            }
            return elasticsearchUrl;
        }
    }

    /** Stops the local Elasticsearch node (for outage tests); {@link #startElasticsearch()} brings it back. */
    public static void stopElasticsearch() {
        requireLocalElasticsearch().stop();
    }

    /** Starts the node stopped by {@link #stopElasticsearch()} again, on the same port with the same data. */
    public static void startElasticsearch() {
        requireLocalElasticsearch().start();
    }

    /** Freezes the local node (SIGSTOP: its port open, no answer) until {@link #thawElasticsearch()}. */
    public static void freezeElasticsearch() {
        requireLocalElasticsearch().freeze();
    }

    /** Lets the node frozen by {@link #freezeElasticsearch()} go on. */
    public static void thawElasticsearch() {
        requireLocalElasticsearch().thaw();
    }

    private static LocalElasticsearch requireLocalElasticsearch() {
        elasticsearchUrl();
        synchronized (LOCK) {
            if (localElasticsearch == null) {
                throw new IllegalStateException("Elasticsearch outages can only be simulated with the local node, not with "
                        + elasticsearchUrl + " (unset NEWSFLOW_TEST_ELASTICSEARCH_URL / set NEWSFLOW_TEST_STACK=local)");
            }
            return localElasticsearch;
        }
    }

    private static boolean useDocker() {
        String mode = System.getenv().getOrDefault("NEWSFLOW_TEST_STACK", "auto").toLowerCase(Locale.ROOT);
        if (mode.equals("local")) {
            return false;
        }
        boolean available = engineLikelyAvailable() && testcontainersOnClasspath()
                && DockerStack.dockerAnswers();
        if (mode.equals("docker") && !available) {
            throw new IllegalStateException("NEWSFLOW_TEST_STACK=docker but no Docker engine answers or Testcontainers "
                    + "(org.testcontainers:testcontainers-kafka/-elasticsearch) is not on the test classpath");
        }
        return available;
    }

    /** Cheap check before asking Testcontainers (which is slow to say no). */
    private static boolean engineLikelyAvailable() {
        if (System.getenv("DOCKER_HOST") != null) {
            return true;
        }
        String runtimeDir = System.getenv("XDG_RUNTIME_DIR");
        return Files.exists(Path.of("/var/run/docker.sock"))
                || Files.exists(Path.of(System.getProperty("user.home"), ".docker/run/docker.sock"))
                || (runtimeDir != null && Files.exists(Path.of(runtimeDir, "docker.sock")));
    }

    private static boolean testcontainersOnClasspath() {
        try {
            Class.forName("org.testcontainers.kafka.KafkaContainer", false, TestStack.class.getClassLoader());
            Class.forName("org.testcontainers.elasticsearch.ElasticsearchContainer", false, TestStack.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** A fresh directory for one server: under target/ when run by Maven, else under the system temp dir. */
    private static Path scratch(String name) {
        try {
            if (scratch == null) {
                Path target = Path.of(System.getProperty("user.dir"), "target");
                Path parent = Files.isDirectory(target) ? target : Path.of(System.getProperty("java.io.tmpdir"));
                scratch = Files.createTempDirectory(parent, "newsflow-stack-");
                // Elasticsearch runs as an unprivileged user when we are root: it must be able to walk in here
                Files.setPosixFilePermissions(scratch, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
            Path dir = Files.createDirectories(scratch.resolve(name));
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a data directory for " + name, e);
        }
    }

    private static void installHook() {
        if (!hookInstalled) {
            hookInstalled = true;
            Runtime.getRuntime().addShutdownHook(new Thread(TestStack::shutdown, "test-stack-shutdown"));
        }
    }

    private static void shutdown() {
        synchronized (LOCK) {
            if (localKafka != null) {
                localKafka.close();
            }
            if (localElasticsearch != null) {
                localElasticsearch.close();
            }
            if (containers != null) {
                try {
                    containers.close();
                } catch (Exception ignored) {
                    // Testcontainers' own reaper removes what is left
                }
            }
            if (scratch != null) {
                deleteRecursively(scratch);
            }
        }
    }

    static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException ignored) {
            // best effort at JVM exit; target/ is cleaned by the next mvn clean anyway
        }
    }
}
