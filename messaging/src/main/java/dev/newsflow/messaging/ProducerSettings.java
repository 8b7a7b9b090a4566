package dev.newsflow.messaging;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;

/**
 * The settings of every newsflow Kafka producer, written once: the fetcher's page publisher, the parser's and the
 * enricher's output writers (stream-support's StageOutput) and dead-letter writers, the indexer's outbox, and the CLI's drop and replay.
 *
 * <p>Two guarantees are never overridden, whatever a service configures: {@code acks=all} (a record counts as
 * written once every in-sync replica has it) and idempotence (a producer retry never writes a record twice). Every
 * other setting here is a default that configuration (a service's own producer properties) may change.
 *
 * <p>The variants differ on purpose: {@link #reliable()} is for writers inside a service whose caller retries
 * ({@link #batched()} when it sends a whole poll at once);
 * {@link #failingWithin} is for producers somebody waits on; {@link #compressed()} for pages sent in bulk.
 */
public final class ProducerSettings {

    /**
     * The largest record a newsflow producer sends: what the brokers accept ({@code message.max.bytes} is 16 MiB in
     * the local stack and in docker-compose). A page, its article and its dead letter often exceed Kafka's 1 MiB.
     */
    public static final int MAX_RECORD_BYTES = 16 * 1024 * 1024;

    private static final Map<String, Object> GUARANTEES = Map.of(
            ProducerConfig.ACKS_CONFIG, "all",
            ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);

    private final Map<String, Object> defaults;

    private ProducerSettings(Map<String, Object> defaults) {
        this.defaults = Map.copyOf(defaults);
    }

    /**
     * Acknowledged by every in-sync replica, idempotent, records up to {@link #MAX_RECORD_BYTES}, Kafka's own
     * timeouts: for writers inside a service whose caller retries (the stages' output writers, the dead-letter writers,
     * the indexer's outbox), where waiting out a broker restart beats failing fast.
     */
    public static ProducerSettings reliable() {
        return new ProducerSettings(Map.of(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, MAX_RECORD_BYTES));
    }

    /** These settings with {@code clientId} as the client id (in the broker's logs and metrics). */
    public ProducerSettings clientId(String clientId) {
        return with(Map.of(ProducerConfig.CLIENT_ID_CONFIG, requireNonNull(clientId, "clientId")));
    }

    /**
     * These settings for a producer somebody waits on (a client of the fetcher's API, a person at the CLI): it fails
     * within seconds when no broker answers, instead of Kafka's minute of blocking and two minutes of delivery.
     *
     * @param deliveryTimeout how long a record may take to be acknowledged, retries included; shorter than the
     *                        caller's own wait, so the broker's reason reaches the caller before it gives up
     */
    public ProducerSettings failingWithin(Duration deliveryTimeout) {
        return with(Map.of(
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, Math.toIntExact(deliveryTimeout.toMillis())));
    }

    /**
     * These settings in lz4-compressed batches gathered for up to 5 ms: for the fetcher, which sends many pages at
     * once, and HTML compresses several-fold. The stages' output writers batch with
     * {@link #batched()} instead (measured: lz4 did not pay there, BENCHMARKS.md "Scaling out and the plumbing").
     */
    public ProducerSettings compressed() {
        return with(Map.of(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4", ProducerConfig.LINGER_MS_CONFIG, 5));
    }

    /**
     * These settings for a stage that sends a whole poll's outputs at once and then waits for every acknowledgement
     * ({@code stream-support}'s {@code BatchedStage}): batches up to 1 MiB per partition, so one produce request
     * carries many articles instead of one (an article is 5-60 KB, over Kafka's 16 KB default batch), and a linger
     * of 20 ms so that the producer does not send the first record alone while the stage queues the rest; the stage
     * flushes once it has queued the poll, so the linger adds no wait.
     */
    public ProducerSettings batched() {
        return with(Map.of(ProducerConfig.BATCH_SIZE_CONFIG, 1024 * 1024, ProducerConfig.LINGER_MS_CONFIG, 20));
    }

    /**
     * These settings for a dead-letter writer, which sends back a record exactly as it was read: zstd-compressed, and
     * allowing records up to 4 × {@link #MAX_RECORD_BYTES} before compression. A record that reached the broker
     * compressed may be far larger than the broker's limit once read (a 20 MB page is 1 MB in zstd); the producer
     * checks the uncompressed size, the broker the compressed batch, which fits as it fitted when it was first written.
     * Without this a dead letter too large to send blocks its partition forever.
     */
    public ProducerSettings forDeadLetters() {
        return with(Map.of(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd",
                ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 4 * MAX_RECORD_BYTES,
                ProducerConfig.BUFFER_MEMORY_CONFIG, 8L * MAX_RECORD_BYTES));
    }

    /** A producer configuration of these settings for the brokers at {@code bootstrapServers}. */
    public Map<String, Object> connectingTo(String bootstrapServers) {
        return over(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, requireNonNull(bootstrapServers, "bootstrapServers")));
    }

    /**
     * A producer configuration of these settings over {@code configured} (bootstrap servers and security, plus any
     * setting a service configures, which wins over these defaults); the guarantees always win.
     */
    public Map<String, Object> over(Map<String, ?> configured) {
        Map<String, Object> config = new HashMap<>(configured);
        applyTo(config);
        return config;
    }

    /** Applies these settings to {@code config} in place: defaults where it sets nothing, the guarantees always. */
    public void applyTo(Map<String, Object> config) {
        defaults.forEach(config::putIfAbsent);
        config.putAll(GUARANTEES);
    }

    private ProducerSettings with(Map<String, Object> more) {
        Map<String, Object> merged = new LinkedHashMap<>(defaults);
        merged.putAll(more);
        return new ProducerSettings(merged);
    }
}
