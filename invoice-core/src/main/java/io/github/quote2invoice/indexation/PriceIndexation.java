package io.github.quote2invoice.indexation;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A price revision rule the conversion engine applies at the invoicing date to the lines it covers
 * (implemented by {@code IndexationClause}: P = P0 x (a + b x I / I0)).
 */
public interface PriceIndexation {
    /** True when the quote line with this id is subject to revision. */
    boolean covers(String quoteLineId);

    /**
     * The revised unit price for an invoice dated {@code invoicingDate}.
     *
     * @param baseUnitPrice P0, the quote's unit price
     * @param invoicingDate the invoice's date, which selects the revision month
     * @param source published index values
     * @throws io.github.quote2invoice.error.Quote2InvoiceException when an index value is missing
     */
    RevisedPrice revise(BigDecimal baseUnitPrice, LocalDate invoicingDate, IndexSource source);
}
