package io.github.quote2invoice.render.pdf.internal;

import io.github.quote2invoice.document.Quantity;
import io.github.quote2invoice.money.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How numbers, amounts and dates print, in French ({@code fr}) or English (any other language).
 * Exact: amounts print their {@link BigDecimal} digits, never through a {@code double}. Immutable and
 * thread-safe (no {@code DecimalFormat} inside).
 */
public final class Formats {
    private static final char NBSP = '\u00A0';
    private static final DateTimeFormatter FR_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.FRENCH);
    private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final boolean french;

    /** The formats of {@code locale}'s language. */
    public Formats(Locale locale) {
        this.french = "fr".equals(locale.getLanguage());
    }

    /** True for French. */
    public boolean french() {
        return french;
    }

    /** "1 234,56 €" in French, "€1,234.56" in English; other currencies by their code. */
    public String money(Money m) {
        String digits = number(m.amount());
        String code = m.currency().getCurrencyCode();
        if ("EUR".equals(code)) {
            return french ? digits + NBSP + '€' : (m.isNegative() ? "-€" + digits.substring(1) : "€" + digits);
        }
        return digits + NBSP + code;
    }

    /** A unit price: its own decimals, at least two. */
    public String unitPrice(BigDecimal price) {
        return number(atLeastTwo(price));
    }

    /** A quantity without trailing zeros. */
    public String quantity(Quantity q) {
        return number(strip(q.value()));
    }

    /** "20 %" in French, "20%" in English, trailing zeros removed ("5,5 %"). */
    public String percent(BigDecimal p) {
        String n = number(strip(p));
        return french ? n + NBSP + '%' : n + '%';
    }

    /** "28/11/2026" in French, "28 November 2026" in English. */
    public String date(LocalDate d) {
        return (french ? FR_DATE : EN_DATE).format(d);
    }

    /** A decimal number with grouping, the language's separators, the value's own scale. */
    public String number(BigDecimal value) {
        String plain = value.toPlainString();
        boolean negative = plain.startsWith("-");
        if (negative) {
            plain = plain.substring(1);
        }
        int dot = plain.indexOf('.');
        String integer = dot < 0 ? plain : plain.substring(0, dot);
        String fraction = dot < 0 ? "" : plain.substring(dot + 1);
        StringBuilder b = new StringBuilder(plain.length() + 8);
        if (negative) {
            b.append('-');
        }
        char group = french ? NBSP : ',';
        for (int i = 0; i < integer.length(); i++) {
            if (i > 0 && (integer.length() - i) % 3 == 0) {
                b.append(group);
            }
            b.append(integer.charAt(i));
        }
        if (!fraction.isEmpty()) {
            b.append(french ? ',' : '.').append(fraction);
        }
        return b.toString();
    }

    private static BigDecimal strip(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0, RoundingMode.UNNECESSARY) : s;
    }

    private static BigDecimal atLeastTwo(BigDecimal v) {
        BigDecimal s = strip(v);
        return s.scale() < 2 ? s.setScale(2, RoundingMode.UNNECESSARY) : s;
    }
}
