package io.github.quote2invoice.store.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The test databases, one of each per JVM, created on first use and migrated: an embedded PostgreSQL 18
 * (zonky, no Docker) and an in-memory H2 in PostgreSQL mode. Both are pooled (HikariCP), as an application
 * would. Shared by every test class of the JVM (and by the benchmarks through the test-jar).
 */
public final class TestDatabases {
    /** One codec for every test: building the JSON mapper is the costly part. */
    public static final DocumentCodec CODEC = JsonDocumentCodec.create();

    private static EmbeddedPostgres postgres;
    private static HikariDataSource postgresPool;
    private static HikariDataSource h2Pool;

    private TestDatabases() {
    }

    /** The shared embedded PostgreSQL, migrated. */
    public static synchronized DataSource postgres() {
        if (postgresPool == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("embedded PostgreSQL did not start", e);
            }
            postgresPool = pool(postgresJdbcUrl(), "postgres", 24);
            JdbcStores.migrate(postgresPool);
            Runtime.getRuntime().addShutdownHook(new Thread(TestDatabases::stopPostgres));
        }
        return postgresPool;
    }

    /** The JDBC URL of the shared embedded PostgreSQL (starts it if needed); user and password are {@code postgres}. */
    public static synchronized String postgresJdbcUrl() {
        if (postgres == null) {
            postgres();
        }
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    private static synchronized void stopPostgres() {
        try {
            postgresPool.close();
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The shared in-memory H2 (PostgreSQL mode), migrated. */
    public static synchronized DataSource h2() {
        if (h2Pool == null) {
            h2Pool = pool("jdbc:h2:mem:q2i;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=20000", "sa", 16);
            JdbcStores.migrate(h2Pool);
        }
        return h2Pool;
    }

    /** A pool on {@code url}. */
    public static HikariDataSource pool(String url, String user, int size) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(user.equals("postgres") ? "postgres" : "");
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(1);
        config.setAutoCommit(true);
        return new HikariDataSource(config);
    }
}
