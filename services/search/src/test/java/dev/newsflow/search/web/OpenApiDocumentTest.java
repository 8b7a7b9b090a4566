package dev.newsflow.search.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.yaml.snakeyaml.Yaml;

import dev.newsflow.articles.search.ArticleSummary;
import dev.newsflow.articles.search.ArticleView;
import dev.newsflow.articles.search.Bucket;
import dev.newsflow.articles.search.Dashboard;
import dev.newsflow.articles.search.EntityBucket;
import dev.newsflow.articles.search.EntityFacets;
import dev.newsflow.articles.search.EntityRef;
import dev.newsflow.articles.search.Facets;
import dev.newsflow.articles.search.Highlights;
import dev.newsflow.articles.search.OverTime;
import dev.newsflow.articles.search.SearchResult;
import dev.newsflow.articles.pipeline.DriftReport;
import dev.newsflow.articles.pipeline.FieldFill;
import dev.newsflow.articles.pipeline.IndexingRate;
import dev.newsflow.articles.pipeline.SiteFill;
import dev.newsflow.articles.search.TestArticles;
import dev.newsflow.search.pipeline.PipelineTopics;
import dev.newsflow.search.pipeline.PipelineView;

/** openapi.yaml stays true to the code: every documented operation answers, with the documented parameters and fields. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class OpenApiDocumentTest {

    private static Map<String, Object> document;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void elasticsearch(DynamicPropertyRegistry registry) {
        registry.add("newsflow.search.elasticsearch-url", TestArticles::elasticsearchUrl);
        // /api/pipeline answers 200 without a broker too (its Kafka part then says why)
        registry.add("newsflow.pipeline.kafka-bootstrap-servers", UnreachableBroker::address);
        registry.add("newsflow.pipeline.kafka-timeout", () -> "1s");
    }

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = OpenApiDocumentTest.class.getResourceAsStream("/static/openapi.yaml")) {
            document = new Yaml().load(in);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void servesTheDocumentItself() throws Exception {
        HttpResponse<String> response = get("/openapi.yaml");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/yaml"));
        assertThat(response.body()).startsWith("openapi: 3.1.0");
    }

    @Test
    void everyDocumentedOperationAnswers() throws Exception {
        Map<String, Object> paths = map(document.get("paths"));
        assertThat(paths).isNotEmpty();
        for (Map.Entry<String, Object> path : paths.entrySet()) {
            assertThat(map(path.getValue()).keySet()).as(path.getKey()).containsOnly("get");
            // an article id for articles, an entity id (Jane Doe, in three fixtures) for entities
            String concrete = path.getKey().replace("{id}", path.getKey().startsWith("/api/entities/") ? "jane-doe" : "a1");
            HttpResponse<String> response = get(concrete);
            assertThat(response.statusCode()).as("GET " + concrete + " -> " + response.body()).isEqualTo(200);
            assertThat(map(map(path.getValue()).get("get")).get("responses").toString()).contains("200");
        }
    }

    @Test
    void documentsExactlyTheParametersTheControllerAccepts() {
        assertThat(parameterNames("/api/search")).isEqualTo(new TreeSet<>(SearchController.SEARCH_PARAMETERS));
        assertThat(parameterNames("/api/facets")).isEqualTo(new TreeSet<>(SearchController.FACET_PARAMETERS));
        assertThat(parameterNames("/api/articles/{id}")).containsExactly("id");
        assertThat(parameterNames("/api/entities/{id}/articles"))
                .isEqualTo(new TreeSet<>(java.util.Set.of("id", "page", "size")));
        assertThat(parameterNames("/api/entities/{id}")).containsExactly("id");
    }

    @Test
    void documentsExactlyTheFieldsTheApiReturns() {
        assertFields("SearchResult", SearchResult.class);
        assertFields("Dashboard", Dashboard.class);
        assertFields("ArticleSummary", ArticleSummary.class);
        assertFields("Highlights", Highlights.class);
        assertFields("Article", ArticleView.class);
        assertFields("Facets", Facets.class);
        assertFields("Bucket", Bucket.class);
        assertFields("EntityFacets", EntityFacets.class);
        assertFields("EntityBucket", EntityBucket.class);
        assertFields("EntityRef", EntityRef.class);
        assertFields("OverTime", OverTime.class);
        assertFields("Pipeline", PipelineView.class);
        assertFields("IndexingActivity", IndexingRate.Activity.class);
        assertFields("DriftReport", DriftReport.class);
        assertFields("SiteFill", SiteFill.class);
        assertFields("FieldFill", FieldFill.class);
        assertFields("KafkaSnapshot", PipelineTopics.Snapshot.class);
        assertFields("StageLag", PipelineTopics.StageLag.class);
        assertFields("DeadLetters", PipelineTopics.DeadLetters.class);
        assertFields("DeadLetter", PipelineTopics.DeadLetter.class);
    }

    private void assertFields(String schema, Class<? extends Record> type) {
        Map<String, Object> properties = map(map(map(map(document.get("components")).get("schemas")).get(schema))
                .get("properties"));
        Set<String> components = Arrays.stream(type.getRecordComponents()).map(c -> c.getName())
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(new TreeSet<>(properties.keySet())).as(schema).isEqualTo(components);
    }

    @SuppressWarnings("unchecked")
    private static Set<String> parameterNames(String path) {
        Map<String, Object> parameters = map(map(document.get("components")).get("parameters"));
        List<Object> declared = (List<Object>) map(map(map(document.get("paths")).get(path)).get("get")).get("parameters");
        Set<String> names = new TreeSet<>();
        for (Object p : declared) {
            Map<String, Object> parameter = map(p);
            if (parameter.containsKey("$ref")) {
                String ref = parameter.get("$ref").toString();
                parameter = map(parameters.get(ref.substring(ref.lastIndexOf('/') + 1)));
            }
            names.add(parameter.get("name").toString());
        }
        return names;
    }
}
