package dev.newsflow.indexer;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.util.BinaryData;
import co.elastic.clients.util.ContentType;
import dev.newsflow.articles.ArticleDocument;
import dev.newsflow.articles.ArticleIndex;
import dev.newsflow.model.Article;
import dev.newsflow.model.EnrichedArticle;
import dev.newsflow.model.Entity;
import dev.newsflow.model.EntityType;
import dev.newsflow.model.TopicScore;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Throughput of {@link BulkIndexer} (document building, external versions, per-item checks) next to a plain bulk
 * load of the same documents into the same node, as a ratio ({@code ./newsflow bench index}).
 */
public final class IndexBenchmark {

    /**
     * One measurement.
     *
     * @param docs         documents written by each contender
     * @param plainPerSec  plain bulk load: documents per second
     * @param indexerPerSec BulkIndexer: documents per second
     * @param plainNodeCpuMsPerDoc   the node's CPU per document of the plain load, NaN when its process is not ours
     * @param indexerNodeCpuMsPerDoc the node's CPU per document through BulkIndexer, NaN likewise
     */
    public record Result(int docs, double plainPerSec, double indexerPerSec, double plainNodeCpuMsPerDoc,
                         double indexerNodeCpuMsPerDoc) {
        public double ratio() {
            return indexerPerSec / plainPerSec;
        }
    }

    /** CPU time used so far by the Elasticsearch node, in nanoseconds; or none when it runs elsewhere. */
    public interface NodeCpu {
        long nanos();

        NodeCpu UNKNOWN = () -> -1;
    }

    private static final String[] WORDS = ("the government said on tuesday that talks with officials in berlin and "
            + "moscow would continue next week after a meeting of ministers minister president election market shares "
            + "bank rates inflation economy court ruling police said investigation city council energy prices climate "
            + "summit leaders agreed statement spokesman reporters percent year month analysts expect growth company")
            .split(" ");

    private IndexBenchmark() {
    }

    /** Writes {@code docs} synthetic articles each way into fresh indices (deleted afterwards) and times both. */
    public static Result run(ElasticsearchClient client, int docs, int batch) throws IOException {
        return run(client, docs, batch, NodeCpu.UNKNOWN);
    }

    /**
     * As {@link #run(ElasticsearchClient, int, int)}, also charging the node's CPU to each contender: on a machine
     * others share, CPU per document is the comparable figure, not documents per second.
     */
    public static Result run(ElasticsearchClient client, int docs, int batch, NodeCpu nodeCpu) throws IOException {
        String suffix = Long.toString(System.currentTimeMillis(), 36);
        ArticleIndex plainIndex = new ArticleIndex(client, "bench-plain-" + suffix);
        ArticleIndex indexerIndex = new ArticleIndex(client, "bench-indexer-" + suffix);
        try {
            plainIndex.ensure();
            indexerIndex.ensure();
            List<EnrichedArticle> articles = articles(docs, 42);
            BulkIndexer indexer = new BulkIndexer(client, indexerIndex.alias(), true, BulkIndexer.Settings.defaults(),
                    Clock.systemUTC());
            // Warm both paths (JIT, connections, index creation) before timing.
            List<EnrichedArticle> warmup = articles(Math.min(1_000, docs), 7);
            plainLoad(client, plainIndex.alias(), warmup, batch);
            indexer.index(warmup);

            // A-B-B-A over two halves, so that index growth and merges weigh on both contenders alike.
            int half = articles.size() / 2;
            List<EnrichedArticle> first = articles.subList(0, half);
            List<EnrichedArticle> second = articles.subList(half, articles.size());
            long[] plainCpu = {0};
            long[] indexerCpu = {0};
            long plainNanos = timed(nodeCpu, plainCpu, () -> plainLoad(client, plainIndex.alias(), first, batch));
            long indexerNanos = timed(nodeCpu, indexerCpu, () -> indexerLoad(indexer, first, batch));
            indexerNanos += timed(nodeCpu, indexerCpu, () -> indexerLoad(indexer, second, batch));
            plainNanos += timed(nodeCpu, plainCpu, () -> plainLoad(client, plainIndex.alias(), second, batch));
            client.indices().refresh(r -> r.index(plainIndex.alias()));
            client.indices().refresh(r -> r.index(indexerIndex.alias()));
            boolean known = nodeCpu.nanos() >= 0;
            return new Result(docs, docs / seconds(plainNanos), docs / seconds(indexerNanos),
                    known ? plainCpu[0] / 1e6 / docs : Double.NaN, known ? indexerCpu[0] / 1e6 / docs : Double.NaN);
        } finally {
            deleteQuietly(client, plainIndex);
            deleteQuietly(client, indexerIndex);
        }
    }

    private interface Load {
        void run() throws IOException;
    }

    /** Wall nanoseconds of {@code load}; the node's CPU meanwhile is added to {@code cpu[0]}. */
    private static long timed(NodeCpu nodeCpu, long[] cpu, Load load) throws IOException {
        long cpu0 = nodeCpu.nanos();
        long t0 = System.nanoTime();
        load.run();
        long wall = System.nanoTime() - t0;
        cpu[0] += nodeCpu.nanos() - cpu0;
        return wall;
    }

    /** The indexer's path: poll-sized batches through BulkIndexer, every item checked. */
    private static void indexerLoad(BulkIndexer indexer, List<EnrichedArticle> articles, int batch) {
        for (int from = 0; from < articles.size(); from += batch) {
            BulkIndexer.Result result = indexer.index(articles.subList(from, Math.min(articles.size(), from + batch)));
            if (!result.complete() || !result.of(BulkIndexer.Rejected.class).isEmpty()) {
                throw new IllegalStateException("benchmark documents not all indexed: " + result.outcomes().stream()
                        .filter(o -> !(o instanceof BulkIndexer.Indexed)).findFirst().orElseThrow());
            }
        }
    }

    /** The baseline: the same documents, ids only, no versions, only the response's errors flag checked. */
    private static void plainLoad(ElasticsearchClient client, String alias, List<EnrichedArticle> articles, int batch)
            throws IOException {
        Instant now = Instant.now();
        for (int from = 0; from < articles.size(); from += batch) {
            List<BulkOperation> ops = new ArrayList<>();
            for (EnrichedArticle a : articles.subList(from, Math.min(articles.size(), from + batch))) {
                BinaryData source = BinaryData.of(ArticleDocument.from(a, now).toJson(), ContentType.APPLICATION_JSON);
                ops.add(BulkOperation.of(o -> o.index(i -> i.index(alias).id(a.id()).document(source))));
            }
            BulkResponse response = client.bulk(b -> b.operations(ops));
            if (response.errors()) {
                throw new IllegalStateException("plain bulk load failed: " + response.items().stream()
                        .filter(i -> i.error() != null).findFirst().orElseThrow().error().reason());
            }
        }
    }

    /** {@code n} articles of about 4.5 KB with entities and topics, reproducible from {@code seed}. */
    public static List<EnrichedArticle> articles(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<EnrichedArticle> articles = new ArrayList<>(n);
        Instant base = Instant.parse("2024-01-01T00:00:00Z");
        for (int i = 0; i < n; i++) {
            StringBuilder body = new StringBuilder();
            for (int w = 0; w < 650; w++) {
                body.append(WORDS[random.nextInt(WORDS.length)]).append(w % 60 == 59 ? ".\n\n" : " ");
            }
            String url = "https://bench.example.com/" + seed + "/" + i;
            Instant at = base.plusSeconds(random.nextInt(30_000_000));
            Article article = new Article(0, null, url, null, "Bench News", "Story " + i + ": "
                    + WORDS[random.nextInt(WORDS.length)] + " " + WORDS[random.nextInt(WORDS.length)], null,
                    List.of("Reporter " + random.nextInt(50)), at, null, List.of("World", "Europe"), "en",
                    body.toString(), List.of(), List.of(), List.of(), Map.of(), 650, at);
            List<Entity> entities = List.of(
                    new Entity("Person " + random.nextInt(200), EntityType.PERSON, 3, null, 10, 0.8),
                    new Entity("Org " + random.nextInt(100), EntityType.ORGANIZATION, 2, null, 50, 0.5),
                    new Entity("Place " + random.nextInt(80), EntityType.LOCATION, 1, null, 90, 0.3));
            articles.add(new EnrichedArticle(0, article, entities, List.of("world", "world/europe"),
                    List.of(new TopicScore("medtop:11000000", "politics", "politics", 0.7)), at));
        }
        return articles;
    }

    public static int averageSize() {
        List<EnrichedArticle> sample = articles(20, 1);
        return (int) sample.stream().mapToInt(a -> ArticleDocument.from(a, Instant.now()).toJson().length).average()
                .orElse(0);
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static void deleteQuietly(ElasticsearchClient client, ArticleIndex index) {
        try {
            for (String concrete : index.indices()) {
                client.indices().delete(d -> d.index(concrete));
            }
            client.indices().deleteIndexTemplate(d -> d.name(index.alias()));
        } catch (IOException | RuntimeException e) {
            System.err.println("could not delete benchmark index " + index.alias() + ": " + e.getMessage());
        }
    }
}
