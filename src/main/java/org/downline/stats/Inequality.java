package org.downline.stats;

/**
 * Lorenz curve, Gini coefficient and top shares of non-negative amounts sorted ascending.
 *
 * <p>The Lorenz curve joins the points (i/n, S_i/S_n), S_i the sum of the i smallest amounts, by
 * straight lines; the Gini coefficient is one minus twice the area under it,
 * G = Σ_i (2i − n − 1)·x_(i) / (n·S_n) with i = 1..n — the population Gini, 0 for equal amounts
 * and (n−1)/n when one person has everything.
 *
 * <p>A share of people is a share of n, not a whole number of them: the top 1% of 6 people is 0.06
 * of the best-paid, the earliest 10% ({@link #shareOfEarliest}) 0.6 of the first to join; a person
 * straddling the line counts in part (for the earliest, the month of joiners it falls in, in
 * proportion). So every population share reads the same at any n.
 */
public final class Inequality {

    private Inequality() {
    }

    /** Gini of {@code sorted[0..n)}; NaN if n = 0 or the total is 0. */
    public static double gini(double[] sorted, int n) {
        double total = 0;
        double weighted = 0;
        for (int i = 0; i < n; i++) {
            total += sorted[i];
            weighted += (2.0 * (i + 1) - n - 1) * sorted[i];
        }
        if (n == 0 || total <= 0) {
            return Double.NaN;
        }
        return weighted / (n * total);
    }

    /**
     * The share of the total held by the earliest {@code x} of participants {@code a[0..n)}, who are in
     * join order ({@code joinMonth} ascending), joiners of one month tied: the line falls at x·n
     * people; every month wholly before it counts whole, and the month it falls in counts its whole
     * sum times the share of its joiners inside the line, so the order of joiners within a month (an
     * index, arbitrary) does not matter. A month of one joiner straddling the line is counted in
     * part, as {@link #lorenz} counts a person. NaN if n = 0 or the total is 0, and when all joined
     * in one month: no one joined earlier than anyone, and the earliest x would hold exactly x by
     * definition, whatever was paid (affiliates with a fixed number of entrants).
     *
     * @param total the sum of {@code a[0..n)}, which the caller has (summed in index order, it is
     *              the total {@link #lorenz} would compute)
     * @throws IllegalArgumentException if x is not within [0, 1]
     */
    public static double shareOfEarliest(double[] a, short[] joinMonth, int n, double total, double x) {
        if (!(x >= 0 && x <= 1)) {
            throw new IllegalArgumentException("population share must be within [0, 1]: " + x);
        }
        if (n == 0 || total <= 0 || joinMonth[0] == joinMonth[n - 1]) {
            return Double.NaN;
        }
        final double line = x * n;                     // people inside the line, fractional
        double inside = 0;
        int start = 0;                                 // first joiner of the month at hand
        while (start < line) {
            final int end = ParticipantStats.endOfMonth(joinMonth, start, n);
            double sum = 0;
            for (int i = start; i < end; i++) {
                sum += a[i];
            }
            // a month wholly inside counts whole; the one the line cuts, by its share of joiners inside
            inside += end <= line ? sum : sum * ((line - start) / (end - start));
            start = end;
        }
        return Math.min(1, inside / total);
    }

    /**
     * The Lorenz curve at population shares {@code x[k]} (ascending, each in [0, 1]): the share of
     * the total held by the poorest x[k] of people, interpolating linearly within a person. NaN
     * everywhere if n = 0 or the total is 0.
     *
     * @throws IllegalArgumentException if x is not ascending within [0, 1]
     */
    public static double[] lorenz(double[] sorted, int n, double[] x) {
        double before = x.length > 0 ? x[0] : 0;      // x[k - 1], or x[0] itself at k = 0
        for (int k = 0; k < x.length; k++) {
            if (!(x[k] >= 0 && x[k] <= 1) || x[k] < before) {
                throw new IllegalArgumentException("population shares must ascend within [0, 1]: x["
                        + k + "] = " + x[k]);
            }
            before = x[k];
        }
        double[] out = new double[x.length];
        double total = 0;
        for (int i = 0; i < n; i++) {
            total += sorted[i];
        }
        if (n == 0 || total <= 0) {
            java.util.Arrays.fill(out, Double.NaN);
            return out;
        }
        int i = 0;
        double prefix = 0;                     // sum of sorted[0..i)
        for (int k = 0; k < x.length; k++) {
            final double pos = x[k] * n;       // people covered, fractional
            final int whole = (int) Math.min(n, Math.floor(pos));
            while (i < whole) {
                prefix += sorted[i++];
            }
            final double partial = whole < n ? (pos - whole) * sorted[whole] : 0;
            out[k] = Math.min(1, (prefix + partial) / total);
        }
        return out;
    }
}
