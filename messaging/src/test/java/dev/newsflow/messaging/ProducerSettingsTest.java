package dev.newsflow.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;

class ProducerSettingsTest {

    @Test
    void acknowledgesOnEveryReplicaIdempotentlyWithRecordsAsLargeAsTheBrokerTakes() {
        Map<String, Object> config = ProducerSettings.reliable().connectingTo("broker:9092");

        assertThat(config).containsEntry(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "broker:9092")
                .containsEntry(ProducerConfig.ACKS_CONFIG, "all")
                .containsEntry(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true)
                .containsEntry(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 16 * 1024 * 1024)
                .doesNotContainKeys(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, ProducerConfig.COMPRESSION_TYPE_CONFIG);
    }

    @Test
    void letsConfigurationChangeDefaultsButNeverAcksOrIdempotence() {
        Map<String, Object> config = ProducerSettings.reliable().clientId("parser-dead-letters").over(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, List.of("a:9092", "b:9092"),
                ProducerConfig.CLIENT_ID_CONFIG, "configured",
                ProducerConfig.ACKS_CONFIG, "1",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, false));

        assertThat(config).containsEntry(ProducerConfig.CLIENT_ID_CONFIG, "configured")
                .containsEntry(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, List.of("a:9092", "b:9092"))
                .containsEntry(ProducerConfig.ACKS_CONFIG, "all")
                .containsEntry(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    }

    @Test
    void appliesToABindersConfigurationInPlace() {
        Map<String, Object> binder = new HashMap<>(Map.of(ProducerConfig.ACKS_CONFIG, "1",
                ProducerConfig.LINGER_MS_CONFIG, "0"));

        ProducerSettings.reliable().applyTo(binder);

        assertThat(binder).containsEntry(ProducerConfig.ACKS_CONFIG, "all")
                .containsEntry(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true)
                .containsEntry(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, ProducerSettings.MAX_RECORD_BYTES)
                .containsEntry(ProducerConfig.LINGER_MS_CONFIG, "0");
    }

    @Test
    void batchesAWholePollOfArticlesPerPartitionAndLetsConfigurationCompressThem() {
        Map<String, Object> config = ProducerSettings.reliable().batched().over(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "broker:9092",
                ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4",
                ProducerConfig.ACKS_CONFIG, "0"));

        assertThat(config).containsEntry(ProducerConfig.BATCH_SIZE_CONFIG, 1024 * 1024)
                .containsEntry(ProducerConfig.LINGER_MS_CONFIG, 20)
                .containsEntry(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4")
                .containsEntry(ProducerConfig.ACKS_CONFIG, "all")
                .containsEntry(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, ProducerSettings.MAX_RECORD_BYTES);
    }

    @Test
    void failsWithinSecondsForProducersSomebodyWaitsOn() {
        Map<String, Object> config = ProducerSettings.reliable().failingWithin(Duration.ofSeconds(15))
                .connectingTo("broker:9092");

        assertThat(config).containsEntry(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000)
                .containsEntry(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000)
                .containsEntry(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 15_000);
    }

    @Test
    void writesDeadLettersCompressedAndAcceptsWhatWasLargerThanTheBrokersLimitBeforeCompression() {
        Map<String, Object> config = ProducerSettings.reliable().forDeadLetters().connectingTo("broker:9092");

        assertThat(config).containsEntry(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd")
                .containsEntry(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 4 * ProducerSettings.MAX_RECORD_BYTES)
                .containsEntry(ProducerConfig.ACKS_CONFIG, "all");
        // the ChaosTest (e2e) sends a 20 MB page through the parser to its dead-letter topic
    }

    @Test
    void everyVariantIsAConfigurationKafkaAccepts() {
        List<Map<String, Object>> variants = List.of(
                ProducerSettings.reliable().connectingTo("localhost:1"),
                ProducerSettings.reliable().clientId("newsflow-cli-drop").failingWithin(Duration.ofSeconds(15))
                        .connectingTo("localhost:1"),
                ProducerSettings.reliable().clientId("newsflow-fetcher").failingWithin(Duration.ofSeconds(30))
                        .compressed().connectingTo("localhost:1"),
                ProducerSettings.reliable().forDeadLetters().clientId("parser-dead-letters").connectingTo("localhost:1"));

        for (Map<String, Object> config : variants) {
            // The constructor validates the configuration (e.g. delivery timeout >= linger + request timeout)
            // without reaching a broker.
            try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(config, new ByteArraySerializer(),
                    new ByteArraySerializer())) {
                assertThat(producer.metrics()).isNotEmpty();
            }
        }
    }
}
