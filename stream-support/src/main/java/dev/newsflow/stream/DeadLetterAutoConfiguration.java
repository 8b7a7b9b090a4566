package dev.newsflow.stream;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;

/**
 * Wires {@link DeadLetterRouting} into every Kafka consumer binding of a service that declares a
 * {@link DeadLetterPolicy} bean. The dead-letter writer connects with the service's {@code spring.kafka.*}
 * settings, the same ones the binder builds on.
 */
@AutoConfiguration(after = KafkaAutoConfiguration.class)
@ConditionalOnBean(DeadLetterPolicy.class)
public class DeadLetterAutoConfiguration {

    @Bean
    DeadLetterRouting deadLetterRouting(DeadLetterPolicy policy, ObjectProvider<KafkaProperties> kafkaProperties) {
        KafkaProperties properties = kafkaProperties.getIfAvailable(KafkaProperties::new);
        return new DeadLetterRouting(policy, properties.buildProducerProperties());
    }
}
