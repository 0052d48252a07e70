package io.github.quote2invoice.check.internal;

import io.github.quote2invoice.document.AllowanceCharge;
import io.github.quote2invoice.invoice.Invoice;
import io.github.quote2invoice.invoice.InvoiceLine;
import io.github.quote2invoice.tax.VatRate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/** Where an invoice uses which VAT rate, and the EU member states. Not API. */
public final class VatUses {
    /** The 27 EU member states by ISO 3166-1 alpha-2 code (Greece is GR here, EL in VAT numbers). */
    public static final Set<String> EU_COUNTRIES = Set.of("AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR",
            "HR", "HU", "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK");

    private VatUses() {
    }

    /**
     * Each distinct VAT rate of the lines and document allowances/charges, in order of first use,
     * with the path of its first use ({@code lines[2].vatRate}, {@code allowancesCharges[0].vatRate}).
     */
    public static Map<VatRate, String> firstUses(Invoice invoice) {
        // Linear scan over the few distinct rates (identity first): cheaper than hashing every line's
        // rate, and the path string is built only for a first use.
        Map<VatRate, String> rates = new LinkedHashMap<>();
        List<InvoiceLine> lines = invoice.lines();
        for (int i = 0; i < lines.size(); i++) {
            VatRate r = lines.get(i).vatRate();
            if (!known(rates, r)) {
                rates.put(r, "lines[" + i + "].vatRate");
            }
        }
        List<AllowanceCharge> acs = invoice.allowancesCharges();
        for (int i = 0; i < acs.size(); i++) {
            VatRate r = acs.get(i).vatRate();
            if (!known(rates, r)) {
                rates.put(r, "allowancesCharges[" + i + "].vatRate");
            }
        }
        return rates;
    }

    /** True when some line or allowance/charge uses a rate matching {@code test}. */
    public static boolean anyRate(Invoice invoice, Predicate<VatRate> test) {
        for (InvoiceLine l : invoice.lines()) {
            if (test.test(l.vatRate())) {
                return true;
            }
        }
        for (AllowanceCharge ac : invoice.allowancesCharges()) {
            if (test.test(ac.vatRate())) {
                return true;
            }
        }
        return false;
    }

    private static boolean known(Map<VatRate, String> rates, VatRate r) {
        for (VatRate k : rates.keySet()) {
            if (k == r || k.equals(r)) {
                return true;
            }
        }
        return false;
    }
}
