package dev.newsflow.fetcher.ledger;

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

    public JdbcCrawlLedger(UrlLedgerRepository repository) {
        this.repository = repository;
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
        return repository.findDue(now, limit).stream().map(UrlLedgerRow::entry).toList();
    }

    @Override
    public void clearLeases() {
        repository.clearLeases();
    }
}
