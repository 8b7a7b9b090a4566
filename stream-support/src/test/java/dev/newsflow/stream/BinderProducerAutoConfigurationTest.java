package dev.newsflow.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.cloud.stream.binder.kafka.support.ProducerConfigCustomizer;

class BinderProducerAutoConfigurationTest {

    @Test
    void isAutoConfiguredInEveryServiceThatUsesStreamSupport() {
        assertThat(ImportCandidates.load(AutoConfiguration.class, getClass().getClassLoader()).getCandidates())
                .contains(BinderProducerAutoConfiguration.class.getName());
    }

    @Test
    void givesOutputBindingsAcksFromAllReplicasIdempotenceAndLargeRecordsOverTheBindersDefaults() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(BinderProducerAutoConfiguration.class))
                .run(context -> {
                    // what the binder has merged from its own defaults and the binding's properties
                    Map<String, Object> binding = new HashMap<>(Map.of(
                            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "broker:9092",
                            ProducerConfig.ACKS_CONFIG, "1",
                            ProducerConfig.LINGER_MS_CONFIG, "0"));

                    context.getBean(ProducerConfigCustomizer.class).configure(binding, "parse-out-0",
                            "news.articles.parsed");

                    assertThat(binding).containsEntry(ProducerConfig.ACKS_CONFIG, "all")
                            .containsEntry(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true)
                            .containsEntry(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 16 * 1024 * 1024)
                            .containsEntry(ProducerConfig.LINGER_MS_CONFIG, "0")
                            .containsEntry(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "broker:9092");
                });
    }
}
