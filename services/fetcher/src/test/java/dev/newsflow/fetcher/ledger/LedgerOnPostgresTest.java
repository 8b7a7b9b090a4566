package dev.newsflow.fetcher.ledger;

import dev.newsflow.stack.junit.TestPostgres;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;

/** The ledger contract on the real PostgreSQL server of this machine, in a database made for this run. */
@MicronautTest(startApplication = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LedgerOnPostgresTest extends LedgerContract implements TestPropertyProvider {

    private final TestPostgres database = TestPostgres.create("fetcher_test");

    @Override
    public Map<String, String> getProperties() {
        return Map.of(
                "datasources.default.url", database.jdbcUrl(),
                "datasources.default.username", database.user(),
                "datasources.default.password", "",
                "fetcher.crawler-enabled", "false");
    }

    @AfterAll
    void dropDatabase() {
        database.close();
    }
}
