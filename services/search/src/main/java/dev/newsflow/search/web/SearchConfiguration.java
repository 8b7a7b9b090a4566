package dev.newsflow.search.web;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.newsflow.articles.ElasticsearchConnection;
import dev.newsflow.articles.search.ArticleSearch;

/** Wires {@link ArticleSearch} to the Elasticsearch named by {@code newsflow.search.elasticsearch-url}. */
@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

    /** A reader waits at most this long for Elasticsearch before the API answers 503 (the indexer waits longer). */
    static final Duration RESPONSE_TIMEOUT = Duration.ofSeconds(15);

    @Bean(destroyMethod = "close")
    ElasticsearchConnection elasticsearchConnection(@Value("${newsflow.search.elasticsearch-url}") String url) {
        return ElasticsearchConnection.to(url, RESPONSE_TIMEOUT);
    }

    @Bean
    ArticleSearch articleSearch(ElasticsearchConnection connection, @Value("${newsflow.search.alias}") String alias) {
        return new ArticleSearch(connection.client(), alias);
    }

    /** {@code /actuator/health} says DOWN while Elasticsearch does not answer: the API can only answer 503 then. */
    @Bean
    HealthIndicator elasticsearchHealthIndicator(ArticleSearch search,
                                                 @Value("${newsflow.search.elasticsearch-url}") String url) {
        return () -> search.reachable() ? Health.up().withDetail("url", url).build()
                : Health.down().withDetail("url", url).withDetail("reason", "Elasticsearch does not answer").build();
    }
}
