package dev.newsflow.indexer;

import static dev.newsflow.articles.ElasticsearchTestSupport.count;
import static dev.newsflow.articles.ElasticsearchTestSupport.source;
import static dev.newsflow.articles.ElasticsearchTestSupport.uniqueAlias;
import static dev.newsflow.articles.ElasticsearchTestSupport.version;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.newsflow.articles.ArticleFields;
import dev.newsflow.articles.ArticleIndex;
import dev.newsflow.articles.ElasticsearchConnection;
import dev.newsflow.indexer.BulkIndexer.Indexed;
import dev.newsflow.indexer.BulkIndexer.Rejected;
import dev.newsflow.indexer.BulkIndexer.Retryable;
import dev.newsflow.indexer.BulkIndexer.Stale;
import dev.newsflow.model.EnrichedArticle;
import dev.newsflow.model.Events;
import dev.newsflow.model.GoldenSamples;
import dev.newsflow.stack.junit.TestStack;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** BulkIndexer straight against a real Elasticsearch node. */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class BulkIndexerTest {

    private static ElasticsearchConnection es;
    private String alias;
    private BulkIndexer indexer;

    @BeforeAll
    static void connect() {
        es = ElasticsearchConnection.to(TestStack.elasticsearchUrl());
    }

    @AfterAll
    static void close() {
        es.close();
    }

    @BeforeEach
    void freshIndex() throws IOException {
        alias = uniqueAlias("bulk");
        assertThat(new ArticleIndex(es.client(), alias).ensure()).isEqualTo(alias + "-v1");
        indexer = BulkIndexer.toAlias(es.client(), alias);
    }

    @Test
    @SuppressWarnings("unchecked")
    void indexesTheGoldenArticleWithFacetFieldsAndReportsCreated() throws IOException {
        EnrichedArticle golden = Events.fromJson(GoldenSamples.bytes("enriched-article"), EnrichedArticle.class);

        BulkIndexer.Result result = indexer.index(List.of(golden));

        assertThat(result.complete()).isTrue();
        Indexed indexed = result.of(Indexed.class).getFirst();
        assertThat(indexed.notice().id()).isEqualTo(golden.id());
        assertThat(indexed.notice().index()).isEqualTo(alias + "-v1");
        assertThat(indexed.notice().result()).isEqualTo("created");
        assertThat(indexed.notice().version()).isEqualTo(BulkIndexer.externalVersion(golden.article().revision(), 0));
        Map<String, Object> doc = source(es.client(), alias, golden.id());
        assertThat(doc).containsEntry(ArticleFields.HEADLINE, "Bush and Putin's promising chemistry")
                .containsEntry(ArticleFields.SITE, "BBC News")
                .containsEntry(ArticleFields.PUBLISHED_AT, "2001-10-21T18:52:00Z")
                .containsEntry(ArticleFields.SECTION_PATH, "World / Americas");
        assertThat((List<Object>) doc.get(ArticleFields.PEOPLE)).contains("Vladimir Putin");
        // Full text with the English stop words removed: "the" in the query does not have to match.
        es.client().indices().refresh(r -> r.index(alias));
        long hits = es.client().search(s -> s.index(alias).query(q -> q.match(m -> m.field(ArticleFields.HEADLINE)
                .query("the promising chemistry").operator(co.elastic.clients.elasticsearch._types.query_dsl.Operator.And))),
                Map.class).hits().total().value();
        assertThat(hits).isEqualTo(1);
    }

    /**
     * Two articles with a body of 10 MiB each, the most the parser lets through, in one bulk: the node admits them
     * (LocalElasticsearch.INDEXING_PRESSURE_LIMIT). At its default limit it refused each alone with 429, every time.
     */
    @Test
    void indexesArticlesAtTheParsersSizeLimit() throws IOException {
        StringBuilder body = new StringBuilder();
        while (body.length() < 10 * 1024 * 1024 - 100) {
            body.append("The council met again on Tuesday and decided nothing about the harbour.\n\n");
        }
        Instant when = Instant.parse("2024-03-02T10:00:00Z");
        List<EnrichedArticle> large = List.of(
                Articles.enriched("https://example.com/archive/1", "All of it", when, when, body.toString()),
                Articles.enriched("https://example.com/archive/2", "All of it again", when, when, body.toString()));

        BulkIndexer.Result result = indexer.index(large);

        assertThat(result.complete()).as(result.toString()).isTrue();
        assertThat(result.of(Indexed.class)).hasSize(2);
        assertThat(count(es.client(), alias)).isEqualTo(2);
    }

    /**
     * A document larger than the node takes in one request (over 100 MiB of JSON: {@code http.max_content_length}) is
     * refused with 413 however idle the node is. It must be rejected for good, so that it is dead-lettered instead of
     * being redelivered without end, while a small document of the same call lands. Before, it came back Retryable,
     * and the indexer redelivered its batch forever.
     */
    @Test
    void rejectsADocumentLargerThanTheNodeTakesInOneRequestForGood() throws IOException {
        assertRejectedForGood(101, 413);
    }

    /**
     * A document under the request limit but larger on its own than the node takes in one indexing operation
     * ({@code indexing_pressure.memory.max_operation_size}, 10 % of the test node's 384 MiB heap): a 40 MiB article
     * is refused with 429 on every try, even by an idle node.
     */
    @Test
    void rejectsADocumentLargerThanTheNodesIndexingPressureLimitForGood() throws IOException {
        assertRejectedForGood(40, 429);
    }

    private void assertRejectedForGood(int mebibytes, int status) throws IOException {
        String paragraph = "The council met again on Tuesday and decided nothing about the harbour.\n\n";
        String body = paragraph.repeat(mebibytes * 1024 * 1024 / paragraph.length());
        Instant when = Instant.parse("2024-03-02T10:00:00Z");
        List<EnrichedArticle> articles = List.of(
                Articles.enriched("https://example.com/dump/1", "Everything", when, when, body),
                Articles.enriched("https://example.com/news/2", "Harbour vote", when, when, paragraph));

        BulkIndexer.Result result = indexer.index(articles);

        assertThat(result.outcomes()).as(result.toString()).hasExactlyElementsOfTypes(Rejected.class, Indexed.class);
        Rejected rejected = result.of(Rejected.class).getFirst();
        assertThat(rejected.status()).as(rejected.reason()).isEqualTo(status);
        assertThat(rejected.reasonCode()).isEqualTo("es-document-too-large");
        assertThat(count(es.client(), alias)).isEqualTo(1);
    }

    @Test
    void duplicateDeliveriesAreOneDocumentAndTheReplayIsStale() throws IOException {
        EnrichedArticle article = Articles.enriched("https://example.com/a", "First", Instant.parse("2024-03-02T10:00:00Z"));

        BulkIndexer.Result first = indexer.index(List.of(article, article));
        BulkIndexer.Result replay = indexer.index(List.of(article));

        assertThat(first.outcomes()).hasExactlyElementsOfTypes(Indexed.class, Stale.class);
        assertThat(replay.outcomes()).hasExactlyElementsOfTypes(Stale.class);
        assertThat(replay.of(Stale.class).getFirst().notice().result()).isEqualTo("noop");
        assertThat(count(es.client(), alias)).isEqualTo(1);
        assertThat(version(es.client(), alias, article.id())).isEqualTo(BulkIndexer.externalVersion(article.article().revision(), 0));
    }

    @Test
    void anOlderRevisionArrivingLateDoesNotOverwriteTheNewer() throws IOException {
        EnrichedArticle older = Articles.enriched("https://example.com/b", "Old headline", Instant.parse("2024-03-02T10:00:00Z"));
        EnrichedArticle newer = Articles.enriched("https://example.com/b", "Corrected headline", Instant.parse("2024-03-02T12:00:00Z"));

        assertThat(indexer.index(List.of(newer)).outcomes()).hasExactlyElementsOfTypes(Indexed.class);
        assertThat(indexer.index(List.of(older)).outcomes()).hasExactlyElementsOfTypes(Stale.class);

        assertThat(source(es.client(), alias, newer.id())).containsEntry(ArticleFields.HEADLINE, "Corrected headline");
        assertThat(version(es.client(), alias, newer.id())).isEqualTo(BulkIndexer.externalVersion(newer.article().revision(), 0));
    }

    @Test
    void aHigherGenerationReplacesTheSameRevisionButNeverANewerOne() throws IOException {
        Instant at = Instant.parse("2024-03-02T10:00:00Z");
        EnrichedArticle oldModel = Articles.enriched("https://example.com/g", "Tagged by the old model", at);
        EnrichedArticle newModel = Articles.enriched("https://example.com/g", "Tagged by the new model", at);
        EnrichedArticle olderRevision = Articles.enriched("https://example.com/g", "An older revision", at.minusMillis(1));
        BulkIndexer generation1 = new BulkIndexer(es.client(), alias, true, new BulkIndexer.Settings(100, 1_000_000, 1,
                Duration.ofMillis(10), Duration.ofMillis(10), 1), Clock.systemUTC());

        assertThat(indexer.index(List.of(oldModel)).outcomes()).hasExactlyElementsOfTypes(Indexed.class);
        BulkIndexer.Result upgraded = generation1.index(List.of(newModel));

        assertThat(upgraded.of(Indexed.class).getFirst().notice().result()).isEqualTo("updated");
        assertThat(source(es.client(), alias, newModel.id())).containsEntry(ArticleFields.HEADLINE, "Tagged by the new model");
        assertThat(version(es.client(), alias, newModel.id())).isEqualTo(BulkIndexer.externalVersion(at.toEpochMilli(), 1));
        // a replay at the new generation, a late event of the old one, an older revision: none overwrites
        assertThat(generation1.index(List.of(newModel)).outcomes()).hasExactlyElementsOfTypes(Stale.class);
        assertThat(indexer.index(List.of(oldModel)).outcomes()).hasExactlyElementsOfTypes(Stale.class);
        assertThat(generation1.index(List.of(olderRevision)).outcomes()).hasExactlyElementsOfTypes(Stale.class);
        assertThat(source(es.client(), alias, newModel.id())).containsEntry(ArticleFields.HEADLINE, "Tagged by the new model");
    }

    @Test
    void externalVersionsOrderRevisionsFirstAndStayPositive() {
        assertThat(BulkIndexer.externalVersion(1_000, 999)).isLessThan(BulkIndexer.externalVersion(1_001, 0));
        assertThat(BulkIndexer.externalVersion(-5_000, 3)).isEqualTo(3); // before 1970
        assertThat(BulkIndexer.externalVersion(Long.MAX_VALUE, 999)).isPositive();
    }

    @Test
    void aNewerRevisionReplacesTheOlderAsUpdated() throws IOException {
        EnrichedArticle older = Articles.enriched("https://example.com/c", "Old headline", Instant.parse("2024-03-02T10:00:00Z"));
        EnrichedArticle newer = Articles.enriched("https://example.com/c", "New headline", Instant.parse("2024-03-02T11:00:00Z"));

        indexer.index(List.of(older));
        BulkIndexer.Result result = indexer.index(List.of(newer));

        assertThat(result.of(Indexed.class).getFirst().notice().result()).isEqualTo("updated");
        assertThat(source(es.client(), alias, newer.id())).containsEntry(ArticleFields.HEADLINE, "New headline");
    }

    @Test
    void rejectsADocumentWithAnUnparseableDateWithElasticsearchsReasonWhileTheRestLands() throws IOException {
        EnrichedArticle good1 = Articles.enriched("https://example.com/d1", "Good one", Instant.parse("2024-03-02T10:00:00Z"));
        // A valid Instant, but beyond the four-digit years of Elasticsearch's date format: ES refuses the document.
        EnrichedArticle farFuture = Articles.enriched("https://example.com/d2", "From the far future",
                Instant.parse("+20000-01-01T00:00:00Z"), Instant.parse("2024-03-02T10:00:00Z"));
        EnrichedArticle good2 = Articles.enriched("https://example.com/d3", "Good two", Instant.parse("2024-03-02T10:00:00Z"));

        BulkIndexer.Result result = indexer.index(List.of(good1, farFuture, good2));

        assertThat(result.outcomes()).hasExactlyElementsOfTypes(Indexed.class, Rejected.class, Indexed.class);
        Rejected rejected = result.of(Rejected.class).getFirst();
        assertThat(rejected.position()).isEqualTo(1);
        assertThat(rejected.id()).isEqualTo(farFuture.id());
        assertThat(rejected.status()).isEqualTo(400);
        assertThat(rejected.errorType()).isEqualTo("document_parsing_exception");
        assertThat(rejected.reasonCode()).isEqualTo("es-document-parsing-exception");
        assertThat(rejected.reason()).contains("failed to parse field [publishedAt] of type [date]");
        assertThat(count(es.client(), alias)).isEqualTo(2);
    }

    @Test
    void rejectsAFieldTheStrictMappingDoesNotKnow() {
        BulkIndexer.Result result = indexer.write(List.of(
                new BulkIndexer.Doc("x1", 1, "{\"id\":\"x1\",\"headline\":\"ok\"}".getBytes(StandardCharsets.UTF_8)),
                new BulkIndexer.Doc("x2", 1, "{\"id\":\"x2\",\"surprise\":1}".getBytes(StandardCharsets.UTF_8))));

        assertThat(result.outcomes()).hasExactlyElementsOfTypes(Indexed.class, Rejected.class);
        assertThat(result.of(Rejected.class).getFirst().reason()).contains("strict_dynamic_mapping_exception", "surprise");
    }

    @Test
    void reportsEveryDocumentRetryableWhenElasticsearchIsUnreachable() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (ElasticsearchConnection down = ElasticsearchConnection.to("http://127.0.0.1:" + closedPort)) {
            BulkIndexer unreachable = new BulkIndexer(down.client(), alias, true,
                    new BulkIndexer.Settings(100, 1_000_000, 2, Duration.ofMillis(10), Duration.ofMillis(10)),
                    Clock.systemUTC());

            BulkIndexer.Result result = unreachable.index(List.of(
                    Articles.enriched("https://example.com/e1", "One", Instant.parse("2024-03-02T10:00:00Z")),
                    Articles.enriched("https://example.com/e2", "Two", Instant.parse("2024-03-02T10:00:00Z"))));

            assertThat(result.complete()).isFalse();
            assertThat(result.outcomes()).hasExactlyElementsOfTypes(Retryable.class, Retryable.class);
            assertThat(result.of(Retryable.class).getFirst().reason()).startsWith("Elasticsearch unavailable");
        }
    }

    /**
     * A node that stops answering (SIGSTOP: a long GC pause, a hung host) keeps its port open, so only the response
     * timeout notices: the documents come back Retryable once it has passed, not when the node wakes up.
     */
    @Test
    void reportsEveryDocumentRetryableWhenElasticsearchStopsAnsweringForLongerThanTheTimeout() throws IOException {
        Duration timeout = Duration.ofSeconds(2);
        try (ElasticsearchConnection slow = ElasticsearchConnection.to(TestStack.elasticsearchUrl(), timeout)) {
            BulkIndexer frozen = new BulkIndexer(slow.client(), alias, true,
                    new BulkIndexer.Settings(100, 1_000_000, 1, Duration.ofMillis(10), Duration.ofMillis(10)),
                    Clock.systemUTC());
            BulkIndexer.Result result;
            long begin = System.nanoTime();
            TestStack.freezeElasticsearch();
            try {
                result = frozen.index(List.of(
                        Articles.enriched("https://example.com/f1", "One", Instant.parse("2024-03-02T10:00:00Z"))));
            } finally {
                TestStack.thawElasticsearch();
            }
            Duration took = Duration.ofNanos(System.nanoTime() - begin);

            assertThat(result.outcomes()).hasExactlyElementsOfTypes(Retryable.class);
            assertThat(took).as("answered by the timeout, not by the thaw").isLessThan(timeout.multipliedBy(5));
        }
    }

    @Test
    void retriesItemsElasticsearchThrottlesUntilTheyLand() throws IOException {
        // A stand-in node that throttles the first bulk (429 on one item) and accepts the retry.
        AtomicInteger bulks = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/_bulk", exchange -> {
            exchange.getRequestBody().readAllBytes();
            String body = bulks.incrementAndGet() == 1
                    ? "{\"errors\":true,\"took\":1,\"items\":[{\"index\":{\"_index\":\"t-v1\",\"_id\":\"a\",\"_version\":5,"
                      + "\"result\":\"created\",\"status\":201}},{\"index\":{\"_index\":\"t-v1\",\"_id\":\"b\",\"status\":429,"
                      + "\"error\":{\"type\":\"es_rejected_execution_exception\",\"reason\":\"rejected execution\"}}}]}"
                    : "{\"errors\":false,\"took\":1,\"items\":[{\"index\":{\"_index\":\"t-v1\",\"_id\":\"b\",\"_version\":5,"
                      + "\"result\":\"created\",\"status\":201}}]}";
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.getResponseHeaders().add("X-Elastic-Product", "Elasticsearch");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        try (ElasticsearchConnection fake = ElasticsearchConnection.to("http://127.0.0.1:" + server.getAddress().getPort())) {
            BulkIndexer throttled = new BulkIndexer(fake.client(), "t", true,
                    new BulkIndexer.Settings(100, 1_000_000, 3, Duration.ofMillis(10), Duration.ofMillis(10)),
                    Clock.systemUTC());

            BulkIndexer.Result result = throttled.write(List.of(
                    new BulkIndexer.Doc("a", 5, "{}".getBytes(StandardCharsets.UTF_8)),
                    new BulkIndexer.Doc("b", 5, "{}".getBytes(StandardCharsets.UTF_8))));

            assertThat(bulks.get()).isEqualTo(2);
            assertThat(result.complete()).isTrue();
            assertThat(result.outcomes()).hasExactlyElementsOfTypes(Indexed.class, Indexed.class);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void splitsLargeBatchesIntoBoundedBulkRequests() throws IOException {
        BulkIndexer small = new BulkIndexer(es.client(), alias, true,
                new BulkIndexer.Settings(7, 1_000_000, 1, Duration.ofMillis(10), Duration.ofMillis(10)), Clock.systemUTC());
        List<EnrichedArticle> articles = java.util.stream.IntStream.range(0, 30)
                .mapToObj(i -> Articles.enriched("https://example.com/s" + i, "Story " + i, Instant.parse("2024-03-02T10:00:00Z")))
                .toList();

        BulkIndexer.Result result = small.index(articles);

        assertThat(result.of(Indexed.class)).hasSize(30);
        assertThat(result.outcomes()).extracting(BulkIndexer.Outcome::position)
                .containsExactlyElementsOf(java.util.stream.IntStream.range(0, 30).boxed().toList());
        assertThat(count(es.client(), alias)).isEqualTo(30);
    }
}
