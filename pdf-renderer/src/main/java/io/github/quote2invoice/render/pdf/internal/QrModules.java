package io.github.quote2invoice.render.pdf.internal;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.decoder.Version;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import com.google.zxing.qrcode.encoder.QRCode;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The module grid of a QR code, exactly as ZXing's {@code QRCodeWriter} makes it (error correction
 * level M, UTF-8), with ZXing's choice of mask found in a fifth of the time.
 *
 * <p>Why: ZXing chooses the mask by building the whole symbol eight times and scoring each with
 * the four penalty rules of ISO/IEC 18004 (8.8.2), which cost more than a millisecond, as much as
 * laying out a tenth of an invoice page. Here ZXing encodes the content once, with mask 0; the
 * unmasked data modules follow from it (a mask only flips data modules), and the eight candidates
 * are scored from them with the same rules, counted the same way as ZXing's {@code MaskUtil}
 * (including how it treats a pattern at the edge of the symbol): 64 modules at a time by
 * {@link QrMaskScores} up to version 11, module by module here above. The result is
 * ZXing's own symbol, module for module ({@code QrModulesPropertyTest} compares them over
 * thousands of contents and every version).
 */
final class QrModules {
    private static final Map<EncodeHintType, Object> MASK_0 = Map.of(
            EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name(),
            EncodeHintType.QR_MASK_PATTERN, 0);
    /** Where the 15 format bits go near the top left finder, least significant bit first (ISO/IEC 18004, 7.9.1). */
    private static final int[][] FORMAT_TOP_LEFT = {
        {8, 0}, {8, 1}, {8, 2}, {8, 3}, {8, 4}, {8, 5}, {8, 7}, {8, 8}, {7, 8}, {5, 8}, {4, 8}, {3, 8}, {2, 8}, {1, 8}, {0, 8},
    };
    private static final int FORMAT_POLY = 0x537;
    private static final int FORMAT_XOR = 0x5412;
    private static final int MASKS = 8;

    /** Modules per side, without quiet zone. */
    final int size;
    /** Row-major, {@code dark[y * size + x]} is 1 for a dark module and 0 for a light one. */
    final byte[] dark;
    /** The mask pattern used (0-7). */
    final int mask;

    private QrModules(int size, byte[] dark, int mask) {
        this.size = size;
        this.dark = dark;
        this.mask = mask;
    }

    /**
     * Encodes {@code content}.
     *
     * @throws WriterException when the content does not fit in a QR code
     */
    static QrModules encode(String content) throws WriterException {
        QRCode code = Encoder.encode(content, ErrorCorrectionLevel.M, MASK_0);
        ByteMatrix masked = code.getMatrix();
        int n = masked.getWidth();
        byte[] chosen = new byte[n * n];
        if (n <= QrMaskScores.MAX_SIZE) {
            int mask = QrMaskScores.choose(code.getVersion().getVersionNumber(), masked.getArray(), chosen);
            return new QrModules(n, chosen, mask);
        }
        boolean[] function = functionModules(code.getVersion(), n);
        byte[][] rows = masked.getArray();
        byte[] data = new byte[n * n];
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                int i = y * n + x;
                data[i] = function[i] || !flips(0, x, y) ? rows[y][x] : (byte) (rows[y][x] ^ 1);
            }
        }
        int best = 0;
        int lowest = Integer.MAX_VALUE;
        for (int m = 0; m < MASKS; m++) {
            apply(data, function, m, n, chosen);
            int penalty = penalty(chosen, n);
            if (penalty < lowest) { // strictly lower: the first best mask wins, as in ZXing
                lowest = penalty;
                best = m;
            }
        }
        apply(data, function, best, n, chosen);
        return new QrModules(n, chosen, best);
    }

    /** Fills {@code out} with the symbol masked by {@code mask}, its format information included. */
    private static void apply(byte[] data, boolean[] function, int mask, int n, byte[] out) {
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                int i = y * n + x;
                out[i] = function[i] || !flips(mask, x, y) ? data[i] : (byte) (data[i] ^ 1);
            }
        }
        placeFormat(out, n, formatBits(mask));
    }

    /** The 15 format bits of level M with {@code mask}, BCH-protected and masked (ISO/IEC 18004, 7.9). */
    static int formatBits(int mask) {
        int info = (ErrorCorrectionLevel.M.getBits() << 3) | mask;
        return ((info << 10) | bch(info)) ^ FORMAT_XOR;
    }

    /** Writes the 15 format {@code bits} in both of their places, least significant bit first. */
    static void placeFormat(byte[] out, int n, int bits) {
        for (int i = 0; i < 15; i++) {
            byte bit = (byte) ((bits >>> i) & 1);
            out[FORMAT_TOP_LEFT[i][1] * n + FORMAT_TOP_LEFT[i][0]] = bit;
            if (i < 8) {
                out[8 * n + (n - 1 - i)] = bit;
            } else {
                out[(n - 7 + (i - 8)) * n + 8] = bit;
            }
        }
    }

    /** The 10 BCH check bits of the 5 format bits (ISO/IEC 18004, Annex C). */
    private static int bch(int value) {
        int v = value << 10;
        while (Integer.numberOfLeadingZeros(v) <= Integer.numberOfLeadingZeros(FORMAT_POLY)) {
            v ^= FORMAT_POLY << (Integer.numberOfLeadingZeros(FORMAT_POLY) - Integer.numberOfLeadingZeros(v));
        }
        return v;
    }

    /** Whether mask {@code mask} flips the data module at column {@code x}, row {@code y} (ISO/IEC 18004, table 10). */
    static boolean flips(int mask, int x, int y) {
        return switch (mask) {
            case 0 -> ((y + x) & 1) == 0;
            case 1 -> (y & 1) == 0;
            case 2 -> x % 3 == 0;
            case 3 -> (y + x) % 3 == 0;
            case 4 -> (((y / 2) + (x / 3)) & 1) == 0;
            case 5 -> ((y * x) & 1) + (y * x) % 3 == 0;
            case 6 -> ((((y * x) & 1) + (y * x) % 3) & 1) == 0;
            case 7 -> ((((y * x) % 3) + ((y + x) & 1)) & 1) == 0;
            default -> throw new IllegalArgumentException("mask " + mask);
        };
    }

    /**
     * The modules that carry no data: finder patterns with their separators and the format
     * information around them, timing patterns, alignment patterns, version information
     * (ISO/IEC 18004, 6.3), the same regions as ZXing's decoder marks.
     */
    static boolean[] functionModules(Version version, int n) {
        boolean[] f = new boolean[n * n];
        region(f, n, 0, 0, 9, 9);
        region(f, n, n - 8, 0, 8, 9);
        region(f, n, 0, n - 8, 9, 8);
        int[] centers = version.getAlignmentPatternCenters();
        int last = centers.length - 1;
        for (int i = 0; i <= last; i++) {
            for (int j = 0; j <= last; j++) {
                boolean nearFinder = (i == 0 && (j == 0 || j == last)) || (i == last && j == 0);
                if (!nearFinder) {
                    region(f, n, centers[j] - 2, centers[i] - 2, 5, 5);
                }
            }
        }
        region(f, n, 6, 9, 1, n - 17);
        region(f, n, 9, 6, n - 17, 1);
        if (version.getVersionNumber() > 6) {
            region(f, n, n - 11, 0, 3, 6);
            region(f, n, 0, n - 11, 6, 3);
        }
        return f;
    }

    private static void region(boolean[] f, int n, int left, int top, int width, int height) {
        for (int y = top; y < top + height; y++) {
            for (int x = left; x < left + width; x++) {
                f[y * n + x] = true;
            }
        }
    }

    /** ZXing's penalty score of a symbol: the sum of the four rules of {@code MaskUtil}. */
    static int penalty(byte[] m, int n) {
        return runs(m, n) + blocks(m, n) + finderLike(m, n) + balance(m, n);
    }

    /** Rule 1: 3 + (length - 5) for each run of at least 5 modules of one colour, in rows and columns. */
    static int runs(byte[] m, int n) {
        int penalty = 0;
        for (int i = 0; i < n; i++) {
            int rowRun = 0;
            int colRun = 0;
            int rowPrev = -1;
            int colPrev = -1;
            for (int j = 0; j < n; j++) {
                int r = m[i * n + j];
                if (r == rowPrev) {
                    rowRun++;
                } else {
                    penalty += rowRun >= 5 ? 3 + rowRun - 5 : 0;
                    rowRun = 1;
                    rowPrev = r;
                }
                int c = m[j * n + i];
                if (c == colPrev) {
                    colRun++;
                } else {
                    penalty += colRun >= 5 ? 3 + colRun - 5 : 0;
                    colRun = 1;
                    colPrev = c;
                }
            }
            penalty += rowRun >= 5 ? 3 + rowRun - 5 : 0;
            penalty += colRun >= 5 ? 3 + colRun - 5 : 0;
        }
        return penalty;
    }

    /** Rule 2: 3 for each 2 x 2 block of one colour. */
    static int blocks(byte[] m, int n) {
        int count = 0;
        for (int y = 0; y < n - 1; y++) {
            int row = y * n;
            for (int x = 0; x < n - 1; x++) {
                int v = m[row + x];
                if (v == m[row + x + 1] && v == m[row + n + x] && v == m[row + n + x + 1]) {
                    count++;
                }
            }
        }
        return 3 * count;
    }

    /**
     * Rule 3: 40 for each dark-light-dark-dark-dark-light-dark run (1:1:3:1:1) with four light
     * modules before or after it, in rows and columns; as in ZXing 3.5, four modules that would
     * reach past the symbol's edge do not count as light.
     */
    static int finderLike(byte[] m, int n) {
        int count = 0;
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                if (x + 6 < n && finderRun(m, y * n + x, 1)
                        && (light(m, y * n, 1, x - 4, x, n) || light(m, y * n, 1, x + 7, x + 11, n))) {
                    count++;
                }
                if (y + 6 < n && finderRun(m, y * n + x, n)
                        && (light(m, x, n, y - 4, y, n) || light(m, x, n, y + 7, y + 11, n))) {
                    count++;
                }
            }
        }
        return 40 * count;
    }

    private static boolean finderRun(byte[] m, int at, int step) {
        return m[at] == 1 && m[at + step] == 0 && m[at + 2 * step] == 1 && m[at + 3 * step] == 1
                && m[at + 4 * step] == 1 && m[at + 5 * step] == 0 && m[at + 6 * step] == 1;
    }

    /** Whether positions {@code from} (inclusive) to {@code to} (exclusive) of a line are inside the symbol and all light. */
    private static boolean light(byte[] m, int start, int step, int from, int to, int n) {
        if (from < 0 || to > n) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (m[start + k * step] == 1) {
                return false;
            }
        }
        return true;
    }

    /** Rule 4: 10 for each full 5 % by which the share of dark modules strays from half. */
    static int balance(byte[] m, int n) {
        int darkCount = 0;
        for (byte b : m) {
            darkCount += b;
        }
        int total = n * n;
        return Math.abs(darkCount * 2 - total) * 10 / total * 10;
    }
}
