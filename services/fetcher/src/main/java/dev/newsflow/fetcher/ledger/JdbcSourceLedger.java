package dev.newsflow.fetcher.ledger;

import dev.newsflow.fetcher.crawl.SourceEntry;
import dev.newsflow.fetcher.crawl.SourceLedger;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;

/** Feeds and sitemaps kept in crawl_source through Micronaut Data JDBC. */
@Singleton
public class JdbcSourceLedger implements SourceLedger {

    private final SourceRepository repository;

    public JdbcSourceLedger(SourceRepository repository) {
        this.repository = repository;
    }

    @Override
    public Optional<SourceEntry> findSource(String id) {
        return repository.findById(id).map(SourceRow::entry);
    }

    @Override
    public void save(SourceEntry entry) {
        SourceRow row = SourceRow.of(entry);
        if (repository.existsById(row.id())) {
            repository.update(row);
        } else {
            repository.save(row);
        }
    }

    @Override
    public List<SourceEntry> dueSources(Instant now, int limit) {
        return repository.findDue(now, limit).stream().map(SourceRow::entry).toList();
    }

    @Override
    public List<SourceEntry> allSources() {
        return StreamSupport.stream(repository.findAll().spliterator(), false).map(SourceRow::entry).toList();
    }
}
