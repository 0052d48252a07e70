package io.github.quote2invoice.issuing;

import io.github.quote2invoice.error.ErrorCodes;
import io.github.quote2invoice.error.InvalidValueException;
import io.github.quote2invoice.internal.Checks;

import java.time.LocalDate;
import java.time.Month;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A numbering series: its name (the counter's key), the pattern its numbers follow and when it restarts.
 *
 * <p>Pattern tokens: {@code {yyyy}} (four-digit year), {@code {yy}} (two-digit year), {@code {seq}} or
 * {@code {seq:N}} (the counter, zero-padded to at least N digits, 1 &lt;= N &lt;= 18). Everything else is
 * literal. The year is the calendar year of the issue date, except under {@link ResetPolicy#FISCAL_YEAR}
 * where it is the year in which the fiscal year began. Examples: {@code FA-{yyyy}-{seq:6}} gives
 * {@code FA-2026-000042}; {@code AV-{yyyy}-{seq:6}} gives {@code AV-2026-000003}.
 *
 * <p>A series that restarts (yearly or per fiscal year) must show the year, or two periods would produce
 * the same number; the constructor refuses such a pattern.
 *
 * @param name the series name, letters, digits, {@code _} and {@code -}, e.g. {@code FA}
 * @param pattern the number pattern, exactly one {@code {seq}} token
 * @param reset when the counter restarts at 1
 * @param fiscalYearStart the first month of the fiscal year (used by {@link ResetPolicy#FISCAL_YEAR})
 */
public record NumberingSeries(String name, String pattern, ResetPolicy reset, Month fiscalYearStart) {
    private static final Pattern TOKEN = Pattern.compile("\\{([^{}]*)}");
    private static final Pattern SEQ = Pattern.compile("seq(?::(\\d{1,2}))?");

    /** Validates the name and the pattern. */
    public NumberingSeries {
        name = Checks.text(name, "name", 50);
        Checks.check(name.matches("[A-Za-z0-9_-]+"), ErrorCodes.INVALID_FORMAT, "name",
                "'" + name + "' may only hold letters, digits, '_' and '-'");
        pattern = Checks.text(pattern, "pattern", 80);
        Checks.required(reset, "reset");
        Checks.required(fiscalYearStart, "fiscalYearStart");
        int seqTokens = 0;
        boolean year = false;
        Matcher m = TOKEN.matcher(pattern);
        while (m.find()) {
            String token = m.group(1);
            Matcher seq = SEQ.matcher(token);
            if (seq.matches()) {
                seqTokens++;
                int width = seq.group(1) == null ? 1 : Integer.parseInt(seq.group(1));
                Checks.check(width >= 1 && width <= 18, ErrorCodes.OUT_OF_RANGE, "pattern", "{seq:N} needs 1 <= N <= 18, was " + width);
            } else if (token.equals("yyyy") || token.equals("yy")) {
                year = true;
            } else {
                throw new InvalidValueException(ErrorCodes.INVALID_FORMAT, "pattern",
                        "unknown token {" + token + "} in '" + pattern + "'; use {yyyy}, {yy}, {seq} or {seq:N}");
            }
        }
        String literal = TOKEN.matcher(pattern).replaceAll("");
        Checks.check(literal.indexOf('{') < 0 && literal.indexOf('}') < 0, ErrorCodes.INVALID_FORMAT, "pattern",
                "unbalanced brace in '" + pattern + "'");
        Checks.check(seqTokens == 1, ErrorCodes.INVALID_FORMAT, "pattern", "needs exactly one {seq} token, has " + seqTokens);
        Checks.check(year || reset == ResetPolicy.NEVER, ErrorCodes.INCONSISTENT, "pattern",
                "a series reset " + reset + " must show the year ({yyyy} or {yy}), or its numbers would repeat");
    }

    /** A series with a calendar-year reset. */
    public static NumberingSeries yearly(String name, String pattern) {
        return new NumberingSeries(name, pattern, ResetPolicy.YEARLY, Month.JANUARY);
    }

    /** A series restarting on the first day of {@code firstMonth} each year. */
    public static NumberingSeries fiscalYear(String name, String pattern, Month firstMonth) {
        return new NumberingSeries(name, pattern, ResetPolicy.FISCAL_YEAR, firstMonth);
    }

    /** A series that never restarts. */
    public static NumberingSeries continuous(String name, String pattern) {
        return new NumberingSeries(name, pattern, ResetPolicy.NEVER, Month.JANUARY);
    }

    /** The year shown by {@code {yyyy}} for a document dated {@code date}. */
    public int yearOf(LocalDate date) {
        if (reset == ResetPolicy.FISCAL_YEAR && date.getMonthValue() < fiscalYearStart.getValue()) {
            return date.getYear() - 1;
        }
        return date.getYear();
    }

    /** The period key of the counter a document dated {@code date} takes its number from. */
    public String periodOf(LocalDate date) {
        switch (reset) {
            case NEVER:
                return "ALL";
            case YEARLY:
                return Integer.toString(date.getYear());
            default:
                return "FY" + yearOf(date) + "-" + String.format("%02d", fiscalYearStart.getValue());
        }
    }

    /** The counter key of this series for {@code company} on {@code date}. */
    public SequenceKey keyFor(String company, LocalDate date) {
        return new SequenceKey(company, name, periodOf(date));
    }

    /**
     * The number for counter value {@code sequence} on {@code date}.
     *
     * @param date the issue date
     * @param sequence the counter value, at least 1
     */
    public String format(LocalDate date, long sequence) {
        Checks.check(sequence >= 1, ErrorCodes.OUT_OF_RANGE, "sequence", "must be at least 1, was " + sequence);
        return template(date).format(sequence);
    }

    /**
     * What every number of this series dated {@code date} is made of: the text before the counter, the
     * counter's minimum width and the text after it. Lets a store build the number where the counter is
     * (in the database, for one), exactly as {@link #format} does.
     */
    public Template template(LocalDate date) {
        int year = yearOf(date);
        Matcher m = TOKEN.matcher(pattern);
        StringBuilder before = new StringBuilder(pattern.length() + 4);
        StringBuilder current = before;
        StringBuilder after = new StringBuilder();
        int width = 1;
        int literalStart = 0;
        while (m.find()) {
            current.append(pattern, literalStart, m.start());
            literalStart = m.end();
            String token = m.group(1);
            if (token.equals("yyyy")) {
                current.append(pad(year, 4));
            } else if (token.equals("yy")) {
                current.append(pad(year % 100, 2));
            } else {
                Matcher seq = SEQ.matcher(token);
                seq.matches();
                width = seq.group(1) == null ? 1 : Integer.parseInt(seq.group(1));
                current = after;
            }
        }
        current.append(pattern, literalStart, pattern.length());
        return new Template(before.toString(), width, after.toString());
    }

    /** {@code value} with leading zeros up to {@code width} digits (as {@code %0Nd} for the years shown). */
    private static String pad(long value, int width) {
        String digits = Long.toString(value);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }

    /**
     * The numbers of one series on one date: {@code prefix}, the counter zero-padded to at least
     * {@code width} digits, {@code suffix}.
     *
     * @param prefix the text before the counter (year included)
     * @param width the counter's minimum number of digits
     * @param suffix the text after the counter
     */
    public record Template(String prefix, int width, String suffix) {
        /** Validates presence and width. */
        public Template {
            Checks.required(prefix, "prefix");
            Checks.required(suffix, "suffix");
            Checks.check(width >= 1 && width <= 18, ErrorCodes.OUT_OF_RANGE, "width", "must be 1 to 18, was " + width);
        }

        /** The number for counter value {@code sequence} (at least 1). */
        public String format(long sequence) {
            Checks.check(sequence >= 1, ErrorCodes.OUT_OF_RANGE, "sequence", "must be at least 1, was " + sequence);
            return prefix + pad(sequence, width) + suffix;
        }
    }
}
