package dev.newsflow.stack.junit;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/** JUnit extension behind {@link LocalStack}: starts the requested servers once per JVM via {@link TestStack}. */
public final class LocalStackExtension implements BeforeAllCallback, ParameterResolver {

    /** System property holding the broker's bootstrap servers once started. */
    public static final String KAFKA_PROPERTY = "newsflow.test.kafka.bootstrap-servers";
    /** System property holding the Elasticsearch URL once started. */
    public static final String ELASTICSEARCH_PROPERTY = "newsflow.test.elasticsearch.url";

    @Override
    public void beforeAll(ExtensionContext context) {
        LocalStack stack = AnnotationSupport.findAnnotation(context.getRequiredTestClass(), LocalStack.class).orElse(null);
        if (stack == null || stack.kafka()) {
            System.setProperty(KAFKA_PROPERTY, TestStack.kafkaBootstrapServers());
        }
        if (stack != null && stack.elasticsearch()) {
            System.setProperty(ELASTICSEARCH_PROPERTY, TestStack.elasticsearchUrl());
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext extension) {
        return parameter.getParameter().getType() == String.class
                && (parameter.isAnnotated(LocalStack.KafkaBootstrapServers.class)
                        || parameter.isAnnotated(LocalStack.ElasticsearchUrl.class));
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext extension) {
        if (parameter.isAnnotated(LocalStack.KafkaBootstrapServers.class)) {
            return TestStack.kafkaBootstrapServers();
        }
        if (parameter.isAnnotated(LocalStack.ElasticsearchUrl.class)) {
            return TestStack.elasticsearchUrl();
        }
        throw new ParameterResolutionException("Not a local-stack parameter: " + parameter.getParameter());
    }
}
