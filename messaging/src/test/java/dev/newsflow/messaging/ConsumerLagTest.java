package dev.newsflow.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.newsflow.stack.junit.TestStack;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The lag gauges against a real broker: records written minus what the group committed, partition by partition. */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class ConsumerLagTest {

    @Test
    void countsWhatTheGroupHasNotCommittedPerPartitionAndFollowsItsCommits() throws Exception {
        String topic = "lag-" + UUID.randomUUID();
        String group = "group-" + UUID.randomUUID();
        Map<String, Object> connection = Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestStack.kafkaBootstrapServers());
        try (Admin admin = Admin.create(connection);
             KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(connection, new ByteArraySerializer(),
                     new ByteArraySerializer())) {
            admin.createTopics(List.of(new NewTopic(topic, 2, (short) 1))).all().get();
            for (int i = 0; i < 3; i++) {
                producer.send(new ProducerRecord<>(topic, 0, null, new byte[] {1})).get();
            }
            producer.send(new ProducerRecord<>(topic, 1, null, new byte[] {1})).get();
            SimpleMeterRegistry registry = new SimpleMeterRegistry();

            try (ConsumerLag lag = new ConsumerLag(connection, group, topic, "test", registry,
                    Duration.ofMillis(200))) {
                // nothing committed yet: everything the partitions hold is waiting
                await().atMost(Duration.ofSeconds(30)).until(() -> lag(registry, 0) == 3 && lag(registry, 1) == 1);

                admin.alterConsumerGroupOffsets(group, Map.of(new TopicPartition(topic, 0), new OffsetAndMetadata(2)))
                        .all().get();

                await().atMost(Duration.ofSeconds(30)).until(() -> lag(registry, 0) == 1);
                assertThat(lag(registry, 1)).isEqualTo(1);
                assertThat(lag.lagByPartition()).containsEntry(0, 1L).containsEntry(1, 1L);
            }
        }
    }

    private static double lag(SimpleMeterRegistry registry, int partition) {
        Gauge gauge = registry.find(ConsumerLag.LAG).tag("partition", String.valueOf(partition)).gauge();
        return gauge == null ? -1 : gauge.value();
    }
}
