package dev.newsflow.stream;

import dev.newsflow.messaging.ProducerSettings;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.cloud.stream.binder.kafka.support.ProducerConfigCustomizer;
import org.springframework.context.annotation.Bean;

/**
 * Gives every output binding's producer the settings all newsflow producers share ({@link ProducerSettings#reliable()}:
 * acks from every in-sync replica, idempotence, records as large as the broker takes), so the services'
 * application.yml files need not repeat them. The binder applies it after its own and the binding's properties:
 * a binding may still change a default, never acks or idempotence.
 */
@AutoConfiguration
@ConditionalOnClass(ProducerConfigCustomizer.class)
public class BinderProducerAutoConfiguration {

    @Bean
    ProducerConfigCustomizer reliableBinderProducers() {
        return (producerProperties, bindingName, destination) -> ProducerSettings.reliable().applyTo(producerProperties);
    }
}
