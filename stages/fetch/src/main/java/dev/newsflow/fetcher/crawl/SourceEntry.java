package dev.newsflow.fetcher.crawl;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Locale;

/**
 * A feed or sitemap polled on a schedule, as the ledger keeps it.
 *
 * @param id           {@link Ledgers#sha256} of kind and URL
 * @param url          the normalised URL of the feed or sitemap
 * @param kind         feed or sitemap
 * @param etag         validator of the last successful poll
 * @param lastModified validator of the last successful poll
 * @param lastStatus   HTTP status of the last poll
 * @param reason       why the last poll failed, null when it did not
 * @param itemsFound   URLs the last successful poll found
 * @param itemsQueued  of which were new to the ledger
 * @param attempts     failed polls in a row
 * @param createdAt    when it was registered
 * @param lastPolledAt when it was last polled
 * @param nextPollAt   when it is due
 * @param leasedUntil  a running poller holds it until then
 */
public record SourceEntry(String id, String url, Kind kind, String etag, String lastModified, Integer lastStatus,
                          String reason, int itemsFound, int itemsQueued, int attempts, Instant createdAt,
                          Instant lastPolledAt, Instant nextPollAt, Instant leasedUntil) {

    /** What a source is. */
    public enum Kind {
        FEED, SITEMAP;

        /** The RawPage source prefix: {@code feed} or {@code sitemap}. */
        public String prefix() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public SourceEntry {
        requireNonNull(id, "id");
        requireNonNull(url, "url");
        requireNonNull(kind, "kind");
        requireNonNull(createdAt, "createdAt");
        requireNonNull(nextPollAt, "nextPollAt");
    }

    /** A new source, due now. */
    public static SourceEntry registered(String url, Kind kind, Instant now) {
        return new SourceEntry(Ledgers.sha256(kind + " " + url), url, kind, null, null, null, null, 0, 0, 0, now,
                null, now, null);
    }

    /** Taken by a poller. */
    public SourceEntry leased(Instant until) {
        return new SourceEntry(id, url, kind, etag, lastModified, lastStatus, reason, itemsFound, itemsQueued,
                attempts, createdAt, lastPolledAt, nextPollAt, until);
    }

    /** Polled successfully (or 304); due again at {@code next}. */
    public SourceEntry polled(int status, String newEtag, String newLastModified, int found, int queued, Instant now,
                              Instant next) {
        return new SourceEntry(id, url, kind, newEtag, newLastModified, status, null, found, queued, 0, createdAt, now,
                next, null);
    }

    /** The poll failed; retried at {@code next}. */
    public SourceEntry failed(Integer status, String why, Instant now, Instant next) {
        return new SourceEntry(id, url, kind, etag, lastModified, status, why, itemsFound, itemsQueued, attempts + 1,
                createdAt, now, next, null);
    }

    /** Due now (registered again by a user). */
    public SourceEntry dueNow(Instant now) {
        return new SourceEntry(id, url, kind, etag, lastModified, lastStatus, reason, itemsFound, itemsQueued,
                attempts, createdAt, lastPolledAt, now, null);
    }
}
