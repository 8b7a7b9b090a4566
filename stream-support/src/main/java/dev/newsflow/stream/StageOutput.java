package dev.newsflow.stream;

import static java.util.Objects.requireNonNull;

import dev.newsflow.messaging.ProducerSettings;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;

/**
 * The Kafka writer of a {@link BatchedStage}: sends a poll's outputs to the stage's output topic in order, flushes,
 * and waits for every acknowledgement. One producer per service, shared by its consumer threads (a Kafka producer is
 * thread-safe and batches their records together).
 */
public final class StageOutput implements AutoCloseable {

    private final Producer<byte[], byte[]> producer;
    private final String topic;

    /**
     * @param topic              the output topic
     * @param producerProperties the service's Kafka producer settings (bootstrap servers, security, and any
     *                           {@code spring.kafka.producer.*} override), under {@link ProducerSettings#reliable()}
     *                           and {@link ProducerSettings#batched()}
     * @param clientId           the producer's client id, e.g. {@code parser-out}
     */
    public static StageOutput to(String topic, Map<String, Object> producerProperties, String clientId) {
        return new StageOutput(new KafkaProducer<>(ProducerSettings.reliable().batched().clientId(clientId)
                .over(producerProperties), new ByteArraySerializer(), new ByteArraySerializer()), topic);
    }

    StageOutput(Producer<byte[], byte[]> producer, String topic) {
        this.producer = requireNonNull(producer, "producer");
        this.topic = requireNonNull(topic, "topic");
    }

    /** The first output the broker did not acknowledge: its index in the poll, and why. */
    public record Unacknowledged(int index, Throwable cause) {
    }

    /**
     * Sends every output in order and waits until the broker acknowledged or refused each one (the producer's
     * {@code delivery.timeout.ms} bounds the wait).
     *
     * @return {@code null} when all were acknowledged, else the first one (in poll order) that was not: every output
     *         before it is acknowledged
     */
    public Unacknowledged sendAll(List<BatchedStage.Processed> processed) {
        List<CompletableFuture<RecordMetadata>> acks = new ArrayList<>(processed.size());
        for (BatchedStage.Processed p : processed) {
            acks.add(send(record(p)));
        }
        if (!processed.isEmpty()) {
            producer.flush();
        }
        for (int i = 0; i < acks.size(); i++) {
            try {
                acks.get(i).join();
            } catch (CompletionException e) {
                return new Unacknowledged(i, e.getCause() == null ? e : e.getCause());
            }
        }
        return null;
    }

    private CompletableFuture<RecordMetadata> send(ProducerRecord<byte[], byte[]> record) {
        CompletableFuture<RecordMetadata> ack = new CompletableFuture<>();
        try {
            producer.send(record, (metadata, e) -> {
                if (e == null) {
                    ack.complete(metadata);
                } else {
                    ack.completeExceptionally(e);
                }
            });
        } catch (RuntimeException e) {
            // send() itself throws when it cannot even queue the record (no metadata within max.block.ms...).
            ack.completeExceptionally(e);
        }
        return ack;
    }

    /**
     * The Kafka record of one output: its key ({@link KafkaHeaders#KEY}), its payload, and its message headers
     * except the framework's bookkeeping ({@code id}, {@code timestamp}, {@code kafka_*}), as UTF-8 text. It gets the
     * input beside the output: the place for a header carried from one to the other (a trace context), if the
     * per-record function has not set it on the output already.
     */
    ProducerRecord<byte[], byte[]> record(BatchedStage.Processed processed) {
        Message<byte[]> out = processed.output();
        RecordHeaders headers = new RecordHeaders();
        out.getHeaders().forEach((name, value) -> {
            if (name.equals(MessageHeaders.ID) || name.equals(MessageHeaders.TIMESTAMP) || name.startsWith("kafka_")) {
                return;
            }
            byte[] bytes = bytes(value);
            if (bytes != null) {
                headers.add(name, bytes);
            }
        });
        return new ProducerRecord<>(topic, null, bytes(out.getHeaders().get(KafkaHeaders.KEY)), out.getPayload(),
                headers);
    }

    private static byte[] bytes(Object value) {
        if (value instanceof byte[] b) {
            return b;
        }
        if (value instanceof CharSequence || value instanceof org.springframework.util.MimeType) {
            return value.toString().getBytes(StandardCharsets.UTF_8);
        }
        return null;
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(10));
    }
}
