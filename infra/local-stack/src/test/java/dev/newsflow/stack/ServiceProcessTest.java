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

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 1, unit = TimeUnit.MINUTES)
class ServiceProcessTest {

    @TempDir
    static Path root;
    static RepoLayout repo;

    @BeforeAll
    static void buildFakeModule() throws Exception {
        repo = FakeCheckout.create(root, Map.of("fake", "FakeService"));
        Files.createDirectories(root.resolve("services/unbuilt"));
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
