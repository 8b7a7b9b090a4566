package dev.newsflow.fetcher.ledger;

import dev.newsflow.fetcher.crawl.SourceEntry;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** The crawl_source table as Micronaut Data sees it; {@link SourceEntry} is the poller's view. */
@MappedEntity("crawl_source")
public record SourceRow(@Id String id, String url, SourceEntry.Kind kind, @Nullable String etag,
                        @Nullable String lastModified, @Nullable Integer lastStatus, @Nullable String reason,
                        int itemsFound, int itemsQueued, int attempts, Instant createdAt,
                        @Nullable Instant lastPolledAt, Instant nextPollAt, @Nullable Instant leasedUntil) {

    static SourceRow of(SourceEntry e) {
        return new SourceRow(e.id(), e.url(), e.kind(), e.etag(), e.lastModified(), e.lastStatus(), e.reason(),
                e.itemsFound(), e.itemsQueued(), e.attempts(), e.createdAt(), e.lastPolledAt(), e.nextPollAt(),
                e.leasedUntil());
    }

    SourceEntry entry() {
        return new SourceEntry(id, url, kind, etag, lastModified, lastStatus, reason, itemsFound, itemsQueued,
                attempts, createdAt, lastPolledAt, nextPollAt, leasedUntil);
    }
}
