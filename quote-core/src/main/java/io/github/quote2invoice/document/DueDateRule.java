package io.github.quote2invoice.document;

import io.github.quote2invoice.error.ErrorCodes;
import io.github.quote2invoice.internal.Checks;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * How a due date follows from an issue date: {@code days} days, optionally then to the end of that
 * month ("45 jours fin de mois" is {@code new DueDateRule(45, true)}). French law caps both: 60 days
 * net or 45 days end of month (Code de commerce L441-10); the anomaly checks flag longer terms.
 *
 * @param days 0 (on receipt) to 365
 * @param endOfMonth whether the due date moves to the end of its month
 */
public record DueDateRule(int days, boolean endOfMonth) {
    /** Payable on receipt. */
    public static final DueDateRule ON_RECEIPT = new DueDateRule(0, false);

    /** Validates the range. */
    public DueDateRule {
        Checks.check(days >= 0 && days <= 365, ErrorCodes.OUT_OF_RANGE, "days", "must be 0 to 365, was " + days);
    }

    /** {@code days} days net. */
    public static DueDateRule net(int days) {
        return new DueDateRule(days, false);
    }

    /** The due date for a document issued on {@code issueDate}. */
    public LocalDate dueDate(LocalDate issueDate) {
        LocalDate d = issueDate.plusDays(days);
        return endOfMonth ? d.with(TemporalAdjusters.lastDayOfMonth()) : d;
    }
}
