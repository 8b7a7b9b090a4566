package dev.newsflow.stream;

import dev.newsflow.messaging.PipelineMeters;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * The stage's {@link PipelineMeters} in the service's meter registry (served at {@code /actuator/prometheus}), named
 * after {@code spring.application.name}: {@code parser}, {@code enricher} or {@code indexer}, the same name its dead
 * letters carry.
 */
@AutoConfiguration
public class PipelineMetersAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    PipelineMeters pipelineMeters(ObjectProvider<MeterRegistry> registry, Environment environment) {
        String stage = environment.getRequiredProperty("spring.application.name");
        MeterRegistry meterRegistry = registry.getIfAvailable();
        return meterRegistry == null ? PipelineMeters.unmetered(stage) : new PipelineMeters(meterRegistry, stage);
    }
}
