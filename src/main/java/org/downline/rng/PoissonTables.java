package org.downline.rng;

import java.util.random.RandomGenerator;

/**
 * Exact Poisson variates for means in [1, 64) at table speed.
 *
 * <p>The means 2^e·(1 + k/32), e = 0..5, k = 0..31, form a grid with relative spacing at most
 * 1/32. For each grid mean g the CDF is tabulated (to where it reaches 1 in double precision) with
 * a guide table of one entry per value, so a Poisson(g) variate costs one uniform and, on average,
 * about one comparison. A Poisson(μ) variate is then Poisson(g) + Poisson(μ − g) for the grid mean
 * g ≤ μ — the sum of independent Poisson variables is Poisson — and the remainder, below 2, costs
 * one more uniform and one or two comparisons. All tables sit in two flat arrays (about 120 KB)
 * so that a draw touches few cache lines; they are built once.
 */
final class PoissonTables {

    static final double MIN = 1;
    static final double MAX = 64;
    private static final int PER_OCTAVE = 32;
    private static final int OCTAVES = 6;
    private static final int GRID = OCTAVES * PER_OCTAVE;

    /** CDF values of every grid mean, one after another; grid mean j's start at START[j]. */
    private static final double[] CDF;
    /** For grid mean j and i in [0, size): the first x with cdf[x] ≥ i / size, at START[j] + i. */
    private static final int[] GUIDE;
    private static final int[] START = new int[GRID + 1];

    static {
        double[][] cdfs = new double[GRID][];
        for (int j = 0; j < GRID; j++) {
            cdfs[j] = cdf(gridMean(j));
            START[j + 1] = START[j] + cdfs[j].length;
        }
        CDF = new double[START[GRID]];
        GUIDE = new int[START[GRID]];
        for (int j = 0; j < GRID; j++) {
            double[] cdf = cdfs[j];
            System.arraycopy(cdf, 0, CDF, START[j], cdf.length);
            int x = 0;
            for (int i = 0; i < cdf.length; i++) {
                double level = (double) i / cdf.length;
                while (x < cdf.length - 1 && cdf[x] < level) {
                    x++;
                }
                GUIDE[START[j] + i] = x;
            }
        }
    }

    private PoissonTables() {
    }

    /** The Poisson(g) CDF from 0 until adding terms no longer changes it. */
    private static double[] cdf(double g) {
        double[] table = new double[(int) (g + 16 * Math.sqrt(g) + 32)];
        double pk = StrictMath.exp(-g);
        double c = pk;
        table[0] = c;
        int k = 0;
        while (k + 1 < table.length) {
            k++;
            pk *= g / k;
            double next = c + pk;
            if (next == c && k > g) {
                break;
            }
            c = next;
            table[k] = c;
        }
        return java.util.Arrays.copyOf(table, k + 1);
    }

    /** The grid index of the largest grid mean at or below μ, for μ in [1, 64). */
    static int index(double mean) {
        final int e = Math.getExponent(mean);                           // 0..5
        final long mantissa = Double.doubleToRawLongBits(mean) & 0x000FFFFFFFFFFFFFL;
        return e * PER_OCTAVE + (int) (mantissa >>> 47);                // the top five mantissa bits
    }

    /** The grid mean at index j. */
    static double gridMean(int j) {
        return Math.scalb(1 + (double) (j % PER_OCTAVE) / PER_OCTAVE, j / PER_OCTAVE);
    }

    /** A Poisson(μ) variate for μ in [1, 64). */
    static long sample(RandomGenerator rng, double mean) {
        final int j = index(mean);
        final int start = START[j];
        final int size = START[j + 1] - start;
        final double u = rng.nextDouble();
        int x = start + GUIDE[start + (int) (u * size)];
        final int last = start + size - 1;
        while (x < last && CDF[x] < u) {
            x++;
        }
        // the tail beyond the table (probability below 1e-16) is lumped into its last value
        final double rest = mean - gridMean(j);                        // in [0, 2)
        return (x - start) + PoissonSampler.Small.draw(rng, rest, ExpTable.expMinus(rest));
    }
}
