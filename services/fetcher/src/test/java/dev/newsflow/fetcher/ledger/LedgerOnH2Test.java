package dev.newsflow.fetcher.ledger;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.TestInstance;

/** The ledger contract on the embedded default: H2 in PostgreSQL mode, migrated by Flyway. */
@MicronautTest(startApplication = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LedgerOnH2Test extends LedgerContract implements TestPropertyProvider {

    @Override
    public Map<String, String> getProperties() {
        return Map.of(
                "datasources.default.url", "jdbc:h2:mem:ledger-" + UUID.randomUUID()
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
                "fetcher.crawler-enabled", "false");
    }
}
