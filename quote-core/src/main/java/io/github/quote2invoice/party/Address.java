package io.github.quote2invoice.party;

import io.github.quote2invoice.error.ErrorCodes;
import io.github.quote2invoice.internal.Checks;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A postal address (EN 16931 BG-5/BG-8/BG-15).
 *
 * @param lines one to three street lines
 * @param postalCode the postal code, when the country has them
 * @param city the city
 * @param subdivision region or state, optional
 * @param countryCode ISO 3166-1 alpha-2, upper case
 */
public record Address(List<String> lines, Optional<String> postalCode, String city, Optional<String> subdivision,
                      String countryCode) {
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    /** Validates every part. */
    public Address {
        lines = Checks.nonEmptyList(lines, "lines");
        Checks.check(lines.size() <= 3, ErrorCodes.OUT_OF_RANGE, "lines", "at most 3 street lines, got " + lines.size());
        for (int i = 0; i < lines.size(); i++) {
            Checks.text(lines.get(i), "lines[" + i + "]", 200);
        }
        lines = lines.stream().map(String::strip).toList();
        postalCode = Checks.optionalText(postalCode, "postalCode");
        city = Checks.text(city, "city", 100);
        subdivision = Checks.optionalText(subdivision, "subdivision");
        countryCode = Checks.text(countryCode, "countryCode").toUpperCase(Locale.ROOT);
        Checks.check(COUNTRIES.contains(countryCode), ErrorCodes.UNKNOWN_CODE, "countryCode",
                "'" + countryCode + "' is not an ISO 3166-1 alpha-2 country code");
    }

    /** One street line, a postal code, a city and a country. */
    public static Address of(String line, String postalCode, String city, String countryCode) {
        return new Address(List.of(line), Optional.of(postalCode), city, Optional.empty(), countryCode);
    }
}
