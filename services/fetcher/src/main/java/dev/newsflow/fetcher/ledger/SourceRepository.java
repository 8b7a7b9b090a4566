package dev.newsflow.fetcher.ledger;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;

/** SQL access to crawl_source. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface SourceRepository extends CrudRepository<SourceRow, String> {

    @Query("SELECT * FROM crawl_source WHERE next_poll_at <= :now AND (leased_until IS NULL OR leased_until < :now)"
            + " ORDER BY next_poll_at LIMIT :limit")
    List<SourceRow> findDue(Instant now, int limit);
}
