package io.github.quote2invoice.render.pdf.internal;

import io.github.quote2invoice.render.pdf.internal.FontLibrary.Form;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The common and core font forms shipped in {@code src/main/resources/io/github/quote2invoice/render/pdf/fonts}
 * are what FontBox's subsetter cuts from the current DejaVu fonts for {@link FontLibrary#COMMON_RANGES}
 * and {@link FontLibrary#CORE_RANGES}. When the fonts or the ranges change, this test fails and writes the
 * new forms to {@code target/font-forms}: copy them over the shipped ones.
 */
class FontFormsTest {
    @Test
    void shippedFormsAreCutFromTheCurrentFonts() throws IOException {
        List<String> stale = new ArrayList<>();
        for (Form form : List.of(Form.COMMON, Form.CORE)) {
            for (int face = 0; face < FontLibrary.FACE_COUNT; face++) {
                byte[] cut = cut(face, form);
                assertThat(cut(face, form)).as("the subsetter is deterministic").isEqualTo(cut);
                String name = FontLibrary.formFileName(face, form);
                byte[] shipped = resource(FontLibrary.FORMS_BASE + name);
                if (shipped == null || !Arrays.equals(shipped, cut)) {
                    Path out = Path.of("target", "font-forms", name);
                    Files.createDirectories(out.getParent());
                    Files.write(out, cut);
                    stale.add(out.toString());
                }
            }
        }
        assertThat(stale).as("font forms to copy to src/main/resources" + FontLibrary.FORMS_BASE).isEmpty();
    }

    @Test
    void commonCharactersMakeCommonDocumentsAndAreCoreCharacters() {
        // Two common characters have a capital (text-transform prints it) outside the common form.
        Map<Integer, Form> capitalElsewhere = Map.of(0x00B5, Form.FULL /* µ: Greek capital Mu */, 0x0192, Form.CORE /* ƒ: Ƒ */);
        for (int[] range : FontLibrary.COMMON_RANGES) {
            for (int c = range[0]; c <= range[1]; c++) {
                if (c == '\\') {
                    continue; // a CSS escape: the full fonts, whatever it prints
                }
                Form expected = capitalElsewhere.getOrDefault(c, Form.COMMON);
                assertThat(FontLibrary.formFor(String.valueOf((char) c))).as("U+%04X", c).isEqualTo(expected);
                assertThat(FontLibrary.formFor((char) c + "\u0218")).as("U+%04X with a core character", c)
                        .isEqualTo(expected == Form.FULL ? Form.FULL : Form.CORE);
            }
        }
    }

    /** Face {@code face}'s common or core form, as FontBox's subsetter cuts it from the full font. */
    static byte[] cut(int face, Form form) throws IOException {
        TrueTypeFont full = new TTFParser().parse(new RandomAccessReadBuffer(resource(FontLibrary.fullFontPath(face))));
        TTFSubsetter subsetter = form == Form.COMMON ? new TTFSubsetter(full, FontLibrary.COMMON_TABLES) : new TTFSubsetter(full);
        Set<Integer> characters = new TreeSet<>();
        for (int[] range : form == Form.COMMON ? FontLibrary.COMMON_RANGES : FontLibrary.CORE_RANGES) {
            for (int c = range[0]; c <= range[1]; c++) {
                characters.add(c);
            }
        }
        subsetter.addAll(characters);
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        subsetter.writeToStream(out);
        return out.toByteArray();
    }

    private static byte[] resource(String path) throws IOException {
        try (InputStream in = FontFormsTest.class.getResourceAsStream(path)) {
            return in == null ? null : in.readAllBytes();
        }
    }
}
