package dev.newsflow.indexer;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.ErrorCause;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.transport.TransportException;
import co.elastic.clients.util.BinaryData;
import co.elastic.clients.util.ContentType;
import dev.newsflow.messaging.Causes;
import dev.newsflow.articles.ArticleDocument;
import dev.newsflow.articles.ArticleIndex;
import dev.newsflow.model.EnrichedArticle;
import dev.newsflow.model.IndexedNotice;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Writes articles to Elasticsearch in bulk, idempotently and in revision order: document id = article id and
 * external version = {@link #externalVersion(long, int)} of the article's {@link dev.newsflow.model.Article#revision()}
 * and the indexer's generation, so a replay or a late older event is a version conflict, reported as {@link Stale}
 * ("noop"), never an overwrite, while raising the generation lets re-processed pages replace their documents. Every item of every bulk response is
 * checked: 429s, 5xx and an unreachable node are retried with backoff a few times and then reported
 * {@link Retryable} (the caller must not acknowledge them); documents Elasticsearch refuses (mapping conflicts,
 * malformed values, and a document larger on its own than the node's indexing-pressure limit, which no retry can
 * get in) are reported {@link Rejected} with Elasticsearch's reason, and the rest of the batch lands.
 */
public final class BulkIndexer {

    /**
     * How writes are batched and retried.
     *
     * @param maxDocs        documents per bulk request at most
     * @param maxBytes       bytes of document source per bulk request at most (one larger document goes alone)
     * @param attempts       tries of a retryable item within one call before it is reported {@link Retryable}
     * @param initialBackoff wait before the second try; doubled for each further one
     * @param maxBackoff     longest wait between tries
     * @param generation     the pipeline generation stamped into every external version, 0 to
     *                       {@value #GENERATIONS} - 1; see {@link #externalVersion(long, int)}
     */
    public record Settings(int maxDocs, long maxBytes, int attempts, Duration initialBackoff, Duration maxBackoff,
                           int generation) {
        public Settings {
            if (maxDocs < 1 || maxBytes < 1 || attempts < 1) {
                throw new IllegalArgumentException("maxDocs, maxBytes and attempts must be positive");
            }
            if (generation < 0 || generation >= GENERATIONS) {
                throw new IllegalArgumentException("generation must be 0 to " + (GENERATIONS - 1) + ", not " + generation);
            }
            Objects.requireNonNull(initialBackoff, "initialBackoff");
            Objects.requireNonNull(maxBackoff, "maxBackoff");
        }

        /** Generation 0. */
        public Settings(int maxDocs, long maxBytes, int attempts, Duration initialBackoff, Duration maxBackoff) {
            this(maxDocs, maxBytes, attempts, initialBackoff, maxBackoff, 0);
        }

        /** 1000 documents or 5 MB per request; 3 tries 200 ms then 400 ms apart (long outages are the caller's). */
        public static Settings defaults() {
            return new Settings(1_000, 5L * 1024 * 1024, 3, Duration.ofMillis(200), Duration.ofSeconds(2));
        }
    }

    /** A document ready to write: its id, external version and JSON source. */
    public record Doc(String id, long version, byte[] source) {
        public Doc {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(source, "source");
            // External versions must be >= 0; an article dated before 1970 still gets a valid one.
            version = Math.max(0, version);
        }

        /** The document of an enriched article, versioned for {@code generation}. */
        public static Doc of(ArticleDocument document, int generation) {
            return new Doc(document.id(), externalVersion(document.revision(), generation), document.toJson());
        }
    }

    /** Generations the external version can tell apart: 0 to 999. */
    public static final int GENERATIONS = 1000;

    /**
     * The external version of an article: its revision (epoch milliseconds, from 0) times {@value #GENERATIONS},
     * plus the pipeline generation. A newer revision always wins, whatever the generations; for the same revision,
     * a higher generation wins and an equal one is a replay. So after a parser or enricher upgrade, raising the
     * indexer's generation and dropping the pages again replaces their documents, while replays still change
     * nothing.
     */
    public static long externalVersion(long revision, int generation) {
        // clamped at both ends: before 1970 is 0, and no date can overflow into a negative version
        return Math.clamp(revision, 0, Long.MAX_VALUE / GENERATIONS - 1) * GENERATIONS + generation;
    }

    /** What became of one input document; {@link #position()} is its index in the input list. */
    public sealed interface Outcome permits Indexed, Stale, Rejected, Retryable {
        int position();

        String id();
    }

    /** Written: Elasticsearch created or updated the document. */
    public record Indexed(int position, String id, IndexedNotice notice) implements Outcome {
    }

    /** Not written because the index already holds this or a newer revision: a replay or a late event. */
    public record Stale(int position, String id, IndexedNotice notice) implements Outcome {
    }

    /**
     * Refused by Elasticsearch for its content, or for a size the node can never take (over its request size limit or
     * its indexing-pressure limit: {@link IndexingPressure#refusesForGood}); retrying cannot help, so it is
     * dead-lettered.
     *
     * @param errorType Elasticsearch's error type, e.g. {@code document_parsing_exception}
     * @param reason    Elasticsearch's reason with its causes
     */
    public record Rejected(int position, String id, int status, String errorType, String reason) implements Outcome {
        /**
         * A short machine-readable reason code for the dead letter, e.g. {@code es-document-parsing-exception}, or
         * {@value IndexingPressure#TOO_LARGE} for a document larger than the node takes in one request or than its
         * indexing-pressure limit.
         */
        public String reasonCode() {
            if (errorType.equals(IndexingPressure.REJECTED_EXECUTION) || errorType.equals(CONTENT_TOO_LARGE)) {
                return IndexingPressure.TOO_LARGE;
            }
            return "es-" + errorType.toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** Not written for now (overload, node errors, node unreachable): must be retried, not acknowledged. */
    public record Retryable(int position, String id, String reason) implements Outcome {
    }

    /** The outcomes of one call, in input order. */
    public record Result(List<Outcome> outcomes) {
        public Result {
            outcomes = List.copyOf(outcomes);
        }

        /** True when nothing needs retrying: every document is indexed, stale or rejected for good. */
        public boolean complete() {
            return outcomes.stream().noneMatch(o -> o instanceof Retryable);
        }

        public <T extends Outcome> List<T> of(Class<T> type) {
            return outcomes.stream().filter(type::isInstance).map(type::cast).toList();
        }
    }

    private final ElasticsearchClient client;
    private final String target;
    private final boolean requireAlias;
    private final Settings settings;
    private final Clock clock;
    private final Timer bulkLatency;
    private final MeterRegistry registry;

    /**
     * @param target       the alias or concrete index written to
     * @param requireAlias true when {@code target} is an alias: if it is missing, items fail (retryably) instead of
     *                     Elasticsearch auto-creating a dynamically mapped index under its name
     */
    public BulkIndexer(ElasticsearchClient client, String target, boolean requireAlias, Settings settings,
                       Clock clock) {
        this(client, target, requireAlias, settings, clock, new CompositeMeterRegistry());
    }

    /**
     * As {@link #BulkIndexer(ElasticsearchClient, String, boolean, Settings, Clock)}, metering every bulk request's
     * latency ({@value #BULK_LATENCY}) and every item Elasticsearch did not write ({@value #ITEM_FAILURES}) in
     * {@code registry}.
     */
    public BulkIndexer(ElasticsearchClient client, String target, boolean requireAlias, Settings settings,
                       Clock clock, MeterRegistry registry) {
        this.client = Objects.requireNonNull(client, "client");
        this.target = Objects.requireNonNull(target, "target");
        this.requireAlias = requireAlias;
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.registry = Objects.requireNonNull(registry, "registry");
        this.bulkLatency = Timer.builder(BULK_LATENCY).description("Time of one bulk request to Elasticsearch")
                .publishPercentileHistogram().register(registry);
    }

    /** Series of the bulk requests' latency (a timer with histogram buckets). */
    public static final String BULK_LATENCY = "newsflow.index.bulk";
    /**
     * Series of the items Elasticsearch did not write, labels {@code error_type} (Elasticsearch's, or
     * {@code unreachable}) and {@code retryable}; a version conflict (a replay) is no failure.
     */
    public static final String ITEM_FAILURES = "newsflow.index.item.failures";

    /** Writes to the alias {@code alias} (created by {@link ArticleIndex#ensure()}) with default settings. */
    public static BulkIndexer toAlias(ElasticsearchClient client, String alias) {
        return new BulkIndexer(client, alias, true, Settings.defaults(), Clock.systemUTC());
    }

    /** Indexes enriched articles; see {@link #write(List)}. */
    public Result index(List<EnrichedArticle> articles) {
        var now = clock.instant();
        return write(articles.stream().map(a -> Doc.of(ArticleDocument.from(a, now), settings.generation())).toList());
    }

    /**
     * Writes documents, retrying retryable items up to {@link Settings#attempts()} times. Never throws for
     * Elasticsearch trouble: an unreachable node makes every unwritten document {@link Retryable}.
     */
    public Result write(List<Doc> docs) {
        Outcome[] outcomes = new Outcome[docs.size()];
        List<Integer> pending = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            pending.add(i);
        }
        Duration backoff = settings.initialBackoff();
        for (int attempt = 1; !pending.isEmpty(); attempt++) {
            List<Integer> again = new ArrayList<>();
            for (List<Integer> chunk : chunks(docs, pending)) {
                again.addAll(send(docs, chunk, outcomes));
            }
            pending = again;
            if (pending.isEmpty() || attempt >= settings.attempts()) {
                break;
            }
            sleep(backoff);
            backoff = min(backoff.multipliedBy(2), settings.maxBackoff());
        }
        return new Result(Arrays.asList(outcomes));
    }

    /** Sends one bulk request; records final outcomes and returns the positions to try again. */
    private List<Integer> send(List<Doc> docs, List<Integer> chunk, Outcome[] outcomes) {
        List<BulkOperation> operations = new ArrayList<>(chunk.size());
        for (int position : chunk) {
            Doc doc = docs.get(position);
            BinaryData source = BinaryData.of(doc.source(), ContentType.APPLICATION_JSON);
            operations.add(BulkOperation.of(op -> op.index(ix -> ix.index(target).id(doc.id())
                    .version(doc.version()).versionType(VersionType.External).document(source))));
        }
        BulkResponse response;
        Timer.Sample started = Timer.start(registry);
        try {
            response = client.bulk(b -> b.operations(operations).requireAlias(requireAlias));
        } catch (IOException | ElasticsearchException e) {
            started.stop(bulkLatency);
            Rejected tooLarge = chunk.size() == 1 ? tooLarge(chunk.getFirst(), docs.get(chunk.getFirst()), e) : null;
            if (tooLarge != null) {
                failed(tooLarge.errorType(), false, 1);
                outcomes[tooLarge.position()] = tooLarge;
                return List.of();
            }
            String reason = "Elasticsearch unavailable: " + Causes.describe(e);
            failed("unreachable", true, chunk.size());
            for (int position : chunk) {
                outcomes[position] = new Retryable(position, docs.get(position).id(), reason);
            }
            return chunk;
        }
        started.stop(bulkLatency);
        List<BulkResponseItem> items = response.items();
        if (items.size() != chunk.size()) {
            throw new IllegalStateException("bulk response has " + items.size() + " items for " + chunk.size()
                    + " operations");
        }
        List<Integer> again = new ArrayList<>();
        var confirmedAt = clock.instant();
        for (int i = 0; i < chunk.size(); i++) {
            int position = chunk.get(i);
            Doc doc = docs.get(position);
            Outcome outcome = classify(position, doc, items.get(i), chunk.size() == 1, confirmedAt);
            outcomes[position] = outcome;
            if (outcome instanceof Retryable) {
                again.add(position);
            }
            if (outcome instanceof Retryable || outcome instanceof Rejected) {
                ErrorCause error = items.get(i).error();
                failed(error == null || error.type() == null ? "unknown" : error.type(),
                        outcome instanceof Retryable, 1);
            }
        }
        return again;
    }

    /**
     * @param alone whether the document went in a bulk request of its own: only then is a refusal of the request's
     *              size a refusal of the document's
     */
    private Outcome classify(int position, Doc doc, BulkResponseItem item, boolean alone, Instant confirmedAt) {
        ErrorCause error = item.error();
        if (error == null) {
            long version = item.version() == null ? doc.version() : item.version();
            return new Indexed(position, doc.id(),
                    new IndexedNotice(0, doc.id(), item.index(), version, item.result(), confirmedAt));
        }
        String type = error.type() == null ? "unknown" : error.type();
        if (item.status() == 409 && type.equals("version_conflict_engine_exception")) {
            return new Stale(position, doc.id(),
                    new IndexedNotice(0, doc.id(), item.index(), doc.version(), "noop", confirmedAt));
        }
        if (retryable(item.status(), type) && !(alone && IndexingPressure.refusesForGood(error))) {
            return new Retryable(position, doc.id(), item.status() + " " + reasonOf(error));
        }
        return new Rejected(position, doc.id(), item.status(), type, reasonOf(error));
    }

    /**
     * The refusal of a whole bulk request holding one document, for that document's size, or null: the node takes no
     * request body over {@code http.max_content_length} (413, 100 MiB by default), and its coordinating stage no
     * request over its indexing-pressure limit ({@link IndexingPressure}). Both refuse it again on every retry.
     */
    private static Rejected tooLarge(int position, Doc doc, Exception failure) {
        if (failure instanceof TransportException http && http.statusCode() == 413) {
            return new Rejected(position, doc.id(), 413, CONTENT_TOO_LARGE, "the node takes no request of "
                    + doc.source().length + " bytes (http.max_content_length): " + Causes.describe(failure));
        }
        if (failure instanceof ElasticsearchException refused && IndexingPressure.refusesForGood(refused.error())) {
            return new Rejected(position, doc.id(), refused.status(), refused.error().type(), reasonOf(refused.error()));
        }
        return null;
    }

    /** The error type of a document refused with HTTP 413 (RFC 9110's name for it): the node gives none. */
    static final String CONTENT_TOO_LARGE = "content_too_large";

    private void failed(String errorType, boolean retryable, int items) {
        Counter.builder(ITEM_FAILURES).description("Items Elasticsearch did not write, by error type")
                .tag("error_type", errorType).tag("retryable", String.valueOf(retryable))
                .register(registry).increment(items);
    }

    /** Infrastructure trouble, not the document's fault: overload, node errors, a missing index, a write block. */
    static boolean retryable(int status, String errorType) {
        return status == 429 || status >= 500
                || errorType.equals("index_not_found_exception")
                || errorType.equals("cluster_block_exception")
                || errorType.equals("es_rejected_execution_exception")
                || errorType.equals("unavailable_shards_exception");
    }

    /** Elasticsearch's reason with its causes: {@code type: reason; caused by type: reason}. */
    static String reasonOf(ErrorCause error) {
        StringBuilder text = new StringBuilder();
        for (ErrorCause e = error; e != null; e = e.causedBy()) {
            if (!text.isEmpty()) {
                text.append("; caused by ");
            }
            text.append(e.type()).append(": ").append(e.reason());
        }
        return text.toString();
    }

    private List<List<Integer>> chunks(List<Doc> docs, List<Integer> positions) {
        List<List<Integer>> chunks = new ArrayList<>();
        List<Integer> current = new ArrayList<>();
        long bytes = 0;
        for (int position : positions) {
            long size = docs.get(position).source().length;
            if (!current.isEmpty() && (current.size() >= settings.maxDocs() || bytes + size > settings.maxBytes())) {
                chunks.add(current);
                current = new ArrayList<>();
                bytes = 0;
            }
            current.add(position);
            bytes += size;
        }
        if (!current.isEmpty()) {
            chunks.add(current);
        }
        return chunks;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while backing off", e);
        }
    }
}
