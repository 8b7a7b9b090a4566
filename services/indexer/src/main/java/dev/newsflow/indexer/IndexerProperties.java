package dev.newsflow.indexer;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The indexer's own settings ({@code newsflow.indexer.*} in application.yml).
 *
 * @param elasticsearchUrl     Elasticsearch base URL
 * @param elasticsearchTimeout how long a request waits for Elasticsearch's answer before it counts as failed (and its
 *                             batch is redelivered): long enough for a large bulk request on a busy node
 * @param alias                the alias readers query and the indexer writes to; indices are {@code <alias>-v<n>}
 * @param bulkMaxDocs          documents per bulk request at most (a poll larger than this is split)
 * @param bulkMaxBytes         bytes of documents per bulk request at most
 * @param bulkAttempts         tries of a throttled (429/5xx) item inside one poll before the batch is redelivered
 * @param bulkBackoff          first wait between those tries
 * @param redeliveryBackoff    first wait before a failed batch is redelivered (Elasticsearch down)
 * @param redeliveryMaxBackoff longest wait between redeliveries; they never stop, so an outage pauses consumption
 * @param sendTimeout          how long to wait for the broker to acknowledge dead letters and notices
 * @param generation           the pipeline generation in every document's external version (0-999): raise it after
 *                             a parser or enricher upgrade, then drop the pages again, and their documents are
 *                             replaced; see {@link BulkIndexer#externalVersion(long, int)}
 */
@ConfigurationProperties("newsflow.indexer")
public record IndexerProperties(
        @DefaultValue("http://localhost:9200") String elasticsearchUrl,
        @DefaultValue("60s") Duration elasticsearchTimeout,
        @DefaultValue("articles") String alias,
        @DefaultValue("1000") int bulkMaxDocs,
        @DefaultValue("5242880") long bulkMaxBytes,
        @DefaultValue("3") int bulkAttempts,
        @DefaultValue("200ms") Duration bulkBackoff,
        @DefaultValue("1s") Duration redeliveryBackoff,
        @DefaultValue("30s") Duration redeliveryMaxBackoff,
        @DefaultValue("30s") Duration sendTimeout,
        @DefaultValue("0") int generation) {
}
