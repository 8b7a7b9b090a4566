package dev.newsflow.fetcher.fleet;

import dev.newsflow.fetcher.FetcherApplication;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A fetcher as its own JVM (this test run's class path), so that a fleet test has separate processes that share
 * nothing but the ledger database, and one can be killed with SIGKILL like a crashed instance.
 */
final class FetcherProcess implements AutoCloseable {

    private final String id;
    private final int port;
    private final Process process;
    private final Path log;

    private FetcherProcess(String id, int port, Process process, Path log) {
        this.id = id;
        this.port = port;
        this.process = process;
        this.log = log;
    }

    /** Starts instance {@code id} with these configuration keys (as system properties). */
    static FetcherProcess start(String id, Map<String, String> properties) throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> command = new ArrayList<>(List.of(java, "-Xmx256m", "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                "-Dmicronaut.server.port=" + port, "-Dfetcher.instance-id=" + id,
                "-Dfetcher.user-agent=" + userAgent(id)));
        properties.forEach((k, v) -> command.add("-D" + k + "=" + v));
        command.add(FetcherApplication.class.getName());
        Path log = Path.of("target", "fleet-" + id + ".log");
        Files.createDirectories(log.getParent());
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        return new FetcherProcess(id, port, process, log);
    }

    /** The User-Agent this instance sends, by which the site tells the instances apart. */
    static String userAgent(String id) {
        return "newsflow-fleet-test/" + id;
    }

    String id() {
        return id;
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** Waits until GET /health answers 200. */
    void awaitHealthy(Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        try (HttpClient http = HttpClient.newHttpClient()) {
            while (Instant.now().isBefore(deadline)) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("fetcher " + id + " exited with " + process.exitValue()
                            + "; its log: " + log.toAbsolutePath());
                }
                try {
                    HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(url("/health")))
                            .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                    if (r.statusCode() == 200) {
                        return;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(200);
            }
        }
        throw new IllegalStateException("fetcher " + id + " not healthy after " + timeout + "; its log: "
                + log.toAbsolutePath());
    }

    /** POST /api/fetch with these URLs; returns the status. */
    int submit(List<String> urls) throws Exception {
        String json = urls.stream().map(u -> "\"" + u + "\"").reduce((a, b) -> a + "," + b).orElse("");
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(HttpRequest.newBuilder(URI.create(url("/api/fetch")))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"urls\":[" + json + "]}")).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        }
    }

    /** SIGKILL: no shutdown hook runs, no lease is given back. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    /** A clean stop (SIGTERM). */
    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(15, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }
}
