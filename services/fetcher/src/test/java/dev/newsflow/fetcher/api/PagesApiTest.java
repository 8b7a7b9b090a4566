package dev.newsflow.fetcher.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsflow.fetcher.crawl.UrlState;
import dev.newsflow.fetcher.ledger.UrlLedgerRepository;
import dev.newsflow.messaging.TraceContext;
import dev.newsflow.model.ArticleId;
import dev.newsflow.model.Events;
import dev.newsflow.model.Headers;
import dev.newsflow.model.RawPage;
import dev.newsflow.model.RawPages;
import dev.newsflow.model.Topics;
import dev.newsflow.stack.junit.TestStack;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;

/** POST /api/pages against a real Kafka broker: the page lands on news.pages.raw and the ledger says so. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class PagesApiTest implements TestPropertyProvider {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    UrlLedgerRepository ledger;

    @Override
    public Map<String, String> getProperties() {
        return Map.of(
                "kafka.bootstrap.servers", TestStack.kafkaBootstrapServers(),
                "datasources.default.url", "jdbc:h2:mem:pages-" + UUID.randomUUID()
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
                "fetcher.crawler-enabled", "false");
    }

    @Test
    void publishesSubmittedPageToKafkaAndMarksTheLedgerPublished() {
        String url = "https://news.example/world/" + UUID.randomUUID();
        String html = "<html><head><title>Bush and Putin</title></head><body><p>Chemistry.</p></body></html>";

        ApiModels.PagePublished published = http.toBlocking().retrieve(HttpRequest.POST("/api/pages",
                Map.of("url", url, "contentType", "text/html; charset=utf-8", "body", html)), ApiModels.PagePublished.class);

        assertThat(published.topic()).isEqualTo(Topics.PAGES_RAW);
        assertThat(published.id()).isEqualTo(ArticleId.of(url));
        ConsumerRecord<String, byte[]> record = read(published.partition(), published.offset());
        assertThat(record.key()).isEqualTo(ArticleId.of(url));
        RawPage page = RawPages.decode(record.value(), Map.of());
        assertThat(page.url()).isEqualTo(url);
        assertThat(page.body()).isEqualTo(html);
        assertThat(page.source()).isEqualTo("api");
        // Byte for byte what the canonical codec writes: the parser reads it with the same codec.
        assertThat(record.value()).isEqualTo(Events.toJson(page));

        ApiModels.UrlStatus status = http.toBlocking().retrieve(HttpRequest.GET("/api/urls?url="
                + URLEncoder.encode(url, StandardCharsets.UTF_8)), ApiModels.UrlStatus.class);
        assertThat(status.state()).isEqualTo("published");
        assertThat(status.publishedOffset()).isEqualTo(published.offset());
        assertThat(status.publishedPartition()).isEqualTo(published.partition());
        assertThat(ledger.countByState(UrlState.PUBLISHED)).isPositive();
    }

    @Test
    void aPageStartsATraceOrContinuesTheCallersAndItsRecordCarriesIt() {
        String callerTrace = "4bf92f3577b34da6a3ce929d0e0e4736";
        String url = "https://news.example/traced/" + UUID.randomUUID();
        HttpResponse<ApiModels.PagePublished> response = http.toBlocking().exchange(HttpRequest.POST("/api/pages",
                Map.of("url", url, "body", "<p>Traced</p>")).header(Headers.TRACEPARENT,
                "00-" + callerTrace + "-00f067aa0ba902b7-01"), ApiModels.PagePublished.class);

        ApiModels.PagePublished published = response.body();
        TraceContext onRecord = TraceContext.from(read(published.partition(), published.offset()).headers())
                .orElseThrow();
        assertThat(onRecord.traceId()).isEqualTo(callerTrace);
        assertThat(onRecord.spanId()).as("the fetcher's span is the parent").isNotEqualTo("00f067aa0ba902b7");
        assertThat(response.header(Headers.TRACEPARENT)).isEqualTo(onRecord.traceparent());

        ApiModels.PagePublished untraced = http.toBlocking().retrieve(HttpRequest.POST("/api/pages",
                Map.of("url", url + "-2", "body", "<p>Untraced</p>")), ApiModels.PagePublished.class);
        assertThat(TraceContext.from(read(untraced.partition(), untraced.offset()).headers()).orElseThrow().traceId())
                .isNotEqualTo(callerTrace);
    }

    @Test
    void acceptsARawLegacyHtmlPageWithItsUrlInTheQuery() {
        String url = "https://news.example/legacy/" + UUID.randomUUID();
        String html = "<html><head><meta charset=\"windows-1252\"><title>Caf\u00e9</title></head>"
                + "<body><p>\u201cQuoted\u201d \u2014 na\u00efve</p></body></html>";
        byte[] legacy = html.getBytes(Charset.forName("windows-1252"));

        ApiModels.PagePublished published = http.toBlocking().retrieve(HttpRequest.POST("/api/pages?url="
                + URLEncoder.encode(url, StandardCharsets.UTF_8), legacy).contentType(MediaType.TEXT_HTML_TYPE),
                ApiModels.PagePublished.class);

        RawPage page = RawPages.decode(read(published.partition(), published.offset()).value(), Map.of());
        assertThat(page.body()).isEqualTo(html);
        assertThat(page.contentType()).isEqualTo("text/html; charset=windows-1252");
    }

    @Test
    void rejectsAPageWithoutUrlWithAReasonAndAHint() {
        assertThatThrownBy(() -> http.toBlocking().retrieve(HttpRequest.POST("/api/pages", Map.of("body", "<p>x</p>"))))
                .isInstanceOfSatisfying(HttpClientResponseException.class, e -> {
                    assertThat(e.getStatus().getCode()).isEqualTo(HttpStatus.BAD_REQUEST.getCode());
                    ApiModels.Problem problem = e.getResponse().getBody(ApiModels.Problem.class).orElseThrow();
                    assertThat(problem.message()).isEqualTo("the page has no url");
                    assertThat(problem.hint()).contains("\"url\"");
                });
    }

    @Test
    void rejectsAUrlThatIsNotHttp() {
        assertThatThrownBy(() -> http.toBlocking().retrieve(HttpRequest.POST("/api/pages",
                Map.of("url", "ftp://news.example/x", "body", "<p>x</p>"))))
                .isInstanceOfSatisfying(HttpClientResponseException.class, e -> {
                    assertThat(e.getStatus().getCode()).isEqualTo(HttpStatus.BAD_REQUEST.getCode());
                    assertThat(e.getResponse().getBody(ApiModels.Problem.class).orElseThrow().message())
                            .contains("only http and https");
                });
    }

    @Test
    void rejectsMalformedJsonWithTheParsersReason() {
        assertThatThrownBy(() -> http.toBlocking().retrieve(HttpRequest.POST("/api/pages", "{\"url\": ")
                .contentType(MediaType.APPLICATION_JSON_TYPE)))
                .isInstanceOfSatisfying(HttpClientResponseException.class, e -> {
                    assertThat(e.getStatus().getCode()).isEqualTo(HttpStatus.BAD_REQUEST.getCode());
                    assertThat(e.getResponse().getBody(String.class).orElseThrow()).contains("JSON");
                });
    }

    @Test
    void answersNotFoundForAUrlTheLedgerNeverSaw() {
        assertThatThrownBy(() -> http.toBlocking().retrieve(HttpRequest.GET("/api/urls?url="
                + URLEncoder.encode("https://never.example/" + UUID.randomUUID(), StandardCharsets.UTF_8))))
                .isInstanceOfSatisfying(HttpClientResponseException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(HttpStatus.NOT_FOUND.getCode()));
    }

    @Test
    void healthIsUp() {
        String health = http.toBlocking().retrieve("/health");
        assertThat(health).contains("\"status\":\"UP\"");
    }

    private static ConsumerRecord<String, byte[]> read(int partition, long offset) {
        Map<String, Object> props = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestStack.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "pages-api-test-" + UUID.randomUUID(),
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props)) {
            TopicPartition tp = new TopicPartition(Topics.PAGES_RAW, partition);
            consumer.assign(List.of(tp));
            consumer.seek(tp, offset);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                    if (r.offset() == offset) {
                        return r;
                    }
                }
            }
            throw new AssertionError("no record at " + tp + " offset " + offset);
        }
    }

    @SuppressWarnings("unused")
    private static String header(ConsumerRecord<?, ?> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
