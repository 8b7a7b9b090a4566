package dev.newsflow.parser.stream;

import static dev.newsflow.stream.TopicReader.header;
import static dev.newsflow.stream.TopicReader.key;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.newsflow.model.Article;
import dev.newsflow.model.ArticleId;
import dev.newsflow.model.Events;
import dev.newsflow.model.Headers;
import dev.newsflow.model.RawPage;
import dev.newsflow.model.Topics;
import dev.newsflow.stream.TopicReader;
import dev.newsflow.parser.ParserApplication;
import dev.newsflow.parser.extract.ArticleExtractor;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.ActiveProfiles;

/**
 * The parse binding against a real (embedded KRaft) broker: records dropped on news.pages.raw with a plain
 * KafkaProducer, results read from news.articles.parsed and news.dlq.parser with a plain KafkaConsumer.
 */
@SpringBootTest(classes = {ParserApplication.class, ParserBindingTest.FlakyExtractorConfiguration.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedKafka(partitions = 1, topics = {Topics.PAGES_RAW, Topics.ARTICLES_PARSED, Topics.PARSER_DLQ})
@ActiveProfiles("test")
class ParserBindingTest {

    private static KafkaProducer<byte[], byte[]> producer;
    private static TopicReader parsed;
    private static TopicReader deadLetters;

    @Value("${local.server.port}")
    int port;

    @Autowired
    EmbeddedKafkaBroker broker;

    @BeforeEach
    void connect() {
        if (producer != null) {
            return;
        }
        // The broker starts with the Spring test context, so after @BeforeAll: connect on the first test.
        String brokers = broker.getBrokersAsString();
        producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class));
        parsed = new TopicReader(brokers, Topics.ARTICLES_PARSED);
        deadLetters = new TopicReader(brokers, Topics.PARSER_DLQ);
    }

    @AfterAll
    static void disconnect() {
        if (producer != null) {
            producer.close();
            parsed.close();
            deadLetters.close();
        }
    }

    @Test
    @Timeout(60)
    void turnsJsonEnvelopeIntoArticleKeyedByItsId() throws Exception {
        String url = uniqueUrl("envelope");
        RawPage page = RawPage.of(url, "text/html; charset=utf-8", articleHtml("Envelope headline"), Instant.now(),
                "fetcher");
        drop(Events.toJson(page), Map.of());

        ConsumerRecord<byte[], byte[]> record = awaitArticle(url);
        Article article = Events.fromJson(record.value(), Article.class);
        assertThat(article.headline()).contains("Envelope headline");
        assertThat(key(record)).isEqualTo(article.id()).isEqualTo(ArticleId.of(article.canonicalUrl()));
        assertThat(header(record, "contentType")).contains("application/json");
        assertThat(record.headers()).as("binder bookkeeping stays off the wire")
                .noneMatch(h -> h.key().startsWith("kafka_"));
    }

    @Test
    @Timeout(60)
    void turnsBareHtmlWithUrlHeaderIntoArticle() throws Exception {
        String url = uniqueUrl("bare");
        drop(articleHtml("Bare page headline").getBytes(StandardCharsets.UTF_8), Map.of(Headers.URL, url));

        ConsumerRecord<byte[], byte[]> record = awaitArticle(url);
        Article article = Events.fromJson(record.value(), Article.class);
        assertThat(article.headline()).contains("Bare page headline");
        assertThat(article.body()).contains("Ministers met on Tuesday");
        assertThat(key(record)).isEqualTo(article.id());
    }

    @Test
    @Timeout(60)
    void sendsBinaryGarbageToDeadLettersWithReasonAndOriginalBytesThenKeepsGoing() throws Exception {
        byte[] garbage = new byte[512];
        new java.util.Random(42).nextBytes(garbage);
        garbage[0] = 0;
        String marker = UUID.randomUUID().toString();
        drop(garbage, Map.of(Headers.SOURCE, marker));
        String nextUrl = uniqueUrl("after-garbage");
        drop(articleHtml("After the garbage").getBytes(StandardCharsets.UTF_8), Map.of(Headers.URL, nextUrl));

        ConsumerRecord<byte[], byte[]> dead = awaitDeadLetter(marker);
        assertThat(dead.value()).isEqualTo(garbage);
        assertThat(header(dead, Headers.DLQ_STAGE)).isEqualTo("parser");
        assertThat(header(dead, Headers.DLQ_REASON_CODE)).isEqualTo("malformed-event");
        assertThat(header(dead, Headers.DLQ_REASON)).isNotBlank();
        assertThat(header(dead, Headers.DLQ_ORIGINAL_TOPIC)).isEqualTo(Topics.PAGES_RAW);
        awaitArticle(nextUrl);
    }

    @Test
    @Timeout(60)
    void sendsBarePageWithoutUrlHeaderToDeadLettersSayingWhatIsMissing() throws Exception {
        String marker = UUID.randomUUID().toString();
        byte[] page = articleHtml("No URL anywhere").getBytes(StandardCharsets.UTF_8);
        drop(page, Map.of(Headers.SOURCE, marker));

        ConsumerRecord<byte[], byte[]> dead = awaitDeadLetter(marker);
        assertThat(dead.value()).isEqualTo(page);
        assertThat(header(dead, Headers.DLQ_REASON_CODE)).isEqualTo("malformed-event");
        assertThat(header(dead, Headers.DLQ_REASON)).contains(Headers.URL);
        assertThat(header(dead, Headers.SOURCE)).as("original headers kept").isEqualTo(marker);
    }

    @Test
    @Timeout(60)
    void sendsRecordsWithoutValueToDeadLetters() throws Exception {
        String marker = UUID.randomUUID().toString();
        drop(null, Map.of(Headers.SOURCE, marker));

        ConsumerRecord<byte[], byte[]> dead = awaitDeadLetter(marker);
        assertThat(dead.value()).isNull();
        assertThat(header(dead, Headers.DLQ_REASON_CODE)).isEqualTo("malformed-event");
        assertThat(header(dead, Headers.DLQ_REASON)).contains("empty record");
    }

    @Test
    @Timeout(60)
    void sendsPagesThatAreNotArticlesToDeadLettersWithoutRetrying() throws Exception {
        String url = uniqueUrl("empty");
        String marker = UUID.randomUUID().toString();
        drop("<html><head></head><body></body></html>".getBytes(StandardCharsets.UTF_8),
                Map.of(Headers.URL, url, Headers.SOURCE, marker));

        ConsumerRecord<byte[], byte[]> dead = awaitDeadLetter(marker);
        assertThat(header(dead, Headers.DLQ_REASON_CODE)).isNotBlank()
                .isNotIn("malformed-event", "retries-exhausted");
        assertThat(FlakyExtractor.attempts(url)).as("content errors are not retried").isEqualTo(1);
    }

    @Test
    @Timeout(60)
    void retriesInfrastructureFailureUntilTheArticleGetsThrough() throws Exception {
        String url = uniqueUrl(FlakyExtractor.FAILS_TWICE);
        drop(articleHtml("Survives an outage").getBytes(StandardCharsets.UTF_8), Map.of(Headers.URL, url));

        awaitArticle(url);
        assertThat(FlakyExtractor.attempts(url)).isEqualTo(3);
        assertThat(deadLetters.all(r -> url.equals(header(r, Headers.URL)))).isEmpty();
    }

    @Test
    @Timeout(60)
    void deadLettersInfrastructureFailureOnceRetriesRunOut() throws Exception {
        String url = uniqueUrl(FlakyExtractor.ALWAYS_FAILS);
        String marker = UUID.randomUUID().toString();
        drop(articleHtml("Never makes it").getBytes(StandardCharsets.UTF_8),
                Map.of(Headers.URL, url, Headers.SOURCE, marker));

        ConsumerRecord<byte[], byte[]> dead = awaitDeadLetter(marker);
        assertThat(header(dead, Headers.DLQ_REASON_CODE)).isEqualTo("retries-exhausted");
        assertThat(header(dead, Headers.DLQ_REASON)).contains("simulated outage");
        assertThat(FlakyExtractor.attempts(url)).as("max-attempts in application-test.yml").isEqualTo(3);
    }

    @Test
    @Timeout(30)
    void reportsHealthOverHttp() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"");
    }

    private static void drop(byte[] value, Map<String, String> headers) throws Exception {
        ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(Topics.PAGES_RAW, value);
        headers.forEach((name, v) -> record.headers().add(name, v.getBytes(StandardCharsets.UTF_8)));
        producer.send(record).get();
    }

    private static ConsumerRecord<byte[], byte[]> awaitArticle(String url) {
        return await().atMost(Duration.ofSeconds(30)).until(
                () -> parsed.find(r -> url.equals(Events.fromJson(r.value(), Article.class).url())), o -> o.isPresent())
                .orElseThrow();
    }

    private static ConsumerRecord<byte[], byte[]> awaitDeadLetter(String sourceMarker) {
        return await().atMost(Duration.ofSeconds(30)).until(
                () -> deadLetters.find(r -> sourceMarker.equals(header(r, Headers.SOURCE))), o -> o.isPresent())
                .orElseThrow();
    }

    private static String uniqueUrl(String slug) {
        return "https://news.example.com/world/" + slug + "-" + UUID.randomUUID();
    }

    /** A small but complete news article page, as a real extractor expects one. */
    static String articleHtml(String headline) {
        return """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>%1$s | Example News</title>
                <meta property="og:title" content="%1$s">
                <meta property="article:published_time" content="2024-03-05T10:00:00Z">
                </head><body>
                <nav><a href="/">Home</a> <a href="/world">World</a></nav>
                <article>
                <h1>%1$s</h1>
                <p class="byline">By Jane Reporter</p>
                <p>Ministers met on Tuesday to discuss the new agreement on river shipping, which negotiators from
                both countries had spent more than two years preparing in a series of closed meetings.</p>
                <p>The agreement sets common rules for inspections, tolls and the training of pilots, and it creates
                a joint commission that will settle disputes between shipping companies and port authorities.</p>
                <p>Business groups welcomed the text, saying that delays at the border had cost exporters millions
                each year, while environmental groups asked for stronger limits on dredging in protected areas.</p>
                <p>The parliaments of both countries are expected to vote on the agreement before the summer, and
                officials said the first joint inspections could begin as early as next spring.</p>
                </article>
                <footer>Copyright Example News</footer>
                </body></html>
                """.formatted(headline);
    }

    /**
     * The real extractor, failing like an outage for URLs that ask for it, and counting attempts per URL.
     * {@code IllegalStateException} is no content error, so stream-support must retry it.
     */
    static class FlakyExtractor extends ArticleExtractor {
        static final String FAILS_TWICE = "fails-twice";
        static final String ALWAYS_FAILS = "always-fails";
        private static final Map<String, AtomicInteger> ATTEMPTS = new ConcurrentHashMap<>();

        static int attempts(String url) {
            AtomicInteger n = ATTEMPTS.get(url);
            return n == null ? 0 : n.get();
        }

        @Override
        public Article extract(RawPage page) {
            int attempt = ATTEMPTS.computeIfAbsent(page.url(), u -> new AtomicInteger()).incrementAndGet();
            if (page.url().contains(ALWAYS_FAILS) || (page.url().contains(FAILS_TWICE) && attempt <= 2)) {
                throw new IllegalStateException("simulated outage, attempt " + attempt);
            }
            return super.extract(page);
        }
    }

    @TestConfiguration
    static class FlakyExtractorConfiguration {
        @Bean
        @Primary
        ArticleExtractor flakyExtractor() {
            return new FlakyExtractor();
        }
    }
}
