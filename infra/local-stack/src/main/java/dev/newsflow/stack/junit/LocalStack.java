package dev.newsflow.stack.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Gives a test class a Kafka broker and/or an Elasticsearch node from {@link TestStack}, started before the first
 * test (so a test's {@code @Timeout} does not pay for startup). Their addresses are published as the system
 * properties {@value LocalStackExtension#KAFKA_PROPERTY} and {@value LocalStackExtension#ELASTICSEARCH_PROPERTY}
 * and injected into {@code String} parameters annotated {@link KafkaBootstrapServers} / {@link ElasticsearchUrl}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(LocalStackExtension.class)
public @interface LocalStack {

    /** Start a Kafka broker. */
    boolean kafka() default true;

    /** Start an Elasticsearch node. */
    boolean elasticsearch() default false;

    /** Marks a {@code String} parameter that receives {@link TestStack#kafkaBootstrapServers()}. */
    @Target(ElementType.PARAMETER)
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @interface KafkaBootstrapServers {
    }

    /** Marks a {@code String} parameter that receives {@link TestStack#elasticsearchUrl()}. */
    @Target(ElementType.PARAMETER)
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @interface ElasticsearchUrl {
    }
}
