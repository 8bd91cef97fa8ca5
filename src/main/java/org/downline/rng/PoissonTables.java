package org.downline.rng;

import java.util.random.RandomGenerator;

/**
 * Poisson variates for means in [1, 64) at table speed.
 *
 * <p>The means 2^e·(1 + k/32), e = 0..5, k = 0..31, form a grid with relative spacing at most
 * 1/32. For each grid mean g the probabilities are tabulated (to where the CDF reaches 1 in double
 * precision; the tail beyond, below 1e-16, is dropped and the rest renormalised) as a Walker alias
 * table whose length is a power of two, so a Poisson(g) variate costs one random long — the top
 * bits pick a cell, the low 53 bits decide between the cell's value and its alias — with no loop
 * and no data-dependent branch. A Poisson(μ) variate is then Poisson(g) + Poisson(μ − g) for the
 * grid mean g ≤ μ, the sum of independent Poisson variables being Poisson; the remainder, below 2,
 * is drawn by the caller ({@link PoissonProcess}). All tables sit in two flat arrays (about
 * 180 KB), built once with {@link StrictMath}, so draws are the same on every platform.
 */
final class PoissonTables {

    static final double MAX = 64;
    private static final int PER_OCTAVE = 32;
    private static final int OCTAVES = 6;
    private static final int GRID = OCTAVES * PER_OCTAVE;
    private static final long LOW_53 = (1L << 53) - 1;
    /** A double's bits from here up are its sign, exponent and top log2(PER_OCTAVE) mantissa bits. */
    private static final int GRID_SHIFT = 52 - Integer.numberOfTrailingZeros(PER_OCTAVE);

    /** Grid mean j's cells start at START[j]; it has 2^(64 − SHIFT[j]) of them. */
    private static final int[] START = new int[GRID + 1];
    private static final int[] SHIFT = new int[GRID];
    /** Cell i keeps its own value when the low 53 bits are below THRESHOLD[i], else takes ALIAS[i]. */
    private static final long[] THRESHOLD;
    private static final int[] ALIAS;

    static {
        double[][] pmfs = new double[GRID][];
        for (int j = 0; j < GRID; j++) {
            pmfs[j] = pmf(gridMean(j));
            START[j + 1] = START[j] + pmfs[j].length;
            SHIFT[j] = 64 - Integer.numberOfTrailingZeros(pmfs[j].length);
        }
        THRESHOLD = new long[START[GRID]];
        ALIAS = new int[START[GRID]];
        for (int j = 0; j < GRID; j++) {
            buildAlias(pmfs[j], START[j]);
        }
    }

    private PoissonTables() {
    }

    /**
     * The Poisson(g) probabilities from 0 until adding terms no longer changes the CDF,
     * renormalised, padded with zeros to a power-of-two length.
     */
    private static double[] pmf(double g) {
        double[] terms = new double[(int) (g + 16 * Math.sqrt(g) + 32)];
        double pk = StrictMath.exp(-g);
        double c = pk;
        terms[0] = pk;
        int k = 0;
        while (k + 1 < terms.length) {
            pk *= g / (k + 1);
            double next = c + pk;
            if (next == c && k + 1 > g) {
                break;
            }
            k++;
            c = next;
            terms[k] = pk;
        }
        int length = Integer.highestOneBit(k + 1) == k + 1 ? k + 1 : Integer.highestOneBit(k + 1) << 1;
        if (length > 1 << 11) {
            throw new IllegalStateException("cell index would overlap the 53 decision bits");
        }
        double[] pmf = new double[length];
        for (int x = 0; x <= k; x++) {
            pmf[x] = terms[x] / c;
        }
        return pmf;
    }

    /** Vose's construction of the alias table for pmf into THRESHOLD and ALIAS from start. */
    private static void buildAlias(double[] pmf, int start) {
        final int n = pmf.length;
        final double[] scaled = new double[n];
        final int[] small = new int[n];
        final int[] large = new int[n];
        int smalls = 0;
        int larges = 0;
        for (int x = 0; x < n; x++) {
            scaled[x] = pmf[x] * n;
            if (scaled[x] < 1) {
                small[smalls++] = x;
            } else {
                large[larges++] = x;
            }
        }
        while (smalls > 0 && larges > 0) {
            final int s = small[--smalls];
            final int l = large[--larges];
            THRESHOLD[start + s] = (long) (scaled[s] * (1L << 53));
            ALIAS[start + s] = l;
            scaled[l] = (scaled[l] + scaled[s]) - 1;
            if (scaled[l] < 1) {
                small[smalls++] = l;
            } else {
                large[larges++] = l;
            }
        }
        // what is left is 1 up to round-off: those cells keep their own value
        while (larges > 0) {
            final int l = large[--larges];
            THRESHOLD[start + l] = 1L << 53;
            ALIAS[start + l] = l;
        }
        while (smalls > 0) {
            final int s = small[--smalls];
            THRESHOLD[start + s] = 1L << 53;
            ALIAS[start + s] = s;
        }
    }

    /** The grid index of the largest grid mean at or below μ, for μ in [1, 64). */
    static int index(double mean) {
        // the biased exponent (1023..1028) and the top five mantissa bits, read as one number:
        // 32 · exponent + those bits, less the bias's share
        return (int) (Double.doubleToRawLongBits(mean) >>> GRID_SHIFT) - 1023 * PER_OCTAVE;
    }

    /** The grid mean at index j. */
    static double gridMean(int j) {
        return Math.scalb(1 + (double) (j % PER_OCTAVE) / PER_OCTAVE, j / PER_OCTAVE);
    }

    /**
     * The largest grid mean at or below μ, for μ in [1, 64): {@code gridMean(index(mean))}, which is
     * μ with all but the top five bits of its mantissa cleared — exactly, with no arithmetic.
     */
    static double floorToGrid(double mean) {
        return Double.longBitsToDouble(Double.doubleToRawLongBits(mean) & ~((1L << GRID_SHIFT) - 1));
    }

    /** A Poisson(gridMean(j)) variate. */
    static int sampleGrid(RandomGenerator rng, int j) {
        final long bits = rng.nextLong();
        final int cell = START[j] + (int) (bits >>> SHIFT[j]);
        final int own = cell - START[j];
        final int alias = ALIAS[cell];
        // own when the low 53 bits are below the threshold (both in [0, 2^53], so the difference is
        // negative exactly then), else the alias: chosen without a branch, the choice being a coin
        // flip no predictor learns
        final int keep = (int) (((bits & LOW_53) - THRESHOLD[cell]) >> 63);
        return alias ^ ((alias ^ own) & keep);
    }
}
