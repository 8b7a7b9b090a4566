package dev.newsflow.cli;

import dev.newsflow.model.Headers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Counts what arrives on some topics from now on (no consumer group): how far dropped pages got through the
 * pipeline, and why the ones that failed were dead-lettered.
 */
final class TopicWatch implements AutoCloseable {

    /** A record that reached a dead-letter topic, with its headers. */
    record DeadLetter(String topic, String key, String stage, String reason, String url) {
    }

    private final KafkaConsumer<String, byte[]> consumer;
    private final Map<String, Integer> counts = new LinkedHashMap<>();
    private final Map<String, Set<String>> keys = new LinkedHashMap<>();
    private final List<DeadLetter> deadLetters = new ArrayList<>();

    /** Starts watching {@code topics} at their current end: only records written after this call are counted. */
    TopicWatch(String bootstrapServers, List<String> topics) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "newsflow-cli-watch");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : topics) {
            counts.put(topic, 0);
            keys.put(topic, new LinkedHashSet<>());
            consumer.partitionsFor(topic, Duration.ofSeconds(15))
                    .forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
        }
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        // resolve the positions now, so records written before the caller drops anything are not counted
        partitions.forEach(consumer::position);
    }

    /** Reads what arrived, for up to {@code wait}, and returns it (the counts include it). */
    List<ConsumerRecord<String, byte[]>> poll(Duration wait) {
        List<ConsumerRecord<String, byte[]>> read = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : consumer.poll(wait)) {
            read.add(record);
            counts.merge(record.topic(), 1, Integer::sum);
            if (record.key() != null) {
                keys.get(record.topic()).add(record.key());
            }
            if (record.topic().startsWith("news.dlq.")) {
                deadLetters.add(new DeadLetter(record.topic(), record.key(), header(record, Headers.DLQ_STAGE),
                        header(record, Headers.DLQ_REASON), header(record, Headers.URL)));
            }
        }
        return read;
    }

    /** Records seen on {@code topic} since the watch started. */
    int count(String topic) {
        return counts.getOrDefault(topic, 0);
    }

    /** Distinct keys seen on {@code topic}. */
    int distinctKeys(String topic) {
        return keys.getOrDefault(topic, Set.of()).size();
    }

    /** Dead letters seen on any watched dead-letter topic. */
    List<DeadLetter> deadLetters() {
        return deadLetters;
    }

    /** "news.articles.parsed 7, news.articles.enriched 3, ..." for progress and error messages. */
    String summary() {
        StringBuilder s = new StringBuilder();
        counts.forEach((topic, n) -> s.append(s.isEmpty() ? "" : ", ").append(topic).append(' ').append(n));
        return s.toString();
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header h = record.headers().lastHeader(name);
        return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        consumer.close(CloseOptions.timeout(Duration.ofSeconds(2)));
    }
}
