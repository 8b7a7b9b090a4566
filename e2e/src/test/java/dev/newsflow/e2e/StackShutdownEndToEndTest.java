package dev.newsflow.e2e;

import static java.util.concurrent.TimeUnit.MINUTES;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.stack.PipelineStack;
import dev.newsflow.stack.RepoLayout;
import dev.newsflow.stack.Service;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A stack stopped as a user stops {@code ./newsflow up} (SIGTERM, or Ctrl-C) lets its services leave their consumer
 * groups before its broker goes: the JVM runs every shutdown hook at once, so a broker stopped by a hook of its own
 * went down while the services shut down, and the next start waited out the session timeout for the stale members.
 * The broker's own log is the witness: it says which members left and which it gave up on.
 */
@Timeout(value = 4, unit = MINUTES)
class StackShutdownEndToEndTest {

    private static final List<String> GROUPS = List.of("parser", "enricher", "indexer");

    @Test
    void aStackStoppedWithSigtermLetsEveryConsumerLeaveItsGroupBeforeTheBrokerStops(@TempDir Path work)
            throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process stack = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                StackUntilStopped.class.getName(), work.toString())
                .redirectErrorStream(true)
                .start();
        Path brokerLog = work.resolve("kafka").resolve("kafka.log");
        StringBuilder output = new StringBuilder();
        try {
            awaitLine(stack, output, StackUntilStopped.READY, Duration.ofMinutes(2));
            // the services are healthy; their consumers join their groups a moment later
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!GROUPS.stream().allMatch(g -> logHas(brokerLog, "Stabilized group " + g + " "))) {
                assertThat(System.nanoTime()).as("every group formed; broker log:\n" + tail(brokerLog)).isLessThan(deadline);
                Thread.sleep(200);
            }
        } finally {
            stack.destroy(); // SIGTERM, as kill or a terminal's Ctrl-C
        }
        assertThat(stack.waitFor(90, TimeUnit.SECONDS)).as("the stack stopped").isTrue();

        String log = Files.readString(brokerLog);
        for (String group : GROUPS) {
            assertThat(log).as(group + "'s members left their group themselves").containsPattern(
                    "\\[Group " + group + "] Member consumer-" + group + "-\\S+ has left group through explicit `LeaveGroup`");
        }
    }

    private static void awaitLine(Process process, StringBuilder output, String line, Duration timeout) throws Exception {
        BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        Thread.ofVirtual().start(() -> {
            try {
                for (String l = reader.readLine(); l != null; l = reader.readLine()) {
                    synchronized (output) {
                        output.append(l).append('\n');
                    }
                }
            } catch (IOException ignored) {
                // the process ended
            }
        });
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            synchronized (output) {
                if (output.indexOf(line) >= 0) {
                    return;
                }
                assertThat(process.isAlive()).as("the stack is running; it printed:\n" + output).isTrue();
                assertThat(System.nanoTime()).as("the stack started; it printed:\n" + output).isLessThan(deadline);
            }
            Thread.sleep(200);
        }
    }

    private static boolean logHas(Path log, String text) {
        try {
            return Files.exists(log) && Files.readString(log).contains(text);
        } catch (IOException e) {
            return false;
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    /** A stack that starts its own broker and node, as {@code ./newsflow up} does (on free ports), until SIGTERM. */
    static final class StackUntilStopped {

        static final String READY = "newsflow-test-stack-ready";

        public static void main(String[] args) throws InterruptedException {
            PipelineStack.builder(RepoLayout.find())
                    .workDir(Path.of(args[0]))
                    .freePorts()
                    .without(List.of(Service.FETCHER, Service.SEARCH))
                    .start();
            System.out.println(READY);
            Thread.sleep(Long.MAX_VALUE); // the stack's shutdown hook stops it
        }
    }
}
