package org.downline.stats;

/**
 * The values a quantity can take — a count or an amount that cannot be negative, a share of a
 * whole in [0, 1], money that can be either sign — and so where a confidence interval of its mean is
 * cut: mean ± t·s/√R over few replications, or near an end, can run past a bound the quantity cannot.
 * Each metric declares its range ({@link Metric#range}); every interval a run prints or writes is
 * cut to it when it is computed ({@link Summary#of(double[], ValueRange)}).
 *
 * @param min the least value, or −∞
 * @param max the greatest value, or +∞
 */
public record ValueRange(double min, double max) {

    /** Any value: money that can be negative (net income), differences. */
    public static final ValueRange ANY = new ValueRange(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    /** Counts, amounts that cannot be negative (gross commissions, costs), quotients of volume. */
    public static final ValueRange NON_NEGATIVE = new ValueRange(0, Double.POSITIVE_INFINITY);
    /** A share of a whole, an index such as the Gini coefficient: [0, 1]. */
    public static final ValueRange UNIT = new ValueRange(0, 1);

    public ValueRange {
        if (!(min <= max)) {
            throw new IllegalArgumentException("a range needs min <= max: [" + min + ", " + max + "]");
        }
    }

    /** The range of a difference of two values in this range: [min − max, max − min] ([−1, 1] of shares). */
    public ValueRange ofDifference() {
        return new ValueRange(min - max, max - min);
    }

    /** {@code lo} cut at {@link #min}; NaN stays NaN, and a bound at 0 is +0, never −0. */
    double low(double lo) {
        return Double.isNaN(lo) ? lo : Math.max(min, lo) + 0.0;
    }

    /** {@code hi} cut at {@link #max}; NaN stays NaN, and a bound at 0 is +0, never −0. */
    double high(double hi) {
        return Double.isNaN(hi) ? hi : Math.min(max, hi) + 0.0;
    }
}
