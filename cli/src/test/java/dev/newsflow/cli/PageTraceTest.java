package dev.newsflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.messaging.TraceContext;
import dev.newsflow.model.ArticleId;
import dev.newsflow.model.Headers;
import dev.newsflow.model.Topics;
import dev.newsflow.stack.LocalKafka;
import dev.newsflow.stack.junit.TestStack;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@link PageTrace} on a real broker holding one page's records as the stages write them (each with the page's trace
 * continued): found by URL with each step's trace id, and found by the trace id alone.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class PageTraceTest {

    private static final String URL = "https://trace-test.example/world/" + UUID.randomUUID();
    private static final TraceContext DROPPED = TraceContext.start();
    private static final String ID = ArticleId.of(URL);

    @BeforeAll
    static void writeOnePagesRecords() throws Exception {
        String bootstrap = TestStack.kafkaBootstrapServers();
        LocalKafka.createTopics(bootstrap, List.of(Topics.PAGES_RAW, Topics.ARTICLES_PARSED, Topics.ARTICLES_ENRICHED,
                Topics.ARTICLES_INDEXED, Topics.PARSER_DLQ, Topics.ENRICHER_DLQ, Topics.INDEXER_DLQ), Topics.partitions());
        TraceContext parsed = DROPPED.child();
        TraceContext enriched = parsed.child();
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap), new ByteArraySerializer(), new ByteArraySerializer())) {
            send(producer, Topics.PAGES_RAW, "<p>page</p>", DROPPED, Map.of(Headers.URL, URL));
            send(producer, Topics.ARTICLES_PARSED, "{\"url\":\"" + URL + "\"}", parsed, Map.of());
            send(producer, Topics.ARTICLES_ENRICHED, "{}", enriched, Map.of());
            send(producer, Topics.ARTICLES_INDEXED,
                    "{\"index\":\"articles-v1\",\"version\":\"1\",\"result\":\"created\"}", enriched.child(), Map.of());
        }
    }

    @Test
    void aPageFoundByUrlShowsTheOneTraceIdOfEveryStep() throws Exception {
        List<PageTrace.Step> steps = new PageTrace(TestStack.kafkaBootstrapServers()).trace(URL, null, null);

        assertThat(steps).extracting(PageTrace.Step::what)
                .containsExactly("published", "parsed", "enriched", "indexed");
        assertThat(steps).extracting(PageTrace.Step::traceId).containsOnly(DROPPED.traceId());
    }

    @Test
    void aTraceIdFindsItsPage() throws Exception {
        List<PageTrace.Step> steps = new PageTrace(TestStack.kafkaBootstrapServers())
                .trace(DROPPED.traceId(), null, null);

        assertThat(steps).extracting(PageTrace.Step::what)
                .containsExactly("published", "parsed", "enriched", "indexed");
        assertThat(steps.get(1).detail()).contains("article id " + ID);
    }

    @Test
    void anUnknownTraceIdFindsNothing() throws Exception {
        assertThat(new PageTrace(TestStack.kafkaBootstrapServers()).trace(TraceContext.start().traceId(), null, null))
                .isEmpty();
    }

    private static void send(KafkaProducer<byte[], byte[]> producer, String topic, String value, TraceContext trace,
                             Map<String, String> headers) throws Exception {
        ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(topic, ID.getBytes(StandardCharsets.UTF_8),
                value.getBytes(StandardCharsets.UTF_8));
        headers.forEach((name, v) -> record.headers().add(name, v.getBytes(StandardCharsets.UTF_8)));
        trace.writeTo(record.headers());
        // one after the other, as the stages write them (the trace sorts by timestamp, a stable sort keeping ties)
        producer.send(record).get();
    }
}
