package dev.newsflow.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsflow.model.MalformedEventException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.NotEnoughReplicasException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

/**
 * {@link BatchedStage} without a broker (MockProducer): which outputs are sent before which index is named to the
 * container. The binding tests of the parser and the enricher show the same against a real broker and container.
 */
class BatchedStageTest {

    /** A producer whose flush acknowledges every pending record but the {@code failing}-th (0-based), if any. */
    static final class Broker extends MockProducer<byte[], byte[]> {
        private final int failing;

        Broker(int failing) {
            super(false, null, new ByteArraySerializer(), new ByteArraySerializer());
            this.failing = failing;
        }

        @Override
        public synchronized void flush() {
            int i = 0;
            while (true) {
                boolean more = i == failing ? errorNext(new NotEnoughReplicasException("only 1 in-sync replica"))
                        : completeNext();
                if (!more) {
                    return;
                }
                i++;
            }
        }

        List<String> sentValues() {
            return history().stream().map(r -> new String(r.value(), StandardCharsets.UTF_8)).toList();
        }
    }

    /** The stage under test: upper-cases the payload, keyed by it; rejects "poison", fails like an outage on "down". */
    private final List<String> seen = new ArrayList<>();
    private final Function<Message<byte[]>, Message<byte[]>> stage = in -> {
        String text = new String(in.getPayload(), StandardCharsets.UTF_8);
        seen.add(text);
        if (text.equals("poison")) {
            throw new MalformedEventException("not an event");
        }
        if (text.equals("down")) {
            throw new IllegalStateException("database down");
        }
        return MessageBuilder.withPayload(text.toUpperCase().getBytes(StandardCharsets.UTF_8))
                .setHeader(KafkaHeaders.KEY, text.getBytes(StandardCharsets.UTF_8))
                .setHeader("traceparent", "00-" + in.getHeaders().get("source") + "-01")
                .build();
    };

    @Test
    void sendsEveryOutputInPollOrderWithItsKeyAndHeaders() {
        Broker broker = new Broker(-1);
        new BatchedStage(stage, new StageOutput(broker, "out")).accept(poll("a", "b", "c"));

        assertThat(broker.sentValues()).containsExactly("A", "B", "C");
        ProducerRecord<byte[], byte[]> first = broker.history().getFirst();
        assertThat(first.topic()).isEqualTo("out");
        assertThat(new String(first.key(), StandardCharsets.UTF_8)).isEqualTo("a");
        assertThat(new String(first.headers().lastHeader("traceparent").value(), StandardCharsets.UTF_8))
                .as("each output stays paired with its own input's headers").isEqualTo("00-src-a-01");
        assertThat(first.headers().toArray()).noneMatch(h -> h.key().startsWith("kafka_") || h.key().equals("id"));
        assertThat(broker.flushed()).isTrue();
    }

    @Test
    void namesTheRecordTheStageRejectedAfterTheOnesBeforeItWereAcknowledged() {
        Broker broker = new Broker(-1);
        BatchedStage batched = new BatchedStage(stage, new StageOutput(broker, "out"));

        assertThatThrownBy(() -> batched.accept(poll("a", "b", "poison", "c")))
                .isInstanceOfSatisfying(BatchListenerFailedException.class, e -> {
                    assertThat(e.getIndex()).isEqualTo(2);
                    assertThat(e.getCause()).isInstanceOf(MalformedEventException.class);
                });
        assertThat(broker.sentValues()).as("acknowledged, so their offsets may be committed").containsExactly("A", "B");
        assertThat(seen).as("the records after it are left for the redelivery").containsExactly("a", "b", "poison");
    }

    @Test
    void namesTheFirstRecordWhoseOutputTheBrokerDidNotAcknowledge() {
        Broker broker = new Broker(1);
        BatchedStage batched = new BatchedStage(stage, new StageOutput(broker, "out"));

        assertThatThrownBy(() -> batched.accept(poll("a", "b", "c")))
                .isInstanceOfSatisfying(BatchListenerFailedException.class, e -> {
                    assertThat(e.getIndex()).as("a and only a is acknowledged").isEqualTo(1);
                    assertThat(e.getCause()).isInstanceOf(NotEnoughReplicasException.class);
                });
    }

    @Test
    void anOutputNotAcknowledgedBeforeAFailedRecordIsNamedInstead() {
        Broker broker = new Broker(0);
        BatchedStage batched = new BatchedStage(stage, new StageOutput(broker, "out"));

        assertThatThrownBy(() -> batched.accept(poll("a", "down", "c")))
                .isInstanceOfSatisfying(BatchListenerFailedException.class, e -> {
                    assertThat(e.getIndex()).isZero();
                    assertThat(e.getCause()).isInstanceOf(NotEnoughReplicasException.class);
                    assertThat(e.getSuppressed()).singleElement().isInstanceOf(IllegalStateException.class);
                });
    }

    @Test
    void givesEachRecordItsOwnKafkaHeadersAndAnEmptyRecordNoBytes() {
        Message<List<byte[]>> poll = poll("a", null);
        List<Message<byte[]>> records = BatchedStage.records(poll);

        assertThat(records).hasSize(2);
        assertThat(records.get(0).getHeaders()).containsEntry("source", "src-a")
                .containsEntry(KafkaHeaders.OFFSET, 0L).containsEntry(KafkaHeaders.RECEIVED_PARTITION, 3);
        assertThat(records.get(1).getHeaders()).containsEntry(KafkaHeaders.OFFSET, 1L);
        assertThat(EventMessages.payloadBytes(records.get(1))).isNull();
    }

    /** A poll as the binder hands it over in batch mode: payloads, and the per-record headers as lists. */
    private static Message<List<byte[]>> poll(String... values) {
        List<byte[]> payloads = new ArrayList<>();
        List<Map<String, Object>> headers = new ArrayList<>();
        List<Object> keys = new ArrayList<>();
        List<Object> offsets = new ArrayList<>();
        List<Object> partitions = new ArrayList<>();
        List<Object> topics = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            payloads.add(values[i] == null ? null : values[i].getBytes(StandardCharsets.UTF_8));
            headers.add(Map.of("source", "src-" + values[i]));
            keys.add(null);
            offsets.add((long) i);
            partitions.add(3);
            topics.add("in");
        }
        return MessageBuilder.withPayload(payloads)
                .setHeader(KafkaHeaders.BATCH_CONVERTED_HEADERS, headers)
                .setHeader(KafkaHeaders.RECEIVED_KEY, keys)
                .setHeader(KafkaHeaders.OFFSET, offsets)
                .setHeader(KafkaHeaders.RECEIVED_PARTITION, partitions)
                .setHeader(KafkaHeaders.RECEIVED_TOPIC, topics)
                .build();
    }
}
