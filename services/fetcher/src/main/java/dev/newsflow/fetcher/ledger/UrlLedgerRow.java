package dev.newsflow.fetcher.ledger;

import dev.newsflow.fetcher.crawl.Crawler;
import dev.newsflow.fetcher.crawl.LedgerEntry;
import dev.newsflow.fetcher.crawl.UrlState;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * The url_ledger table as Micronaut Data sees it; {@link LedgerEntry} is the crawler's view of the same row, and
 * {@code host} is derived from the URL (for the fleet's host leases).
 */
@MappedEntity("url_ledger")
public record UrlLedgerRow(@Id String id, String url, String source, UrlState state, @Nullable String reasonCode,
                           @Nullable String reason, @Nullable String finalUrl, @Nullable Integer httpStatus,
                           @Nullable String contentType, @Nullable String etag, @Nullable String lastModified,
                           @Nullable String contentHash, int attempts, Instant firstSeenAt,
                           @Nullable Instant lastFetchedAt, @Nullable Instant publishedAt,
                           @Nullable Integer publishedPartition, @Nullable Long publishedOffset,
                           @Nullable Instant nextFetchAt, @Nullable Instant leasedUntil, Instant updatedAt,
                           @Nullable String host) {

    static UrlLedgerRow of(LedgerEntry e) {
        return new UrlLedgerRow(e.id(), e.url(), e.source(), e.state(), e.reasonCode(), e.reason(), e.finalUrl(),
                e.httpStatus(), e.contentType(), e.etag(), e.lastModified(), e.contentHash(), e.attempts(),
                e.firstSeenAt(), e.lastFetchedAt(), e.publishedAt(), e.publishedPartition(), e.publishedOffset(),
                e.nextFetchAt(), e.leasedUntil(), e.updatedAt(), Crawler.hostOf(e.url()));
    }

    LedgerEntry entry() {
        return new LedgerEntry(id, url, source, state, reasonCode, reason, finalUrl, httpStatus, contentType, etag,
                lastModified, contentHash, attempts, firstSeenAt, lastFetchedAt, publishedAt, publishedPartition,
                publishedOffset, nextFetchAt, leasedUntil, updatedAt);
    }
}
