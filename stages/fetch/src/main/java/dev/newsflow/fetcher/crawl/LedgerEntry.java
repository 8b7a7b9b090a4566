package dev.newsflow.fetcher.crawl;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * One URL's row in the crawl ledger, immutable; the transition methods return the next row.
 *
 * @param id                 {@link Ledgers#idOf(String)} of {@link #url}
 * @param url                the normalised URL
 * @param source             who asked for it: {@code api}, {@code fetch}, {@code feed:<url>}, {@code sitemap:<url>}
 * @param state              where it stands
 * @param reasonCode         machine-readable reason of the state (errors, robots, dedupe), else null
 * @param reason             the same for a person
 * @param finalUrl           the URL after redirects of the last fetch
 * @param httpStatus         the status of the last HTTP exchange
 * @param contentType        the content type of the last fetched body
 * @param etag               validator of the last published version
 * @param lastModified       validator of the last published version
 * @param contentHash        SHA-256 hex of the last published (decoded) body
 * @param attempts           fetch attempts since the last success
 * @param firstSeenAt        when the ledger first heard of the URL
 * @param lastFetchedAt      when it was last fetched
 * @param publishedAt        when the broker last acknowledged it
 * @param publishedPartition partition of the last publication
 * @param publishedOffset    offset of the last publication
 * @param nextFetchAt        when it is due, null if nothing is scheduled
 * @param leasedUntil        a running fetcher holds it until then
 * @param updatedAt          when the row last changed
 */
public record LedgerEntry(String id, String url, String source, UrlState state, String reasonCode, String reason,
                          String finalUrl, Integer httpStatus, String contentType, String etag, String lastModified,
                          String contentHash, int attempts, Instant firstSeenAt, Instant lastFetchedAt,
                          Instant publishedAt, Integer publishedPartition, Long publishedOffset,
                          Instant nextFetchAt, Instant leasedUntil, Instant updatedAt) {

    public LedgerEntry {
        requireNonNull(id, "id");
        requireNonNull(url, "url");
        requireNonNull(source, "source");
        requireNonNull(state, "state");
        requireNonNull(firstSeenAt, "firstSeenAt");
        requireNonNull(updatedAt, "updatedAt");
    }

    /** A URL the ledger has not seen, due now. */
    public static LedgerEntry queued(String url, String source, Instant now) {
        return new LedgerEntry(Ledgers.idOf(url), url, source, UrlState.QUEUED, null, null, null, null, null, null,
                null, null, 0, now, null, null, null, null, now, null, now);
    }

    /** Queued again (re-submitted, retried, recrawled); validators stay so the next GET can be conditional. */
    public LedgerEntry requeued(String newSource, Instant due, Instant now) {
        return new LedgerEntry(id, url, newSource == null ? source : newSource, state == UrlState.FETCHED ? state : UrlState.QUEUED,
                state == UrlState.FETCHED ? reasonCode : null, state == UrlState.FETCHED ? reason : null, finalUrl,
                httpStatus, contentType, etag, lastModified, contentHash, attempts, firstSeenAt, lastFetchedAt,
                publishedAt, publishedPartition, publishedOffset, due, null, now);
    }

    /** Taken by a fetcher until {@code until}; if the fetcher dies the lease runs out and the URL is due again. */
    public LedgerEntry leased(Instant until, Instant now) {
        return new LedgerEntry(id, url, source, state, reasonCode, reason, finalUrl, httpStatus, contentType, etag,
                lastModified, contentHash, attempts, firstSeenAt, lastFetchedAt, publishedAt, publishedPartition,
                publishedOffset, nextFetchAt, until, now);
    }

    /**
     * Fetched with a body, not yet on the topic; stays due so that a crash before the ack refetches it. The
     * validators and hash stay those of the last published version until {@link #published} replaces them, so
     * a conditional request or a hash comparison is only ever made against what really reached the topic.
     */
    public LedgerEntry fetched(FetchResponse.Body page, Instant now) {
        return new LedgerEntry(id, url, source, UrlState.FETCHED, null, null, page.finalUrl(), page.status(),
                page.contentType(), etag, lastModified, contentHash, attempts + 1, firstSeenAt, now,
                publishedAt, publishedPartition, publishedOffset, now, leasedUntil, now);
    }

    /** The broker acknowledged the page whose validators and hash these are. */
    public LedgerEntry published(String newEtag, String newLastModified, String hash, int partition, long offset,
                                 Instant now) {
        return new LedgerEntry(id, url, source, UrlState.PUBLISHED, null, null, finalUrl, httpStatus, contentType,
                newEtag, newLastModified, hash, 0, firstSeenAt, lastFetchedAt, now, partition, offset, null, null, now);
    }

    /** A 304 answered our conditional GET. */
    public LedgerEntry notModified(int status, String newEtag, String newLastModified, Instant now) {
        return new LedgerEntry(id, url, source, UrlState.NOT_MODIFIED, "not-modified",
                "the server answered " + status + " to a conditional GET: nothing published", finalUrl, status,
                contentType, newEtag == null ? etag : newEtag, newLastModified == null ? lastModified : newLastModified,
                contentHash, 0, firstSeenAt, now, publishedAt, publishedPartition, publishedOffset, null, null, now);
    }

    /** Fetched again, same content hash as the published version. */
    public LedgerEntry unchanged(FetchResponse.Body page, Instant now) {
        return new LedgerEntry(id, url, source, UrlState.UNCHANGED, "content-unchanged",
                "the content hash equals the published version's: nothing published", page.finalUrl(), page.status(),
                page.contentType(), page.etag(), page.lastModified(), contentHash, 0, firstSeenAt, now, publishedAt,
                publishedPartition, publishedOffset, null, null, now);
    }

    /** Fetched, but it declares a canonical URL already published with the same content: nothing published. */
    public LedgerEntry duplicateOf(String canonicalUrl, FetchResponse.Body page, Instant now) {
        return new LedgerEntry(id, url, source, UrlState.UNCHANGED, "duplicate-of-canonical",
                "its canonical URL " + canonicalUrl + " is already published with the same content: nothing published",
                page.finalUrl(), page.status(), page.contentType(), etag, lastModified, contentHash, 0, firstSeenAt,
                now, publishedAt, publishedPartition, publishedOffset, null, null, now);
    }

    /** robots.txt forbids it. */
    public LedgerEntry disallowed(String why, Instant now) {
        return new LedgerEntry(id, url, source, UrlState.DISALLOWED_BY_ROBOTS, "disallowed-by-robots", why, finalUrl,
                httpStatus, contentType, etag, lastModified, contentHash, attempts, firstSeenAt, lastFetchedAt,
                publishedAt, publishedPartition, publishedOffset, null, null, now);
    }

    /** Failed or refused; retried at {@code retryAt} unless that is null. */
    public LedgerEntry failed(String code, String why, Integer status, String lastUrl, Instant retryAt, Instant now) {
        return new LedgerEntry(id, url, source, UrlState.ERROR, code, why, lastUrl == null ? finalUrl : lastUrl,
                status, contentType, etag, lastModified, contentHash, attempts + 1, firstSeenAt, now, publishedAt,
                publishedPartition, publishedOffset, retryAt, null, now);
    }

    /** The same row, with a body submitted over the API (no HTTP exchange), about to be published. */
    public LedgerEntry submitted(String newSource, String type, Instant now) {
        return new LedgerEntry(id, url, newSource, UrlState.FETCHED, null, null, url, null, type, etag, lastModified,
                contentHash, attempts, firstSeenAt, now, publishedAt, publishedPartition, publishedOffset, null, null,
                now);
    }
}
