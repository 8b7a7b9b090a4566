package dev.newsflow.stack.junit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * A fresh database on the PostgreSQL server the tests use (NEWSFLOW_TEST_POSTGRES_URL, default the local one on
 * 127.0.0.1:5432 with trust auth, user NEWSFLOW_TEST_POSTGRES_USER or postgres), dropped by {@link #close()}.
 * {@code .ci/run} starts that server when it is installed but not running. The caller brings the JDBC driver.
 */
public final class TestPostgres implements AutoCloseable {

    public static final String USER = System.getenv().getOrDefault("NEWSFLOW_TEST_POSTGRES_USER", "postgres");
    private static final String SERVER = System.getenv().getOrDefault("NEWSFLOW_TEST_POSTGRES_URL",
            "jdbc:postgresql://127.0.0.1:5432/");

    private final String name;

    private TestPostgres(String name) {
        this.name = name;
    }

    /**
     * Creates a database named {@code <prefix>_<random>}.
     *
     * @throws IllegalStateException saying how to start the server when it does not answer
     */
    public static TestPostgres create(String prefix) {
        String name = prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        try (Connection c = DriverManager.getConnection(SERVER + "postgres", USER, "");
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL is needed at " + SERVER + " (user " + USER + ") for the ledger"
                    + " tests; start it with: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start", e);
        }
        return new TestPostgres(name);
    }

    public String jdbcUrl() {
        return SERVER + name;
    }

    public String user() {
        return USER;
    }

    /** Drops the database, closing whatever connections are still open to it. */
    @Override
    public void close() {
        try (Connection c = DriverManager.getConnection(SERVER + "postgres", USER, "");
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            throw new IllegalStateException("could not drop test database " + name, e);
        }
    }
}
