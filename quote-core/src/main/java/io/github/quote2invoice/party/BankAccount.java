package io.github.quote2invoice.party;

import io.github.quote2invoice.internal.Checks;

import java.util.Optional;

/**
 * A bank account to be paid on (EN 16931 BG-17).
 *
 * @param iban the account
 * @param bic the bank, optional inside SEPA
 * @param holder the account name (BT-85), when it differs from the party's name
 */
public record BankAccount(Iban iban, Optional<Bic> bic, Optional<String> holder) {
    /** Validates presence. */
    public BankAccount {
        Checks.required(iban, "iban");
        bic = Checks.optional(bic);
        holder = Checks.optionalText(holder, "holder");
    }

    /** An account with its BIC. */
    public static BankAccount of(String iban, String bic) {
        return new BankAccount(new Iban(iban), Optional.of(new Bic(bic)), Optional.empty());
    }
}
