package dev.newsflow.stream;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Reads a topic from its beginning with a plain KafkaConsumer and remembers every record seen (test thread only):
 * how the stage binding tests look at what a stage wrote.
 */
public final class TopicReader implements AutoCloseable {

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final List<ConsumerRecord<byte[], byte[]>> seen = new CopyOnWriteArrayList<>();

    public TopicReader(String bootstrapServers, String topic) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
                ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false));
        List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                .map(p -> new TopicPartition(topic, p.partition())).toList();
        if (partitions.isEmpty()) {
            // a topic nobody has written to yet (a dead-letter topic): join a group and get it when it appears
            consumer.subscribe(List.of(topic));
        } else {
            // assign, not subscribe: no group rebalance to wait for
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
        }
    }

    /** The first record so far matching {@code filter}, after polling briefly for new ones. */
    public Optional<ConsumerRecord<byte[], byte[]>> find(Predicate<ConsumerRecord<byte[], byte[]>> filter) {
        consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
        return seen.stream().filter(filter).findFirst();
    }

    /** Every record so far, after polling briefly for new ones. */
    public List<ConsumerRecord<byte[], byte[]>> poll() {
        return all(record -> true);
    }

    /** Every record so far matching {@code filter}. */
    public List<ConsumerRecord<byte[], byte[]>> all(Predicate<ConsumerRecord<byte[], byte[]>> filter) {
        consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
        return new ArrayList<>(seen.stream().filter(filter).toList());
    }

    public static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    public static String key(ConsumerRecord<byte[], byte[]> record) {
        return record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        consumer.close();
    }
}
