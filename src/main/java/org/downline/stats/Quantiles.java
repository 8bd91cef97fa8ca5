package org.downline.stats;

/**
 * Sample quantiles of sorted data, Hyndman and Fan's type 7 (the default of R and NumPy): the
 * p-quantile interpolates linearly between the order statistics at ranks ⌊h⌋ and ⌈h⌉, h = (n−1)p.
 */
public final class Quantiles {

    private Quantiles() {
    }

    /**
     * The p-quantile of {@code sorted[from..to)}, ascending; NaN for an empty range.
     *
     * @throws IllegalArgumentException if p is not in [0, 1]
     */
    public static double ofSorted(double[] sorted, int from, int to, double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("Probability (p) must be in [0, 1]: " + p);
        }
        final int n = to - from;
        if (n <= 0) {
            return Double.NaN;
        }
        final double h = (n - 1) * p;
        final int lo = (int) Math.floor(h);
        final int hi = Math.min(lo + 1, n - 1);
        final double a = sorted[from + lo];
        final double b = sorted[from + hi];
        return a + (h - lo) * (b - a);
    }

    public static double ofSorted(double[] sorted, double p) {
        return ofSorted(sorted, 0, sorted.length, p);
    }
}
