package dev.newsflow.search.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** With no Elasticsearch at ELASTICSEARCH_URL the API says so with a 503 a person can act on, and health is DOWN. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class SearchApiOutageTest {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void nowhere(DynamicPropertyRegistry registry) throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort(); // free once closed: nothing listens there
        }
        registry.add("newsflow.search.elasticsearch-url", () -> "http://127.0.0.1:" + closed);
        registry.add("newsflow.pipeline.kafka-bootstrap-servers", UnreachableBroker::address);
        registry.add("newsflow.pipeline.kafka-timeout", () -> "1s");
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void answers503WithAReadableMessageWhenElasticsearchIsUnreachable() throws Exception {
        for (String path : new String[] {"/api/search?q=climate", "/api/facets", "/api/articles/a1"}) {
            HttpResponse<String> response = get(path);

            assertThat(response.statusCode()).as(path).isEqualTo(503);
            assertThat(response.headers().firstValue("Retry-After")).hasValue("10");
            JsonNode problem = JsonMapper.builder().build().readTree(response.body());
            assertThat(problem.get("title").asString()).isEqualTo("Elasticsearch unavailable");
            assertThat(problem.get("detail").asString()).contains("does not answer").contains("ELASTICSEARCH_URL");
        }
    }

    @Test
    void thePipelinePanelSaysWhichPartIsMissingInsteadOfFailing() throws Exception {
        HttpResponse<String> response = get("/api/pipeline");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode view = JsonMapper.builder().build().readTree(response.body());
        assertThat(view.get("indexProblem").asString()).startsWith("Elasticsearch unavailable: ");
        assertThat(view.get("indexing").isNull()).isTrue();
        assertThat(view.get("drift").isNull()).isTrue();
        assertThat(view.get("kafka").get("problem").asString())
                .startsWith("broker unreachable at " + UnreachableBroker.address());
    }

    @Test
    void stillAnswers400ForABadParameterFirst() throws Exception {
        assertThat(get("/api/search?from=soon").statusCode()).isEqualTo(400);
    }

    @Test
    void reportsHealthDown() throws Exception {
        HttpResponse<String> response = get("/actuator/health");

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).contains("\"elasticsearch\"").contains("DOWN");
    }

    @Test
    void stillServesTheDashboardPage() throws Exception {
        assertThat(get("/").statusCode()).isEqualTo(200);
    }
}
