package io.github.quote2invoice.render.pdf.internal;

import io.github.quote2invoice.render.pdf.internal.FontLibrary.Form;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * CSS keywords are ASCII case-insensitive, and openhtmltopdf reads {@code Arabic-Indic} as
 * {@code arabic-indic}: its list numbers (U+0660-U+0669) are in no form but the full fonts.
 */
class FormForCaseTest {
    @Test
    void arabicIndicListNumberingInAnyCaseNeedsTheFullFonts() {
        assertThat(FontLibrary.formFor("<style>ol { list-style-type: Arabic-Indic; }</style><ol><li>un</li></ol>")).isEqualTo(Form.FULL);
        assertThat(FontLibrary.formFor("<ol style=\"LIST-STYLE-TYPE: ARABIC-INDIC\"><li>un</li></ol>")).isEqualTo(Form.FULL);
    }
}
