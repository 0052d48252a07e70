package io.github.quote2invoice.document;

import io.github.quote2invoice.error.ErrorCodes;
import io.github.quote2invoice.error.InvalidValueException;
import io.github.quote2invoice.internal.Checks;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A unit of measure from UN/ECE Recommendation 20 (with the Rec. 21 "X" package codes), as EN 16931
 * requires for BT-130.
 *
 * <p>Only the codes listed here are accepted: a code outside this list would fail EN 16931
 * validation later, so it is refused now ({@code UNKNOWN_CODE}). The list covers what quotes and
 * invoices use in practice; ask for a code to be added rather than working around it.
 *
 * @param code the Rec. 20 code, e.g. {@code C62} (one), {@code HUR} (hour)
 */
public record UnitOfMeasure(String code) {
    private static final Map<String, String[]> KNOWN = known();

    /** One (a unit). */
    public static final UnitOfMeasure ONE = new UnitOfMeasure("C62");
    /** Piece. */
    public static final UnitOfMeasure PIECE = new UnitOfMeasure("H87");
    /** Hour. */
    public static final UnitOfMeasure HOUR = new UnitOfMeasure("HUR");
    /** Day. */
    public static final UnitOfMeasure DAY = new UnitOfMeasure("DAY");
    /** Month. */
    public static final UnitOfMeasure MONTH = new UnitOfMeasure("MON");
    /** Kilogram. */
    public static final UnitOfMeasure KILOGRAM = new UnitOfMeasure("KGM");
    /** Metre. */
    public static final UnitOfMeasure METRE = new UnitOfMeasure("MTR");
    /** Square metre. */
    public static final UnitOfMeasure SQUARE_METRE = new UnitOfMeasure("MTK");
    /** Lump sum. */
    public static final UnitOfMeasure LUMP_SUM = new UnitOfMeasure("LS");

    /** Validates the code against the list. */
    public UnitOfMeasure {
        code = Checks.text(code, "unit").toUpperCase(Locale.ROOT);
        if (!KNOWN.containsKey(code)) {
            throw new InvalidValueException(ErrorCodes.UNKNOWN_CODE, "unit",
                    "'" + code + "' is not a supported UN/ECE Rec. 20 unit code (e.g. C62, HUR, DAY, KGM)");
        }
    }

    /** {@code new UnitOfMeasure(code)}. */
    public static UnitOfMeasure of(String code) {
        return new UnitOfMeasure(code);
    }

    /** Every accepted code. */
    public static Set<String> knownCodes() {
        return Collections.unmodifiableSet(KNOWN.keySet());
    }

    /** The unit's short label in French ({@code fr}) or English (any other language). */
    public String label(Locale locale) {
        String[] l = KNOWN.get(code);
        return "fr".equals(locale.getLanguage()) ? l[1] : l[0];
    }

    @Override
    public String toString() {
        return code;
    }

    private static Map<String, String[]> known() {
        Map<String, String[]> m = new LinkedHashMap<>();
        String[][] rows = {
            {"C62", "unit", "unité"}, {"H87", "piece", "pièce"}, {"EA", "each", "unité"}, {"NAR", "article", "article"},
            {"SET", "set", "lot"}, {"PR", "pair", "paire"}, {"LS", "lump sum", "forfait"}, {"E48", "service unit", "prestation"},
            {"ZZ", "unit", "unité"}, {"P1", "%", "%"},
            {"SEC", "s", "s"}, {"MIN", "min", "min"}, {"HUR", "h", "h"}, {"DAY", "day", "jour"}, {"E49", "working day", "jour ouvré"},
            {"WEE", "week", "semaine"}, {"MON", "month", "mois"}, {"QAN", "quarter", "trimestre"}, {"ANN", "year", "an"},
            {"GRM", "g", "g"}, {"KGM", "kg", "kg"}, {"TNE", "t", "t"}, {"LBR", "lb", "lb"},
            {"MMT", "mm", "mm"}, {"CMT", "cm", "cm"}, {"MTR", "m", "m"}, {"KMT", "km", "km"}, {"LM", "linear m", "ml"},
            {"INH", "in", "po"}, {"FOT", "ft", "pi"},
            {"MTK", "m²", "m²"}, {"HAR", "ha", "ha"}, {"MTQ", "m³", "m³"}, {"MLT", "ml", "ml"}, {"LTR", "l", "l"}, {"GLL", "gal", "gal"},
            {"KWH", "kWh", "kWh"}, {"MWH", "MWh", "MWh"}, {"KWT", "kW", "kW"},
            {"XBX", "box", "boîte"}, {"XPK", "package", "colis"}, {"XPA", "packet", "paquet"}, {"XPX", "pallet", "palette"},
            {"XRO", "roll", "rouleau"}, {"XBG", "bag", "sac"}, {"XCT", "carton", "carton"}
        };
        for (String[] r : rows) {
            m.put(r[0], new String[] {r[1], r[2]});
        }
        return m;
    }
}
