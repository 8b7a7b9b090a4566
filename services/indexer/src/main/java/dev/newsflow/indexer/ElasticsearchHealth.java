package dev.newsflow.indexer;

import co.elastic.clients.elasticsearch.cluster.HealthResponse;
import dev.newsflow.articles.ElasticsearchConnection;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/** /actuator/health's {@code elasticsearch} component: the cluster's health as the indexer's client sees it. */
@Component("elasticsearch")
class ElasticsearchHealth extends AbstractHealthIndicator {

    private final ElasticsearchConnection es;
    private final IndexerProperties properties;

    ElasticsearchHealth(ElasticsearchConnection es, IndexerProperties properties) {
        this.es = es;
        this.properties = properties;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) throws Exception {
        // GET / answers 405 on the local distribution, so ask the cluster health API instead of info().
        HealthResponse health = es.client().cluster().health();
        String status = health.status().jsonValue();
        (status.equals("red") ? builder.down() : builder.up())
                .withDetail("url", properties.elasticsearchUrl())
                .withDetail("cluster", health.clusterName())
                .withDetail("status", status)
                .withDetail("alias", properties.alias());
    }
}
