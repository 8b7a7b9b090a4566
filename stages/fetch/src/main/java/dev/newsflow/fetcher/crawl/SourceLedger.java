package dev.newsflow.fetcher.crawl;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where feeds and sitemaps and their poll state are kept; the service backs it with Micronaut Data JDBC. */
public interface SourceLedger {

    Optional<SourceEntry> findSource(String id);

    void save(SourceEntry entry);

    /** Sources due at {@code now} and not leased, at most {@code limit}. */
    List<SourceEntry> dueSources(Instant now, int limit);

    /** Every source, for listing. */
    List<SourceEntry> allSources();
}
