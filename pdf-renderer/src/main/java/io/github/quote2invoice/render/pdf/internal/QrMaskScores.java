package io.github.quote2invoice.render.pdf.internal;

/**
 * ZXing's mask penalty (the four rules of its {@code MaskUtil}) counted 64 modules at a time, for
 * symbols of at most 64 modules per side (versions 1 to 11, which holds every EPC payload up to
 * about 250 bytes): each row and each column is a {@code long}, bit {@code x} for the module at
 * position {@code x}, and each rule becomes shifts, masks and bit counts. The eight candidates of a
 * symbol then cost a few microseconds instead of the milliseconds a module-by-module count takes
 * with unpredictable branches. Larger symbols are scored by {@link QrModules} module by module.
 */
final class QrMaskScores {
    /** The largest symbol side handled here. */
    static final int MAX_SIZE = 64;
    private static final int MASKS = 8;

    /** Per version: which modules each mask flips, where the format bits go, and their values per mask. */
    private static final Tables[] TABLES = new Tables[12];

    static {
        for (int v = 1; v < TABLES.length; v++) {
            TABLES[v] = new Tables(v);
        }
    }

    private QrMaskScores() {
    }

    /**
     * The best mask, as ZXing chooses it, and the symbol masked with it, for a symbol of version
     * {@code version} (at most 11) given masked with mask 0.
     *
     * @param masked0 the symbol with mask 0, {@code masked0[y][x]} 1 for dark
     * @param out receives the chosen symbol, row-major, 1 for dark
     * @return the chosen mask
     */
    static int choose(int version, byte[][] masked0, byte[] out) {
        Tables t = TABLES[version];
        int n = t.size;
        long[] dataRows = new long[n];
        long[] dataCols = new long[n];
        for (int y = 0; y < n; y++) {
            byte[] row = masked0[y];
            for (int x = 0; x < n; x++) {
                long bit = row[x] & 1L;
                dataRows[y] |= bit << x;
                dataCols[x] |= bit << y;
            }
        }
        // Undo mask 0: what remains is the data before masking (and the function modules).
        for (int i = 0; i < n; i++) {
            dataRows[i] ^= t.flipRows[0][i];
            dataCols[i] ^= t.flipCols[0][i];
        }
        long[] rows = new long[n];
        long[] cols = new long[n];
        int best = 0;
        int lowest = Integer.MAX_VALUE;
        for (int m = 0; m < MASKS; m++) {
            t.mask(m, dataRows, dataCols, rows, cols);
            int penalty = score(rows, cols, n);
            if (penalty < lowest) { // strictly lower: the first best mask wins, as in ZXing
                lowest = penalty;
                best = m;
            }
        }
        t.mask(best, dataRows, dataCols, rows, cols);
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                out[y * n + x] = (byte) ((rows[y] >>> x) & 1);
            }
        }
        return best;
    }

    /** The penalty of the symbol whose rows and columns are given. */
    static int score(long[] rows, long[] cols, int n) {
        long all = n == 64 ? -1L : (1L << n) - 1;
        int penalty = 0;
        int darkCount = 0;
        for (int i = 0; i < n; i++) {
            penalty += runs(rows[i], all) + runs(cols[i], all);
            penalty += 40 * (finderLike(rows[i], all) + finderLike(cols[i], all));
            darkCount += Long.bitCount(rows[i]);
            if (i < n - 1) {
                penalty += 3 * blocks(rows[i], rows[i + 1], all);
            }
        }
        int total = n * n;
        return penalty + Math.abs(darkCount * 2 - total) * 10 / total * 10;
    }

    /**
     * Rule 1 on one line: 3 + (length - 5) per run of 5 or more modules of one colour. A run of
     * length L holds L - 4 windows of 5 equal modules and starts once: (L - 4) + 2.
     */
    private static int runs(long line, long all) {
        long same = ~(line ^ (line >>> 1)) & (all >>> 1); // bit j: modules j and j + 1 alike
        long five = same & (same >>> 1) & (same >>> 2) & (same >>> 3); // bit j: modules j to j + 4 alike
        long starts = five & ~(five << 1);
        return Long.bitCount(five) + 2 * Long.bitCount(starts);
    }

    /** Rule 2, unweighted: 2 x 2 blocks of one colour whose top row is {@code top}. */
    private static int blocks(long top, long bottom, long all) {
        long alike = ~(top ^ (top >>> 1)) & ~(bottom ^ (bottom >>> 1)) & ~(top ^ bottom) & (all >>> 1);
        return Long.bitCount(alike);
    }

    /**
     * Rule 3, unweighted, on one line: dark-light-dark-dark-dark-light-dark runs with four light
     * modules before or after them, those four lying inside the symbol (as ZXing 3.5 counts).
     */
    private static int finderLike(long line, long all) {
        long light = ~line & all;
        long run = line & (light >>> 1) & (line >>> 2) & (line >>> 3) & (line >>> 4) & (light >>> 5) & (line >>> 6)
                & (all >>> 6);
        long fourLight = light & (light >>> 1) & (light >>> 2) & (light >>> 3); // bit j: j to j + 3 light
        return Long.bitCount(run & ((fourLight << 4) | (fourLight >>> 7)));
    }

    /** What a version's symbols share, whatever their content. */
    private static final class Tables {
        final int size;
        /** {@code flipRows[m][y]}: the data modules of row y that mask m flips; likewise for columns. */
        final long[][] flipRows = new long[MASKS][];
        final long[][] flipCols = new long[MASKS][];
        /** Where the format bits are, per row and column. */
        final long[] formatRows;
        final long[] formatCols;
        /** {@code formatBitRows[m][y]}: the dark format modules of row y under mask m; likewise for columns. */
        final long[][] formatBitRows = new long[MASKS][];
        final long[][] formatBitCols = new long[MASKS][];

        Tables(int version) {
            com.google.zxing.qrcode.decoder.Version v = com.google.zxing.qrcode.decoder.Version.getVersionForNumber(version);
            size = v.getDimensionForVersion();
            int n = size;
            boolean[] function = QrModules.functionModules(v, n);
            byte[] none = new byte[n * n];
            byte[] formatOnly = new byte[n * n];
            formatRows = new long[n];
            formatCols = new long[n];
            QrModules.placeFormat(formatOnly, n, 0x7FFF);
            set(formatOnly, n, formatRows, formatCols);
            for (int m = 0; m < MASKS; m++) {
                flipRows[m] = new long[n];
                flipCols[m] = new long[n];
                byte[] flips = new byte[n * n];
                for (int y = 0; y < n; y++) {
                    for (int x = 0; x < n; x++) {
                        flips[y * n + x] = (byte) (!function[y * n + x] && QrModules.flips(m, x, y) ? 1 : 0);
                    }
                }
                set(flips, n, flipRows[m], flipCols[m]);
                byte[] format = none.clone();
                QrModules.placeFormat(format, n, QrModules.formatBits(m));
                formatBitRows[m] = new long[n];
                formatBitCols[m] = new long[n];
                set(format, n, formatBitRows[m], formatBitCols[m]);
            }
        }

        private static void set(byte[] modules, int n, long[] rows, long[] cols) {
            for (int y = 0; y < n; y++) {
                for (int x = 0; x < n; x++) {
                    long bit = modules[y * n + x] & 1L;
                    rows[y] |= bit << x;
                    cols[x] |= bit << y;
                }
            }
        }

        /** The symbol under mask {@code m}, format bits included. */
        void mask(int m, long[] dataRows, long[] dataCols, long[] rows, long[] cols) {
            for (int i = 0; i < size; i++) {
                rows[i] = ((dataRows[i] ^ flipRows[m][i]) & ~formatRows[i]) | formatBitRows[m][i];
                cols[i] = ((dataCols[i] ^ flipCols[m][i]) & ~formatCols[i]) | formatBitCols[m][i];
            }
        }
    }
}
