package dev.newsflow.cli;

import dev.newsflow.messaging.ProducerSettings;
import dev.newsflow.model.Headers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Sends again what a topic still holds, so the pipeline processes it once more: the raw pages after a parser or
 * enricher upgrade, or the dead letters of a stage after its fix. Each record keeps its key, value and headers; a
 * dead letter goes back to the topic it was read from ({@link Headers#DLQ_ORIGINAL_TOPIC}) without its dead-letter
 * headers, any other record to its own topic.
 *
 * <p>It reads without a consumer group (nobody's offsets move) and stops at the end offsets seen when it starts, so
 * records it writes back to the topic it reads are not read again. Downstream, a replayed page is the same
 * article: the same document in Elasticsearch, replaced only when its revision or the pipeline generation is
 * higher (see the indexer's {@code PIPELINE_GENERATION}).
 */
public final class TopicReplayer implements AutoCloseable {

    /** What was sent again: records per target topic. */
    public record Result(Map<String, Integer> sentTo) {
        public int records() {
            return sentTo.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private final String bootstrapServers;
    private final KafkaConsumer<byte[], byte[]> consumer;
    private final KafkaProducer<byte[], byte[]> producer;

    public TopicReplayer(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
        this.consumer = groupless(bootstrapServers, "newsflow-cli-replay");
        // A person waits on the replay: it fails within 30 s, as long as await gives each record. It sends many
        // records at once, and idempotence keeps retries from writing any of them twice.
        this.producer = new KafkaProducer<>(ProducerSettings.reliable().clientId("newsflow-cli-replay")
                .failingWithin(Duration.ofSeconds(30)).connectingTo(bootstrapServers),
                new ByteArraySerializer(), new ByteArraySerializer());
    }

    /**
     * A consumer that reads whole topics without a consumer group (it commits nothing, nobody's offsets move), for
     * the commands that look back at what a topic holds (replay, trace).
     */
    static KafkaConsumer<byte[], byte[]> groupless(String bootstrapServers, String clientId) {
        Properties c = new Properties();
        c.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        c.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId);
        c.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        // asking for a topic that does not exist must not create it
        c.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        c.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 8 * 1024 * 1024);
        c.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 15_000);
        c.put(ConsumerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        return new KafkaConsumer<>(c, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    /**
     * Sends again every record of {@code topic} written at or after {@code since} (all it holds when null), up to
     * its end when this call starts, and waits until the broker has acknowledged each one.
     *
     * @throws IllegalArgumentException when the topic does not exist
     * @throws IllegalStateException    when the broker cannot be reached or refuses a record
     */
    public Result replay(String topic, Instant since) {
        List<TopicPartition> partitions = partitions(topic);
        consumer.assign(partitions);
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
        Map<TopicPartition, Long> start = startOffsets(partitions, since, end);
        start.forEach(consumer::seek);

        Map<String, Integer> sentTo = new TreeMap<>();
        List<Future<RecordMetadata>> inFlight = new ArrayList<>();
        Map<TopicPartition, Long> remaining = new HashMap<>();
        partitions.forEach(tp -> {
            if (start.get(tp) < end.get(tp)) {
                remaining.put(tp, end.get(tp));
            }
        });
        long idleSince = System.nanoTime();
        while (!remaining.isEmpty()) {
            var records = consumer.poll(Duration.ofMillis(500));
            if (records.isEmpty() && System.nanoTime() - idleSince > TimeUnit.SECONDS.toNanos(30)) {
                throw new IllegalStateException("no records arrived from " + topic + " for 30 s although " + remaining
                        + " were expected (end offsets when the replay started); is the broker at " + bootstrapServers + " healthy?");
            }
            for (ConsumerRecord<byte[], byte[]> r : records) {
                idleSince = System.nanoTime();
                TopicPartition tp = new TopicPartition(r.topic(), r.partition());
                Long stop = remaining.get(tp);
                if (stop == null || r.offset() >= stop) {
                    continue; // written after the replay started (maybe by this replay): not ours to send
                }
                ProducerRecord<byte[], byte[]> again = resend(r);
                inFlight.add(producer.send(again));
                sentTo.merge(again.topic(), 1, Integer::sum);
                if (r.offset() + 1 >= stop) {
                    remaining.remove(tp);
                }
            }
            // acknowledged poll by poll, so a topic of millions of pages does not pile up millions of futures
            awaitAll(inFlight);
            for (TopicPartition tp : List.copyOf(remaining.keySet())) {
                if (consumer.position(tp) >= remaining.get(tp)) {
                    remaining.remove(tp); // the tail was compacted or deleted away
                }
            }
        }
        return new Result(sentTo);
    }

    /** The record to send for {@code r}: a dead letter back to its original topic, anything else to its own. */
    static ProducerRecord<byte[], byte[]> resend(ConsumerRecord<byte[], byte[]> r) {
        String target = r.topic();
        Header original = r.headers().lastHeader(Headers.DLQ_ORIGINAL_TOPIC);
        if (original != null) {
            target = new String(original.value(), StandardCharsets.UTF_8);
        }
        ProducerRecord<byte[], byte[]> again = new ProducerRecord<>(target, r.key(), r.value());
        for (Header h : r.headers()) {
            if (!h.key().startsWith("newsflow-dlq-")) {
                again.headers().add(h);
            }
        }
        return again;
    }

    private List<TopicPartition> partitions(String topic) {
        List<PartitionInfo> infos;
        try {
            infos = consumer.partitionsFor(topic);
        } catch (org.apache.kafka.common.errors.TimeoutException e) {
            throw new IllegalStateException("Kafka at " + bootstrapServers + " did not answer within 15 s. "
                    + "Is the stack running (./newsflow up)?", e);
        }
        if (infos == null || infos.isEmpty()) {
            throw new IllegalArgumentException("topic " + topic + " does not exist at " + bootstrapServers);
        }
        return infos.stream().map(i -> new TopicPartition(topic, i.partition())).toList();
    }

    private Map<TopicPartition, Long> startOffsets(List<TopicPartition> partitions, Instant since,
                                                   Map<TopicPartition, Long> end) {
        if (since == null) {
            return consumer.beginningOffsets(partitions);
        }
        Map<TopicPartition, Long> query = new HashMap<>();
        partitions.forEach(tp -> query.put(tp, since.toEpochMilli()));
        Map<TopicPartition, OffsetAndTimestamp> found = consumer.offsetsForTimes(query);
        Map<TopicPartition, Long> start = new HashMap<>();
        for (TopicPartition tp : partitions) {
            OffsetAndTimestamp at = found.get(tp);
            start.put(tp, at == null ? end.get(tp) : at.offset()); // null: nothing that recent in this partition
        }
        return start;
    }

    private void awaitAll(List<Future<RecordMetadata>> inFlight) {
        if (inFlight.isEmpty()) {
            return;
        }
        producer.flush();
        for (Future<RecordMetadata> ack : inFlight) {
            await(ack);
        }
        inFlight.clear();
    }

    private void await(Future<RecordMetadata> ack) {
        try {
            ack.get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Kafka at " + bootstrapServers + " refused a replayed record: "
                    + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("Kafka at " + bootstrapServers + " did not acknowledge a replayed record within 30 s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while replaying", e);
        }
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(10));
        consumer.close(Duration.ofSeconds(5));
    }
}
