package io.github.quote2invoice.indexation;

import io.github.quote2invoice.internal.Checks;
import io.github.quote2invoice.invoice.IndexationDetail;

import java.math.BigDecimal;

/**
 * A unit price after price revision, with the computation to print.
 *
 * @param unitPrice P, at most 4 decimals
 * @param detail P0, I0, I, coefficient
 */
public record RevisedPrice(BigDecimal unitPrice, IndexationDetail detail) {
    /** Validates presence. */
    public RevisedPrice {
        unitPrice = Checks.maxScale(Checks.notNegative(unitPrice, "unitPrice"), 4, "unitPrice");
        Checks.required(detail, "detail");
    }
}
