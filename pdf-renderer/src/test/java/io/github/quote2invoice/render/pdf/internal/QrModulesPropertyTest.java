package io.github.quote2invoice.render.pdf.internal;

import com.google.zxing.EncodeHintType;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.decoder.Version;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import com.google.zxing.qrcode.encoder.QRCode;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

/**
 * {@link QrModules} against its oracle, ZXing's own encoder (which {@code QRCodeWriter} wraps, adding
 * the quiet zone): the same mask and the same symbol, module for module, for any content.
 */
class QrModulesPropertyTest {
    private static final Map<EncodeHintType, Object> HINTS = Map.of(
            EncodeHintType.CHARACTER_SET, "UTF-8");

    @Test
    void sameSymbolAsZxingForShortTexts() {
        // EPC payloads are at most 331 bytes: versions 1 to 13 at level M.
        qt().withExamples(1_000).forAll(strings().betweenCodePoints(0x20, 0x17F).ofLengthBetween(1, 200))
                .checkAssert(QrModulesPropertyTest::sameAsZxing);
    }

    @Test
    void sameSymbolAsZxingForAnyCharacters() {
        qt().withExamples(300).forAll(strings().allPossible().ofLengthBetween(1, 60))
                .checkAssert(QrModulesPropertyTest::sameAsZxing);
    }

    @Test
    void sameSymbolAsZxingInEveryVersion() {
        // Digits go in numeric mode: 1 to 5,596 of them span versions 1 to 40 at level M.
        qt().withExamples(40).forAll(integers().between(1, 5_596))
                .checkAssert(length -> sameAsZxing("7".repeat(length - 1) + (length % 10)));
    }

    @Test
    void functionModulesAreThoseZxingsDecoderSkips() throws Exception {
        Method decoderPattern = Version.class.getDeclaredMethod("buildFunctionPattern");
        decoderPattern.setAccessible(true);
        for (int v = 1; v <= 40; v++) {
            Version version = Version.getVersionForNumber(v);
            int n = version.getDimensionForVersion();
            BitMatrix expected = (BitMatrix) decoderPattern.invoke(version);
            boolean[] actual = QrModules.functionModules(version, n);
            for (int y = 0; y < n; y++) {
                for (int x = 0; x < n; x++) {
                    if (actual[y * n + x] != expected.get(x, y)) {
                        throw new AssertionError("version " + v + ", module (" + x + ", " + y + ")");
                    }
                }
            }
        }
    }

    private static void sameAsZxing(String content) {
        try {
            QrModules mine = QrModules.encode(content);
            QRCode code = Encoder.encode(content, ErrorCorrectionLevel.M, HINTS);
            assertThat(mine.mask).as("mask").isEqualTo(code.getMaskPattern());
            ByteMatrix theirs = code.getMatrix();
            assertThat(mine.size).isEqualTo(theirs.getWidth());
            for (int y = 0; y < mine.size; y++) {
                for (int x = 0; x < mine.size; x++) {
                    if (mine.dark[y * mine.size + x] != theirs.get(x, y)) {
                        throw new AssertionError("module (" + x + ", " + y + ") differs for " + content.length() + " characters");
                    }
                }
            }
        } catch (com.google.zxing.WriterException e) {
            throw new AssertionError(e);
        }
    }
}
