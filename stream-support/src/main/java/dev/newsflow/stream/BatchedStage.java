package dev.newsflow.stream;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.kafka.support.KafkaNull;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

/**
 * A stage bound in batch mode: the binder hands it a whole poll, it applies the stage's per-record function to each
 * record in order, sends all the outputs together through {@link StageOutput} and returns only once the broker has
 * acknowledged every one of them; the container commits the poll's offsets after that (ack mode {@code BATCH}), so
 * nothing is acknowledged early, and Kafka sees a few large produce requests instead of one per record.
 *
 * <p>When record {@code i} fails (its function throws, or its output is not acknowledged), the outputs of the records
 * before it are sent and acknowledged first, then a {@link BatchListenerFailedException} names {@code i}: the
 * container's error handler ({@link DeadLetterRouting}) commits the records before it, dead-letters record {@code i}
 * alone at once for a content error (stage and reason headers), or retries it with the binding's backoff for an
 * infrastructure error, and redelivers the records after it. A retry may send again an output the broker had already
 * taken (another partition's, after the failed one): outputs are keyed by article id and the indexer's writes are
 * versioned, so a second copy changes nothing downstream.
 *
 * <p>Each record reaches the function as its own message (its payload, its Kafka headers, key, topic, partition and
 * offset), and each output stays paired with that input until it is sent ({@link Processed}), so a per-record concern
 * (meters, a trace context) applies exactly as it did one record at a time.
 */
public final class BatchedStage implements Consumer<Message<List<byte[]>>> {

    private final Function<Message<byte[]>, Message<byte[]>> perRecord;
    private final StageOutput output;

    /**
     * @param perRecord the stage's function for one record (usually a {@link MeteredFunction}); it throws for a record
     *                  it cannot process
     * @param output    where the outputs go
     */
    public BatchedStage(Function<Message<byte[]>, Message<byte[]>> perRecord, StageOutput output) {
        this.perRecord = requireNonNull(perRecord, "perRecord");
        this.output = requireNonNull(output, "output");
    }

    /** One input record and the output the stage made of it. */
    public record Processed(Message<byte[]> input, Message<byte[]> output) {
    }

    @Override
    public void accept(Message<List<byte[]>> poll) {
        List<Message<byte[]>> records = records(poll);
        List<Processed> processed = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            Message<byte[]> input = records.get(i);
            Message<byte[]> result;
            try {
                result = perRecord.apply(input);
            } catch (RuntimeException e) {
                // The records before this one are done: send them and wait, so their offsets may be committed.
                sendBefore(processed, i, e);
                throw new BatchListenerFailedException("record " + i + " of a poll of " + records.size()
                        + " failed in the stage", e, i);
            }
            processed.add(new Processed(input, result));
        }
        StageOutput.Unacknowledged failed = output.sendAll(processed);
        if (failed != null) {
            throw new BatchListenerFailedException("output of record " + failed.index() + " of a poll of "
                    + records.size() + " not acknowledged by the broker", failed.cause(), failed.index());
        }
    }

    private void sendBefore(List<Processed> processed, int failedIndex, RuntimeException failure) {
        StageOutput.Unacknowledged earlier = output.sendAll(processed);
        if (earlier != null) {
            // Retry from the first output the broker did not take; the stage's own failure comes back with it.
            BatchListenerFailedException retry = new BatchListenerFailedException("output of record "
                    + earlier.index() + " not acknowledged by the broker", earlier.cause(), earlier.index());
            retry.addSuppressed(failure);
            throw retry;
        }
    }

    /** The poll as one message per record, with that record's headers as the binder gives them one at a time. */
    @SuppressWarnings("unchecked")
    static List<Message<byte[]>> records(Message<? extends List<?>> poll) {
        List<?> payloads = poll.getPayload();
        List<Map<String, Object>> headers = poll.getHeaders().get(KafkaHeaders.BATCH_CONVERTED_HEADERS, List.class);
        List<Object> keys = poll.getHeaders().get(KafkaHeaders.RECEIVED_KEY, List.class);
        List<Object> topics = poll.getHeaders().get(KafkaHeaders.RECEIVED_TOPIC, List.class);
        List<Object> partitions = poll.getHeaders().get(KafkaHeaders.RECEIVED_PARTITION, List.class);
        List<Object> offsets = poll.getHeaders().get(KafkaHeaders.OFFSET, List.class);
        List<Message<byte[]>> records = new ArrayList<>(payloads.size());
        for (int i = 0; i < payloads.size(); i++) {
            Object payload = payloads.get(i);
            // A record without a value arrives as null or KafkaNull; the stage rejects it (EventMessages#payloadBytes).
            MessageBuilder<Object> record = MessageBuilder.withPayload(payload == null ? KafkaNull.INSTANCE : payload);
            if (headers != null && headers.get(i) != null) {
                record.copyHeaders(headers.get(i));
            }
            setIfPresent(record, KafkaHeaders.RECEIVED_KEY, keys, i);
            setIfPresent(record, KafkaHeaders.RECEIVED_TOPIC, topics, i);
            setIfPresent(record, KafkaHeaders.RECEIVED_PARTITION, partitions, i);
            setIfPresent(record, KafkaHeaders.OFFSET, offsets, i);
            records.add((Message<byte[]>) (Message<?>) record.build());
        }
        return records;
    }

    private static void setIfPresent(MessageBuilder<Object> record, String name, List<Object> values, int i) {
        if (values != null && i < values.size() && values.get(i) != null) {
            record.setHeader(name, values.get(i));
        }
    }
}
