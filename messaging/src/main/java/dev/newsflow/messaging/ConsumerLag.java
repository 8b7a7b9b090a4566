package dev.newsflow.messaging;

import static java.util.Objects.requireNonNull;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code newsflow_consumer_lag}: per partition of a stage's input topic, the records its consumer group has not
 * committed yet (the partition's end offset minus the group's committed offset; from the earliest offset while the
 * group has committed nothing). Read from the brokers by an admin client every {@code refresh}, so it says the same
 * whichever instance of the group owns the partition, and stays true while the consumer is stuck or gone.
 */
public final class ConsumerLag implements AutoCloseable {

    /** The series' name, labels {@code stage}, {@code topic}, {@code partition}. */
    public static final String LAG = "newsflow.consumer.lag";

    private static final Logger log = LoggerFactory.getLogger(ConsumerLag.class);

    private final Admin admin;
    private final String group;
    private final String topic;
    private final String stage;
    private final MeterRegistry registry;
    private final Map<Integer, Long> lagByPartition = new ConcurrentHashMap<>();
    private final ScheduledExecutorService refresher;

    /**
     * Starts measuring at once and then every {@code refresh}.
     *
     * @param connection admin client properties (bootstrap servers and security, as the service's other clients)
     */
    public ConsumerLag(Map<String, Object> connection, String group, String topic, String stage,
                       MeterRegistry registry, Duration refresh) {
        this.group = requireNonNull(group, "group");
        this.topic = requireNonNull(topic, "topic");
        this.stage = requireNonNull(stage, "stage");
        this.registry = requireNonNull(registry, "registry");
        Map<String, Object> settings = new java.util.HashMap<>(connection);
        settings.put(AdminClientConfig.CLIENT_ID_CONFIG, stage + "-lag");
        this.admin = Admin.create(settings);
        this.refresher = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon()
                .name(stage + "-consumer-lag").factory());
        refresher.scheduleWithFixedDelay(this::refresh, 0, refresh.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The lag last measured, by partition (empty until the first measurement). */
    public Map<Integer, Long> lagByPartition() {
        return Map.copyOf(lagByPartition);
    }

    void refresh() {
        try {
            Set<TopicPartition> partitions = admin.describeTopics(Set.of(topic)).allTopicNames().get()
                    .get(topic).partitions().stream().map(p -> new TopicPartition(topic, p.partition()))
                    .collect(Collectors.toSet());
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get();
            Map<TopicPartition, Long> end = offsets(partitions, OffsetSpec.latest());
            Map<TopicPartition, Long> earliest = offsets(partitions, OffsetSpec.earliest());
            for (TopicPartition partition : partitions) {
                OffsetAndMetadata done = committed.get(partition);
                long from = done == null ? earliest.get(partition) : done.offset();
                record(partition.partition(), Math.max(0, end.get(partition) - from));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            // The gauges keep their last value; the brokers being away shows in the service's health instead.
            log.debug("{}: could not measure the lag of group {} on {}: {}", stage, group, topic,
                    Causes.describeRoot(e));
        }
    }

    private Map<TopicPartition, Long> offsets(Set<TopicPartition> partitions, OffsetSpec spec) throws Exception {
        return admin.listOffsets(partitions.stream().collect(Collectors.toMap(Function.identity(), p -> spec)))
                .all().get().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
    }

    private void record(int partition, long lag) {
        if (lagByPartition.put(partition, lag) == null) {
            Gauge.builder(LAG, lagByPartition, m -> m.getOrDefault(partition, 0L))
                    .description("Records of the input topic the stage's consumer group has not committed yet")
                    .tag(PipelineMeters.STAGE, stage).tag("topic", topic).tag("partition", String.valueOf(partition))
                    .register(registry);
        }
    }

    @Override
    public void close() {
        refresher.shutdownNow();
        admin.close(Duration.ofSeconds(5));
    }
}
