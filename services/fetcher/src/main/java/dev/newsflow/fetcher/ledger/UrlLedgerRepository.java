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

    /**
     * Rows due and not claimed, oldest first, leaving out the hosts another instance holds. Only a host's holder
     * claims its URLs, so a claim on a host whose lease ran out is an orphan (its instance died): such rows are due.
     */
    @Query("SELECT * FROM url_ledger WHERE next_fetch_at <= :now"
            + " AND (leased_until IS NULL OR leased_until < :now OR (url_ledger.host IS NOT NULL AND NOT EXISTS"
            + " (SELECT 1 FROM host_lease l WHERE l.host = url_ledger.host AND l.leased_until >= :now)))"
            + " AND NOT EXISTS (SELECT 1 FROM host_lease h WHERE h.host = url_ledger.host AND h.holder <> :owner"
            + " AND h.leased_until >= :now)"
            + " ORDER BY next_fetch_at LIMIT :limit")
    List<UrlLedgerRow> findDue(Instant now, String owner, int limit);

    /** Claims a row in one statement: 1 when it was still due and unclaimed. */
    @Query("UPDATE url_ledger SET leased_until = :until, updated_at = :now"
            + " WHERE id = :id AND next_fetch_at <= :now AND (leased_until IS NULL OR leased_until < :now)")
    long claim(String id, Instant now, Instant until);

    /** Drops the claims on a host's URLs. */
    @Query("UPDATE url_ledger SET leased_until = NULL WHERE host = :host AND leased_until IS NOT NULL")
    long releaseClaims(String host);

    /** How many rows are in a state. */
    long countByState(UrlState state);
}
