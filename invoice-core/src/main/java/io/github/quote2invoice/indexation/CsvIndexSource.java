package io.github.quote2invoice.indexation;

import io.github.quote2invoice.error.ErrorCodes;
import io.github.quote2invoice.error.InvalidValueException;
import io.github.quote2invoice.internal.Checks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * An {@link IndexSource} read from the CSV file INSEE publishes for a monthly series ("Télécharger" on
 * {@code https://www.insee.fr/fr/statistiques/serie/<idBank>}), for instance BT01, idBank 001710986.
 *
 * <p>The format, as INSEE writes it: semicolon-separated, every field in double quotes, UTF-8; four
 * header rows ({@code "Libellé";"<title>";"Codes"}, {@code "idBank";"<id>";""},
 * {@code "Dernière mise à jour";"<date>";""}, {@code "Période";"";""}; English files say {@code Label},
 * {@code Last update}, {@code Period}), then one row per month, newest first:
 * {@code "2024-08";"131.7";"A"}. The third column is INSEE's status code: {@code P} marks a provisional
 * value (loaded with {@code provisional = true}); {@code A} (normal value) and any other code load as
 * final; a row with an empty value (code {@code O}, not available) is skipped. Rows without quotes and
 * a decimal comma are accepted too. Anything else is refused with {@code INVALID_FORMAT} naming the
 * line, and nothing is loaded.
 *
 * <p>Immutable once read and thread-safe.
 */
public final class CsvIndexSource implements IndexSource {
    private static final Set<String> HEADERS = Set.of("libellé", "label", "idbank", "dernière mise à jour", "last update", "période",
            "period", "codes");

    private final String series;
    private final Optional<String> label;
    private final Optional<String> idBank;
    private final InMemoryIndexSource values;

    private CsvIndexSource(String series, Optional<String> label, Optional<String> idBank, InMemoryIndexSource values) {
        this.series = series;
        this.label = label;
        this.idBank = idBank;
        this.values = values;
    }

    /**
     * Reads the CSV, naming its values {@code series} ("BT01"). Does not close {@code reader}.
     *
     * @throws InvalidValueException {@code INVALID_FORMAT} on a malformed row (path {@code line <n>})
     * @throws UncheckedIOException when reading fails
     */
    public static CsvIndexSource read(String series, Reader reader) {
        String name = Checks.text(series, "series", 50);
        Checks.required(reader, "reader");
        List<IndexValue> rows = new ArrayList<>();
        Optional<String> label = Optional.empty();
        Optional<String> idBank = Optional.empty();
        BufferedReader in = new BufferedReader(reader);
        try {
            String line;
            int n = 0;
            while ((line = in.readLine()) != null) {
                n++;
                if (n == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.isBlank()) {
                    continue;
                }
                List<String> f = fields(line, n);
                String first = f.get(0).strip();
                String key = first.toLowerCase(Locale.ROOT);
                if (HEADERS.contains(key)) {
                    if ((key.equals("libellé") || key.equals("label")) && f.size() > 1 && !f.get(1).isBlank()) {
                        label = Optional.of(f.get(1).strip());
                    } else if (key.equals("idbank") && f.size() > 1 && !f.get(1).isBlank()) {
                        idBank = Optional.of(f.get(1).strip());
                    }
                    continue;
                }
                row(name, f, n).ifPresent(rows::add);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the index CSV of " + name, e);
        }
        return new CsvIndexSource(name, label, idBank, InMemoryIndexSource.of(rows));
    }

    /** Reads UTF-8 CSV from {@code in} (see {@link #read(String, Reader)}). Does not close {@code in}. */
    public static CsvIndexSource read(String series, InputStream in) {
        Checks.required(in, "in");
        return read(series, new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    private static Optional<IndexValue> row(String series, List<String> f, int n) {
        String period = f.get(0).strip();
        YearMonth month;
        try {
            month = period.matches("\\d{4}-\\d{2}") ? YearMonth.parse(period) : null;
        } catch (DateTimeParseException e) {
            month = null;
        }
        if (month == null) {
            throw new InvalidValueException(ErrorCodes.INVALID_FORMAT, "line " + n,
                    "'" + period + "' is neither a header nor a month (YYYY-MM); only monthly series are read");
        }
        String raw = f.size() > 1 ? f.get(1).strip().replace(',', '.') : "";
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        if (!raw.matches("\\d{1,9}(\\.\\d{1,9})?")) {
            throw new InvalidValueException(ErrorCodes.INVALID_FORMAT, "line " + n, "'" + raw + "' is not an index value");
        }
        BigDecimal value = new BigDecimal(raw);
        if (value.signum() <= 0) {
            throw new InvalidValueException(ErrorCodes.OUT_OF_RANGE, "line " + n, "index value " + raw + " is not above zero");
        }
        boolean provisional = f.size() > 2 && "P".equalsIgnoreCase(f.get(2).strip());
        return Optional.of(new IndexValue(series, month, value, provisional));
    }

    /** Splits one semicolon-separated line; double quotes enclose fields, a doubled quote is a quote. */
    private static List<String> fields(String line, int n) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ';') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        if (quoted) {
            throw new InvalidValueException(ErrorCodes.INVALID_FORMAT, "line " + n, "unclosed quote");
        }
        out.add(cur.toString());
        return out;
    }

    @Override
    public Optional<IndexValue> find(String series, YearMonth month) {
        return values.find(series, month);
    }

    /** The series name the values were loaded under. */
    public String series() {
        return series;
    }

    /** The file's title (the {@code Libellé} row), if present. */
    public Optional<String> label() {
        return label;
    }

    /** The INSEE series identifier (the {@code idBank} row), if present. */
    public Optional<String> idBank() {
        return idBank;
    }

    /** Every value read, in file order. */
    public List<IndexValue> values() {
        return values.values();
    }
}
