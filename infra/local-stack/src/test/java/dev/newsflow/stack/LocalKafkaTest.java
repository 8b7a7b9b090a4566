package dev.newsflow.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import dev.newsflow.stack.junit.TestStack;

@Timeout(value = 2, unit = TimeUnit.MINUTES)
class LocalKafkaTest {

    @TempDir
    static Path dataDir;
    static LocalKafka kafka;

    @BeforeAll
    static void startBroker() {
        kafka = LocalKafka.start(dataDir, 0);
        System.out.printf("kafka started in %d ms, pid %d%n", kafka.startupTime().toMillis(), kafka.process().pid());
    }

    @AfterAll
    static void stopBroker() {
        kafka.close();
        assertThat(kafka.process().isAlive()).isFalse();
    }

    @Test
    void roundTripsARecordThroughTheBroker() throws Exception {
        kafka.createTopics(List.of("round.trip"), 3);
        try (var producer = new KafkaProducer<String, String>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>("round.trip", "key-1", "hello broker")).get(30, TimeUnit.SECONDS);
        }
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "round-trip-test");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<ConsumerRecord<String, String>> received = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("round.trip"));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (received.isEmpty() && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(received::add);
            }
        }
        assertThat(received).singleElement().satisfies(r -> {
            assertThat(r.key()).isEqualTo("key-1");
            assertThat(r.value()).isEqualTo("hello broker");
        });
    }

    @Test
    void createTopicsIsIdempotentAndUsesTheGivenPartitions() throws Exception {
        kafka.createTopics(List.of("idempotent.a", "idempotent.b"), 2);
        kafka.createTopics(List.of("idempotent.a", "idempotent.b", "idempotent.c"), 2);
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
            var topics = admin.describeTopics(List.of("idempotent.a", "idempotent.c")).allTopicNames().get(30, TimeUnit.SECONDS);
            assertThat(topics.get("idempotent.a").partitions()).hasSize(2);
            assertThat(topics.get("idempotent.c").partitions()).hasSize(2);
        }
    }

    @Test
    void logsToAFileNotToTheConsole() throws Exception {
        assertThat(kafka.logFile()).isRegularFile();
        assertThat(Files.readString(kafka.logFile())).contains("Kafka Server started");
    }

    @Test
    void refusesAPortThatIsTakenWithAClearMessage(@TempDir Path otherDir) throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            assertThatThrownBy(() -> LocalKafka.start(otherDir, taken.getLocalPort()))
                    .isInstanceOf(Ports.PortInUseException.class)
                    .hasMessageContaining("Port " + taken.getLocalPort())
                    .hasMessageContaining("Kafka")
                    .hasMessageContaining("already in use");
        }
    }

    @Test
    void testStackHandsOutOneBrokerPerJvm() {
        String first = TestStack.kafkaBootstrapServers();
        assertThat(TestStack.kafkaBootstrapServers()).isEqualTo(first).startsWith("127.0.0.1:");
    }
}
