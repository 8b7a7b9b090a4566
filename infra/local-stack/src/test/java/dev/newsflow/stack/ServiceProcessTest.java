package dev.newsflow.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.tools.ToolProvider;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 1, unit = TimeUnit.MINUTES)
class ServiceProcessTest {

    private static final String FAKE_SERVICE = """
            public class FakeService {
                public static void main(String[] args) throws Exception {
                    if (System.getenv("FAIL") != null) {
                        System.err.println("boom: " + System.getenv("FAIL"));
                        System.exit(3);
                    }
                    var server = com.sun.net.httpserver.HttpServer.create(
                            new java.net.InetSocketAddress("127.0.0.1", Integer.parseInt(System.getenv("SERVER_PORT"))), 0);
                    server.createContext("/health", x -> {
                        byte[] body = "{\\"status\\":\\"UP\\"}".getBytes();
                        x.sendResponseHeaders(200, body.length);
                        x.getResponseBody().write(body);
                        x.close();
                    });
                    server.start();
                    System.out.println("fake service listening");
                }
            }
            """;

    @TempDir
    static Path root;
    static RepoLayout repo;

    @BeforeAll
    static void buildFakeModule() throws Exception {
        Files.writeString(root.resolve("pom.xml"), "<project><artifactId>newsflow</artifactId><modules/></project>");
        Path target = Files.createDirectories(root.resolve("services/fake/target/classes"));
        Path source = Files.writeString(root.resolve("FakeService.java"), FAKE_SERVICE);
        int rc = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", target.toString(), source.toString());
        assertThat(rc).isZero();
        Files.writeString(root.resolve("services/fake/target/classpath.txt"), "\n");
        Files.createDirectories(root.resolve("services/unbuilt"));
        repo = new RepoLayout(root);
    }

    @Test
    void startsAModuleWaitsForHealthAndStopsIt() {
        int port = Ports.free();
        Path log = root.resolve("logs/fake.log");
        ProcessHandle handle;
        try (ServiceProcess service = ServiceProcess.start(repo, "fake", "FakeService", List.of("-Xmx64m"),
                Map.of("SERVER_PORT", Integer.toString(port)), log)) {
            service.awaitHealthy(URI.create("http://127.0.0.1:" + port + "/health"), Duration.ofSeconds(30));
            handle = service.process();
            assertThat(service.isAlive()).isTrue();
        }
        assertThat(handle.isAlive()).isFalse();
        assertThat(log).content().contains("fake service listening");
    }

    @Test
    void reportsTheLogTailWhenTheServiceDies() {
        try (ServiceProcess service = ServiceProcess.start(repo, "fake", "FakeService", List.of(),
                Map.of("FAIL", "no broker"), root.resolve("logs/failing.log"))) {
            assertThatThrownBy(() -> service.awaitHealthy(URI.create("http://127.0.0.1:1/health"), Duration.ofSeconds(30)))
                    .hasMessageContaining("exited with code 3")
                    .hasMessageContaining("boom: no broker");
        }
    }

    @Test
    void explainsHowToBuildAModuleThatIsNotBuilt() {
        assertThatThrownBy(() -> ServiceProcess.start(repo, "unbuilt", "Main", List.of(), Map.of(), root.resolve("x.log")))
                .hasMessageContaining("services/unbuilt/target/classpath.txt")
                .hasMessageContaining("./mvnw -DskipTests install");
    }
}
