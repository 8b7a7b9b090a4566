package dev.newsflow.stream;

import dev.newsflow.messaging.ConsumerLag;
import dev.newsflow.messaging.PipelineMeters;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.cloud.stream.config.BindingServiceProperties;
import org.springframework.context.annotation.Bean;

/**
 * {@code newsflow_consumer_lag} for every input binding of the service ({@code <function>-in-<n>}, with its group
 * and topics from application.yml), measured with the service's {@code spring.kafka.*} connection every
 * {@code newsflow.metrics.lag-refresh}.
 */
@AutoConfiguration(after = {KafkaAutoConfiguration.class, PipelineMetersAutoConfiguration.class})
public class ConsumerLagAutoConfiguration {

    /** The lag meters of the service's input bindings; closed with the service. */
    public record InputLag(List<ConsumerLag> lags) implements AutoCloseable {
        @Override
        public void close() {
            lags.forEach(ConsumerLag::close);
        }
    }

    @Bean(destroyMethod = "close")
    InputLag inputLag(ObjectProvider<BindingServiceProperties> bindingService, PipelineMeters meters,
                      ObjectProvider<KafkaProperties> kafkaProperties,
                      @Value("${newsflow.metrics.lag-refresh:15s}") Duration refresh) {
        KafkaProperties properties = kafkaProperties.getIfAvailable(KafkaProperties::new);
        List<ConsumerLag> lags = new ArrayList<>();
        BindingServiceProperties bindings = bindingService.getIfAvailable();
        if (bindings == null) {
            return new InputLag(List.of());
        }
        bindings.getBindings().forEach((name, binding) -> {
            if (!name.contains("-in-") || binding.getGroup() == null || binding.getDestination() == null) {
                return;
            }
            for (String topic : binding.getDestination().split(",")) {
                lags.add(new ConsumerLag(properties.buildAdminProperties(), binding.getGroup(), topic.trim(),
                        meters.stage(), meters.registry(), refresh));
            }
        });
        return new InputLag(List.copyOf(lags));
    }
}
