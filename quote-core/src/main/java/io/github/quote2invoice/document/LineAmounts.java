package io.github.quote2invoice.document;

import io.github.quote2invoice.money.Money;

/**
 * A line's amounts: gross (quantity x unit price, rounded), the discount taken off it, and the net
 * (BT-131) = gross - discount.
 *
 * @param gross quantity x unit price, rounded to the minor unit
 * @param discount the line allowance (BT-136), zero when none
 * @param net gross minus discount
 */
public record LineAmounts(Money gross, Money discount, Money net) {
}
