package dev.newsflow.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./newsflow demo} as root from a clone inside a private (0700) directory: Elasticsearch runs as
 * {@link LocalElasticsearch#RUN_AS}, which cannot enter it, so what it reads and writes is placed where it can.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class LocalElasticsearchFromPrivateCheckoutTest {

    @Test
    void startsAsRootFromACheckoutInsideAPrivateDirectory(@TempDir Path privateHome) throws Exception {
        assumeTrue(RunAs.isRoot(), "only root hands Elasticsearch to another user; as any other user the node runs as"
                + " that user, who can read its own checkout");
        Files.setPosixFilePermissions(privateHome, PosixFilePermissions.fromString("rwx------"));
        Path workDir = Files.createDirectories(privateHome.resolve("newsflow/.newsflow"));
        // stands in for /var/lib/newsflow so the test leaves nothing behind; created 0700 like any temp dir
        Path sharedRoot = Files.createTempDirectory("newsflow-shared-");
        LocalElasticsearch node = null;
        try {
            node = LocalElasticsearch.start(workDir.resolve("elasticsearch"), workDir.resolve("dist"), 0, "256m", sharedRoot);

            HttpResponse<String> health = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(node.url() + "/_cluster/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(node.logFile()).startsWith(sharedRoot.resolve("elasticsearch")).isRegularFile();
            assertThat(sharedRoot.resolve("dist/elasticsearch-" + ElasticsearchDistribution.VERSION + "/bin/elasticsearch"))
                    .isRegularFile();
            assertThat(workDir.resolve("elasticsearch").resolve(PrivateCheckoutPlacement.POINTER_FILE)).content()
                    .contains(sharedRoot.resolve("elasticsearch").toString());
            assertThat(Files.getPosixFilePermissions(privateHome)).as("the private directory stays private")
                    .isEqualTo(PosixFilePermissions.fromString("rwx------"));
        } finally {
            if (node != null) {
                node.close();
            }
            ElasticsearchDistribution.deleteRecursively(sharedRoot);
        }
    }
}
