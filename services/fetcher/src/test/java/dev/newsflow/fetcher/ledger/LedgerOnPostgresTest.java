package dev.newsflow.fetcher.ledger;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;

/** The ledger contract on the real PostgreSQL server of this machine, in a database made for this run. */
@MicronautTest(startApplication = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LedgerOnPostgresTest extends LedgerContract implements TestPropertyProvider {

    private final PostgresDatabase database = PostgresDatabase.create();

    @Override
    public Map<String, String> getProperties() {
        return Map.of(
                "datasources.default.url", database.jdbcUrl(),
                "datasources.default.username", PostgresDatabase.USER,
                "datasources.default.password", "",
                "fetcher.crawler-enabled", "false");
    }

    @AfterAll
    void dropDatabase() {
        database.drop();
    }
}
