package io.github.quote2invoice.document;

import io.github.quote2invoice.internal.Checks;

import java.math.BigDecimal;

/**
 * A quantity with its unit of measure (BT-129/BT-130). At most 6 decimals; may be negative (a
 * deduction line on an invoice), though quote lines require it to be positive.
 *
 * @param value the number, trailing zeros stripped
 * @param unit the unit
 */
public record Quantity(BigDecimal value, UnitOfMeasure unit) {
    /** Validates scale and presence. */
    public Quantity {
        value = Checks.maxScale(value, 6, "quantity");
        Checks.required(unit, "unit");
    }

    /** {@code Quantity.of("2.5", "HUR")}. */
    public static Quantity of(String value, String unitCode) {
        return new Quantity(new BigDecimal(value), UnitOfMeasure.of(unitCode));
    }

    /** {@code value} units of C62 ("one"). */
    public static Quantity units(long value) {
        return new Quantity(BigDecimal.valueOf(value), UnitOfMeasure.ONE);
    }

    /** The same unit with the opposite value. */
    public Quantity negated() {
        return new Quantity(value.negate(), unit);
    }

    @Override
    public String toString() {
        return value.toPlainString() + " " + unit.code();
    }
}
