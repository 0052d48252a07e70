package io.github.quote2invoice.invoice;

import io.github.quote2invoice.document.Discount;
import io.github.quote2invoice.document.LineNature;
import io.github.quote2invoice.document.PricedLine;
import io.github.quote2invoice.document.Quantity;
import io.github.quote2invoice.internal.Checks;
import io.github.quote2invoice.money.Money;
import io.github.quote2invoice.tax.VatRate;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * One invoice line (EN 16931 BG-25). The net amount is stored, as issued, not recomputed.
 *
 * @param id line id (BT-126), unique in the invoice
 * @param designation item name (BT-153)
 * @param description item description (BT-154)
 * @param quantity invoiced quantity (BT-129), may be negative only on correction lines
 * @param unitPrice net unit price excl. VAT (BT-146), not negative, at most 4 decimals
 * @param discount line discount (BG-27)
 * @param vatRate VAT category and rate (BT-151/BT-152)
 * @param nature goods or services
 * @param netAmount line net (BT-131)
 * @param sourceLineId the quote line it comes from
 * @param sellerItemId seller's item id (BT-155)
 * @param progress for a progress invoice: the completion figures
 * @param indexation for a revised price: the computation
 * @param note a line note (BT-127)
 */
public record InvoiceLine(String id, String designation, Optional<String> description, Quantity quantity, BigDecimal unitPrice,
                          Optional<Discount> discount, VatRate vatRate, LineNature nature, Money netAmount,
                          Optional<String> sourceLineId, Optional<String> sellerItemId, Optional<ProgressDetail> progress,
                          Optional<IndexationDetail> indexation, Optional<String> note) implements PricedLine {

    /** Validates every part. */
    public InvoiceLine {
        id = Checks.text(id, "id", 50);
        designation = Checks.text(designation, "designation", 500);
        description = Checks.optionalText(description, "description");
        Checks.required(quantity, "quantity");
        unitPrice = Checks.maxScale(Checks.notNegative(unitPrice, "unitPrice"), 4, "unitPrice");
        discount = Checks.optional(discount);
        Checks.required(vatRate, "vatRate");
        Checks.required(nature, "nature");
        Checks.required(netAmount, "netAmount");
        sourceLineId = Checks.optionalText(sourceLineId, "sourceLineId");
        sellerItemId = Checks.optionalText(sellerItemId, "sellerItemId");
        progress = Checks.optional(progress);
        indexation = Checks.optional(indexation);
        note = Checks.optionalText(note, "note");
    }

    /** A builder for a line. */
    public static Builder builder(String id, String designation) {
        return new Builder(id, designation);
    }

    /** A builder holding this line's values. */
    public Builder toBuilder() {
        Builder b = new Builder(id, designation);
        b.description = description;
        b.quantity = quantity;
        b.unitPrice = unitPrice;
        b.discount = discount;
        b.vatRate = vatRate;
        b.nature = nature;
        b.netAmount = netAmount;
        b.sourceLineId = sourceLineId;
        b.sellerItemId = sellerItemId;
        b.progress = progress;
        b.indexation = indexation;
        b.note = note;
        return b;
    }

    /** Mutable builder; {@link #build()} validates. */
    public static final class Builder {
        private String id;
        private String designation;
        private Optional<String> description = Optional.empty();
        private Quantity quantity;
        private BigDecimal unitPrice;
        private Optional<Discount> discount = Optional.empty();
        private VatRate vatRate;
        private LineNature nature = LineNature.SERVICES;
        private Money netAmount;
        private Optional<String> sourceLineId = Optional.empty();
        private Optional<String> sellerItemId = Optional.empty();
        private Optional<ProgressDetail> progress = Optional.empty();
        private Optional<IndexationDetail> indexation = Optional.empty();
        private Optional<String> note = Optional.empty();

        private Builder(String id, String designation) {
            this.id = id;
            this.designation = designation;
        }

        /** Line id. */
        public Builder id(String v) { id = v; return this; }
        /** Designation. */
        public Builder designation(String v) { designation = v; return this; }
        /** Description. */
        public Builder description(Optional<String> v) { description = v; return this; }
        /** Quantity. */
        public Builder quantity(Quantity v) { quantity = v; return this; }
        /** Unit price. */
        public Builder unitPrice(BigDecimal v) { unitPrice = v; return this; }
        /** Discount. */
        public Builder discount(Optional<Discount> v) { discount = v; return this; }
        /** VAT rate. */
        public Builder vatRate(VatRate v) { vatRate = v; return this; }
        /** Nature. */
        public Builder nature(LineNature v) { nature = v; return this; }
        /** Net amount (BT-131). */
        public Builder netAmount(Money v) { netAmount = v; return this; }
        /** Source quote line id. */
        public Builder sourceLineId(Optional<String> v) { sourceLineId = v; return this; }
        /** Seller item id. */
        public Builder sellerItemId(Optional<String> v) { sellerItemId = v; return this; }
        /** Progress figures. */
        public Builder progress(Optional<ProgressDetail> v) { progress = v; return this; }
        /** Indexation figures. */
        public Builder indexation(Optional<IndexationDetail> v) { indexation = v; return this; }
        /** Line note. */
        public Builder note(Optional<String> v) { note = v; return this; }

        /** The validated line. */
        public InvoiceLine build() {
            return new InvoiceLine(id, designation, description, quantity, unitPrice, discount, vatRate, nature, netAmount, sourceLineId,
                    sellerItemId, progress, indexation, note);
        }
    }
}
