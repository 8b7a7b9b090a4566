package dev.newsflow.indexer;

import static dev.newsflow.messaging.DeadLetter.MALFORMED_EVENT;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import dev.newsflow.articles.ArticleIndex;
import dev.newsflow.indexer.BulkIndexer.Indexed;
import dev.newsflow.indexer.BulkIndexer.Rejected;
import dev.newsflow.indexer.BulkIndexer.Retryable;
import dev.newsflow.indexer.BulkIndexer.Stale;
import dev.newsflow.messaging.TraceContext;
import dev.newsflow.model.EnrichedArticle;
import dev.newsflow.model.Events;
import dev.newsflow.model.IndexedNotice;
import dev.newsflow.model.MalformedEventException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The indexer stage on one polled batch of {@code news.articles.enriched} records: decode, one bulk write, then
 * dead letters for what cannot be indexed and notices for what is searchable. All or nothing per batch: if any
 * document must be retried (Elasticsearch overloaded or down), nothing is sent and {@link RetryLaterException} is
 * thrown so that the whole batch is redelivered; the documents that did land are then stale no-ops.
 */
public final class IndexingStage {

    /**
     * One consumed record.
     *
     * @param key     the record key (the article id), or {@code null}
     * @param payload the record value, untouched
     * @param topic   the topic it was read from
     * @param headers its headers, untouched
     * @param trace   the indexer's trace context for it: a child of its {@code traceparent}
     *                ({@link TraceContext#continueFrom}), written on its notice or its dead letter
     */
    public record Incoming(byte[] key, byte[] payload, String topic, Map<String, byte[]> headers, TraceContext trace) {
        public Incoming {
            Objects.requireNonNull(topic, "topic");
            Objects.requireNonNull(trace, "trace");
            headers = headers == null ? Map.of() : Map.copyOf(headers);
        }

        /** A record whose trace continues its {@code traceparent}, or a new trace if it carries none. */
        public Incoming(byte[] key, byte[] payload, String topic, Map<String, byte[]> headers) {
            this(key, payload, topic, headers,
                    TraceContext.from(headers).map(TraceContext::child).orElseGet(TraceContext::start));
        }
    }

    /** A record to dead-letter with a reason a person can act on. */
    public record DeadLetter(Incoming original, String reasonCode, String reason) {
    }

    /** A notice that an article is searchable, with the trace of the record it was indexed from. */
    public record Notice(IndexedNotice event, TraceContext trace) {
        public Notice {
            Objects.requireNonNull(event, "event");
            Objects.requireNonNull(trace, "trace");
        }
    }

    /** Where the stage's output goes; both calls return only once the broker acknowledged every record. */
    public interface Outbox {
        void deadLetters(List<DeadLetter> deadLetters);

        void notices(List<Notice> notices);
    }

    /** What one batch came to. */
    public record Summary(int indexed, int stale, int rejected, int malformed) {
    }

    /** Elasticsearch could not take (all of) the batch now: redeliver it later, acknowledge nothing. */
    public static final class RetryLaterException extends RuntimeException {
        public RetryLaterException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final ArticleIndex index;
    private final BulkIndexer indexer;
    private volatile boolean indexReady;

    public IndexingStage(ArticleIndex index, BulkIndexer indexer) {
        this.index = Objects.requireNonNull(index, "index");
        this.indexer = Objects.requireNonNull(indexer, "indexer");
    }

    /**
     * Makes sure the template and alias exist (once per process; also retried lazily from {@link #process}, so an
     * indexer started before Elasticsearch waits for it instead of failing).
     */
    public void ensureIndex() throws IOException {
        if (!indexReady) {
            index.ensure();
            indexReady = true;
        }
    }

    /**
     * Processes one batch.
     *
     * @throws RetryLaterException when Elasticsearch is unreachable or some documents must be retried
     */
    public Summary process(List<Incoming> batch, Outbox outbox) {
        try {
            ensureIndex();
        } catch (IOException | ElasticsearchException e) {
            throw new RetryLaterException("Elasticsearch is not ready (index " + index.alias() + "): " + e.getMessage(), e);
        }
        List<DeadLetter> deadLetters = new ArrayList<>();
        List<Incoming> decoded = new ArrayList<>();
        List<EnrichedArticle> articles = new ArrayList<>();
        for (Incoming record : batch) {
            try {
                if (record.payload() == null) {
                    throw new MalformedEventException("empty record: no EnrichedArticle", null);
                }
                articles.add(Events.fromJson(record.payload(), EnrichedArticle.class));
                decoded.add(record);
            } catch (MalformedEventException e) {
                deadLetters.add(new DeadLetter(record, MALFORMED_EVENT, e.getMessage()));
            }
        }
        BulkIndexer.Result result = indexer.index(articles);
        if (!result.complete()) {
            List<Retryable> retryable = result.of(Retryable.class);
            if (retryable.stream().anyMatch(r -> r.reason().contains("index_not_found_exception"))) {
                indexReady = false; // the alias vanished: recreate it before the next attempt
            }
            throw new RetryLaterException(retryable.size() + " of " + articles.size() + " documents not written, "
                    + "redelivering the batch: " + retryable.getFirst().reason(), null);
        }
        List<Notice> notices = new ArrayList<>();
        for (BulkIndexer.Outcome outcome : result.outcomes()) {
            switch (outcome) {
                case Indexed i -> notices.add(new Notice(i.notice(), decoded.get(i.position()).trace()));
                case Stale s -> notices.add(new Notice(s.notice(), decoded.get(s.position()).trace()));
                case Rejected r -> deadLetters.add(new DeadLetter(decoded.get(r.position()), r.reasonCode(),
                        "Elasticsearch rejected document " + r.id() + " (HTTP " + r.status() + "): " + r.reason()));
                case Retryable r -> throw new IllegalStateException("unreachable: result was complete");
            }
        }
        if (!deadLetters.isEmpty()) {
            outbox.deadLetters(deadLetters);
        }
        if (!notices.isEmpty()) {
            outbox.notices(notices);
        }
        return new Summary(result.of(Indexed.class).size(), result.of(Stale.class).size(),
                result.of(Rejected.class).size(), batch.size() - decoded.size());
    }
}
