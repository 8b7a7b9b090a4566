package dev.newsflow.model;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * A page as fetched by the fetcher or dropped by hand onto {@link Topics#PAGES_RAW}.
 *
 * <p>Keyed by {@link ArticleId#of(String)} of {@link #url()}. A bare HTML or text body with the URL in the
 * {@link Headers#URL} header is accepted on the topic too; the parser turns it into this record.
 *
 * @param schemaVersion {@link #SCHEMA_VERSION} of the writer
 * @param url           the URL the page was fetched from (after redirects), absolute http(s)
 * @param contentType   the media type as served, with its charset parameter when known, e.g. {@code text/html; charset=utf-8}
 * @param body          the page, already decoded to text
 * @param fetchedAt     when it was fetched or dropped
 * @param source        who produced it: {@code fetcher}, {@code feed:<url>}, {@code sitemap:<url>}, {@code api}, {@code manual}
 * @param httpStatus    the HTTP status of the fetch, or {@code null} when the page did not come over HTTP
 */
public record RawPage(int schemaVersion, String url, String contentType, String body, Instant fetchedAt,
                      String source, Integer httpStatus) {

    /** The version of this record's wire format. */
    public static final int SCHEMA_VERSION = 1;

    public RawPage {
        requireNonNull(url, "url");
        requireNonNull(body, "body");
        if (url.isBlank()) {
            throw new IllegalArgumentException("url must not be blank");
        }
        contentType = contentType == null || contentType.isBlank() ? "text/html" : contentType;
        fetchedAt = fetchedAt == null ? Instant.now() : fetchedAt;
        source = source == null || source.isBlank() ? "manual" : source;
        schemaVersion = schemaVersion <= 0 ? SCHEMA_VERSION : schemaVersion;
    }

    /** A page of the current schema version. */
    public static RawPage of(String url, String contentType, String body, Instant fetchedAt, String source) {
        return new RawPage(SCHEMA_VERSION, url, contentType, body, fetchedAt, source, null);
    }

    /** The record key: the id of the article this page is expected to become. */
    public String key() {
        return ArticleId.of(url);
    }
}
