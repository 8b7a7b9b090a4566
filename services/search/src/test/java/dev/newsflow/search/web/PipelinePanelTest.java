package dev.newsflow.search.web;

import static dev.newsflow.articles.ElasticsearchTestSupport.uniqueAlias;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.newsflow.articles.ElasticsearchConnection;
import dev.newsflow.articles.pipeline.DriftArticles;
import dev.newsflow.model.Headers;
import dev.newsflow.model.Topics;
import dev.newsflow.stack.junit.TestStack;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The pipeline panel against a real broker and a real Elasticsearch node: {@link DriftArticles}' three sites in the
 * index (only Broken Bylines' authors fell), records the parser's and the enricher's groups have not committed, and
 * dead letters with their reasons. Read through {@code /api/pipeline}, {@code /actuator/prometheus} and, when Chromium
 * is installed, the dashboard in a headless browser (screenshot in {@code target/dashboard-pipeline.png}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class PipelinePanelTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Instant FIRST_DEAD_LETTER = Instant.parse("2026-12-01T10:00:00Z");
    private static String alias;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void stack(DynamicPropertyRegistry registry) {
        seed();
        registry.add("newsflow.search.elasticsearch-url", TestStack::elasticsearchUrl);
        registry.add("newsflow.search.alias", () -> alias);
        registry.add("newsflow.pipeline.kafka-bootstrap-servers", TestStack::kafkaBootstrapServers);
        registry.add("newsflow.pipeline.drift.refresh", () -> "1s");
    }

    private static synchronized void seed() {
        if (alias != null) {
            return;
        }
        String es = TestStack.elasticsearchUrl();
        String kafka = TestStack.kafkaBootstrapServers();
        String index = uniqueAlias("pipeline");
        try (ElasticsearchConnection connection = ElasticsearchConnection.to(es)) {
            DriftArticles.install(connection.client(), index, Instant.now());
        }
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka))) {
            // news.articles.enriched and news.dlq.enricher stay missing: the panel must say so, not fail
            for (String topic : List.of(Topics.PAGES_RAW, Topics.ARTICLES_PARSED, Topics.PARSER_DLQ,
                    Topics.INDEXER_DLQ)) {
                try {
                    admin.createTopics(List.of(new NewTopic(topic, 2, (short) 1))).all().get();
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
            try (KafkaProducer<byte[], byte[]> producer = producer(kafka)) {
                for (int i = 0; i < 4; i++) {
                    producer.send(new ProducerRecord<>(Topics.PAGES_RAW, 0, null, bytes("<html>page " + i))).get();
                }
                for (int i = 0; i < 3; i++) {
                    producer.send(new ProducerRecord<>(Topics.ARTICLES_PARSED, 1, bytes("id-" + i), bytes("{}"))).get();
                }
                for (int i = 0; i < 7; i++) {
                    RecordHeaders headers = new RecordHeaders();
                    headers.add(Headers.DLQ_STAGE, bytes("parser"));
                    headers.add(Headers.DLQ_REASON_CODE, bytes("malformed-event"));
                    headers.add(Headers.DLQ_REASON, bytes("not a valid RawPage: bad envelope " + i));
                    headers.add(Headers.DLQ_ORIGINAL_TOPIC, bytes(Topics.PAGES_RAW));
                    headers.add(Headers.URL, bytes("https://broken.example/page-" + i));
                    producer.send(new ProducerRecord<>(Topics.PARSER_DLQ, i % 2, FIRST_DEAD_LETTER.plusSeconds(i)
                            .toEpochMilli(), null, bytes("{oops"), headers)).get();
                }
                RecordHeaders headers = new RecordHeaders();
                headers.add(Headers.DLQ_STAGE, bytes("indexer"));
                headers.add(Headers.DLQ_REASON_CODE, bytes("rejected"));
                headers.add(Headers.DLQ_REASON, bytes("Elasticsearch rejected the document: mapper_parsing_exception"));
                producer.send(new ProducerRecord<>(Topics.INDEXER_DLQ, 0, FIRST_DEAD_LETTER.toEpochMilli(),
                        bytes("c0ffee"), bytes("{\"article\":{\"url\":\"https://late.example/story\"}}"), headers))
                        .get();
            }
            // the enricher's group has done one of the three records on partition 1
            admin.alterConsumerGroupOffsets("enricher",
                    Map.of(new TopicPartition(Topics.ARTICLES_PARSED, 1), new OffsetAndMetadata(1))).all().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not prepare the topics: " + e.getCause(), e.getCause());
        }
        alias = index;
    }

    private static KafkaProducer<byte[], byte[]> producer(String bootstrap) {
        Properties settings = new Properties();
        settings.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        settings.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        settings.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        return new KafkaProducer<>(settings);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode pipeline() throws IOException, InterruptedException {
        HttpResponse<String> response = get("/api/pipeline");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        return array.values().stream().filter(n -> n.get(field).asString().equals(value)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + field + "=" + value + " in " + array));
    }

    @Test
    void flagsOnlyTheSiteWhoseAuthorsVanished() throws Exception {
        JsonNode view = pipeline();

        assertThat(view.get("indexProblem").isNull()).isTrue();
        JsonNode sites = view.get("drift").get("sites");
        assertThat(sites.values().stream().filter(s -> !s.get("driftedFields").isEmpty())
                .map(s -> s.get("site").asString()).toList()).containsExactly(DriftArticles.BROKEN);
        JsonNode broken = find(sites, "site", DriftArticles.BROKEN);
        assertThat(broken.get("driftedFields").values().stream().map(JsonNode::asString).toList())
                .containsExactly("author");
        JsonNode author = find(broken.get("fields"), "field", "author");
        assertThat(author.get("baselineRate").asDouble()).isEqualTo(1.0);
        assertThat(author.get("recentRate").asDouble()).isEqualTo(0.1);
        assertThat(find(sites, "site", DriftArticles.TINY).get("driftedFields").isEmpty()).isTrue();
        assertThat(find(sites, "site", DriftArticles.STEADY).get("driftedFields").isEmpty()).isTrue();
        // the newest documents were written 5 and 10 minutes ago
        assertThat(view.get("indexing").get("articles").asLong()).isEqualTo(2);
    }

    @Test
    void showsEachStagesLagFromItsGroupsCommittedOffsets() throws Exception {
        JsonNode kafka = pipeline().get("kafka");

        assertThat(kafka.get("problem").isNull()).as(kafka.toString()).isTrue();
        JsonNode parser = find(kafka.get("lag"), "stage", "parser");
        assertThat(parser.get("lag").asLong()).isEqualTo(4);
        assertThat(parser.get("committed").asBoolean()).isFalse();
        assertThat(parser.get("note").asString()).contains("has committed nothing");
        JsonNode enricher = find(kafka.get("lag"), "stage", "enricher");
        assertThat(enricher.get("lag").asLong()).isEqualTo(2);
        assertThat(enricher.get("committed").asBoolean()).isTrue();
        JsonNode indexer = find(kafka.get("lag"), "stage", "indexer");
        assertThat(indexer.get("lag").isNull()).isTrue();
        assertThat(indexer.get("note").asString()).isEqualTo("topic news.articles.enriched does not exist yet");
    }

    @Test
    void showsTheDeadLettersWithTheirLatestReasons() throws Exception {
        JsonNode letters = pipeline().get("kafka").get("deadLetters");

        JsonNode parser = find(letters, "stage", "parser");
        assertThat(parser.get("count").asLong()).isEqualTo(7);
        List<JsonNode> latest = parser.get("latest").values().stream().toList();
        assertThat(latest).extracting(l -> l.get("reason").asString()).containsExactly(
                "not a valid RawPage: bad envelope 6", "not a valid RawPage: bad envelope 5",
                "not a valid RawPage: bad envelope 4", "not a valid RawPage: bad envelope 3",
                "not a valid RawPage: bad envelope 2");
        assertThat(latest.getFirst().get("url").asString()).isEqualTo("https://broken.example/page-6");
        assertThat(latest.getFirst().get("reasonCode").asString()).isEqualTo("malformed-event");
        assertThat(latest.getFirst().get("at").asString()).isEqualTo("2026-12-01T10:00:06Z");
        JsonNode indexer = find(letters, "stage", "indexer");
        assertThat(indexer.get("count").asLong()).isEqualTo(1);
        assertThat(indexer.get("latest").get(0).get("url").asString()).as("read from the payload")
                .isEqualTo("https://late.example/story");
        assertThat(indexer.get("latest").get(0).get("key").asString()).isEqualTo("c0ffee");
        assertThat(find(letters, "stage", "enricher").get("count").asLong()).isZero();
    }

    @Test
    void exposesTheDriftAsGaugesForPrometheus() {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            String scrape = get("/actuator/prometheus").body();
            assertThat(scrape).contains("newsflow_extraction_fill_drift{field=\"author\",site=\"Broken Bylines\"} 1.0")
                    .contains("newsflow_extraction_fill_drift{field=\"author\",site=\"Steady Times\"} 0.0")
                    .contains("newsflow_extraction_fill_drift{field=\"author\",site=\"Tiny Gazette\"} 0.0")
                    .contains("newsflow_extraction_fill_drift{field=\"headline\",site=\"Broken Bylines\"} 0.0")
                    .contains("newsflow_extraction_fill_drop{field=\"author\",site=\"Broken Bylines\"} 0.9");
        });
    }

    static boolean chromiumInstalled() {
        return HeadlessChromium.installed();
    }

    @Test
    @EnabledIf(value = "chromiumInstalled", disabledReason = HeadlessChromium.NOT_INSTALLED)
    void theDashboardsPipelinePanelShowsLagDeadLettersAndTheSiteThatFell(@TempDir Path profile) throws IOException {
        ChromeDriver driver = HeadlessChromium.open(profile);
        try {
            driver.get("http://127.0.0.1:" + port + "/");
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
            wait.until(d -> !d.findElements(By.cssSelector("#pipeline-drift li.site")).isEmpty());

            WebElement fell = driver.findElement(By.cssSelector("#pipeline-drift li.site"));
            assertThat(fell.getAttribute("data-site")).isEqualTo(DriftArticles.BROKEN);
            assertThat(fell.getText()).contains("Broken Bylines (30 recent, 60 before)", "author 100 % → 10 %",
                    "mean confidence 0.90 → 0.85");
            assertThat(driver.findElements(By.cssSelector("#pipeline-drift li.site"))).hasSize(1);
            assertThat(driver.findElement(By.id("pipeline-rule")).getText())
                    .startsWith("Last 24 h against the 7 days before");
            assertThat(driver.findElement(By.cssSelector("#pipeline-lag li[data-stage=parser]")).getText())
                    .startsWith("parser: 4 behind on news.pages.raw (group parser)");
            assertThat(driver.findElement(By.cssSelector("#pipeline-lag li[data-stage=indexer]")).getText())
                    .contains("lag unknown", "topic news.articles.enriched does not exist yet");
            WebElement parserLetters = driver.findElement(By.cssSelector("#pipeline-dead-letters li[data-stage=parser]"));
            assertThat(parserLetters.getText()).startsWith("news.dlq.parser: 7 dead letters");
            List<WebElement> latest = parserLetters.findElements(By.cssSelector(".dlq-latest li"));
            assertThat(latest).hasSize(5);
            assertThat(latest.getFirst().getText()).contains("1 Dec 2026, 10:00 UTC",
                    "malformed-event: not a valid RawPage: bad envelope 6", "https://broken.example/page-6");
            assertThat(driver.findElement(By.id("pipeline-rate")).getText()).contains("(2 in all)");
            File shot = driver.getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), Path.of("target", "dashboard-pipeline.png"), StandardCopyOption.REPLACE_EXISTING);
            assertThat(HeadlessChromium.severeConsoleMessages(driver)).isEmpty();
        } finally {
            driver.quit();
        }
    }
}
