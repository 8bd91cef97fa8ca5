package org.downline.stats;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * Mean and 95% confidence interval of one metric across replications: mean ± t_{0.975, R−1}·s/√R,
 * ignoring replications where the metric is undefined (NaN). A quantity's summary is {@link #clippedTo
 * clipped} to its {@link ValueRange}: a share's to [0, 1], a count's to [0, ∞).
 *
 * @param mean the mean, NaN if no replication defined the metric
 * @param sd   the sample standard deviation, NaN below two values
 * @param lo   lower end of the 95% interval, NaN below two values
 * @param hi   upper end of the 95% interval, NaN below two values
 * @param n    replications that defined the metric
 */
public record Summary(double mean, double sd, double lo, double hi, int n) {

    /** Summary of {@code values}, skipping NaN. */
    public static Summary of(double[] values) {
        int n = 0;
        double sum = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                n++;
                sum += v;
            }
        }
        if (n == 0) {
            return new Summary(Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0);
        }
        double mean = sum / n;
        if (n < 2) {
            return new Summary(mean, Double.NaN, Double.NaN, Double.NaN, n);
        }
        double ss = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                ss += (v - mean) * (v - mean);
            }
        }
        double sd = Math.sqrt(ss / (n - 1));
        final double t = t975(n - 1);
        double half = t * sd / Math.sqrt(n);
        return new Summary(mean, sd, mean - half, mean + half, n);
    }

    /**
     * Student's t quantile at 0.975 with {@code df} degrees of freedom, each computed once: a run
     * summarizes hundreds of metrics with the same few df, and the iterative inversion, run again
     * for each, was enough work to be compiled (and recompiled) by the JIT.
     */
    private static double t975(int df) {
        return T975.computeIfAbsent(df,
                // null generator: only the quantile function is used, nothing is sampled
                d -> new TDistribution(null, d, 1e-13).inverseCumulativeProbability(0.975));
    }

    private static final java.util.concurrent.ConcurrentHashMap<Integer, Double> T975 =
            new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Whether the interval is worth printing beside the mean: there is one (two values or more) and it
     * is more than a point — every replication giving the same value (sd 0) makes it {@code [mean,
     * mean]}, which the table and the reports print as the value alone. The files keep it.
     */
    public boolean hasInterval() {
        return hasInterval(lo, hi);
    }

    /**
     * Whether an interval [lo, hi] is worth printing beside its mean ({@link #hasInterval()}), the rule
     * declared once: the table, the reports and the regulators' tests' lines ({@link Flag#finding}) print
     * a value alone without it. A spread within {@link #CONSTANT_SPREAD} of the bounds' size is a point:
     * replications that give the same value computed in another order differ in the last bits (matrix-3x7's
     * maximum payout ratio, 37.0%, has sd 5.6e-17), which is no interval to print.
     */
    public static boolean hasInterval(double lo, double hi) {
        return !Double.isNaN(lo) && hi - lo > CONSTANT_SPREAD * Math.max(Math.abs(lo), Math.abs(hi));
    }

    /** The relative spread below which an interval is a point: far above rounding noise, far below any printed digit. */
    static final double CONSTANT_SPREAD = 1e-9;

    /**
     * This summary with its interval cut to {@code range}, the values the quantity can take: a
     * t-interval of a mean over few replications, or of a mean near a bound, can run past it, the
     * quantity cannot. The mean and sd are unchanged; a missing bound (NaN) stays missing. The one
     * place an interval is cut.
     */
    public Summary clippedTo(ValueRange range) {
        return new Summary(mean, sd, range.low(lo), range.high(hi), n);
    }

    /** {@link #of} of a quantity whose values lie in {@code range}: its interval {@link #clippedTo clipped} to it. */
    public static Summary of(double[] values, ValueRange range) {
        return of(values).clippedTo(range);
    }
}
