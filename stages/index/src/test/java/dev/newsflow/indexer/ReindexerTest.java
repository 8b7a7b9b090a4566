package dev.newsflow.indexer;

import static dev.newsflow.articles.ElasticsearchTestSupport.count;
import static dev.newsflow.articles.ElasticsearchTestSupport.source;
import static dev.newsflow.articles.ElasticsearchTestSupport.uniqueAlias;
import static dev.newsflow.articles.ElasticsearchTestSupport.version;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.articles.ArticleIndex;
import dev.newsflow.articles.ElasticsearchConnection;
import dev.newsflow.model.EnrichedArticle;
import dev.newsflow.stack.junit.TestStack;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Reindexing into the next index version while the indexer keeps writing through the alias. */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class ReindexerTest {

    private static ElasticsearchConnection es;

    @BeforeAll
    static void connect() {
        es = ElasticsearchConnection.to(TestStack.elasticsearchUrl(), Duration.ofMinutes(5));
    }

    @AfterAll
    static void close() {
        es.close();
    }

    @Test
    void movesTheAliasToTheNextVersionWithEveryDocumentAndItsVersion() throws IOException {
        String alias = uniqueAlias("reindex");
        ArticleIndex index = new ArticleIndex(es.client(), alias);
        index.ensure();
        BulkIndexer indexer = BulkIndexer.toAlias(es.client(), alias);
        List<EnrichedArticle> articles = IndexBenchmark.articles(300, 3);
        indexer.index(articles);

        Reindexer.Report report = new Reindexer(es.client(), index, Clock.systemUTC()).reindex();

        assertThat(report.from()).isEqualTo(alias + "-v1");
        assertThat(report.to()).isEqualTo(alias + "-v2");
        assertThat(report.copied()).isEqualTo(300);
        assertThat(index.indices()).containsExactly(alias + "-v2");
        assertThat(index.writeIndex()).contains(alias + "-v2");
        assertThat(count(es.client(), alias)).isEqualTo(300);
        EnrichedArticle some = articles.get(123);
        assertThat(version(es.client(), alias, some.id())).isEqualTo(BulkIndexer.externalVersion(some.article().revision(), 0));
        // An older event replayed after the reindex is still stale in the new index.
        assertThat(indexer.index(List.of(some)).outcomes()).hasExactlyElementsOfTypes(BulkIndexer.Stale.class);
    }

    @Test
    void loosesNoWriteThatHappensDuringTheSwap() throws Exception {
        String alias = uniqueAlias("swap");
        ArticleIndex index = new ArticleIndex(es.client(), alias);
        index.ensure();
        BulkIndexer indexer = BulkIndexer.toAlias(es.client(), alias);
        indexer.index(IndexBenchmark.articles(2_000, 5));

        // A writer keeps indexing new articles in small batches while the reindex runs.
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong batches = new AtomicLong();
        ConcurrentHashMap<String, Long> written = new ConcurrentHashMap<>();
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            for (int round = 0; !stop.get() || round < 3; round++) {
                List<EnrichedArticle> batch = IndexBenchmark.articles(20, 1_000 + round);
                BulkIndexer.Result result = indexer.index(batch);
                result.of(BulkIndexer.Indexed.class).forEach(i -> written.put(i.id(), i.notice().version()));
                assertThat(result.complete()).as("batch %d written", round).isTrue();
                batches.incrementAndGet();
            }
        });
        Reindexer.Report report = new Reindexer(es.client(), index, Clock.systemUTC()).reindex();
        stop.set(true);
        writer.get(2, TimeUnit.MINUTES);

        assertThat(batches.get()).isGreaterThanOrEqualTo(3);
        assertThat(index.indices()).containsExactly(report.to());
        es.client().indices().refresh(r -> r.index(alias));
        for (var entry : written.entrySet()) {
            assertThat(source(es.client(), alias, entry.getKey())).as("document %s", entry.getKey()).isNotNull();
            assertThat(version(es.client(), alias, entry.getKey())).isEqualTo(entry.getValue());
        }
        assertThat(count(es.client(), alias)).isEqualTo(2_000 + written.size());
    }
}
