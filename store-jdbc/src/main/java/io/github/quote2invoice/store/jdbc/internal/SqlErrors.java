package io.github.quote2invoice.store.jdbc.internal;

import io.github.quote2invoice.error.Quote2InvoiceException;
import io.github.quote2invoice.issuing.DocumentConflictException;
import io.github.quote2invoice.issuing.ImmutableDocumentException;
import io.github.quote2invoice.issuing.StoreException;

import java.sql.SQLException;
import java.util.Locale;

/** Turns SQL errors into the library's exceptions. Not API. */
public final class SqlErrors {
    /** The SQLSTATE the immutability triggers raise. */
    public static final String IMMUTABLE_STATE = "Q2I01";
    /** The marker the triggers put in their messages (H2 may not keep a trigger's SQLSTATE). */
    public static final String IMMUTABLE_MARKER = "q2i-immutable";

    private SqlErrors() {
    }

    /** The library exception for {@code e}. */
    public static Quote2InvoiceException translate(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String message = String.valueOf(e.getMessage());
        if (IMMUTABLE_STATE.equals(state) || message.contains(IMMUTABLE_MARKER) || causeHasMarker(e)) {
            return new ImmutableDocumentException("", "the database refused to change or delete an issued document: " + firstLine(message), e);
        }
        if ("23505".equals(state)) {
            String lower = message.toLowerCase(Locale.ROOT);
            String path = lower.contains("number_uk") ? "number" : "id";
            return new DocumentConflictException(path, "a document with this " + path + " already exists: " + firstLine(message), e);
        }
        return new StoreException("database error " + state + ": " + firstLine(message), e);
    }

    private static boolean causeHasMarker(Throwable e) {
        for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
            if (String.valueOf(c.getMessage()).contains(IMMUTABLE_MARKER)) {
                return true;
            }
        }
        return false;
    }

    private static String firstLine(String message) {
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
