package dev.newsflow.search.pipeline;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

import dev.newsflow.model.Headers;
import dev.newsflow.model.Topics;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the brokers say about the pipeline, for the dashboard's pipeline panel: each stage's consumer lag (end offsets
 * minus its group's committed offsets, per partition, as {@code newsflow_consumer_lag} measures it in the stages), and
 * each dead-letter topic's count with its latest records' reasons. Every call opens short-lived clients with a short
 * timeout and closes them, so a broker that is away costs one timeout per call and no reconnect loop in between; it
 * then answers with the reason ("broker unreachable") instead of numbers.
 */
public final class PipelineTopics {

    /** A stage as the brokers know it: its consumer group, the topic it reads and the one it dead-letters to. */
    public record Stage(String name, String group, String inputTopic, String deadLetterTopic) {
    }

    /** The three bound stages, with the groups their {@code application.yml} sets. */
    public static final List<Stage> STAGES = List.of(
            new Stage("parser", "parser", Topics.PAGES_RAW, Topics.PARSER_DLQ),
            new Stage("enricher", "enricher", Topics.ARTICLES_PARSED, Topics.ENRICHER_DLQ),
            new Stage("indexer", "indexer", Topics.ARTICLES_ENRICHED, Topics.INDEXER_DLQ));

    /** Dead letters larger than this are not parsed for their URL (the key is shown instead). */
    private static final int MAX_PARSED_PAYLOAD = 1 << 20;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String bootstrapServers;
    private final Duration timeout;
    private final int latestShown;

    /**
     * @param bootstrapServers the brokers ({@code KAFKA_BOOTSTRAP_SERVERS})
     * @param timeout          how long one call waits for the brokers before it answers "unreachable"
     * @param latestShown      how many of the latest dead letters per topic are read back
     */
    public PipelineTopics(String bootstrapServers, Duration timeout, int latestShown) {
        this.bootstrapServers = requireNonNull(bootstrapServers, "bootstrapServers");
        this.timeout = requireNonNull(timeout, "timeout");
        if (latestShown < 0) {
            throw new IllegalArgumentException("latestShown must not be negative: " + latestShown);
        }
        this.latestShown = latestShown;
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** Lag and dead letters of every stage, or the reason the brokers could not say. */
    public Snapshot read() {
        Instant deadline = Instant.now().plus(timeout);
        try (Admin admin = Admin.create(adminSettings())) {
            Map<String, TopicDescription> described = describe(admin, deadline);
            List<TopicPartition> partitions = described.values().stream()
                    .flatMap(d -> d.partitions().stream().map(p -> new TopicPartition(d.name(), p.partition())))
                    .toList();
            Map<TopicPartition, Long> end = offsets(admin, partitions, OffsetSpec.latest(), deadline);
            Map<TopicPartition, Long> earliest = offsets(admin, partitions, OffsetSpec.earliest(), deadline);
            List<StageLag> lags = new ArrayList<>();
            for (Stage stage : STAGES) {
                lags.add(lag(admin, stage, described.get(stage.inputTopic()), end, earliest, deadline));
            }
            List<DeadLetters> deadLetters = deadLetters(described, end, earliest);
            return new Snapshot(bootstrapServers, null, lags, deadLetters);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return unreachable("interrupted");
        } catch (TimeoutException e) {
            return unreachable("no answer within " + timeout.toMillis() + " ms");
        } catch (ExecutionException | KafkaException e) {
            Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
            return unreachable(cause.getClass().getSimpleName() + ": " + cause.getMessage());
        }
    }

    private Snapshot unreachable(String why) {
        return new Snapshot(bootstrapServers, "broker unreachable at " + bootstrapServers + " (" + why + ")",
                List.of(), List.of());
    }

    /** The stages' and dead-letter topics that exist; a missing one is left out (nothing was ever sent to it). */
    private Map<String, TopicDescription> describe(Admin admin, Instant deadline)
            throws InterruptedException, ExecutionException, TimeoutException {
        // listTopics first: describing a missing topic fails the whole call
        Set<String> existing = admin.listTopics().names().get(remaining(deadline), TimeUnit.MILLISECONDS);
        Set<String> wanted = STAGES.stream().flatMap(s -> java.util.stream.Stream.of(s.inputTopic(),
                s.deadLetterTopic())).filter(existing::contains).collect(Collectors.toSet());
        if (wanted.isEmpty()) {
            return Map.of();
        }
        return admin.describeTopics(wanted).allTopicNames().get(remaining(deadline), TimeUnit.MILLISECONDS);
    }

    private Map<TopicPartition, Long> offsets(Admin admin, List<TopicPartition> partitions, OffsetSpec spec,
                                              Instant deadline)
            throws InterruptedException, ExecutionException, TimeoutException {
        if (partitions.isEmpty()) {
            return Map.of();
        }
        return admin.listOffsets(partitions.stream().collect(Collectors.toMap(Function.identity(), p -> spec)))
                .all().get(remaining(deadline), TimeUnit.MILLISECONDS).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
    }

    private StageLag lag(Admin admin, Stage stage, TopicDescription topic, Map<TopicPartition, Long> end,
                         Map<TopicPartition, Long> earliest, Instant deadline)
            throws InterruptedException, ExecutionException, TimeoutException {
        if (topic == null) {
            return new StageLag(stage.name(), stage.group(), stage.inputTopic(), null, Map.of(), false,
                    "topic " + stage.inputTopic() + " does not exist yet");
        }
        Map<TopicPartition, OffsetAndMetadata> committed;
        try {
            committed = admin.listConsumerGroupOffsets(stage.group()).partitionsToOffsetAndMetadata()
                    .get(remaining(deadline), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                committed = Map.of();
            } else {
                throw e;
            }
        }
        Map<Integer, Long> byPartition = new TreeMap<>();
        boolean anyCommitted = false;
        for (var p : topic.partitions()) {
            TopicPartition partition = new TopicPartition(topic.name(), p.partition());
            OffsetAndMetadata done = committed.get(partition);
            anyCommitted |= done != null;
            long from = done == null ? earliest.getOrDefault(partition, 0L) : done.offset();
            byPartition.put(p.partition(), Math.max(0, end.getOrDefault(partition, 0L) - from));
        }
        long total = byPartition.values().stream().mapToLong(Long::longValue).sum();
        return new StageLag(stage.name(), stage.group(), stage.inputTopic(), total, byPartition, anyCommitted,
                anyCommitted ? null : "group " + stage.group() + " has committed nothing on " + stage.inputTopic()
                        + " yet: lag counted from the earliest record");
    }

    private List<DeadLetters> deadLetters(Map<String, TopicDescription> described, Map<TopicPartition, Long> end,
                                          Map<TopicPartition, Long> earliest) {
        List<DeadLetters> all = new ArrayList<>();
        for (Stage stage : STAGES) {
            TopicDescription topic = described.get(stage.deadLetterTopic());
            if (topic == null) {
                all.add(new DeadLetters(stage.name(), stage.deadLetterTopic(), 0, List.of(), null));
                continue;
            }
            Map<TopicPartition, long[]> ranges = new HashMap<>();
            long held = 0;
            for (var p : topic.partitions()) {
                TopicPartition partition = new TopicPartition(topic.name(), p.partition());
                long from = earliest.getOrDefault(partition, 0L);
                long to = end.getOrDefault(partition, 0L);
                held += Math.max(0, to - from);
                if (to > from) {
                    ranges.put(partition, new long[]{Math.max(from, to - latestShown), to});
                }
            }
            List<DeadLetter> latest = List.of();
            String problem = null;
            if (!ranges.isEmpty() && latestShown > 0) {
                try {
                    latest = tail(ranges, Instant.now().plus(timeout));
                } catch (KafkaException e) {
                    problem = "could not read the latest dead letters: " + e.getMessage();
                }
            }
            all.add(new DeadLetters(stage.name(), stage.deadLetterTopic(), held, latest, problem));
        }
        return all;
    }

    /** The records in {@code ranges} (from inclusive, to exclusive, per partition), newest first, at most the shown number. */
    private List<DeadLetter> tail(Map<TopicPartition, long[]> ranges, Instant deadline) {
        List<DeadLetter> read = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerSettings())) {
            consumer.assign(ranges.keySet());
            ranges.forEach((partition, range) -> consumer.seek(partition, range[0]));
            Map<TopicPartition, long[]> open = new HashMap<>(ranges);
            while (!open.isEmpty() && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(
                        Math.max(1, Math.min(500, remaining(deadline)))))) {
                    TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                    long[] range = open.get(partition);
                    if (range != null && record.offset() < range[1]) {
                        read.add(deadLetter(record));
                    }
                }
                open.keySet().removeIf(p -> consumer.position(p, timeout) >= open.get(p)[1]);
            }
        }
        return read.stream().sorted(Comparator.comparing(DeadLetter::at).reversed()).limit(latestShown).toList();
    }

    private static DeadLetter deadLetter(ConsumerRecord<byte[], byte[]> record) {
        String key = record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8);
        String url = header(record, Headers.URL);
        if (url == null) {
            url = urlInPayload(record.value());
        }
        return new DeadLetter(Instant.ofEpochMilli(record.timestamp()), record.partition(), record.offset(), key, url,
                header(record, Headers.DLQ_REASON_CODE), header(record, Headers.DLQ_REASON),
                header(record, Headers.DLQ_ORIGINAL_TOPIC));
    }

    private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** The page's URL from a JSON payload (a RawPage, an Article, an EnrichedArticle), else null. */
    private static String urlInPayload(byte[] value) {
        if (value == null || value.length == 0 || value.length > MAX_PARSED_PAYLOAD || value[0] != '{') {
            return null;
        }
        try {
            JsonNode node = JSON.readTree(value);
            JsonNode url = node.path("url").isString() ? node.path("url") : node.path("article").path("url");
            return url.isString() ? url.asString() : null;
        } catch (RuntimeException e) {
            return null; // a malformed payload is why some dead letters exist: show the key instead
        }
    }

    private long remaining(Instant deadline) {
        return Math.max(1, Duration.between(Instant.now(), deadline).toMillis());
    }

    private Map<String, Object> adminSettings() {
        Map<String, Object> settings = new HashMap<>();
        settings.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        settings.put(AdminClientConfig.CLIENT_ID_CONFIG, "search-pipeline-panel");
        settings.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        settings.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        // one quick retry, not the default minute-long reconnect loop
        settings.put(AdminClientConfig.RETRY_BACKOFF_MS_CONFIG, 200);
        settings.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 1000);
        return settings;
    }

    private Properties consumerSettings() {
        Properties settings = new Properties();
        settings.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        settings.put(ConsumerConfig.CLIENT_ID_CONFIG, "search-pipeline-panel");
        settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        settings.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        settings.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        settings.put(ConsumerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        settings.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        // dead letters can be whole pages: a few per partition is all the panel needs
        settings.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 1 << 20);
        settings.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 100);
        return settings;
    }

    /**
     * What the brokers said.
     *
     * @param bootstrapServers where they were asked
     * @param problem          why they could not say, or {@code null}
     * @param lag              each stage's lag, in pipeline order (empty with a problem)
     * @param deadLetters      each dead-letter topic, in pipeline order (empty with a problem)
     */
    public record Snapshot(String bootstrapServers, String problem, List<StageLag> lag, List<DeadLetters> deadLetters) {
        public Snapshot {
            lag = List.copyOf(lag);
            deadLetters = List.copyOf(deadLetters);
        }
    }

    /**
     * One stage's consumer lag.
     *
     * @param stage       parser, enricher or indexer
     * @param group       its consumer group
     * @param topic       its input topic
     * @param lag         records not committed yet, over all partitions ({@code null} when the topic does not exist)
     * @param partitions  the lag per partition
     * @param committed   whether the group has committed any offset on the topic
     * @param note        what the figure means when it is not the plain case, or {@code null}
     */
    public record StageLag(String stage, String group, String topic, Long lag, Map<Integer, Long> partitions,
                           boolean committed, String note) {
        public StageLag {
            partitions = Map.copyOf(partitions);
        }
    }

    /**
     * One dead-letter topic.
     *
     * @param stage   the stage that writes it
     * @param topic   its name
     * @param count   records it holds (within the topic's retention)
     * @param latest  the latest of them, newest first
     * @param problem why the latest could not be read, or {@code null}
     */
    public record DeadLetters(String stage, String topic, long count, List<DeadLetter> latest, String problem) {
        public DeadLetters {
            latest = List.copyOf(latest);
        }
    }

    /**
     * One dead letter, as its headers describe it.
     *
     * @param at            when it was written
     * @param key           the record key (the article id after the raw topic), or {@code null}
     * @param url           the page's URL (header, else the payload's), or {@code null}
     * @param reasonCode    {@code newsflow-dlq-reason-code}
     * @param reason        {@code newsflow-dlq-reason}
     * @param originalTopic the topic the record came from
     */
    public record DeadLetter(Instant at, int partition, long offset, String key, String url, String reasonCode,
                             String reason, String originalTopic) {
    }
}
