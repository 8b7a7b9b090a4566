package dev.newsflow.parser.stream;

import static dev.newsflow.stream.TopicReader.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.newsflow.model.Article;
import dev.newsflow.model.Events;
import dev.newsflow.model.Headers;
import dev.newsflow.model.Topics;
import dev.newsflow.parser.ParserApplication;
import dev.newsflow.stack.PrometheusScrape;
import dev.newsflow.stream.StageUnderTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.ActiveProfiles;

/**
 * The parser's batch path when the broker refuses its outputs: news.articles.parsed's {@code max.message.bytes} is
 * lowered under the size of an article, so the broker answers every write of them with an error, as it would in an
 * outage (a single embedded broker cannot lose a replica: KRaft caps min.insync.replicas at the replication factor, so
 * raising it refuses nothing). The poll must not be acknowledged meanwhile, nor dead-lettered, and must go through once
 * the topic takes the writes again. Its own context: retries here must outlast the refusal (the binding test's three
 * attempts would dead-letter it).
 */
@SpringBootTest(classes = ParserApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "spring.cloud.stream.bindings.parse-in-0.consumer.max-attempts=30",
                "spring.cloud.stream.bindings.parse-in-0.consumer.back-off-initial-interval=200",
                "spring.cloud.stream.bindings.parse-in-0.consumer.back-off-max-interval=500",
                // Give up on a write within 2 s instead of Kafka's two minutes.
                "spring.kafka.producer.properties.delivery.timeout.ms=2000",
                "spring.kafka.producer.properties.request.timeout.ms=1000"})
@EmbeddedKafka(partitions = 1, topics = {Topics.PAGES_RAW, Topics.ARTICLES_PARSED, Topics.PARSER_DLQ})
@ActiveProfiles("test")
class ParserBrokerFailureTest {

    @RegisterExtension
    static final StageUnderTest parser = new StageUnderTest(Topics.PAGES_RAW, Topics.ARTICLES_PARSED,
            Topics.PARSER_DLQ);

    @Test
    @Timeout(120)
    void doesNotAcknowledgeAPollWhoseOutputsTheBrokerRefusedAndPassesItOnOnceTheBrokerTakesThem() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, parser.brokers()))) {
            TopicPartition input = new TopicPartition(Topics.PAGES_RAW, 0);
            long committedBefore = committed(admin, input);
            maxMessageBytes(admin, "100");
            PrometheusScrape before = parser.metrics();

            List<String> urls = IntStream.range(0, 3)
                    .mapToObj(i -> "https://news.example.com/world/outage-" + i + "-" + UUID.randomUUID()).toList();
            parser.dropTogether(urls.stream().map(url -> new ProducerRecord<byte[], byte[]>(Topics.PAGES_RAW, null,
                    (byte[]) null, ParserBindingTest.articleHtml("Through the outage").getBytes(StandardCharsets.UTF_8),
                    new RecordHeaders().add(Headers.URL, url.getBytes(StandardCharsets.UTF_8)))).toList());

            // At least two attempts at the poll (each parses its three pages again), each refused by the broker.
            await().atMost(Duration.ofSeconds(40)).until(() -> parser.metrics().sum("newsflow_records_in_total",
                    Map.of("stage", "parser")) - before.sum("newsflow_records_in_total", Map.of("stage", "parser")) >= 6);
            assertThat(committed(admin, input)).as("no offset committed while the outputs are refused")
                    .isEqualTo(committedBefore);
            assertThat(articles(urls)).isEmpty();
            assertThat(parser.deadLetters(r -> urls.contains(header(r, Headers.URL)))).as("an outage is no content error")
                    .isEmpty();

            maxMessageBytes(admin, String.valueOf(4 * 1024 * 1024));

            await().atMost(Duration.ofSeconds(60)).until(() -> articles(urls).containsAll(urls));
            await().atMost(Duration.ofSeconds(30)).until(() -> committed(admin, input) >= committedBefore + 3);
            assertThat(parser.deadLetters(r -> urls.contains(header(r, Headers.URL)))).isEmpty();
        }
    }

    private static List<String> articles(Collection<String> urls) {
        return parser.outputs(r -> urls.contains(Events.fromJson(r.value(), Article.class).url())).stream()
                .map(r -> Events.fromJson(r.value(), Article.class).url()).toList();
    }

    private static long committed(Admin admin, TopicPartition partition) throws Exception {
        OffsetAndMetadata offset = admin.listConsumerGroupOffsets("parser").partitionsToOffsetAndMetadata().get()
                .get(partition);
        return offset == null ? 0 : offset.offset();
    }

    private static void maxMessageBytes(Admin admin, String value) throws Exception {
        admin.incrementalAlterConfigs(Map.of(new ConfigResource(ConfigResource.Type.TOPIC, Topics.ARTICLES_PARSED),
                List.of(new AlterConfigOp(new ConfigEntry(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, value),
                        AlterConfigOp.OpType.SET)))).all().get();
    }
}
