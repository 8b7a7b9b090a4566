package dev.newsflow.parser.stream;

import static dev.newsflow.stream.TopicReader.header;
import static dev.newsflow.stream.TopicReader.key;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.newsflow.messaging.TraceContext;
import dev.newsflow.model.Article;
import dev.newsflow.model.ArticleId;
import dev.newsflow.model.Events;
import dev.newsflow.model.Headers;
import dev.newsflow.model.RawPage;
import dev.newsflow.model.Topics;
import dev.newsflow.parser.ParserApplication;
import dev.newsflow.parser.extract.ArticleExtractor;
import dev.newsflow.stack.PrometheusScrape;
import dev.newsflow.stream.Attempts;
import dev.newsflow.stream.StageUnderTest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.cloud.stream.binder.kafka.properties.KafkaBinderConfigurationProperties;
import org.springframework.context.annotation.Primary;
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
@ExtendWith(OutputCaptureExtension.class)
class ParserBindingTest {

    @RegisterExtension
    static final StageUnderTest parser = new StageUnderTest(Topics.PAGES_RAW, Topics.ARTICLES_PARSED,
            Topics.PARSER_DLQ);

    @Test
    void consumersLeaveTheirGroupTenSecondsAfterTheyDieNotTheClientsFortyFive(@Autowired ApplicationContext context) {
        // stream-support's ConsumerGroupDefaults: a killed stage's partitions go to its restarted self that soon.
        // The binder keeps its properties in a child context; bind them from this environment as it does.
        var binder = Binder.get(context.getEnvironment()).bindOrCreate("spring.cloud.stream.kafka.binder",
                Bindable.ofInstance(new KafkaBinderConfigurationProperties(context.getBean(KafkaProperties.class),
                        context.getBeanProvider(KafkaConnectionDetails.class))));
        assertThat(binder.mergedConsumerConfiguration())
                .containsEntry("session.timeout.ms", "10000")
                .containsEntry("heartbeat.interval.ms", "3000");
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

        ConsumerRecord<byte[], byte[]> dead = parser.awaitDeadLetter(marker);
        assertThat(dead.value()).isEqualTo(garbage);
        assertThat(header(dead, Headers.DLQ_STAGE)).isEqualTo("parser");
        assertThat(header(dead, Headers.DLQ_REASON_CODE)).isEqualTo("malformed-event");
        assertThat(header(dead, Headers.DLQ_REASON)).isNotBlank();
        assertThat(header(dead, Headers.DLQ_ORIGINAL_TOPIC)).isEqualTo(Topics.PAGES_RAW);
        awaitArticle(nextUrl);
    }

    @Test
    @Timeout(60)
    void deadLettersOnlyThePoisonRecordOfAPollAndPassesTheOthersOnInOrderPerKey() throws Exception {
        // Two versions of one page (same URL, so same article id and key) around a poison record, and another page,
        // in one record batch: the stage gets them in one poll.
        String sameUrl = uniqueUrl("versions");
        String otherUrl = uniqueUrl("other");
        String poisonMarker = UUID.randomUUID().toString();
        parser.dropTogether(List.of(
                bare(sameUrl, "First version"),
                new ProducerRecord<>(Topics.PAGES_RAW, null, (byte[]) null, "<<not a page>>".getBytes(StandardCharsets.UTF_8),
                        new RecordHeaders().add(Headers.SOURCE, poisonMarker.getBytes(StandardCharsets.UTF_8))),
                bare(sameUrl, "Second version"),
                bare(otherUrl, "Another page")));

        ConsumerRecord<byte[], byte[]> dead = parser.awaitDeadLetter(poisonMarker);
        assertThat(header(dead, Headers.DLQ_STAGE)).isEqualTo("parser");
        assertThat(header(dead, Headers.DLQ_REASON_CODE)).isEqualTo("malformed-event");
        assertThat(header(dead, Headers.DLQ_REASON)).contains(Headers.URL);
        awaitArticle(otherUrl);
        List<String> versions = await().atMost(Duration.ofSeconds(30)).until(() -> parser.outputs(
                        r -> sameUrl.equals(Events.fromJson(r.value(), Article.class).url())).stream()
                .map(r -> Events.fromJson(r.value(), Article.class).headline()).toList(), found -> found.size() >= 2);
        assertThat(versions).as("one key, one partition: the versions in the order they were dropped")
                .containsExactly("First version", "Second version");
        assertThat(parser.deadLetters(r -> sameUrl.equals(header(r, Headers.URL))
                || otherUrl.equals(header(r, Headers.URL)))).as("the good records are not dead-lettered").isEmpty();
    }

    @Test
    @Timeout(60)
    void sendsBarePageWithoutUrlHeaderToDeadLettersSayingWhatIsMissing() throws Exception {
        String marker = UUID.randomUUID().toString();
        byte[] page = articleHtml("No URL anywhere").getBytes(StandardCharsets.UTF_8);
        drop(page, Map.of(Headers.SOURCE, marker));

        ConsumerRecord<byte[], byte[]> dead = parser.awaitDeadLetter(marker);
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

        ConsumerRecord<byte[], byte[]> dead = parser.awaitDeadLetter(marker);
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

        ConsumerRecord<byte[], byte[]> dead = parser.awaitDeadLetter(marker);
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
        assertThat(parser.deadLetters(r -> url.equals(header(r, Headers.URL)))).isEmpty();
    }

    @Test
    @Timeout(60)
    void deadLettersInfrastructureFailureOnceRetriesRunOut() throws Exception {
        String url = uniqueUrl(FlakyExtractor.ALWAYS_FAILS);
        String marker = UUID.randomUUID().toString();
        drop(articleHtml("Never makes it").getBytes(StandardCharsets.UTF_8),
                Map.of(Headers.URL, url, Headers.SOURCE, marker));

        ConsumerRecord<byte[], byte[]> dead = parser.awaitDeadLetter(marker);
        assertThat(header(dead, Headers.DLQ_REASON_CODE)).isEqualTo("retries-exhausted");
        assertThat(header(dead, Headers.DLQ_REASON)).contains("simulated outage");
        assertThat(FlakyExtractor.attempts(url)).as("max-attempts in application-test.yml").isEqualTo(3);
    }

    @Test
    @Timeout(60)
    void countsPagesInAndOutDeadLettersByReasonAndFieldFillPerSiteOnActuatorPrometheus() throws Exception {
        PrometheusScrape before = parser.metrics();
        String site = "metrics-" + UUID.randomUUID() + ".example.org";
        String url = "https://www." + site + "/world/counted-story";
        drop(articleHtml("Counted on the way through").getBytes(StandardCharsets.UTF_8), Map.of(Headers.URL, url));
        String marker = UUID.randomUUID().toString();
        drop(null, Map.of(Headers.SOURCE, marker));

        Article article = Events.fromJson(awaitArticle(url).value(), Article.class);
        parser.awaitDeadLetter(marker);
        Map<String, String> stage = Map.of("stage", "parser");
        PrometheusScrape after = await().atMost(Duration.ofSeconds(10)).until(parser::metrics,
                now -> delta(before, now, "newsflow_dead_letters_total",
                        Map.of("stage", "parser", "reason_code", "malformed-event")) >= 1);
        assertThat(delta(before, after, "newsflow_records_in_total", stage)).isGreaterThanOrEqualTo(2);
        assertThat(delta(before, after, "newsflow_records_out_total", stage)).isGreaterThanOrEqualTo(1);
        assertThat(delta(before, after, "newsflow_stage_processing_seconds_count", stage))
                .as("every record is timed, the failed one too").isGreaterThanOrEqualTo(2);
        assertThat(after.sum("newsflow_stage_processing_seconds_bucket", Map.of("stage", "parser", "le", "+Inf")))
                .as("a histogram Prometheus can take quantiles of").isPositive();

        Map<String, String> ofSite = Map.of("site", site);
        assertThat(after.sum("newsflow_extraction_articles_total", ofSite)).isEqualTo(1);
        assertThat(fieldCount(after, site, "headline")).isEqualTo(1);
        assertThat(fieldCount(after, site, "body")).isEqualTo(1);
        assertThat(fieldCount(after, site, "date")).isEqualTo(article.publishedAt() == null ? 0 : 1);
        assertThat(fieldCount(after, site, "author")).isEqualTo(article.authors().isEmpty() ? 0 : 1);
    }

    @Test
    @Timeout(60)
    void continuesThePagesTraceOnItsArticleWithTheParsersOwnSpan() throws Exception {
        String url = uniqueUrl("traced");
        drop(articleHtml("Traced page").getBytes(StandardCharsets.UTF_8),
                Map.of(Headers.URL, url, Headers.TRACEPARENT, DROPPED_TRACEPARENT, Headers.TRACESTATE, "drop=1"));

        ConsumerRecord<byte[], byte[]> record = awaitArticle(url);
        assertThat(record.headers().headers(Headers.TRACEPARENT)).as("one traceparent, the parser's").hasSize(1);
        TraceContext parsed = TraceContext.from(record.headers()).orElseThrow();
        assertThat(parsed.traceId()).isEqualTo(DROPPED_TRACE_ID);
        assertThat(parsed.spanId()).as("the parser's span is the parent now").isNotEqualTo(DROPPED_SPAN_ID);
        assertThat(header(record, Headers.TRACESTATE)).isEqualTo("drop=1");
    }

    @Test
    @Timeout(60)
    void startsATraceForAPageThatArrivesWithoutOne() throws Exception {
        String url = uniqueUrl("untraced");
        drop(articleHtml("Console producer page").getBytes(StandardCharsets.UTF_8), Map.of(Headers.URL, url));

        ConsumerRecord<byte[], byte[]> record = awaitArticle(url);
        assertThat(TraceContext.from(record.headers())).isPresent();
    }

    @Test
    @Timeout(60)
    void aDeadLetterKeepsThePagesTraceAndTheLogLineSaysItsTraceId(CapturedOutput logs) throws Exception {
        String marker = UUID.randomUUID().toString();
        drop("<html><head></head><body></body></html>".getBytes(StandardCharsets.UTF_8),
                Map.of(Headers.URL, uniqueUrl("traced-empty"), Headers.SOURCE, marker,
                        Headers.TRACEPARENT, DROPPED_TRACEPARENT));

        ConsumerRecord<byte[], byte[]> dead = parser.awaitDeadLetter(marker);
        assertThat(dead.headers().headers(Headers.TRACEPARENT)).hasSize(1);
        TraceContext deadLetter = TraceContext.from(dead.headers()).orElseThrow();
        assertThat(deadLetter.traceId()).isEqualTo(DROPPED_TRACE_ID);
        assertThat(deadLetter.spanId()).isNotEqualTo(DROPPED_SPAN_ID);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(logs.getAll().lines()
                .filter(line -> line.contains("dead-lettering")).filter(line -> line.contains("trace_id=" + DROPPED_TRACE_ID)))
                .isNotEmpty());
    }

    @Test
    @Timeout(30)
    void reportsHealthOverHttp() throws Exception {
        HttpResponse<String> response = parser.health();

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"");
    }

    private static final String DROPPED_TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String DROPPED_SPAN_ID = "00f067aa0ba902b7";
    private static final String DROPPED_TRACEPARENT = "00-" + DROPPED_TRACE_ID + "-" + DROPPED_SPAN_ID + "-01";

    private static double delta(PrometheusScrape before, PrometheusScrape after, String series,
                                Map<String, String> labels) {
        return after.sum(series, labels) - before.sum(series, labels);
    }

    private static double fieldCount(PrometheusScrape scrape, String site, String field) {
        return scrape.sum("newsflow_extraction_fields_total", Map.of("site", site, "field", field));
    }

    private static ProducerRecord<byte[], byte[]> bare(String url, String headline) {
        return new ProducerRecord<>(Topics.PAGES_RAW, null, (byte[]) null, articleHtml(headline).getBytes(StandardCharsets.UTF_8),
                new RecordHeaders().add(Headers.URL, url.getBytes(StandardCharsets.UTF_8)));
    }

    private static void drop(byte[] value, Map<String, String> headers) throws Exception {
        parser.drop(null, value, headers);
    }

    private static ConsumerRecord<byte[], byte[]> awaitArticle(String url) {
        return parser.awaitOutput(r -> url.equals(Events.fromJson(r.value(), Article.class).url()));
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
        private static final Attempts ATTEMPTS = new Attempts();

        static int attempts(String url) {
            return ATTEMPTS.of(url);
        }

        @Override
        public Article extract(RawPage page) {
            int attempt = ATTEMPTS.next(page.url());
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
