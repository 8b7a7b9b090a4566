package dev.newsflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.stack.StackStatus;
import dev.newsflow.stack.StackStatus.Part;
import dev.newsflow.stack.StackStatus.State;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./newsflow status} without a URL, reading the file a running stack's supervisor keeps. */
class StackReportTest {

    @TempDir
    Path work;

    /** A health endpoint on a free port that answers {@code code}; stopped after the test. */
    private HttpServer health(int code) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = (code == 200 ? "{\"status\":\"UP\"}" : "{\"status\":\"DOWN\"}").getBytes();
            exchange.sendResponseHeaders(code, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        servers.add(server);
        return server;
    }

    private static String url(HttpServer server) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/actuator/health";
    }

    private final List<HttpServer> servers = new ArrayList<>();

    @AfterEach
    void stopServers() {
        servers.forEach(s -> s.stop(0));
    }

    @Test
    void showsEachPartsStatePidAndRestartsOfARunningStack() throws IOException {
        long me = ProcessHandle.current().pid();
        new StackStatus(me, Instant.now(), List.of(
                new Part("kafka", State.UP, me, "127.0.0.1:9092", 0, null, false),
                new Part("parser", State.RESTARTING, 0, "http://127.0.0.1:8082/actuator/health", 3, 137, true),
                new Part("indexer", State.UP, me, url(health(200)), 1, 137, true)))
                .write(work.resolve(StackStatus.FILE_NAME));

        NewsflowCommandTest.Run run = NewsflowCommandTest.run("status", "--work-dir", work.toString());

        assertThat(run.exitCode()).as("not every part is up").isEqualTo(1);
        assertThat(run.out()).contains("stack running (pid " + me + ")")
                .containsPattern("kafka +up +" + me + " +- +- +127.0.0.1:9092")
                .containsPattern("parser +restarting +- +3 +137 ")
                .containsPattern("indexer +up +" + me + " +1 +137 ");
    }

    /** The enricher out of heap once sat like this: its process alive, its consumers stopped, health DOWN. */
    @Test
    void showsARunningServiceWhoseHealthIsDownAsUnhealthy() throws IOException {
        long me = ProcessHandle.current().pid();
        new StackStatus(me, Instant.now(), List.of(
                new Part("parser", State.UP, me, url(health(200)), 0, null, true),
                new Part("enricher", State.UP, me, url(health(503)), 0, null, true)))
                .write(work.resolve(StackStatus.FILE_NAME));

        NewsflowCommandTest.Run run = NewsflowCommandTest.run("status", "--work-dir", work.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).containsPattern("parser +up +" + me).containsPattern("enricher +unhealthy +" + me);
    }

    @Test
    void answersZeroWhenEveryPartRunsAndIsHealthy() throws IOException {
        long me = ProcessHandle.current().pid();
        new StackStatus(me, Instant.now(), List.of(
                new Part("kafka", State.UP, me, "127.0.0.1:9092", 0, null, false),
                new Part("parser", State.UP, me, url(health(200)), 0, null, true)))
                .write(work.resolve(StackStatus.FILE_NAME));

        assertThat(NewsflowCommandTest.run("status", "--work-dir", work.toString()).exitCode()).isZero();
    }

    @Test
    void saysAStoppedStackIsNotRunningAndShowsItsPartsAsStopped() {
        long gone = ProcessHandle.current().pid() + 1_000_000;
        new StackStatus(gone, Instant.now(), List.of(
                new Part("parser", State.UP, gone, "http://127.0.0.1:8082/actuator/health", 0, null, true)))
                .write(work.resolve(StackStatus.FILE_NAME));

        NewsflowCommandTest.Run run = NewsflowCommandTest.run("status", "--work-dir", work.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("no stack running").containsPattern("parser +stopped ");
    }

    @Test
    void explainsHowToStartAStackWhenNoneEverRanHere() {
        NewsflowCommandTest.Run run = NewsflowCommandTest.run("status", "--work-dir", work.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("No stack has run from here").contains("./newsflow up");
    }
}
