package io.github.quote2invoice.einvoice.internal;

import io.github.quote2invoice.document.Discount;
import io.github.quote2invoice.document.Quantity;
import io.github.quote2invoice.document.UnitOfMeasure;
import io.github.quote2invoice.invoice.IndexationDetail;
import io.github.quote2invoice.invoice.Invoice;
import io.github.quote2invoice.invoice.InvoiceLine;
import io.github.quote2invoice.invoice.ProgressDetail;
import io.github.quote2invoice.money.Money;
import io.github.quote2invoice.tax.VatRate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One line as both writers emit it (BG-25): the invoice's own lines, then the deposit deduction lines.
 * Amounts are the stored ones; the line allowance (BG-27) is the stored gross minus the stored net.
 *
 * @param id BT-126
 * @param note BT-127
 * @param name BT-153
 * @param description BT-154
 * @param sellerItemId BT-155
 * @param attributes BG-32 name/value pairs, in writing order
 * @param quantity BT-129/BT-130
 * @param netPrice BT-146
 * @param allowance BT-136, present when the line has a discount
 * @param allowanceBase BT-137, the gross line amount the discount applies to
 * @param allowancePercent BT-138, for a percentage discount
 * @param allowanceReason BT-139
 * @param vatRate BT-151/BT-152
 * @param net BT-131
 */
public record XmlLine(String id, Optional<String> note, String name, Optional<String> description, Optional<String> sellerItemId,
                      List<Map.Entry<String, String>> attributes, Quantity quantity, BigDecimal netPrice, Optional<Money> allowance,
                      Optional<Money> allowanceBase, Optional<BigDecimal> allowancePercent, Optional<String> allowanceReason,
                      VatRate vatRate, Money net) {

    /** The UNTDID 5189 reason code written with every line discount: 95, "Discount". */
    public static final String DISCOUNT_REASON_CODE = "95";

    /** Every line of {@code invoice}, deduction lines last. */
    public static List<XmlLine> of(Invoice invoice) {
        List<XmlLine> out = new ArrayList<>(invoice.lines().size() + 4);
        for (InvoiceLine l : invoice.lines()) {
            out.add(of(l, invoice));
        }
        for (DeductionLine d : DeductionLine.of(invoice)) {
            List<Map.Entry<String, String>> attrs = List.of(
                    Map.entry(ItemAttributes.DEPOSIT_NUMBER, d.deposit().deposit().number()),
                    Map.entry(ItemAttributes.DEPOSIT_VAT, d.amounts().taxAmount().amount().toPlainString()));
            out.add(new XmlLine(d.lineId(), Optional.empty(), d.designation(), Optional.empty(), Optional.empty(), attrs,
                    new Quantity(BigDecimal.ONE.negate(), UnitOfMeasure.ONE), d.amounts().taxableAmount().amount(), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty(), d.rate(), d.net()));
        }
        return out;
    }

    private static XmlLine of(InvoiceLine l, Invoice invoice) {
        List<Map.Entry<String, String>> attrs = new ArrayList<>();
        attrs.add(Map.entry(ItemAttributes.NATURE, l.nature().name()));
        l.sourceLineId().ifPresent(s -> attrs.add(Map.entry(ItemAttributes.SOURCE_LINE, s)));
        l.progress().ifPresent(p -> progress(p, attrs));
        l.indexation().ifPresent(i -> indexation(i, attrs));
        Optional<Money> allowance = Optional.empty();
        Optional<Money> base = Optional.empty();
        Optional<BigDecimal> percent = Optional.empty();
        Optional<String> reason = Optional.empty();
        if (l.discount().isPresent()) {
            Discount d = l.discount().get();
            Money gross = Money.rounded(l.quantity().value().multiply(l.unitPrice()), invoice.currency(),
                    invoice.rounding().lineRounding());
            allowance = Optional.of(gross.minus(l.netAmount()));
            base = Optional.of(gross);
            if (d instanceof Discount.Percentage p) {
                percent = Optional.of(p.percent());
            }
            reason = d.reason();
        }
        return new XmlLine(l.id(), l.note(), l.designation(), l.description(), l.sellerItemId(), List.copyOf(attrs), l.quantity(),
                l.unitPrice(), allowance, base, percent, reason, l.vatRate(), l.netAmount());
    }

    private static void progress(ProgressDetail p, List<Map.Entry<String, String>> attrs) {
        attrs.add(Map.entry(ItemAttributes.PROGRESS_CUMULATIVE_PERCENT, p.cumulativePercent().toPlainString()));
        attrs.add(Map.entry(ItemAttributes.PROGRESS_PREVIOUS_PERCENT, p.previousPercent().toPlainString()));
        attrs.add(Map.entry(ItemAttributes.PROGRESS_CONTRACT_AMOUNT, p.contractAmount().amount().toPlainString()));
        attrs.add(Map.entry(ItemAttributes.PROGRESS_CUMULATIVE_AMOUNT, p.cumulativeAmount().amount().toPlainString()));
        attrs.add(Map.entry(ItemAttributes.PROGRESS_PREVIOUSLY_BILLED, p.previouslyBilled().amount().toPlainString()));
    }

    private static void indexation(IndexationDetail i, List<Map.Entry<String, String>> attrs) {
        attrs.add(Map.entry(ItemAttributes.INDEX_NAME, i.indexName()));
        attrs.add(Map.entry(ItemAttributes.INDEX_BASE_MONTH, i.baseMonth().toString()));
        attrs.add(Map.entry(ItemAttributes.INDEX_BASE_VALUE, i.baseValue().toPlainString()));
        attrs.add(Map.entry(ItemAttributes.INDEX_REVISION_MONTH, i.revisionMonth().toString()));
        attrs.add(Map.entry(ItemAttributes.INDEX_REVISION_VALUE, i.revisionValue().toPlainString()));
        attrs.add(Map.entry(ItemAttributes.INDEX_PROVISIONAL, Boolean.toString(i.provisional())));
        attrs.add(Map.entry(ItemAttributes.INDEX_COEFFICIENT, i.coefficient().toPlainString()));
        attrs.add(Map.entry(ItemAttributes.INDEX_ORIGINAL_PRICE, i.originalUnitPrice().toPlainString()));
    }
}
