package dev.newsflow.stream;

import dev.newsflow.messaging.PipelineMeters;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;

/**
 * Wires {@link DeadLetterRouting} into every Kafka consumer binding of a service that declares a
 * {@link DeadLetterPolicy} bean. The dead-letter writer connects with the service's {@code spring.kafka.*}
 * settings, the same ones the binder builds on; it counts what it writes in the stage's {@link PipelineMeters}.
 */
@AutoConfiguration(after = {KafkaAutoConfiguration.class, PipelineMetersAutoConfiguration.class})
@ConditionalOnBean(DeadLetterPolicy.class)
public class DeadLetterAutoConfiguration {

    @Bean
    DeadLetterRouting deadLetterRouting(DeadLetterPolicy policy, ObjectProvider<KafkaProperties> kafkaProperties,
                                        ObjectProvider<PipelineMeters> meters) {
        KafkaProperties properties = kafkaProperties.getIfAvailable(KafkaProperties::new);
        return new DeadLetterRouting(policy, properties.buildProducerProperties(),
                meters.getIfAvailable(() -> PipelineMeters.unmetered(policy.stage())));
    }
}
