package dev.newsflow.search.pipeline;

import java.time.Clock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.newsflow.articles.ElasticsearchConnection;
import dev.newsflow.articles.pipeline.FillDrift;
import dev.newsflow.articles.pipeline.IndexingRate;
import io.micrometer.core.instrument.MeterRegistry;

/** Wires the pipeline panel: the drift rule and indexing rate over the index, the brokers' view, the drift gauges. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PipelineProperties.class)
class PipelineConfiguration {

    @Bean
    FillDrift fillDrift(ElasticsearchConnection connection, @Value("${newsflow.search.alias}") String alias,
                        PipelineProperties properties) {
        return new FillDrift(connection.client(), alias, properties.drift().rule(), Clock.systemUTC());
    }

    @Bean
    IndexingRate indexingRate(ElasticsearchConnection connection, @Value("${newsflow.search.alias}") String alias) {
        return new IndexingRate(connection.client(), alias, Clock.systemUTC());
    }

    @Bean
    PipelineTopics pipelineTopics(PipelineProperties properties) {
        return new PipelineTopics(properties.kafkaBootstrapServers(), properties.kafkaTimeout(),
                properties.deadLettersShown());
    }

    @Bean(destroyMethod = "close")
    DriftGauges driftGauges(FillDrift drift, MeterRegistry registry, PipelineProperties properties) {
        return new DriftGauges(drift, registry, properties.drift().refresh());
    }
}
