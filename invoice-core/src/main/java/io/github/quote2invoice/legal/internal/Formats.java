package io.github.quote2invoice.legal.internal;

import io.github.quote2invoice.internal.Checks;
import io.github.quote2invoice.money.Money;
import io.github.quote2invoice.party.Address;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Formats numbers, amounts, dates and identifiers the way French and English mentions print them.
 * Not API. Plain spaces, not narrow no-break spaces, so any embedded font can print them.
 */
public final class Formats {
    private static final DateTimeFormatter FR_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private Formats() {
    }

    /** {@code 12.15} -> {@code "12,15"}, {@code 20} -> {@code "20"}: no trailing zeros, decimal comma. */
    public static String frNumber(BigDecimal value) {
        return Checks.normalize(value).toPlainString().replace('.', ',');
    }

    /** {@code 12.15} -> {@code "12.15"}: no trailing zeros. */
    public static String enNumber(BigDecimal value) {
        return Checks.normalize(value).toPlainString();
    }

    /** {@code EUR 10000.00} -> {@code "10 000 €"}, {@code EUR 40.50} -> {@code "40,50 €"}, {@code USD 5.00} -> {@code "5 USD"}. */
    public static String frMoney(Money money) {
        String symbol = "EUR".equals(money.currency().getCurrencyCode()) ? "€" : money.currency().getCurrencyCode();
        return group(money.amount(), ' ', ',') + " " + symbol;
    }

    /** {@code EUR 10000.00} -> {@code "EUR 10,000"}, {@code EUR 40.50} -> {@code "EUR 40.50"}. */
    public static String enMoney(Money money) {
        return money.currency().getCurrencyCode() + " " + group(money.amount(), ',', '.');
    }

    /** Groups thousands; drops the decimals when they are all zero. */
    private static String group(BigDecimal amount, char thousands, char decimal) {
        BigDecimal abs = amount.abs();
        BigDecimal whole = abs.setScale(0, java.math.RoundingMode.DOWN);
        String fraction = abs.subtract(whole).signum() == 0 ? "" : abs.toPlainString().substring(abs.toPlainString().indexOf('.') + 1);
        String digits = whole.toPlainString();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                out.append(thousands);
            }
            out.append(digits.charAt(i));
        }
        if (!fraction.isEmpty()) {
            out.append(decimal).append(fraction);
        }
        return (amount.signum() < 0 ? "-" : "") + out;
    }

    /** {@code 2026-11-12} -> {@code "12/11/2026"}. */
    public static String frDate(LocalDate date) {
        return FR_DATE.format(date);
    }

    /** {@code 2026-11-12} -> {@code "2026-11-12"} (ISO 8601, unambiguous in English). */
    public static String enDate(LocalDate date) {
        return date.toString();
    }

    /** Groups digits by three from the left, the way SIREN are printed: {@code "123 456 782"}. */
    public static String siren(String digits) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && i % 3 == 0) {
                out.append(' ');
            }
            out.append(digits.charAt(i));
        }
        return out.toString();
    }

    /** SIRET as SIREN groups then the 5-digit establishment number: {@code "123 456 782 00010"}. */
    public static String siret(String digits) {
        return siren(digits.substring(0, 9)) + " " + digits.substring(9);
    }

    /** One line: street lines, postal code and city, country code. */
    public static String address(Address a) {
        StringBuilder out = new StringBuilder(String.join(", ", a.lines()));
        out.append(", ");
        a.postalCode().ifPresent(p -> out.append(p).append(' '));
        out.append(a.city());
        a.subdivision().ifPresent(s -> out.append(", ").append(s));
        return out.append(", ").append(a.countryCode()).toString();
    }
}
