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

    /** Rows due at {@code now} and not leased, oldest first, at most {@code limit}. */
    List<LedgerEntry> due(Instant now, int limit);

    /** Forgets every lease (at startup: a single fetcher owns the ledger, so nothing is in flight). */
    void clearLeases();
}
