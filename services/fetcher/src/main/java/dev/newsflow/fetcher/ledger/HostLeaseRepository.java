package dev.newsflow.fetcher.ledger;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;

/**
 * SQL access to host_lease. Each change is one conditional UPDATE, atomic on PostgreSQL and H2 alike (the row is
 * locked and the condition read again), so two instances can never both take a host or both take its turn.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface HostLeaseRepository extends CrudRepository<HostLeaseRow, String> {

    /** Renews the lease of its holder, or takes one that ran out; 1 when {@code holder} holds it now. */
    @Query("UPDATE host_lease SET holder = :holder, leased_until = :until"
            + " WHERE host = :host AND (holder = :holder OR leased_until < :now)")
    long holdOrTake(String host, String holder, Instant now, Instant until);

    /** A request's turn: 1 when {@code holder} holds the host and its next allowed time has come. */
    @Query("UPDATE host_lease SET leased_until = :until, next_fetch_at = :next"
            + " WHERE host = :host AND holder = :holder AND (next_fetch_at IS NULL OR next_fetch_at <= :now)")
    long takeTurn(String host, String holder, Instant now, Instant next, Instant until);

    /** Moves the next allowed time later, never earlier. */
    @Query("UPDATE host_lease SET next_fetch_at = :notBefore"
            + " WHERE host = :host AND holder = :holder AND (next_fetch_at IS NULL OR next_fetch_at < :notBefore)")
    long pushNextFetch(String host, String holder, Instant notBefore);

    /** Hosts an instance holds at {@code now}. */
    long countByHolderAndLeasedUntilGreaterThanEquals(String holder, Instant now);

    /** Ends every lease of {@code holder} at {@code ended}. */
    @Query("UPDATE host_lease SET leased_until = :ended WHERE holder = :holder AND leased_until > :ended")
    long endAll(String holder, Instant ended);
}
