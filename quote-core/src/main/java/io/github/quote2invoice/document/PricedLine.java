package io.github.quote2invoice.document;

import io.github.quote2invoice.tax.VatRate;

import java.math.BigDecimal;
import java.util.Optional;

/** What the totals calculator needs of a line to price it: quote lines and invoice lines both are. */
public interface PricedLine {
    /** Quantity and unit. */
    Quantity quantity();

    /** Unit price excl. VAT, at most 4 decimals, never negative. */
    BigDecimal unitPrice();

    /** Line discount, if any. */
    Optional<Discount> discount();

    /** VAT category and rate. */
    VatRate vatRate();
}
