package dev.newsflow.indexer;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch.indices.IndicesBlockOptions;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import dev.newsflow.articles.ArticleFields;
import dev.newsflow.articles.ArticleIndex;
import dev.newsflow.model.Events;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds the next version of the articles index from the current one and moves the alias to it with no gap:
 * readers always see one complete index. Documents keep their external versions, so the indexer, which keeps
 * writing through the alias meanwhile, can never be overwritten by an older copy.
 *
 * <p>Elasticsearch's {@code _reindex} is a module the local distribution lacks, so the copy runs here: a point in
 * time, pages by {@code search_after}, bulk writes with external versions.
 *
 * <p>Steps: create {@code <alias>-v(n+1)} from the (re-applied) template; copy everything; refresh; swap the alias
 * in one atomic alias action; copy again what was written to the old index since the first copy began (a bulk
 * request that resolved the alias just before the swap lands in the old index), after a write block on the old index
 * has drained in-flight writes. The old index is kept, read-only, for rollback; delete it by hand once satisfied.
 */
public final class Reindexer {

    /** Documents written this long before the first copy began are copied again after the swap (clock skew, slow bulks). */
    private static final Duration CATCH_UP_MARGIN = Duration.ofMinutes(5);

    /**
     * What a reindex did.
     *
     * @param from      the index the alias pointed at
     * @param to        the new index it points at now
     * @param copied    documents created in {@code to} by the full copy
     * @param caughtUp  documents created or updated in {@code to} by the catch-up copy after the swap
     * @param took      wall-clock time
     */
    public record Report(String from, String to, long copied, long caughtUp, Duration took) {
    }

    private static final int PAGE = 1_000;

    private final ElasticsearchClient client;
    private final ArticleIndex index;
    private final Clock clock;
    private final Function<String, BulkIndexer> writer;

    public Reindexer(ElasticsearchClient client, ArticleIndex index, Clock clock) {
        this.client = Objects.requireNonNull(client, "client");
        this.index = Objects.requireNonNull(index, "index");
        this.clock = Objects.requireNonNull(clock, "clock");
        // Straight to the new concrete index (no alias yet), with versions and per-item checks as the indexer's.
        this.writer = target -> new BulkIndexer(client, target, false, BulkIndexer.Settings.defaults(), clock);
    }

    /** Reindexes into the next version and swaps the alias; see the class comment. */
    public Report reindex() throws IOException {
        Instant started = clock.instant();
        String from = index.ensure();
        String to = index.versionedName(index.versionOf(from) + 1);
        index.putTemplate(); // the template of this build: the new index gets today's mappings
        if (client.indices().exists(e -> e.index(to)).value()) {
            throw new IllegalStateException(to + " already exists (a reindex that did not finish?): inspect and delete it first");
        }
        client.indices().create(c -> c.index(to));

        // A point in time sees only refreshed documents: make the latest writes visible to the full copy.
        client.indices().refresh(r -> r.index(from));
        Copy full = copy(from, to, null);
        client.indices().refresh(r -> r.index(to));
        client.indices().updateAliases(u -> u
                .actions(a -> a.remove(r -> r.index(from).alias(index.alias())))
                .actions(a -> a.add(add -> add.index(to).alias(index.alias()).isWriteIndex(true))));
        // Writes that resolved the alias just before the swap may still land in the old index. A write block waits
        // for in-flight writes to finish and turns later ones into a retryable cluster_block_exception, which the
        // BulkIndexer retries through the alias, now pointing at the new index. Then nothing can be missed.
        client.indices().addBlock(b -> b.index(from).block(IndicesBlockOptions.Write));
        client.indices().refresh(r -> r.index(from));
        Copy catchUp = copy(from, to, started.minus(CATCH_UP_MARGIN));
        client.indices().refresh(r -> r.index(to));
        return new Report(from, to, full.created(), catchUp.created() + catchUp.updated(),
                Duration.between(started, clock.instant()));
    }

    /**
     * Copies {@code from} into {@code to} with each document's version, through a point in time and search_after
     * (the local distribution has no reindex module, so this is what {@code _reindex} would do, client-side);
     * a newer copy already in {@code to} wins by version.
     */
    private Copy copy(String from, String to, Instant indexedSince) throws IOException {
        String pit = client.openPointInTime(o -> o.index(from).keepAlive(k -> k.time("5m"))).id();
        long created = 0;
        long updated = 0;
        try {
            List<FieldValue> after = null;
            while (true) {
                List<FieldValue> searchAfter = after;
                SearchResponse<ObjectNode> page = client.search(s -> {
                    s.pit(p -> p.id(pit).keepAlive(k -> k.time("5m"))).size(PAGE).version(true)
                            .sort(o -> o.field(f -> f.field("_shard_doc")));
                    if (indexedSince != null) {
                        s.query(q -> q.range(r -> r.untyped(u -> u.field(ArticleFields.INDEXED_AT)
                                .gte(JsonData.of(indexedSince.toString())))));
                    }
                    if (searchAfter != null) {
                        s.searchAfter(searchAfter);
                    }
                    return s;
                }, ObjectNode.class);
                List<Hit<ObjectNode>> hits = page.hits().hits();
                if (hits.isEmpty()) {
                    break;
                }
                List<BulkIndexer.Doc> docs = new ArrayList<>(hits.size());
                for (Hit<ObjectNode> hit : hits) {
                    docs.add(new BulkIndexer.Doc(hit.id(), hit.version() == null ? 0 : hit.version(),
                            Events.mapper().writeValueAsBytes(hit.source())));
                }
                BulkIndexer.Result result = writer.apply(to).write(docs);
                for (BulkIndexer.Outcome outcome : result.outcomes()) {
                    switch (outcome) {
                        case BulkIndexer.Indexed i -> {
                            if ("created".equals(i.notice().result())) {
                                created++;
                            } else {
                                updated++;
                            }
                        }
                        case BulkIndexer.Stale s -> {
                            // the target already has this or a newer revision: that is the point
                        }
                        case BulkIndexer.Rejected r -> throw new IllegalStateException("copying " + from + " -> " + to
                                + ": " + to + " rejected " + r.id() + ": " + r.reason() + aliasNote(from, to, indexedSince));
                        case BulkIndexer.Retryable r -> throw new IllegalStateException("copying " + from + " -> " + to
                                + ": " + r.reason() + aliasNote(from, to, indexedSince));
                    }
                }
                after = hits.getLast().sort();
            }
        } finally {
            client.closePointInTime(c -> c.id(pit));
        }
        return new Copy(created, updated);
    }

    private String aliasNote(String from, String to, Instant indexedSince) {
        return "; the alias " + index.alias() + " points at " + (indexedSince == null ? from : to);
    }

    private record Copy(long created, long updated) {
    }

}
