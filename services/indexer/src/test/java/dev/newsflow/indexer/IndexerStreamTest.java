package dev.newsflow.indexer;

import static dev.newsflow.articles.ElasticsearchTestSupport.count;
import static dev.newsflow.articles.ElasticsearchTestSupport.source;
import static dev.newsflow.articles.ElasticsearchTestSupport.version;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.newsflow.articles.ArticleFields;
import dev.newsflow.articles.ElasticsearchConnection;
import dev.newsflow.articles.ElasticsearchTestSupport;
import dev.newsflow.messaging.ConsumerLag;
import dev.newsflow.messaging.PipelineMeters;
import dev.newsflow.model.EnrichedArticle;
import dev.newsflow.model.Events;
import dev.newsflow.model.Headers;
import dev.newsflow.model.IndexedNotice;
import dev.newsflow.model.Topics;
import dev.newsflow.stack.junit.TestStack;
import dev.newsflow.messaging.TraceContext;
import dev.newsflow.stream.TopicReader;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The indexer service through the Kafka binder, against a real broker and a real Elasticsearch node. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class IndexerStreamTest {

    private static final String INPUT = "test.enriched." + UUID.randomUUID().toString().substring(0, 8);
    private static final String ALIAS = ElasticsearchTestSupport.uniqueAlias("stream");
    private static KafkaProducer<byte[], byte[]> producer;

    @Autowired
    ElasticsearchConnection es;

    @Autowired
    MeterRegistry meters;

    @DynamicPropertySource
    static void stack(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", TestStack::kafkaBootstrapServers);
        registry.add("newsflow.indexer.elasticsearch-url", TestStack::elasticsearchUrl);
        registry.add("newsflow.indexer.alias", () -> ALIAS);
        registry.add("spring.cloud.stream.bindings.index-in-0.destination", () -> INPUT);
        // Short redelivery waits, so the outage test catches up quickly after Elasticsearch returns.
        registry.add("newsflow.indexer.redelivery-backoff", () -> "500ms");
        registry.add("newsflow.indexer.redelivery-max-backoff", () -> "2s");
    }

    @BeforeAll
    static void producer() {
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestStack.kafkaBootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new ByteArraySerializer(), new ByteArraySerializer());
    }

    @AfterAll
    static void closeProducer() {
        producer.close();
    }

    @Test
    void indexesTheBatchDeadLettersWhatElasticsearchRejectsAndPublishesNotices() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        EnrichedArticle a = Articles.enriched("https://example.com/" + run + "/a", "Alpha", Instant.parse("2024-03-02T10:00:00Z"));
        EnrichedArticle b = Articles.enriched("https://example.com/" + run + "/b", "Bravo", Instant.parse("2024-03-02T10:00:00Z"));
        EnrichedArticle rejected = Articles.enriched("https://example.com/" + run + "/far", "Far future",
                Instant.parse("+20000-01-01T00:00:00Z"), Instant.parse("2024-03-02T10:00:00Z"));
        byte[] garbage = {(byte) 0xff, 0x00, 0x13, 0x37};

        try (TopicReader dlq = new TopicReader(TestStack.kafkaBootstrapServers(), Topics.INDEXER_DLQ);
             TopicReader notices = new TopicReader(TestStack.kafkaBootstrapServers(), Topics.ARTICLES_INDEXED)) {
            send(a);
            send(rejected, ENRICHED_TRACEPARENT);
            send(a); // a duplicate delivery
            producer.send(new ProducerRecord<>(INPUT, null, ("garbage-" + run).getBytes(StandardCharsets.UTF_8), garbage,
                    List.of(new RecordHeader("trace", ("t-" + run).getBytes(StandardCharsets.UTF_8))))).get();
            send(b, ENRICHED_TRACEPARENT);

            await().atMost(Duration.ofSeconds(60)).until(() -> ofThisRun(dlq.poll(), run, rejected.id()).size() == 2);
            List<ConsumerRecord<byte[], byte[]>> letters = ofThisRun(dlq.poll(), run, rejected.id());
            ConsumerRecord<byte[], byte[]> esRejected = byKey(letters, rejected.id());
            assertThat(header(esRejected, Headers.DLQ_STAGE)).isEqualTo("indexer");
            assertThat(header(esRejected, Headers.DLQ_REASON_CODE)).isEqualTo("es-document-parsing-exception");
            assertThat(header(esRejected, Headers.DLQ_REASON)).contains("failed to parse field [publishedAt] of type [date]");
            assertThat(header(esRejected, Headers.DLQ_ORIGINAL_TOPIC)).isEqualTo(INPUT);
            assertThat(esRejected.value()).isEqualTo(Events.toJson(rejected));
            ConsumerRecord<byte[], byte[]> malformed = byKey(letters, "garbage-" + run);
            assertThat(header(malformed, Headers.DLQ_REASON_CODE)).isEqualTo("malformed-event");
            assertThat(malformed.value()).isEqualTo(garbage);
            assertThat(header(malformed, "trace")).isEqualTo("t-" + run);
            TraceContext rejectedTrace = TraceContext.from(esRejected.headers()).orElseThrow();
            assertThat(rejectedTrace.traceId()).as("a dead letter keeps its record's trace").isEqualTo(ENRICHED_TRACE_ID);
            assertThat(rejectedTrace.spanId()).isNotEqualTo(ENRICHED_SPAN_ID);
            assertThat(TraceContext.from(malformed.headers())).as("a record without context gets one").isPresent();

            await().atMost(Duration.ofSeconds(30)).until(() -> noticesFor(notices.poll(), Set.of(a.id(), b.id())).size() >= 3);
            List<IndexedNotice> published = noticesFor(notices.poll(), Set.of(a.id(), b.id(), rejected.id()));
            assertThat(published).noneMatch(n -> n.id().equals(rejected.id()));
            TraceContext noticeTrace = TraceContext.from(notices.all(r -> b.id().equals(
                    new String(r.key(), StandardCharsets.UTF_8))).getFirst().headers()).orElseThrow();
            assertThat(noticeTrace.traceId()).as("the notice continues the article's trace").isEqualTo(ENRICHED_TRACE_ID);
            assertThat(noticeTrace.spanId()).isNotEqualTo(ENRICHED_SPAN_ID);
            assertThat(published).filteredOn(n -> n.id().equals(a.id())).extracting(IndexedNotice::result)
                    .containsExactlyInAnyOrder("created", "noop");
            assertThat(published).filteredOn(n -> n.id().equals(b.id()))
                    .singleElement().satisfies(n -> {
                        assertThat(n.index()).isEqualTo(ALIAS + "-v1");
                        assertThat(n.version()).isEqualTo(BulkIndexer.externalVersion(b.article().revision(), 0));
                    });
        }
        assertThat(source(es.client(), ALIAS, a.id())).containsEntry(ArticleFields.HEADLINE, "Alpha");
        assertThat(source(es.client(), ALIAS, b.id())).containsEntry(ArticleFields.HEADLINE, "Bravo");
        assertThat(source(es.client(), ALIAS, rejected.id())).isNull();

        assertThat(counted(PipelineMeters.DEAD_LETTERS, "reason_code", "es-document-parsing-exception")).isEqualTo(1);
        assertThat(counted(PipelineMeters.DEAD_LETTERS, "reason_code", "malformed-event")).isEqualTo(1);
        assertThat(counted(BulkIndexer.ITEM_FAILURES, "error_type", "document_parsing_exception")).isEqualTo(1);
        assertThat(meters.get(BulkIndexer.BULK_LATENCY).timer().count()).isPositive();
        assertThat(meters.get(PipelineMeters.RECORDS_IN).counter().count()).isGreaterThanOrEqualTo(5);
        assertThat(meters.get(PipelineMeters.RECORDS_OUT).counter().count()).isGreaterThanOrEqualTo(3);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(meters.get(ConsumerLag.LAG)
                .tag("topic", INPUT).tag("partition", "0").gauge().value()).isZero());
    }

    /** The counter {@code name} of the indexer with {@code label} = {@code value}, 0 if never incremented. */
    private double counted(String name, String label, String value) {
        var counter = meters.find(name).tag(label, value).counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void pausesWhileElasticsearchIsDownAndCatchesUpWithNothingLostOrDuplicated() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<EnrichedArticle> articles = IntStream.range(0, 40)
                .mapToObj(i -> Articles.enriched("https://example.com/" + run + "/" + i, "Story " + i,
                        Instant.parse("2024-03-02T10:00:00Z").plusSeconds(i)))
                .toList();
        // A correction of article 0 that must win over its original even though both wait out the outage.
        EnrichedArticle correction = Articles.enriched("https://example.com/" + run + "/0", "Story 0, corrected",
                Instant.parse("2024-03-03T10:00:00Z"));
        Set<String> ids = articles.stream().map(EnrichedArticle::id).collect(Collectors.toSet());

        try (TopicReader notices = new TopicReader(TestStack.kafkaBootstrapServers(), Topics.ARTICLES_INDEXED)) {
            for (EnrichedArticle article : articles.subList(0, 10)) {
                send(article);
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> noticesFor(notices.poll(), ids).size() == 10);

            TestStack.stopElasticsearch();
            try {
                for (EnrichedArticle article : articles.subList(10, 40)) {
                    send(article);
                }
                send(correction);
                send(articles.get(0)); // the stale original again, after its correction
                // While the node is down nothing is acknowledged as indexed.
                await().during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(10))
                        .until(() -> noticesFor(notices.poll(), ids).size() == 10);
            } finally {
                TestStack.startElasticsearch();
            }

            await().atMost(Duration.ofSeconds(120)).until(() -> noticesFor(notices.poll(), ids).size() >= 42);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> count(es.client(), ALIAS + "-v1") >= 40);
        long docsOfThisRun = es.client().count(c -> c.index(ALIAS)
                .query(q -> q.prefix(p -> p.field("url").value("https://example.com/" + run + "/")))).count();
        assertThat(docsOfThisRun).isEqualTo(40);
        assertThat(source(es.client(), ALIAS, correction.id())).containsEntry(ArticleFields.HEADLINE, "Story 0, corrected");
        assertThat(version(es.client(), ALIAS, correction.id())).isEqualTo(BulkIndexer.externalVersion(correction.article().revision(), 0));
        for (EnrichedArticle article : articles.subList(1, 40)) {
            assertThat(version(es.client(), ALIAS, article.id())).isEqualTo(BulkIndexer.externalVersion(article.article().revision(), 0));
        }
    }

    private static void send(EnrichedArticle article) throws Exception {
        producer.send(new ProducerRecord<>(INPUT, article.id().getBytes(StandardCharsets.UTF_8), Events.toJson(article))).get();
    }

    private static final String ENRICHED_TRACE_ID = "0af7651916cd43dd8448eb211c80319c";
    private static final String ENRICHED_SPAN_ID = "b7ad6b7169203331";
    private static final String ENRICHED_TRACEPARENT = "00-" + ENRICHED_TRACE_ID + "-" + ENRICHED_SPAN_ID + "-01";

    private static void send(EnrichedArticle article, String traceparent) throws Exception {
        producer.send(new ProducerRecord<>(INPUT, null, article.id().getBytes(StandardCharsets.UTF_8),
                Events.toJson(article), List.of(new RecordHeader(Headers.TRACEPARENT,
                traceparent.getBytes(StandardCharsets.UTF_8))))).get();
    }

    private static List<ConsumerRecord<byte[], byte[]>> ofThisRun(List<ConsumerRecord<byte[], byte[]>> records,
                                                                  String run, String rejectedId) {
        return records.stream().filter(r -> r.key() != null).filter(r -> {
            String key = new String(r.key(), StandardCharsets.UTF_8);
            return key.equals(rejectedId) || key.equals("garbage-" + run);
        }).toList();
    }

    private static ConsumerRecord<byte[], byte[]> byKey(List<ConsumerRecord<byte[], byte[]>> records, String key) {
        return records.stream().filter(r -> new String(r.key(), StandardCharsets.UTF_8).equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no dead letter keyed " + key));
    }

    private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static List<IndexedNotice> noticesFor(List<ConsumerRecord<byte[], byte[]>> records, Set<String> ids) {
        return records.stream().map(r -> Events.fromJson(r.value(), IndexedNotice.class))
                .filter(n -> ids.contains(n.id())).toList();
    }
}
