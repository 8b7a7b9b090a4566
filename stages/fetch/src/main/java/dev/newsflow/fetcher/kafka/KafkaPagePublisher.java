package dev.newsflow.fetcher.kafka;

import dev.newsflow.fetcher.crawl.PagePublisher;
import dev.newsflow.messaging.ProducerSettings;
import dev.newsflow.messaging.TraceContext;
import dev.newsflow.model.Events;
import dev.newsflow.model.Headers;
import dev.newsflow.model.RawPage;
import dev.newsflow.model.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes raw pages with a plain idempotent KafkaProducer ({@code acks=all}, see {@link ProducerSettings}) and
 * waits for the broker's acknowledgement, so the ledger only says "published" about pages the broker really holds.
 * The value is the canonical JSON of {@link Events} (one codec for every service, so the wire format cannot drift).
 */
public final class KafkaPagePublisher implements PagePublisher, AutoCloseable {

    private final Producer<String, byte[]> producer;
    private final String topic;
    private final Duration ackTimeout;

    /**
     * @param bootstrapServers KAFKA_BOOTSTRAP_SERVERS
     * @param overrides        further producer properties (fetcher.kafka.producer.* in application.yml); they may
     *                           change a default, never acks or idempotence: the ledger's "published" depends on them
     * @param ackTimeout       how long a caller waits for the acknowledgement
     */
    public KafkaPagePublisher(String bootstrapServers, Map<String, Object> overrides, String topic, Duration ackTimeout) {
        Map<String, Object> configured = new HashMap<>();
        configured.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        configured.putAll(overrides == null ? Map.of() : overrides);
        // Somebody waits on a publish (an API client, the crawl loop's ledger update): fail within 30 s, inside the
        // default 45 s publish timeout. Pages go out many at once: compressed.
        this.producer = new KafkaProducer<>(ProducerSettings.reliable().clientId("newsflow-fetcher")
                .failingWithin(Duration.ofSeconds(30)).compressed().over(configured),
                new StringSerializer(), new ByteArraySerializer());
        this.topic = topic;
        this.ackTimeout = ackTimeout;
    }

    public KafkaPagePublisher(String bootstrapServers) {
        this(bootstrapServers, Map.of(), Topics.PAGES_RAW, Duration.ofSeconds(45));
    }

    /** The record value of a page: exactly what {@link Events#toJson} writes. */
    public static byte[] serialise(RawPage page) {
        return Events.toJson(page);
    }

    @Override
    public Receipt publish(RawPage page, TraceContext trace) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, page.key(), serialise(page));
        record.headers().add(Headers.URL, page.url().getBytes(StandardCharsets.UTF_8));
        record.headers().add(Headers.SOURCE, page.source().getBytes(StandardCharsets.UTF_8));
        trace.writeTo(record.headers());
        try {
            RecordMetadata meta = producer.send(record).get(ackTimeout.toMillis(), TimeUnit.MILLISECONDS);
            try (TraceContext.LogScope logs = trace.inLogs()) {
                TraceContext.RECORDS.debug("fetcher: published {} to {}-{}@{}", page.url(), meta.topic(),
                        meta.partition(), meta.offset());
            }
            return new Receipt(meta.topic(), meta.partition(), meta.offset());
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new PublishException("Kafka did not acknowledge the page on " + topic + ": " + cause, cause);
        } catch (TimeoutException e) {
            throw new PublishException("Kafka did not acknowledge the page on " + topic + " within "
                    + ackTimeout.toSeconds() + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublishException("interrupted while waiting for Kafka", e);
        } catch (RuntimeException e) {
            // send() itself throws when the broker cannot be reached within max.block.ms
            throw new PublishException("could not send the page to Kafka: " + e, e);
        }
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
