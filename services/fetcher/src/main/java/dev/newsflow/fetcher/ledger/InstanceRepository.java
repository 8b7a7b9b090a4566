package dev.newsflow.fetcher.ledger;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;

/** SQL access to fetcher_instance. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface InstanceRepository extends CrudRepository<InstanceRow, String> {

    /** Renews an instance's heartbeat; 0 when it has no row yet. */
    @Query("UPDATE fetcher_instance SET alive_until = :aliveUntil WHERE id = :id")
    long touch(String id, Instant aliveUntil);

    /** The instances alive at {@code now}. */
    List<InstanceRow> findByAliveUntilGreaterThanEquals(Instant now);
}
