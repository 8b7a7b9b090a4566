package dev.newsflow.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 5, unit = TimeUnit.MINUTES)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LocalElasticsearchTest {

    @TempDir
    static Path dataDir;
    static LocalElasticsearch node;
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void startNode() {
        node = LocalElasticsearch.start(dataDir, 0);
        System.out.printf("elasticsearch started in %d ms, pid %d%n", node.startupTime().toMillis(),
                node.process().orElseThrow().pid());
    }

    @AfterAll
    static void stopNode() {
        ProcessHandle process = node.process().orElse(null);
        node.close();
        assertThat(process == null || !process.isAlive()).isTrue();
    }

    @Test
    @Order(1)
    void indexesAndGetsADocument() throws Exception {
        HttpResponse<String> put = send("PUT", "/notes/_doc/1?refresh=true", "{\"title\":\"Bush and Putin\"}");
        assertThat(put.statusCode()).isEqualTo(201);

        HttpResponse<String> get = send("GET", "/notes/_doc/1", null);
        assertThat(get.statusCode()).isEqualTo(200);
        assertThat(get.body()).contains("\"found\":true").contains("Bush and Putin");
        // a directory the node's user can reach once it owns it is used where it is (as root too)
        assertThat(node.logFile()).startsWith(dataDir);
    }

    @Test
    @Order(3)
    void refusesAPortThatIsTakenWithAClearMessage(@TempDir Path otherDir) throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            assertThatThrownBy(() -> LocalElasticsearch.start(otherDir, taken.getLocalPort()))
                    .isInstanceOf(Ports.PortInUseException.class)
                    .hasMessageContaining("Port " + taken.getLocalPort())
                    .hasMessageContaining("Elasticsearch");
        }
    }

    @Test
    @Order(4)
    void showsTheLogTailWhenTheNodeCannotStart(@TempDir Path brokenDir) throws Exception {
        java.nio.file.Files.setPosixFilePermissions(brokenDir, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        assertThatThrownBy(() -> LocalElasticsearch.start(brokenDir, 0, "bogus"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("exited with code")
                .hasMessageContaining("last")
                .hasMessageContaining("bogus");
    }

    private static HttpResponse<String> send(String method, String path, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(node.url() + path));
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.method(method, HttpRequest.BodyPublishers.ofString(json)).header("Content-Type", "application/json");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
