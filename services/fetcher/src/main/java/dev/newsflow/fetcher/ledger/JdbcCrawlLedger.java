package dev.newsflow.fetcher.ledger;

import dev.newsflow.fetcher.FetcherInstance;
import dev.newsflow.fetcher.crawl.CrawlLedger;
import dev.newsflow.fetcher.crawl.Ledgers;
import dev.newsflow.fetcher.crawl.LedgerEntry;
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The crawler's ledger backed by url_ledger through Micronaut Data JDBC. */
@Singleton
public class JdbcCrawlLedger implements CrawlLedger {

    private final UrlLedgerRepository repository;
    private final FetcherInstance instance;

    public JdbcCrawlLedger(UrlLedgerRepository repository, FetcherInstance instance) {
        this.repository = repository;
        this.instance = instance;
    }

    @Override
    public Optional<LedgerEntry> find(String normalisedUrl) {
        return repository.findById(Ledgers.idOf(normalisedUrl)).map(UrlLedgerRow::entry);
    }

    @Override
    public void save(LedgerEntry entry) {
        UrlLedgerRow row = UrlLedgerRow.of(entry);
        if (repository.existsById(row.id())) {
            repository.update(row);
            return;
        }
        try {
            repository.save(row);
        } catch (DataAccessException e) {
            // Inserted by someone else in between (two submissions of one URL): update instead.
            if (!repository.existsById(row.id())) {
                throw e;
            }
            repository.update(row);
        }
    }

    @Override
    public List<LedgerEntry> due(Instant now, int limit) {
        return repository.findDue(now, instance.id(), limit).stream().map(UrlLedgerRow::entry).toList();
    }

    @Override
    public Optional<LedgerEntry> claim(LedgerEntry due, Instant until, Instant now) {
        return repository.claim(due.id(), now, until) == 1 ? Optional.of(due.leased(until, now)) : Optional.empty();
    }

    @Override
    public void releaseClaims(String host, Instant now) {
        repository.releaseClaims(host);
    }
}
