package dev.newsflow.model;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * Notice on {@link Topics#ARTICLES_INDEXED} that a document is searchable, sent after Elasticsearch confirmed it.
 *
 * @param schemaVersion {@link #SCHEMA_VERSION} of the writer
 * @param id            the article id, which is the document id
 * @param index         the concrete index written (behind the {@code articles} alias)
 * @param version       the document's external version: the article's revision (epoch ms) times 1000 plus the
 *                      indexer's pipeline generation
 * @param result        Elasticsearch's result: {@code created}, {@code updated}, or {@code noop} for a stale or repeated event
 * @param indexedAt     when Elasticsearch confirmed the write
 */
public record IndexedNotice(int schemaVersion, String id, String index, long version, String result,
                            Instant indexedAt) {

    /** The version of this record's wire format. */
    public static final int SCHEMA_VERSION = 1;

    public IndexedNotice {
        requireNonNull(id, "id");
        requireNonNull(index, "index");
        schemaVersion = schemaVersion <= 0 ? SCHEMA_VERSION : schemaVersion;
        indexedAt = indexedAt == null ? Instant.now() : indexedAt;
    }
}
