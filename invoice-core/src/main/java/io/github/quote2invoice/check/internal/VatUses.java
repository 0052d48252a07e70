package io.github.quote2invoice.check.internal;

import io.github.quote2invoice.document.AllowanceCharge;
import io.github.quote2invoice.invoice.Invoice;
import io.github.quote2invoice.tax.VatRate;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

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
        Map<VatRate, String> rates = new LinkedHashMap<>();
        for (int i = 0; i < invoice.lines().size(); i++) {
            rates.putIfAbsent(invoice.lines().get(i).vatRate(), "lines[" + i + "].vatRate");
        }
        java.util.List<AllowanceCharge> acs = invoice.allowancesCharges();
        for (int i = 0; i < acs.size(); i++) {
            rates.putIfAbsent(acs.get(i).vatRate(), "allowancesCharges[" + i + "].vatRate");
        }
        return rates;
    }
}
