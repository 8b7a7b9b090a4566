package dev.newsflow.cli;

import dev.newsflow.stack.StackStatus;
import dev.newsflow.stack.StackStatus.Part;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * {@code ./newsflow status} without a URL: each part of the running stack, from the file its supervisor keeps, and
 * each running service's health asked now (a service can run and not be healthy: its consumers stopped).
 */
final class StackReport {

    private StackReport() {
    }

    /** Prints how each part stands; 0 when a stack runs and every part is up, 1 otherwise. */
    static int print(PrintWriter out, Path statusFile) {
        var read = StackStatus.read(statusFile);
        if (read.isEmpty()) {
            out.printf("No stack has run from here (no %s). Start one with ./newsflow up or ./newsflow demo.%n", statusFile);
            out.flush();
            return 1;
        }
        StackStatus status = read.get();
        boolean running = status.stackIsRunning();
        if (running) {
            out.printf("stack running (pid %d), as of %s ago:%n", status.pid(), ago(status.updatedAt()));
        } else {
            out.printf("no stack running: the last one (pid %d) stopped; how it stood %s ago:%n", status.pid(),
                    ago(status.updatedAt()));
        }
        out.printf("  %-14s %-11s %-8s %-8s %-10s %s%n", "part", "state", "pid", "restarts", "last exit", "at");
        boolean allUp = running;
        for (Part part : status.parts()) {
            // the file says what the supervisor last saw; a process gone since (or with the stack) is shown as such
            String state = part.state().name().toLowerCase(Locale.ROOT);
            boolean alive = part.pid() != 0 && ProcessHandle.of(part.pid()).map(ProcessHandle::isAlive).orElse(false);
            if (part.state() == StackStatus.State.UP && !alive) {
                state = running ? "down" : "stopped";
            } else if (part.state() == StackStatus.State.UP && running && part.supervised() && !healthy(part.url())) {
                // the process runs but does not say it is healthy: a service whose consumers stopped, or hung
                state = "unhealthy";
            }
            allUp &= state.equals("up");
            out.printf("  %-14s %-11s %-8s %-8s %-10s %s%n", part.name(), state, part.pid() == 0 ? "-" : part.pid(),
                    part.supervised() ? part.restarts() : "-", part.lastExitCode() == null ? "-" : part.lastExitCode(),
                    part.url() == null ? "" : part.url());
        }
        out.flush();
        return allUp ? 0 : 1;
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** Whether the service's health endpoint answers 200 within a few seconds, as the supervisor awaits at start. */
    private static boolean healthy(String url) {
        if (url == null || !url.startsWith("http")) {
            return true;
        }
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(3)).build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String ago(Instant when) {
        long seconds = Math.max(0, Duration.between(when, Instant.now()).toSeconds());
        return seconds < 120 ? seconds + " s" : seconds / 60 + " min";
    }
}
