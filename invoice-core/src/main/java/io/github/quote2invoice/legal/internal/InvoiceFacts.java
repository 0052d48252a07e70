package io.github.quote2invoice.legal.internal;

import io.github.quote2invoice.check.internal.VatUses;
import io.github.quote2invoice.invoice.Invoice;
import io.github.quote2invoice.tax.VatCategory;
import io.github.quote2invoice.tax.VatRate;

import java.util.ArrayList;
import java.util.Currency;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Facts about an invoice that several rules ask for. Not API. */
public final class InvoiceFacts {
    /** The VATEX code of the French franchise en base. */
    public static final String FRANCHISE_CODE = "VATEX-FR-FRANCHISE";

    /** The 27 EU member states by ISO 3166-1 alpha-2 code. */
    public static final Set<String> EU_COUNTRIES = VatUses.EU_COUNTRIES;

    private InvoiceFacts() {
    }

    /**
     * The national currency of an EU member state (the JDK's currency of the country): EUR for the euro
     * area, DKK, SEK, PLN, CZK, HUF, RON, BGN otherwise.
     */
    public static Currency nationalCurrency(String countryCode) {
        return Currency.getInstance(new Locale("", countryCode));
    }

    /** Each distinct VAT rate of lines and allowances/charges, in order of first use, with the path of that use. */
    public static Map<VatRate, String> rates(Invoice invoice) {
        return VatUses.firstUses(invoice);
    }

    /** The paths of every use of {@code category}: lines first, then allowances and charges. */
    public static List<String> pathsOf(Invoice invoice, VatCategory category) {
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < invoice.lines().size(); i++) {
            if (invoice.lines().get(i).vatRate().category() == category) {
                paths.add("lines[" + i + "].vatRate");
            }
        }
        for (int i = 0; i < invoice.allowancesCharges().size(); i++) {
            if (invoice.allowancesCharges().get(i).vatRate().category() == category) {
                paths.add("allowancesCharges[" + i + "].vatRate");
            }
        }
        return paths;
    }

    /** True when some line or allowance/charge uses {@code category}. */
    public static boolean uses(Invoice invoice, VatCategory category) {
        return VatUses.anyRate(invoice, r -> r.category() == category);
    }

    /** True when the rate is the French franchise en base (art. 293 B du CGI). */
    public static boolean isFranchise(VatRate rate) {
        return rate.exemption().map(e -> FRANCHISE_CODE.equals(e.code())).orElse(false);
    }

    /** True when some rate charges VAT (a rate above zero). */
    public static boolean chargesVat(Invoice invoice) {
        return VatUses.anyRate(invoice, r -> r.percent().signum() > 0);
    }

    /** True when every rate is the franchise en base: the seller then has no VAT number to print. */
    public static boolean franchiseOnly(Invoice invoice) {
        return !VatUses.anyRate(invoice, r -> !isFranchise(r));
    }

    /** True when the buyer owes the VAT or receives an intra-EU supply: its VAT number is mandatory. */
    public static boolean needsBuyerVatId(Invoice invoice) {
        return invoice.buyer().isBusiness() && (uses(invoice, VatCategory.AE) || uses(invoice, VatCategory.K));
    }

    /** True when the document needs a date of supply (not a deposit, which is dated by its payment). */
    public static boolean needsSupplyDate(Invoice invoice) {
        return switch (invoice.kind()) {
            case STANDARD, PROGRESS, FINAL -> true;
            case DEPOSIT, CREDIT_NOTE, DEPOSIT_CREDIT_NOTE -> false;
        };
    }

    /** True when the invoice has a delivery date or a service period. */
    public static boolean hasSupplyDate(Invoice invoice) {
        return invoice.deliveryDate().isPresent() || invoice.servicePeriod().isPresent();
    }
}
