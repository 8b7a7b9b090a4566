package dev.newsflow.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.newsflow.stack.StackStatus.Part;
import dev.newsflow.stack.StackStatus.State;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The supervisor with fake services as real child processes, killed with SIGKILL as an operator or the OOM killer would. */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class SupervisorTest {

    private static final Supervisor.Backoff QUICK = new Supervisor.Backoff(Duration.ofMillis(200), Duration.ofMillis(800),
            Duration.ofMinutes(1));

    @TempDir
    static Path root;
    static RepoLayout repo;

    @TempDir
    Path work;

    private final StringWriter said = new StringWriter();
    private final List<ServiceProcess> started = new ArrayList<>();
    private Supervisor supervisor;

    @BeforeAll
    static void buildFakeModule() throws Exception {
        repo = FakeCheckout.create(root, Map.of("parser", "FakeParser"));
    }

    @AfterEach
    void stopEverything() {
        if (supervisor != null) {
            supervisor.close();
        }
        synchronized (started) {
            started.forEach(ServiceProcess::close);
        }
    }

    @Test
    void restartsAServiceKilledWithSigkillAndCountsTheRestart() {
        ServiceProcess first = superviseAHealthyParser();

        first.process().destroyForcibly();

        await().atMost(Duration.ofSeconds(60)).until(() -> parser().state() == State.UP && parser().restarts() == 1);
        Part parser = parser();
        assertThat(parser.pid()).isNotEqualTo(first.process().pid());
        assertThat(ProcessHandle.of(parser.pid()).map(ProcessHandle::isAlive)).contains(true);
        assertThat(parser.lastExitCode()).isEqualTo(137);
        assertThat(said.toString()).contains("parser exited (code 137), restarting in 0.2 s (restart 1)",
                "parser healthy again after");
        StackStatus onDisk = StackStatus.read(statusFile()).orElseThrow();
        assertThat(onDisk.stackIsRunning()).isTrue();
        assertThat(onDisk.parts()).singleElement().satisfies(p -> {
            assertThat(p.restarts()).isEqualTo(1);
            assertThat(p.state()).isEqualTo(State.UP);
            assertThat(p.pid()).isEqualTo(parser.pid());
        });
    }

    @Test
    void waitsTwiceAsLongForEachCrashInARowUpToTheCap() {
        superviseAHealthyParser();

        for (int restart = 1; restart <= 4; restart++) {
            long pid = parser().pid();
            ProcessHandle.of(pid).orElseThrow().destroyForcibly();
            int expected = restart;
            await().atMost(Duration.ofSeconds(60)).until(() -> parser().state() == State.UP && parser().restarts() == expected);
        }

        assertThat(said.toString()).contains("restarting in 0.2 s (restart 1)", "restarting in 0.4 s (restart 2)",
                "restarting in 0.8 s (restart 3)", "restarting in 0.8 s (restart 4)");
    }

    @Test
    void aRestartThatDoesNotComeUpIsTriedAgainAfterALongerWait() {
        supervisor = new Supervisor(QUICK, new PrintWriter(said), statusFile());
        int port = Ports.free();
        AtomicInteger attempts = new AtomicInteger();
        Supplier<ServiceProcess> brokenOnce = () -> attempts.incrementAndGet() == 1
                ? failingParser() : healthyParser(port);
        ServiceProcess first = healthyParser(port);
        supervisor.watch("parser", health(port).toString(), first, brokenOnce);

        first.process().destroyForcibly();

        await().atMost(Duration.ofSeconds(60)).until(() -> parser().state() == State.UP && parser().restarts() == 2);
        assertThat(said.toString()).contains("parser exited (code 137), restarting in 0.2 s (restart 1)",
                "parser did not come back (Service parser exited with code 3 before it was healthy.), restarting in 0.4 s"
                        + " (restart 2)");
    }

    /**
     * A thread out of heap ends, the JVM lives on: without the stack's exit-on-out-of-memory option the fake would
     * stay up and healthy here, as the enricher did with its consumers stopped.
     */
    @Test
    void restartsAServiceThatRanOutOfHeapWithTheStacksJvmOptions() {
        supervisor = new Supervisor(QUICK, new PrintWriter(said), statusFile());
        int port = Ports.free();
        Supplier<ServiceProcess> exhausting = () -> {
            ServiceProcess process = ServiceProcess.start(repo, "parser", "FakeParser",
                    PipelineStack.jvmArgs(Service.PARSER), Map.of("SERVER_PORT", Integer.toString(port),
                            "EXHAUST_HEAP", "yes"), work.resolve("parser.log"));
            remember(process);
            process.awaitHealthy(health(port), Duration.ofSeconds(30));
            return process;
        };
        supervisor.watch("parser", health(port).toString(), exhausting.get(), exhausting);

        await().atMost(Duration.ofSeconds(60)).until(() -> parser().restarts() >= 1);
        assertThat(parser().lastExitCode()).isEqualTo(3);
        assertThat(said.toString()).contains("parser exited (code 3), restarting in 0.2 s (restart 1)");
    }

    @Test
    void leavesAServiceStoppedOnPurposeStopped() {
        ServiceProcess first = superviseAHealthyParser();

        first.close();

        await().atMost(Duration.ofSeconds(30)).until(() -> parser().state() == State.STOPPED);
        // for longer than the backoff: a restart, if one were scheduled, would have happened
        await().during(QUICK.max().multipliedBy(2)).atMost(Duration.ofSeconds(10)).until(() -> parser().restarts() == 0);
        assertThat(said.toString()).doesNotContain("restarting");
        assertThat(StackStatus.read(statusFile()).orElseThrow().parts()).singleElement()
                .satisfies(p -> assertThat(p.state()).isEqualTo(State.STOPPED));
    }

    @Test
    void listsTheBrokerAndTheNodeAsStoppedOnceTheirProcessIsGone() {
        supervisor = new Supervisor(QUICK, new PrintWriter(said), statusFile());
        ServiceProcess standIn = healthyParser(Ports.free());
        supervisor.list("kafka", standIn.process().pid(), "127.0.0.1:1");
        assertThat(supervisor.part("kafka")).hasValueSatisfying(p -> assertThat(p.state()).isEqualTo(State.UP));

        standIn.close();

        assertThat(supervisor.part("kafka")).hasValueSatisfying(p -> {
            assertThat(p.state()).isEqualTo(State.STOPPED);
            assertThat(p.supervised()).isFalse();
        });
    }

    @Test
    void doublesTheWaitUpToTheCap() {
        Supervisor.Backoff backoff = Supervisor.Backoff.DEFAULT;
        assertThat(List.of(1, 2, 3, 4, 5, 6, 7, 40).stream().map(backoff::delay).map(Duration::toSeconds))
                .containsExactly(1L, 2L, 4L, 8L, 16L, 30L, 30L, 30L);
    }

    /** A fake parser on a free port, watched by a new supervisor that restarts it on the same port. */
    private ServiceProcess superviseAHealthyParser() {
        supervisor = new Supervisor(QUICK, new PrintWriter(said), statusFile());
        int port = Ports.free();
        ServiceProcess first = healthyParser(port);
        supervisor.watch("parser", health(port).toString(), first, () -> healthyParser(port));
        return first;
    }

    private Part parser() {
        return supervisor.part("parser").orElseThrow();
    }

    private Path statusFile() {
        return work.resolve(StackStatus.FILE_NAME);
    }

    private static URI health(int port) {
        return URI.create("http://127.0.0.1:" + port + "/health");
    }

    private ServiceProcess healthyParser(int port) {
        ServiceProcess process = ServiceProcess.start(repo, "parser", "FakeParser", List.of("-Xmx64m"),
                Map.of("SERVER_PORT", Integer.toString(port)), work.resolve("parser.log"));
        remember(process);
        process.awaitHealthy(health(port), Duration.ofSeconds(30));
        return process;
    }

    private ServiceProcess failingParser() {
        ServiceProcess process = ServiceProcess.start(repo, "parser", "FakeParser", List.of("-Xmx64m"),
                Map.of("FAIL", "no broker"), work.resolve("parser.log"));
        remember(process);
        try {
            process.awaitHealthy(health(1), Duration.ofSeconds(30));
            return process;
        } catch (IllegalStateException e) {
            process.close();
            throw e;
        }
    }

    private void remember(ServiceProcess process) {
        synchronized (started) {
            started.add(process);
        }
    }
}
