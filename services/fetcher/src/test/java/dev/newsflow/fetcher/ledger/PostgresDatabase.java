package dev.newsflow.fetcher.ledger;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * A fresh database on the PostgreSQL server the tests use (NEWSFLOW_TEST_POSTGRES_URL, default the local one
 * on 127.0.0.1:5432 with trust auth), dropped afterwards.
 */
final class PostgresDatabase {

    static final String USER = System.getenv().getOrDefault("NEWSFLOW_TEST_POSTGRES_USER", "postgres");
    private static final String SERVER = System.getenv().getOrDefault("NEWSFLOW_TEST_POSTGRES_URL",
            "jdbc:postgresql://127.0.0.1:5432/");

    private final String name;

    private PostgresDatabase(String name) {
        this.name = name;
    }

    static PostgresDatabase create() {
        String name = "fetcher_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        try (Connection c = DriverManager.getConnection(SERVER + "postgres", USER, "");
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL is needed at " + SERVER + " (user " + USER + ") for the ledger"
                    + " tests; start it with: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start", e);
        }
        return new PostgresDatabase(name);
    }

    String jdbcUrl() {
        return SERVER + name;
    }

    void drop() {
        try (Connection c = DriverManager.getConnection(SERVER + "postgres", USER, "");
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            throw new IllegalStateException("could not drop test database " + name, e);
        }
    }
}
