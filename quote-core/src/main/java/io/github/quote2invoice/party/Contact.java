package io.github.quote2invoice.party;

import io.github.quote2invoice.error.ErrorCodes;
import io.github.quote2invoice.internal.Checks;

import java.util.Optional;

/**
 * A contact person or desk (EN 16931 BG-6/BG-9).
 *
 * @param name a person or department
 * @param email an e-mail address
 * @param phone a telephone number
 */
public record Contact(Optional<String> name, Optional<String> email, Optional<String> phone) {
    /** Validates what is present. */
    public Contact {
        name = Checks.optionalText(name, "name");
        email = Checks.optionalText(email, "email");
        phone = Checks.optionalText(phone, "phone");
        email.ifPresent(e -> Checks.check(e.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"), ErrorCodes.INVALID_FORMAT, "email",
                "'" + e + "' is not an e-mail address"));
    }

    /** A contact with a name and an e-mail address. */
    public static Contact of(String name, String email) {
        return new Contact(Optional.of(name), Optional.of(email), Optional.empty());
    }
}
