package io.github.quote2invoice.party;

import io.github.quote2invoice.error.ErrorCodes;
import io.github.quote2invoice.internal.Checks;

/**
 * An electronic address where a party receives e-invoices (BT-34/BT-49), with its scheme (EAS code:
 * {@code 0225} for a French SIREN-based address, {@code 0009} SIRET, {@code EM} e-mail, {@code 0088} GLN...).
 *
 * @param scheme the EAS scheme code
 * @param value the address within the scheme
 */
public record ElectronicAddress(String scheme, String value) {
    /** Validates both parts. */
    public ElectronicAddress {
        scheme = Checks.text(scheme, "scheme", 4);
        value = Checks.text(value, "value", 125);
        Checks.check(scheme.matches("[0-9A-Z]{2,4}"), ErrorCodes.INVALID_FORMAT, "scheme", "'" + scheme + "' is not an EAS code");
    }

    /** The French directory address of a SIREN (scheme 0225). */
    public static ElectronicAddress ofSiren(Siren siren) {
        return new ElectronicAddress("0225", siren.value());
    }
}
