package dev.newsflow.indexer;

import dev.newsflow.model.Events;
import dev.newsflow.model.Headers;
import dev.newsflow.model.IndexedNotice;
import dev.newsflow.model.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;

/** Sends the indexer's dead letters and notices, waiting for the broker's acknowledgement before returning. */
final class KafkaOutbox implements IndexingStage.Outbox, AutoCloseable {

    /** Headers a dead letter must not inherit: ours are set fresh, so a re-dead-lettered record is not ambiguous. */
    private static final Set<String> OWN_HEADERS = Set.of(Headers.DLQ_STAGE, Headers.DLQ_REASON,
            Headers.DLQ_REASON_CODE, Headers.DLQ_ORIGINAL_TOPIC);
    private static final int MAX_REASON_CHARS = 1_000;

    private final DefaultKafkaProducerFactory<byte[], byte[]> producerFactory;
    private final KafkaTemplate<byte[], byte[]> template;
    private final Duration timeout;

    KafkaOutbox(DefaultKafkaProducerFactory<byte[], byte[]> producerFactory, Duration timeout) {
        this.producerFactory = producerFactory;
        this.template = new KafkaTemplate<>(producerFactory);
        this.timeout = timeout;
    }

    @Override
    public void close() {
        producerFactory.destroy();
    }

    @Override
    public void deadLetters(List<IndexingStage.DeadLetter> deadLetters) {
        List<CompletableFuture<SendResult<byte[], byte[]>>> sends = new ArrayList<>();
        for (IndexingStage.DeadLetter letter : deadLetters) {
            IndexingStage.Incoming original = letter.original();
            RecordHeaders headers = new RecordHeaders();
            for (Map.Entry<String, byte[]> h : original.headers().entrySet()) {
                if (!OWN_HEADERS.contains(h.getKey())) {
                    headers.add(h.getKey(), h.getValue());
                }
            }
            headers.add(Headers.DLQ_STAGE, utf8("indexer"));
            headers.add(Headers.DLQ_REASON, utf8(truncate(letter.reason())));
            headers.add(Headers.DLQ_REASON_CODE, utf8(letter.reasonCode()));
            headers.add(Headers.DLQ_ORIGINAL_TOPIC, utf8(original.topic()));
            sends.add(template.send(new ProducerRecord<>(Topics.INDEXER_DLQ, null, original.key(), original.payload(),
                    headers)));
        }
        await(sends, "dead letters to " + Topics.INDEXER_DLQ);
    }

    @Override
    public void notices(List<IndexedNotice> notices) {
        List<CompletableFuture<SendResult<byte[], byte[]>>> sends = new ArrayList<>();
        for (IndexedNotice notice : notices) {
            sends.add(template.send(new ProducerRecord<>(Topics.ARTICLES_INDEXED, utf8(notice.id()),
                    Events.toJson(notice))));
        }
        await(sends, "notices to " + Topics.ARTICLES_INDEXED);
    }

    private void await(List<CompletableFuture<SendResult<byte[], byte[]>>> sends, String what) {
        try {
            CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while sending " + what, e);
        } catch (ExecutionException | TimeoutException e) {
            // The batch is then redelivered: Elasticsearch answers "noop" for what it already has.
            throw new IllegalStateException("could not send " + what + ": " + e.getMessage(), e);
        }
    }

    private static String truncate(String reason) {
        return reason.length() <= MAX_REASON_CHARS ? reason : reason.substring(0, MAX_REASON_CHARS) + "…";
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
