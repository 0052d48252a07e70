package io.github.quote2invoice.store.jdbc.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/** The SQL differences between the databases the stores support. Not API. */
public enum Dialect {
    /** PostgreSQL: {@code UPDATE ... RETURNING}, several statements per round trip. */
    POSTGRESQL,
    /** H2 in PostgreSQL mode: data-change delta tables instead of RETURNING, one statement per call. */
    H2;

    /** The dialect of the database behind {@code connection}. */
    public static Dialect of(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        if (product.contains("postgres")) {
            return POSTGRESQL;
        }
        if (product.contains("h2")) {
            return H2;
        }
        throw new SQLException("unsupported database '" + product + "': the JDBC stores support PostgreSQL and H2");
    }

    /** {@code update} (an UPDATE statement) returning {@code columns} of the rows it changed. */
    public String updateReturning(String update, String columns) {
        return this == POSTGRESQL ? update + " RETURNING " + columns : "SELECT " + columns + " FROM FINAL TABLE (" + update + ")";
    }

    /** True when one prepared statement may carry several statements separated by {@code ;}. */
    public boolean batchesStatements() {
        return this == POSTGRESQL;
    }
}
