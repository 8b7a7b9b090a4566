package dev.newsflow.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.newsflow.model.Headers;
import dev.newsflow.stack.LocalKafka;
import dev.newsflow.stack.junit.TestStack;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@code newsflow replay} against a real broker. */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class ReplayCommandTest {

    private final String bootstrap = TestStack.kafkaBootstrapServers();

    @Test
    void sendsEveryRecordAgainWithItsKeyValueAndHeadersOnceAndStopsAtTheStartingEnd() {
        String topic = "replay-raw-" + UUID.randomUUID();
        LocalKafka.createTopics(bootstrap, List.of(topic), 2);
        send(new ProducerRecord<>(topic, "k1", "<p>one</p>"), Map.of(Headers.URL, "https://example.com/1"));
        send(new ProducerRecord<>(topic, "k2", "<p>two</p>"), Map.of(Headers.URL, "https://example.com/2"));

        NewsflowCommandTest.Run run = NewsflowCommandTest.run("replay", topic, "--bootstrap", bootstrap);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("replayed 2 records of " + topic + " -> " + topic);
        List<ConsumerRecord<String, String>> all = readAll(topic, 4);
        assertThat(all).hasSize(4); // the originals and one copy each: the replay did not read its own output
        assertThat(all).filteredOn(r -> r.key().equals("k2")).hasSize(2)
                .allSatisfy(r -> {
                    assertThat(r.value()).isEqualTo("<p>two</p>");
                    assertThat(headers(r)).containsEntry(Headers.URL, "https://example.com/2");
                });
    }

    @Test
    void sendsDeadLettersBackToTheirOriginalTopicWithoutTheDeadLetterHeaders() {
        String original = "replay-orig-" + UUID.randomUUID();
        String dlq = "replay-dlq-" + UUID.randomUUID();
        LocalKafka.createTopics(bootstrap, List.of(original, dlq), 1);
        send(new ProducerRecord<>(dlq, "k", "<p>was rejected</p>"), Map.of(Headers.URL, "https://example.com/x",
                Headers.DLQ_STAGE, "parser", Headers.DLQ_REASON, "no article text", Headers.DLQ_ORIGINAL_TOPIC, original));

        NewsflowCommandTest.Run run = NewsflowCommandTest.run("replay", dlq, "--bootstrap", bootstrap);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("replayed 1 record of " + dlq + " -> " + original);
        ConsumerRecord<String, String> back = readAll(original, 1).getFirst();
        assertThat(back.key()).isEqualTo("k");
        assertThat(back.value()).isEqualTo("<p>was rejected</p>");
        assertThat(headers(back)).containsOnlyKeys(Headers.URL);
    }

    @Test
    void sinceSkipsOlderRecords() throws InterruptedException {
        String topic = "replay-since-" + UUID.randomUUID();
        LocalKafka.createTopics(bootstrap, List.of(topic), 1);
        send(new ProducerRecord<>(topic, "old", "old"), Map.of());
        Thread.sleep(50); // record timestamps are milliseconds: keep the two apart
        Instant between = Instant.now();
        Thread.sleep(50);
        send(new ProducerRecord<>(topic, "new", "new"), Map.of());

        try (TopicReplayer replayer = new TopicReplayer(bootstrap)) {
            assertThat(replayer.replay(topic, between).sentTo()).containsExactly(Map.entry(topic, 1));
        }
        assertThat(readAll(topic, 3)).extracting(ConsumerRecord::key).containsExactly("old", "new", "new");
    }

    @Test
    void saysWhatIsWrongWithBadInput() {
        NewsflowCommandTest.Run missing = NewsflowCommandTest.run("replay", "no-such-topic-" + UUID.randomUUID(),
                "--bootstrap", bootstrap);
        assertThat(missing.exitCode()).isNotZero();
        assertThat(missing.err()).contains("does not exist");

        assertThatThrownBy(() -> ReplayCommand.parseSince("yesterday", Instant.now()))
                .hasMessageContaining("expected a date (2026-11-01)");
        Instant now = Instant.parse("2026-11-29T12:00:00Z");
        assertThat(ReplayCommand.parseSince("24h", now)).isEqualTo(Instant.parse("2026-11-28T12:00:00Z"));
        assertThat(ReplayCommand.parseSince("2026-11-01", now)).isEqualTo(Instant.parse("2026-11-01T00:00:00Z"));
        assertThat(ReplayCommand.parseSince("2026-11-01T08:00:00+01:00", now)).isEqualTo(Instant.parse("2026-11-01T07:00:00Z"));
    }

    private void send(ProducerRecord<String, String> record, Map<String, String> headers) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        headers.forEach((k, v) -> record.headers().add(k, v.getBytes(StandardCharsets.UTF_8)));
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer())) {
            producer.send(record).get(20, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private List<ConsumerRecord<String, String>> readAll(String topic, int expected) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
                return records.size() >= expected;
            });
            // and nothing more arrives
            consumer.poll(Duration.ofMillis(500)).forEach(records::add);
        }
        return records;
    }

    private static Map<String, String> headers(ConsumerRecord<String, String> record) {
        Map<String, String> headers = new HashMap<>();
        for (Header h : record.headers()) {
            headers.put(h.key(), new String(h.value(), StandardCharsets.UTF_8));
        }
        return headers;
    }
}
