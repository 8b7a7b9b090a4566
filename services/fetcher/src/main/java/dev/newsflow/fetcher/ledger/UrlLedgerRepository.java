package dev.newsflow.fetcher.ledger;

import dev.newsflow.fetcher.crawl.UrlState;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;

/** SQL access to url_ledger (PostgreSQL dialect; H2 runs in PostgreSQL mode). */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface UrlLedgerRepository extends CrudRepository<UrlLedgerRow, String> {

    /** Rows due and not leased, oldest first. */
    @Query("SELECT * FROM url_ledger WHERE next_fetch_at <= :now AND (leased_until IS NULL OR leased_until < :now)"
            + " ORDER BY next_fetch_at LIMIT :limit")
    List<UrlLedgerRow> findDue(Instant now, int limit);

    /** Drops every lease. */
    @Query("UPDATE url_ledger SET leased_until = NULL WHERE leased_until IS NOT NULL")
    long clearLeases();

    /** How many rows are in a state. */
    long countByState(UrlState state);
}
