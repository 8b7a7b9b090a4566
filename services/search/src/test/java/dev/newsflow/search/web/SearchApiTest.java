package dev.newsflow.search.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.newsflow.articles.search.TestArticles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The HTTP API end to end: Spring MVC, the real service and a real Elasticsearch holding {@link TestArticles}. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class SearchApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void elasticsearch(DynamicPropertyRegistry registry) {
        registry.add("newsflow.search.elasticsearch-url", TestArticles::elasticsearchUrl);
        registry.add("newsflow.search.alias", () -> TestArticles.ALIAS);
    }

    HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    JsonNode json(String pathAndQuery, int expectedStatus) throws IOException, InterruptedException {
        HttpResponse<String> response = get(pathAndQuery);
        assertThat(response.statusCode()).as(pathAndQuery + " -> " + response.body()).isEqualTo(expectedStatus);
        return JSON.readTree(response.body());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static List<String> ids(JsonNode hits) {
        return hits.values().stream().map(h -> h.get("id").asString()).toList();
    }

    @Test
    void searchesWithTextFiltersAndHighlights() throws Exception {
        JsonNode result = json("/api/search?q=climate&site=" + encode("The Daily Planet"), 200);

        assertThat(result.get("total").asLong()).isEqualTo(2);
        assertThat(result.get("sort").asString()).isEqualTo("relevance");
        assertThat(ids(result.get("hits"))).containsExactlyInAnyOrder("a1", "a8");
        JsonNode first = result.get("hits").get(0);
        assertThat(first.get("highlights").get("headline").asString()).contains("<mark>climate</mark>");
        assertThat(first.get("publishedAt").isNull() || first.get("publishedAt").asString().endsWith("Z")).isTrue();
        assertThat(result.get("facets").get("sites").get(0).get("value").asString()).isEqualTo("The Daily Planet");
    }

    @Test
    void takesRepeatedFiltersAsAllRequired() throws Exception {
        JsonNode result = json("/api/search?entity=" + encode("Jane Doe") + "&entity=Paris", 200);
        assertThat(ids(result.get("hits"))).containsExactly("a5");
    }

    @Test
    void listsEveryArticleAboutOneEntityByItsId() throws Exception {
        JsonNode result = json("/api/entities/jane-doe/articles", 200);
        assertThat(ids(result.get("hits"))).containsExactly("a5", "a1", "a8");
        assertThat(result.get("sort").asString()).isEqualTo("newest");
        // each hit links its entities by id
        assertThat(result.get("hits").get(0).get("entities").values().stream().map(e -> e.get("id").asString()).toList())
                .contains("jane-doe", "emmanuel-martin", "paris");
    }

    @Test
    void describesOneEntityOrAnswers404() throws Exception {
        JsonNode jane = json("/api/entities/jane-doe", 200);
        assertThat(jane.get("id").asString()).isEqualTo("jane-doe");
        assertThat(jane.get("name").asString()).isEqualTo("Jane Doe");
        assertThat(jane.get("type").asString()).isEqualTo("PERSON");
        assertThat(jane.get("count").asLong()).isEqualTo(3);

        JsonNode missing = json("/api/entities/nobody-at-all", 404);
        assertThat(missing.get("title").asString()).isEqualTo("Entity not found");
    }

    @Test
    void pagesAndSortsAsAsked() throws Exception {
        JsonNode result = json("/api/search?size=3&page=2&sort=newest", 200);

        assertThat(result.get("page").asInt()).isEqualTo(2);
        assertThat(result.get("pages").asInt()).isEqualTo(3);
        assertThat(ids(result.get("hits"))).containsExactly("a4", "a3", "a2");
    }

    @Test
    void filtersByDateRange() throws Exception {
        JsonNode result = json("/api/search?from=2026-11-22&to=2026-11-22", 200);
        assertThat(ids(result.get("hits"))).containsExactly("a4", "a3");
    }

    @Test
    void servesTheDashboardData() throws Exception {
        JsonNode dashboard = json("/api/facets", 200);

        assertThat(dashboard.get("total").asLong()).isEqualTo(8);
        assertThat(ids(dashboard.get("latest"))).startsWith("a6", "a7", "a5");
        JsonNode facets = dashboard.get("facets");
        assertThat(facets.get("people").get(0).get("value").asString()).isEqualTo("Jane Doe");
        JsonNode jane = facets.get("entities").get("people").get(0);
        assertThat(jane.get("id").asString()).isEqualTo("jane-doe");
        assertThat(jane.get("name").asString()).isEqualTo("Jane Doe");
        assertThat(jane.get("type").asString()).isEqualTo("PERSON");
        assertThat(jane.get("count").asLong()).isEqualTo(3);
        assertThat(facets.get("overTime").get("interval").asString()).isEqualTo("1d"); // 20 to 25 Nov: over 60 hours
        long dated = facets.get("overTime").get("buckets").values().stream().mapToLong(b -> b.get("count").asLong()).sum();
        assertThat(dated).isEqualTo(7);
        // the parser's confidence per site, least trusted first (a8 carries none)
        JsonNode sports = facets.get("siteConfidence").get(0);
        assertThat(sports.get("site").asString()).isEqualTo("Sports Wire");
        assertThat(sports.get("meanConfidence").asDouble()).isCloseTo(0.3, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(sports.get("doubtful").asLong()).isEqualTo(1);

        JsonNode narrowed = json("/api/facets?topic=sport", 200);
        assertThat(narrowed.get("total").asLong()).isEqualTo(1);
        assertThat(ids(narrowed.get("latest"))).containsExactly("a4");
    }

    @Test
    void servesOneArticleInFull() throws Exception {
        JsonNode article = json("/api/articles/a2", 200);

        assertThat(article.get("headline").asString()).isEqualTo("Storm floods coastal towns");
        assertThat(article.get("body").asString()).contains("Brittany");
        assertThat(article.get("places").values()).extracting(JsonNode::asString).containsExactly("Brittany", "France");
    }

    @Test
    void answers404ForAnUnknownArticle() throws Exception {
        JsonNode problem = json("/api/articles/nope", 404);
        assertThat(problem.get("detail").asString()).contains("nope");
    }

    @Test
    void answers400NamingAnUnreadableDate() throws Exception {
        HttpResponse<String> response = get("/api/search?from=yesterday");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("parameter").asString()).isEqualTo("from");
        assertThat(problem.get("detail").asString()).contains("yesterday").contains("2026-11-28");
        assertThat(problem.get("status").asInt()).isEqualTo(400);
    }

    @Test
    void answers400ForOutOfRangeOrMalformedPaging() throws Exception {
        assertThat(json("/api/search?size=1000", 400).get("parameter").asString()).isEqualTo("size");
        assertThat(json("/api/search?page=two", 400).get("parameter").asString()).isEqualTo("page");
        assertThat(json("/api/search?sort=oldest", 400).get("parameter").asString()).isEqualTo("sort");
        assertThat(json("/api/facets?to=2026-11-01&from=2026-11-02", 400).get("parameter").asString()).isEqualTo("from");
    }

    @Test
    void answers400ForAnUnknownParameter() throws Exception {
        JsonNode problem = json("/api/search?query=climate", 400);

        assertThat(problem.get("parameter").asString()).isEqualTo("query");
        assertThat(problem.get("detail").asString()).contains("unknown parameter").contains("q");
        assertThat(json("/api/facets?page=2", 400).get("parameter").asString()).isEqualTo("page");
    }

    @Test
    void reportsHealthWithElasticsearch() throws Exception {
        JsonNode health = json("/actuator/health", 200);

        assertThat(health.get("status").asString()).isEqualTo("UP");
        assertThat(health.get("components").get("elasticsearch").get("status").asString()).isEqualTo("UP");
    }

    @Test
    void servesItsRequestMetricsForPrometheus() throws Exception {
        json("/api/search?q=climate", 200);

        HttpResponse<String> metrics = get("/actuator/prometheus");

        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("http_server_requests_seconds_count{").contains("uri=\"/api/search\"");
    }

    @Test
    void servesTheDashboardPageAndItsAssets() throws Exception {
        HttpResponse<String> page = get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<title>newsflow").contains("dashboard.js").contains("dashboard.css");
        assertThat(get("/dashboard.js").statusCode()).isEqualTo(200);
        assertThat(get("/dashboard.css").statusCode()).isEqualTo(200);
    }
}
