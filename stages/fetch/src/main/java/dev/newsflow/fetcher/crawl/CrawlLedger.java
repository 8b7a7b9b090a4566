package dev.newsflow.fetcher.crawl;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where the crawler keeps per-URL state; the service backs it with Micronaut Data JDBC. */
public interface CrawlLedger {

    /** The row of a normalised URL. */
    Optional<LedgerEntry> find(String normalisedUrl);

    /** Inserts or replaces the row. */
    void save(LedgerEntry entry);

    /**
     * Rows due at {@code now} and not claimed, oldest first, at most {@code limit}; a ledger shared by several
     * fetchers may leave out the rows of hosts another instance holds ({@link HostLeases}).
     */
    List<LedgerEntry> due(Instant now, int limit);

    /**
     * Claims a due row until {@code until} in one atomic step: only when it is still due and unclaimed at
     * {@code now}, so of several fetchers claiming one row, one gets it.
     *
     * @return the row as claimed, empty when it was no longer due or another fetcher claimed it first
     */
    Optional<LedgerEntry> claim(LedgerEntry due, Instant until, Instant now);

    /** Drops the claims on the URLs of {@code host} (its new lease holder's call: see {@link Frontier}). */
    void releaseClaims(String host, Instant now);
}
