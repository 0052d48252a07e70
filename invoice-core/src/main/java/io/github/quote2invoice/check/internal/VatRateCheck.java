package io.github.quote2invoice.check.internal;

import io.github.quote2invoice.check.Anomaly;
import io.github.quote2invoice.check.AnomalyCodes;
import io.github.quote2invoice.check.InvoiceCheck;
import io.github.quote2invoice.invoice.Invoice;
import io.github.quote2invoice.party.Party;
import io.github.quote2invoice.tax.VatCategory;
import io.github.quote2invoice.tax.VatExemption;
import io.github.quote2invoice.tax.VatRate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * VAT rates and categories that do not fit the seller's country or the parties, and exemption reasons
 * of another category (VATEX codes: {@code VATEX-EU-AE} is AE, {@code -IC} K, {@code -G} G, {@code -O}
 * O, every other VATEX code E; EN 16931 BR-Z-10: zero-rated takes no reason). A missing exemption
 * reason cannot happen: {@link VatRate} refuses it when built. Not API.
 */
public final class VatRateCheck implements InvoiceCheck {
    private final Map<String, Set<BigDecimal>> standardRates;

    /** @param standardRates per seller country (ISO code), the rates category S may take; unlisted countries are not checked */
    public VatRateCheck(Map<String, Set<BigDecimal>> standardRates) {
        this.standardRates = Map.copyOf(standardRates.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> e.getValue().stream().map(io.github.quote2invoice.internal.Checks::normalize).collect(Collectors.toUnmodifiableSet()))));
    }

    @Override
    public List<Anomaly> check(Invoice draft) {
        List<Anomaly> out = new ArrayList<>();
        Party seller = draft.seller();
        Party buyer = draft.buyer();
        String sellerCountry = seller.address().countryCode();
        String buyerCountry = buyer.address().countryCode();
        Set<BigDecimal> allowed = standardRates.get(sellerCountry);
        VatUses.firstUses(draft).forEach((rate, path) -> {
            VatCategory c = rate.category();
            if (c == VatCategory.S && allowed != null && !allowed.contains(rate.percent())) {
                out.add(Anomaly.error(AnomalyCodes.VAT_RATE_NOT_ALLOWED, path, rate.percent().toPlainString() + " % is not a VAT rate of "
                        + sellerCountry + " (allowed: " + allowed.stream().sorted().map(BigDecimal::toPlainString).toList() + ")"));
            }
            if ((c == VatCategory.L || c == VatCategory.M) && !"ES".equals(sellerCountry)) {
                out.add(Anomaly.error(AnomalyCodes.VAT_CATEGORY_NOT_ALLOWED, path, "category " + c + " (" + c.label()
                        + ") applies to Spanish territories only"));
            }
            if (c == VatCategory.Z && "FR".equals(sellerCountry)) {
                out.add(Anomaly.warning(AnomalyCodes.VAT_CATEGORY_NOT_ALLOWED, path, "France has no zero rate; use an exemption (E, K, G) with its reason"));
            }
            if ((c == VatCategory.AE || c == VatCategory.K) && !buyer.isBusiness()) {
                out.add(Anomaly.error(AnomalyCodes.VAT_CATEGORY_NOT_ALLOWED, path, "category " + c + " (" + c.label()
                        + ") needs a business buyer, not a consumer"));
            }
            if (c == VatCategory.K && (!VatUses.EU_COUNTRIES.contains(buyerCountry) || buyerCountry.equals(sellerCountry))) {
                out.add(Anomaly.error(AnomalyCodes.VAT_CATEGORY_NOT_ALLOWED, path,
                        "an intra-Community supply goes to a buyer in another EU member state, not " + buyerCountry));
            }
            if (c == VatCategory.G && VatUses.EU_COUNTRIES.contains(buyerCountry)) {
                out.add(Anomaly.warning(AnomalyCodes.VAT_CATEGORY_NOT_ALLOWED, path,
                        "export outside the EU to a buyer in " + buyerCountry + ": check that the goods leave the EU"));
            }
            rate.exemption().ifPresent(e -> exemption(rate, e, path, out));
        });
        return out;
    }

    private static void exemption(VatRate rate, VatExemption e, String path, List<Anomaly> out) {
        String code = e.code();
        if (rate.category() == VatCategory.Z) {
            out.add(Anomaly.error(AnomalyCodes.EXEMPTION_REASON_MISMATCH, path, "a zero-rated line takes no exemption reason (EN 16931 BR-Z-10)"));
            return;
        }
        if (!code.startsWith("VATEX-")) {
            out.add(Anomaly.warning(AnomalyCodes.EXEMPTION_REASON_MISMATCH, path, "'" + code + "' is not a code of the VATEX list (BT-121)"));
            return;
        }
        VatCategory expected = switch (code) {
            case "VATEX-EU-AE" -> VatCategory.AE;
            case "VATEX-EU-IC" -> VatCategory.K;
            case "VATEX-EU-G" -> VatCategory.G;
            case "VATEX-EU-O" -> VatCategory.O;
            default -> VatCategory.E;
        };
        if (expected != rate.category()) {
            out.add(Anomaly.error(AnomalyCodes.EXEMPTION_REASON_MISMATCH, path, "exemption code " + code + " belongs to category "
                    + expected + ", not " + rate.category()));
        }
    }
}
