package org.downline.scenario;

/**
 * The values a numeric scenario key allows: a closed interval of numbers, a closed interval of
 * whole numbers, or an interval open at its lower end. NaN is never in range.
 *
 * @param lo       the lower bound
 * @param hi       the upper bound (always included)
 * @param openLow  whether {@code lo} itself is excluded
 * @param integers whether only whole numbers are allowed
 */
public record Range(double lo, double hi, boolean openLow, boolean integers) {

    /** A share: {@code 0 <= v <= 1}. */
    public static final Range SHARE = closed(0, 1);
    /** An amount of money or volume: {@code 0 <= v <= 1e9}. */
    public static final Range MONEY = closed(0, 1e9);

    /** What a message says a 64-bit integer with no range allows (the seed): the words of {@link #allowed}'s. */
    public static final String ANY_LONG = "an integer (any 64-bit value)";
    /** What a message says a 32-bit integer with no range allows. */
    public static final String ANY_INT = "an integer (any 32-bit value)";

    /** {@code lo <= v <= hi}. */
    public static Range closed(double lo, double hi) {
        return new Range(lo, hi, false, false);
    }

    /** {@code lo < v <= hi}. */
    public static Range above(double lo, double hi) {
        return new Range(lo, hi, true, false);
    }

    /** Whole numbers {@code lo <= v <= hi}. */
    public static Range integers(long lo, long hi) {
        return new Range(lo, hi, false, true);
    }

    public boolean contains(double v) {
        return (openLow ? v > lo : v >= lo) && v <= hi;
    }

    /** What a message says is allowed: {@code in [0, 1]}, {@code an integer in [1, 600]}, {@code in (0, 100]}. */
    public String allowed() {
        String interval = (openLow ? "(" : "[") + Checks.show(lo) + ", " + Checks.show(hi) + "]";
        return (integers ? "an integer in " : "in ") + interval;
    }
}
