package io.github.quote2invoice.render.pdf.internal;

import io.github.quote2invoice.render.pdf.internal.FontLibrary.Form;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * review3 (commit 1a974e6): openhtmltopdf prints {@code text-transform: uppercase} and small caps with
 * {@code String.toUpperCase(Locale.US)} and lowercase with {@code String.toLowerCase(Locale.US)}
 * ({@code TextUtil.DefaultToUpperTransformer}, {@code SharedContext}), the full Unicode mappings, some of
 * which give several characters; formFor looks at {@code Character.toUpperCase/toLowerCase}, the
 * one-character mappings, which leave such characters unchanged. Oracle: for every BMP character,
 * everything the String mappings print is in the ranges of the form formFor picks.
 */
class FormForFullCaseMappingTest {
    @Test
    void everyCaseFormOpenhtmltopdfPrintsIsInTheFormChosen() {
        List<String> misses = new ArrayList<>();
        for (int c = 0; c <= 0xFFFF; c++) {
            if (Character.isSurrogate((char) c) || c == '&' || c == '\\' || c == '<') {
                continue;
            }
            String s = String.valueOf((char) c);
            Form form = FontLibrary.formFor(s);
            if (form == Form.FULL) {
                continue;
            }
            int[][] ranges = form == Form.COMMON ? FontLibrary.COMMON_RANGES : FontLibrary.CORE_RANGES;
            for (String printed : List.of(s.toUpperCase(Locale.US), s.toLowerCase(Locale.US))) {
                printed.codePoints().filter(p -> !in(p, ranges)).forEach(p -> misses.add(String.format("U+%04X -> %s needs U+%04X, not in %s",
                        (int) s.charAt(0), printed.codePoints().mapToObj(q -> String.format("U+%04X", q)).toList(), p, form)));
            }
        }
        assertThat(misses).isEmpty();
    }

    private static boolean in(int c, int[][] ranges) {
        for (int[] r : ranges) {
            if (c >= r[0] && c <= r[1]) {
                return true;
            }
        }
        return false;
    }
}
