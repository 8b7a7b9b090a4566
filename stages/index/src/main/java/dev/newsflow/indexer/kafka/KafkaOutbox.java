package dev.newsflow.indexer.kafka;

import dev.newsflow.indexer.IndexingStage;
import dev.newsflow.messaging.DeadLetter;
import dev.newsflow.messaging.PipelineMeters;
import dev.newsflow.messaging.ProducerSettings;
import dev.newsflow.messaging.TraceContext;
import dev.newsflow.model.Events;
import dev.newsflow.model.IndexedNotice;
import dev.newsflow.model.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the indexer's dead letters and notices with a plain KafkaProducer ({@link ProducerSettings#reliable()}),
 * waiting for the broker's acknowledgement before returning. A dead letter is the original record, key, value and
 * headers untouched, with the {@link DeadLetter} headers of stage {@code indexer}. Both carry the record's trace
 * ({@link IndexingStage.Incoming#trace()}) as their {@code traceparent}, and the lines logged about them its trace id.
 */
public final class KafkaOutbox implements IndexingStage.Outbox, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(KafkaOutbox.class);

    /** The stage name in the dead letters' headers. */
    public static final String STAGE = "indexer";

    private final Producer<byte[], byte[]> producer;
    private final Duration timeout;
    private final PipelineMeters meters;

    /**
     * @param connection Kafka producer properties to connect with (bootstrap servers and security, as the service
     *                   configures its other clients), under {@link ProducerSettings#reliable()}
     * @param timeout    how long to wait for the broker to acknowledge a call's records
     */
    public KafkaOutbox(Map<String, ?> connection, Duration timeout) {
        this(connection, timeout, PipelineMeters.unmetered(STAGE));
    }

    /** As {@link #KafkaOutbox(Map, Duration)}, counting each dead letter the broker acknowledged in {@code meters}. */
    public KafkaOutbox(Map<String, ?> connection, Duration timeout, PipelineMeters meters) {
        this.meters = meters;
        // Byte arrays: a dead letter carries the original key and value untouched.
        this.producer = new KafkaProducer<>(ProducerSettings.reliable().clientId("indexer-outbox").over(connection),
                new ByteArraySerializer(), new ByteArraySerializer());
        this.timeout = timeout;
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }

    @Override
    public void deadLetters(List<IndexingStage.DeadLetter> deadLetters) {
        List<Future<RecordMetadata>> sends = new ArrayList<>();
        for (IndexingStage.DeadLetter letter : deadLetters) {
            IndexingStage.Incoming original = letter.original();
            ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(Topics.INDEXER_DLQ, null, original.key(),
                    original.payload());
            original.headers().forEach(record.headers()::add);
            new DeadLetter(STAGE, letter.reasonCode(), letter.reason(), original.topic()).writeTo(record.headers());
            original.trace().writeTo(record.headers());
            try (TraceContext.LogScope logs = original.trace().inLogs()) {
                log.warn("{}: dead-lettering a record of {} ({}): {}", STAGE, original.topic(), letter.reasonCode(),
                        letter.reason());
            }
            sends.add(producer.send(record));
        }
        await(sends, "dead letters to " + Topics.INDEXER_DLQ);
        deadLetters.forEach(letter -> meters.deadLettered(letter.reasonCode()));
    }

    @Override
    public void notices(List<IndexingStage.Notice> notices) {
        List<Future<RecordMetadata>> sends = new ArrayList<>();
        for (IndexingStage.Notice notice : notices) {
            IndexedNotice event = notice.event();
            ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(Topics.ARTICLES_INDEXED,
                    event.id().getBytes(StandardCharsets.UTF_8), Events.toJson(event));
            notice.trace().writeTo(record.headers());
            sends.add(producer.send(record));
        }
        await(sends, "notices to " + Topics.ARTICLES_INDEXED);
        if (TraceContext.RECORDS.isDebugEnabled()) {
            for (IndexingStage.Notice notice : notices) {
                try (TraceContext.LogScope logs = notice.trace().inLogs()) {
                    TraceContext.RECORDS.debug("{}: {} {} at version {}", STAGE, notice.event().result(),
                            notice.event().id(), notice.event().version());
                }
            }
        }
    }

    /** Waits for every acknowledgement, all within one timeout; a failure makes the caller redeliver the batch. */
    private void await(List<Future<RecordMetadata>> sends, String what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            for (Future<RecordMetadata> send : sends) {
                send.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while sending " + what, e);
        } catch (ExecutionException | TimeoutException e) {
            // The batch is then redelivered: Elasticsearch answers "noop" for what it already has.
            throw new IllegalStateException("could not send " + what + ": " + e.getMessage(), e);
        }
    }
}
