package io.github.quote2invoice.issuing;

import io.github.quote2invoice.error.ErrorCodes;
import io.github.quote2invoice.internal.Checks;
import io.github.quote2invoice.invoice.InvoiceKind;

import java.util.EnumMap;
import java.util.Map;

/**
 * Which series each kind of invoice is numbered in. Immutable.
 *
 * @param seriesByKind a series for every {@link InvoiceKind}
 */
public record NumberingPlan(Map<InvoiceKind, NumberingSeries> seriesByKind) {
    /** Validates that every kind has a series and that one series name always means one pattern. */
    public NumberingPlan {
        Checks.required(seriesByKind, "seriesByKind");
        for (InvoiceKind kind : InvoiceKind.values()) {
            Checks.required(seriesByKind.get(kind), "seriesByKind." + kind);
        }
        for (NumberingSeries a : seriesByKind.values()) {
            for (NumberingSeries b : seriesByKind.values()) {
                Checks.check(!a.name().equals(b.name()) || a.equals(b), ErrorCodes.INCONSISTENT, "seriesByKind",
                        "series name " + a.name() + " is used with two definitions");
            }
        }
        seriesByKind = Map.copyOf(seriesByKind);
    }

    /**
     * The French default: invoices (standard, deposit, progress, final) in {@code FA-{yyyy}-{seq:6}},
     * credit notes (both kinds) in {@code AV-{yyyy}-{seq:6}}, both restarting every January 1st.
     */
    public static NumberingPlan french() {
        return of(NumberingSeries.yearly("FA", "FA-{yyyy}-{seq:6}"), NumberingSeries.yearly("AV", "AV-{yyyy}-{seq:6}"));
    }

    /** Invoices of every non-credit kind in {@code invoices}, credit notes in {@code creditNotes}. */
    public static NumberingPlan of(NumberingSeries invoices, NumberingSeries creditNotes) {
        Map<InvoiceKind, NumberingSeries> map = new EnumMap<>(InvoiceKind.class);
        for (InvoiceKind kind : InvoiceKind.values()) {
            map.put(kind, kind.isCreditNote() ? creditNotes : invoices);
        }
        return new NumberingPlan(map);
    }

    /** A copy numbering {@code kind} in {@code series}. */
    public NumberingPlan with(InvoiceKind kind, NumberingSeries series) {
        Map<InvoiceKind, NumberingSeries> map = new EnumMap<>(seriesByKind);
        map.put(Checks.required(kind, "kind"), Checks.required(series, "series"));
        return new NumberingPlan(map);
    }

    /** The series invoices of {@code kind} are numbered in. */
    public NumberingSeries seriesFor(InvoiceKind kind) {
        return seriesByKind.get(Checks.required(kind, "kind"));
    }
}
