package io.github.quote2invoice.store.jdbc.internal;

import org.h2.api.Trigger;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * H2 row trigger on {@code q2i_invoice}: an issued row may only change its payment status (and update
 * time); it may never be deleted or turned back into a draft. Installed by the H2 migrations; not API.
 */
public final class H2IssuedInvoiceTrigger implements Trigger {
    private int issued = -1;
    private int id = -1;
    private final List<Integer> frozen = new ArrayList<>();

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before, int type) throws SQLException {
        try (ResultSet rs = conn.getMetaData().getColumns(null, schemaName, tableName, null)) {
            while (rs.next()) {
                String column = rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT);
                int index = rs.getInt("ORDINAL_POSITION") - 1;
                if (column.equals("issued")) {
                    issued = index;
                } else if (column.equals("id")) {
                    id = index;
                }
                if (!column.equals("payment_status") && !column.equals("updated_at")) {
                    frozen.add(index);
                }
            }
        }
        if (issued < 0 || id < 0) {
            throw new SQLException("H2IssuedInvoiceTrigger: table " + tableName + " has no issued/id column");
        }
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        if (oldRow == null || !Boolean.TRUE.equals(oldRow[issued])) {
            return;
        }
        if (newRow == null) {
            throw new SQLException(SqlErrors.IMMUTABLE_MARKER + ": issued invoice " + oldRow[id] + " is never deleted", SqlErrors.IMMUTABLE_STATE);
        }
        for (int i : frozen) {
            if (!Objects.equals(oldRow[i], newRow[i])) {
                throw new SQLException(SqlErrors.IMMUTABLE_MARKER + ": issued invoice " + oldRow[id] + " cannot change; issue a credit note",
                        SqlErrors.IMMUTABLE_STATE);
            }
        }
    }
}
