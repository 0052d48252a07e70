package io.github.quote2invoice.conversion;

import io.github.quote2invoice.error.ErrorCodes;
import io.github.quote2invoice.internal.Checks;
import io.github.quote2invoice.money.Money;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What a credit note (avoir) takes back from an issued invoice. An issued invoice is never edited:
 * corrections are credit notes referencing it (BG-3), with a reason.
 *
 * <p>{@link #key()} makes the request idempotent: the credit note's id derives from the invoice's id and
 * this key, so asking twice gives the same draft.
 */
public sealed interface CreditNoteRequest permits CreditNoteRequest.Full, CreditNoteRequest.Lines, CreditNoteRequest.Amount {

    /** Why the credit note is issued (printed, and kept as {@code Invoice.creditReason}). */
    String reason();

    /** The caller's key for this credit note, unique per invoice ("1", "return-2026-11-30"). */
    String key();

    /**
     * Cancels the whole invoice: the same lines, allowances, charges and deductions, so every VAT
     * rate's net and VAT are taken back to the cent.
     *
     * @param reason why
     * @param key idempotency key
     */
    record Full(String reason, String key) implements CreditNoteRequest {
        /** Validates presence. */
        public Full {
            reason = Checks.text(reason, "reason", 500);
            key = Checks.text(key, "key", 40);
        }
    }

    /**
     * Takes back whole lines of the invoice (a returned item, a cancelled service).
     *
     * @param reason why
     * @param key idempotency key
     * @param lineIds the invoice line ids, at least one
     */
    record Lines(String reason, String key, Set<String> lineIds) implements CreditNoteRequest {
        /** Validates presence. */
        public Lines {
            reason = Checks.text(reason, "reason", 500);
            key = Checks.text(key, "key", 40);
            List<String> ids = Checks.nonEmptyList(lineIds == null ? null : new ArrayList<>(lineIds), "lineIds");
            lineIds = Set.copyOf(ids);
        }
    }

    /**
     * Takes back an amount excl. VAT (a commercial gesture, a price correction), split over the
     * invoice's VAT rates in proportion to their taxable amounts, cent-exact.
     *
     * @param reason why
     * @param key idempotency key
     * @param net the amount excl. VAT, above zero, at most what remains to credit
     */
    record Amount(String reason, String key, Money net) implements CreditNoteRequest {
        /** Validates presence and sign. */
        public Amount {
            reason = Checks.text(reason, "reason", 500);
            key = Checks.text(key, "key", 40);
            Checks.required(net, "net");
            Checks.check(net.isPositive(), ErrorCodes.OUT_OF_RANGE, "net", "must be greater than zero, was " + net);
        }
    }
}
