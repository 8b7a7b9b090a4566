package dev.newsflow.stack.junit;

import java.time.Duration;

import dev.newsflow.stack.LocalElasticsearch;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.elasticsearch.ElasticsearchContainer;
import org.testcontainers.kafka.KafkaContainer;

/**
 * Kafka and Elasticsearch from the same images as docker-compose.yml, via Testcontainers. Only touched by
 * {@link TestStack} after it checked that Testcontainers is on the classpath, so the default path needs no Docker.
 */
final class DockerStack {

    static final String KAFKA_IMAGE = "apache/kafka:4.1.2";
    static final String ELASTICSEARCH_IMAGE = "docker.elastic.co/elasticsearch/elasticsearch:9.2.8";

    private static KafkaContainer kafka;
    private static ElasticsearchContainer elasticsearch;

    private DockerStack() {
    }

    static boolean dockerAnswers() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    static synchronized String kafkaBootstrapServers() {
        if (kafka == null) {
            kafka = new KafkaContainer(KAFKA_IMAGE);
            kafka.start();
        }
        return kafka.getBootstrapServers();
    }

    static synchronized String elasticsearchUrl() {
        if (elasticsearch == null) {
            elasticsearch = new ElasticsearchContainer(ELASTICSEARCH_IMAGE)
                    .withEnv("xpack.security.enabled", "false")
                    .withEnv("indexing_pressure.memory.limit", LocalElasticsearch.INDEXING_PRESSURE_LIMIT)
                    .withEnv("ES_JAVA_OPTS", "-Xms" + LocalElasticsearch.HEAP + " -Xmx" + LocalElasticsearch.HEAP)
                    .withStartupTimeout(Duration.ofMinutes(3));
            elasticsearch.start();
        }
        return "http://" + elasticsearch.getHttpHostAddress();
    }

    static AutoCloseable closer() {
        return DockerStack::stopAll;
    }

    private static synchronized void stopAll() {
        if (kafka != null) {
            kafka.stop();
        }
        if (elasticsearch != null) {
            elasticsearch.stop();
        }
    }
}
