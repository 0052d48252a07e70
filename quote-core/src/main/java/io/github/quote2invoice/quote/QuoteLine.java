package io.github.quote2invoice.quote;

import io.github.quote2invoice.document.Discount;
import io.github.quote2invoice.document.LineNature;
import io.github.quote2invoice.document.PricedLine;
import io.github.quote2invoice.document.Quantity;
import io.github.quote2invoice.error.ErrorCodes;
import io.github.quote2invoice.internal.Checks;
import io.github.quote2invoice.tax.VatRate;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * One line of a quote.
 *
 * @param id the line's id, unique in the quote, kept by its invoice lines (e.g. "1", "2.3")
 * @param designation what is sold (BT-153)
 * @param description a longer description (BT-154), optional
 * @param quantity how much, above zero
 * @param unitPrice unit price excl. VAT, not negative, at most 4 decimals
 * @param vatRate VAT category and rate
 * @param discount line discount, optional
 * @param nature goods or services
 * @param sellerItemId the seller's article reference (BT-155), optional
 */
public record QuoteLine(String id, String designation, Optional<String> description, Quantity quantity, BigDecimal unitPrice,
                        VatRate vatRate, Optional<Discount> discount, LineNature nature, Optional<String> sellerItemId)
        implements PricedLine {

    /** Validates every part. */
    public QuoteLine {
        id = Checks.text(id, "id", 50);
        designation = Checks.text(designation, "designation", 500);
        description = Checks.optionalText(description, "description");
        Checks.required(quantity, "quantity");
        Checks.check(quantity.value().signum() > 0, ErrorCodes.OUT_OF_RANGE, "quantity",
                "must be greater than zero on a quote, was " + quantity.value().toPlainString());
        unitPrice = Checks.maxScale(Checks.notNegative(unitPrice, "unitPrice"), 4, "unitPrice");
        Checks.required(vatRate, "vatRate");
        discount = Checks.optional(discount);
        Checks.required(nature, "nature");
        sellerItemId = Checks.optionalText(sellerItemId, "sellerItemId");
    }

    /** A plain line: no description, no discount, no item id. */
    public static QuoteLine of(String id, String designation, Quantity quantity, String unitPrice, VatRate vatRate, LineNature nature) {
        return new QuoteLine(id, designation, Optional.empty(), quantity, new BigDecimal(unitPrice), vatRate, Optional.empty(), nature,
                Optional.empty());
    }

    /** A copy with this discount. */
    public QuoteLine withDiscount(Discount d) {
        return new QuoteLine(id, designation, description, quantity, unitPrice, vatRate, Optional.of(d), nature, sellerItemId);
    }

    /** A copy with this quantity. */
    public QuoteLine withQuantity(Quantity q) {
        return new QuoteLine(id, designation, description, q, unitPrice, vatRate, discount, nature, sellerItemId);
    }

    /** A copy with this unit price. */
    public QuoteLine withUnitPrice(BigDecimal p) {
        return new QuoteLine(id, designation, description, quantity, p, vatRate, discount, nature, sellerItemId);
    }
}
