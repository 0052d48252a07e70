package io.github.quote2invoice.render.pdf.internal;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The core font forms shipped in {@code src/main/resources/io/github/quote2invoice/render/pdf/fonts}
 * are what FontBox's subsetter cuts from the current DejaVu fonts for {@link FontLibrary#CORE_RANGES}.
 * When the fonts or the ranges change, this test fails and writes the new forms to
 * {@code target/core-fonts}: copy them over the shipped ones.
 */
class CoreFontsTest {
    @Test
    void shippedCoreFormsAreCutFromTheCurrentFonts() throws IOException {
        List<String> stale = new ArrayList<>();
        for (int face = 0; face < FontLibrary.FACE_COUNT; face++) {
            byte[] cut = cut(face);
            assertThat(cut(face)).as("the subsetter is deterministic").isEqualTo(cut);
            byte[] shipped = resource(FontLibrary.CORE_BASE + FontLibrary.coreFileName(face));
            if (shipped == null || !java.util.Arrays.equals(shipped, cut)) {
                Path out = Path.of("target", "core-fonts", FontLibrary.coreFileName(face));
                Files.createDirectories(out.getParent());
                Files.write(out, cut);
                stale.add(out.toString());
            }
        }
        assertThat(stale).as("core forms to copy to src/main/resources" + FontLibrary.CORE_BASE).isEmpty();
    }

    /** Face {@code face}'s core form, as FontBox's subsetter cuts it from the full font. */
    static byte[] cut(int face) throws IOException {
        TTFSubsetter subsetter = new TTFSubsetter(new TTFParser().parse(new RandomAccessReadBuffer(
                resource(FontLibrary.fullFontPath(face)))));
        Set<Integer> characters = new TreeSet<>();
        for (int[] range : FontLibrary.CORE_RANGES) {
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
        try (InputStream in = CoreFontsTest.class.getResourceAsStream(path)) {
            return in == null ? null : in.readAllBytes();
        }
    }
}
