package io.github.quote2invoice.store.jdbc.internal;

import org.h2.api.Trigger;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * H2 row trigger refusing every UPDATE and DELETE of an append-only table (audit records, payments,
 * allocations, artefact digests). Installed by the H2 migrations; not API.
 */
public final class H2AppendOnlyTrigger implements Trigger {
    private String table = "";

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before, int type) {
        table = tableName;
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException(SqlErrors.IMMUTABLE_MARKER + ": rows of " + table + " are append-only ("
                + (newRow == null ? "DELETE" : "UPDATE") + " refused)", SqlErrors.IMMUTABLE_STATE);
    }
}
