package dev.newsflow.enricher.stream;

import static dev.newsflow.stream.TopicReader.header;
import static dev.newsflow.stream.TopicReader.key;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.newsflow.enricher.ArticleEnricher;
import dev.newsflow.enricher.EnricherApplication;
import dev.newsflow.messaging.TraceContext;
import dev.newsflow.model.Article;
import dev.newsflow.model.EnrichedArticle;
import dev.newsflow.model.Events;
import dev.newsflow.model.GoldenSamples;
import dev.newsflow.model.Headers;
import dev.newsflow.model.SkippedStep;
import dev.newsflow.model.Topics;
import dev.newsflow.stream.Attempts;
import dev.newsflow.stream.StageUnderTest;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.ActiveProfiles;

/**
 * The enrich binding against a real (embedded KRaft) broker: articles dropped on news.articles.parsed with a
 * plain KafkaProducer, results read from news.articles.enriched and news.dlq.enricher with a plain KafkaConsumer.
 */
@SpringBootTest(classes = {EnricherApplication.class, EnricherBindingTest.FlakyEnricherConfiguration.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedKafka(partitions = 1, topics = {Topics.ARTICLES_PARSED, Topics.ARTICLES_ENRICHED, Topics.ENRICHER_DLQ})
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class EnricherBindingTest {

    @Autowired
    MeterRegistry meterRegistry;

    @RegisterExtension
    static final StageUnderTest enricher = new StageUnderTest(Topics.ARTICLES_PARSED, Topics.ARTICLES_ENRICHED,
            Topics.ENRICHER_DLQ);

    @Test
    @Timeout(60)
    void enrichesArticleUnderTheSameKey() throws Exception {
        Article article = article("summit");
        drop(article.id(), Events.toJson(article));

        ConsumerRecord<byte[], byte[]> record = awaitEnriched(article.id());
        EnrichedArticle result = Events.fromJson(record.value(), EnrichedArticle.class);
        assertThat(result.article().headline()).isEqualTo(article.headline());
        assertThat(result.article().body()).isEqualTo(article.body());
        assertThat(result.id()).isEqualTo(article.id());
        assertThat(header(record, "contentType")).contains("application/json");
    }

    @Test
    @Timeout(60)
    void anArticleInALanguageTheModelsDoNotReadGoesOnWithItsSkippedStepsCounted() throws Exception {
        Article english = article("gipfel");
        Article german = new Article(english.schemaVersion(), null, english.url(), null, english.site(),
                "Bundesregierung beschließt Klimaschutzpaket", null, english.authors(), english.publishedAt(), null,
                english.section(), "de", "Die Bundesregierung hat am Mittwoch in Berlin ein Paket zum Klimaschutz "
                + "beschlossen. Kritik kam von der Opposition.", List.of(), List.of(), List.of(), Map.of(), 15, null);
        double before = skipped("entities", "de");
        drop(german.id(), Events.toJson(german));

        EnrichedArticle result = Events.fromJson(awaitEnriched(german.id()).value(), EnrichedArticle.class);
        assertThat(result.entities()).isEmpty();
        assertThat(result.topics()).isEmpty();
        assertThat(result.skipped()).extracting(SkippedStep::step).containsExactly("entities", "topics");
        assertThat(skipped("entities", "de")).isEqualTo(before + 1);
        assertThat(skipped("topics", "de")).isGreaterThanOrEqualTo(1);
    }

    private double skipped(String step, String language) {
        Counter counter = meterRegistry.find(EnrichFunction.SKIPPED).tag("step", step).tag("language", language)
                .counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    @Timeout(60)
    void enrichesTheGoldenArticleSampleAsWritten() throws Exception {
        byte[] golden = GoldenSamples.bytes("article");
        Article article = Events.fromJson(golden, Article.class);
        drop(article.id(), golden);

        EnrichedArticle result = Events.fromJson(awaitEnriched(article.id()).value(), EnrichedArticle.class);
        assertThat(result.article()).isEqualTo(article);
    }

    @Test
    @Timeout(60)
    void sendsRecordsThatAreNotArticlesToDeadLettersThenKeepsGoing() throws Exception {
        String marker = UUID.randomUUID().toString();
        byte[] notAnArticle = "{\"headline\": \"half an article\"".getBytes(StandardCharsets.UTF_8);
        enricher.drop(null, notAnArticle, Map.of(Headers.SOURCE, marker));
        Article next = article("after-bad-record");
        drop(next.id(), Events.toJson(next));

        ConsumerRecord<byte[], byte[]> dead = enricher.awaitDeadLetter(marker);
        assertThat(dead.value()).isEqualTo(notAnArticle);
        assertThat(header(dead, Headers.DLQ_STAGE)).isEqualTo("enricher");
        assertThat(header(dead, Headers.DLQ_REASON_CODE)).isEqualTo("malformed-event");
        assertThat(header(dead, Headers.DLQ_REASON)).contains("Article");
        assertThat(header(dead, Headers.DLQ_ORIGINAL_TOPIC)).isEqualTo(Topics.ARTICLES_PARSED);
        awaitEnriched(next.id());
    }

    @Test
    @Timeout(60)
    void retriesInfrastructureFailureUntilTheArticleGetsThrough() throws Exception {
        Article article = article(FlakyEnricher.FAILS_TWICE);
        drop(article.id(), Events.toJson(article));

        awaitEnriched(article.id());
        assertThat(FlakyEnricher.attempts(article.id())).isEqualTo(3);
        assertThat(enricher.deadLetters(r -> article.id().equals(key(r)))).isEmpty();
    }

    @Test
    @Timeout(60)
    void continuesTheArticlesTraceWithTheEnrichersOwnSpan() throws Exception {
        Article article = article("traced");
        enricher.drop(article.id(), Events.toJson(article), Map.of(Headers.TRACEPARENT, PARSED_TRACEPARENT));

        ConsumerRecord<byte[], byte[]> record = awaitEnriched(article.id());
        assertThat(record.headers().headers(Headers.TRACEPARENT)).hasSize(1);
        TraceContext enriched = TraceContext.from(record.headers()).orElseThrow();
        assertThat(enriched.traceId()).isEqualTo(PARSED_TRACE_ID);
        assertThat(enriched.spanId()).isNotEqualTo(PARSED_SPAN_ID);
    }

    @Test
    @Timeout(60)
    void aDeadLetterKeepsTheRecordsTraceAndItsLogLineTheTraceId(CapturedOutput logs) throws Exception {
        String marker = UUID.randomUUID().toString();
        enricher.drop(null, "not json".getBytes(StandardCharsets.UTF_8),
                Map.of(Headers.SOURCE, marker, Headers.TRACEPARENT, PARSED_TRACEPARENT));

        ConsumerRecord<byte[], byte[]> dead = enricher.awaitDeadLetter(marker);
        TraceContext deadLetter = TraceContext.from(dead.headers()).orElseThrow();
        assertThat(deadLetter.traceId()).isEqualTo(PARSED_TRACE_ID);
        assertThat(deadLetter.spanId()).isNotEqualTo(PARSED_SPAN_ID);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(logs.getAll().lines()
                .filter(line -> line.contains("dead-lettering") && line.contains("trace_id=" + PARSED_TRACE_ID)))
                .isNotEmpty());
    }

    private static final String PARSED_TRACE_ID = "0af7651916cd43dd8448eb211c80319c";
    private static final String PARSED_SPAN_ID = "b7ad6b7169203331";
    private static final String PARSED_TRACEPARENT = "00-" + PARSED_TRACE_ID + "-" + PARSED_SPAN_ID + "-01";

    @Test
    @Timeout(30)
    void reportsHealthOverHttp() throws Exception {
        HttpResponse<String> response = enricher.health();

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"");
    }

    private static void drop(String key, byte[] value) throws Exception {
        enricher.drop(key, value, Map.of());
    }

    private static ConsumerRecord<byte[], byte[]> awaitEnriched(String id) {
        return enricher.awaitOutput(r -> id.equals(key(r)));
    }

    /** An article as the parser writes it, with a unique URL. */
    private static Article article(String slug) {
        String url = "https://news.example.com/world/" + slug + "-" + UUID.randomUUID();
        String body = "President Vladimir Putin and President George W Bush met in Shanghai on Sunday.\n\n"
                + "The meeting between the Russian and US leaders brought no concrete agreements, but officials "
                + "in Moscow and Washington said the talks on missile defence would continue in Texas next month.";
        return new Article(Article.SCHEMA_VERSION, null, url, null, "Example News", "Bush and Putin meet in "
                + "Shanghai", null, List.of("Jane Reporter"), Instant.parse("2001-10-21T18:52:00Z"), null,
                List.of("World", "Asia"), "en", body, List.of(), List.of(), List.of(), Map.of(), 45, null);
    }

    /**
     * The real enricher, failing like an outage for articles that ask for it, and counting attempts per id.
     * {@code IllegalStateException} is no content error, so stream-support must retry it.
     */
    static class FlakyEnricher extends ArticleEnricher {
        static final String FAILS_TWICE = "fails-twice";
        private static final Attempts ATTEMPTS = new Attempts();

        static int attempts(String id) {
            return ATTEMPTS.of(id);
        }

        @Override
        public EnrichedArticle enrich(Article article) {
            int attempt = ATTEMPTS.next(article.id());
            if (article.url().contains(FAILS_TWICE) && attempt <= 2) {
                throw new IllegalStateException("simulated outage, attempt " + attempt);
            }
            return super.enrich(article);
        }
    }

    @TestConfiguration
    static class FlakyEnricherConfiguration {
        @Bean
        @Primary
        ArticleEnricher flakyEnricher() {
            return new FlakyEnricher();
        }
    }
}
