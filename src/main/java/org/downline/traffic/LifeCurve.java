package org.downline.traffic;

/**
 * When a post's lifetime views arrive: a Lomax (Pareto type II) distribution of view times,
 * F(t) = 1 − (1 + t/λ)^{−α} for t in days, fitted through two published points — about 72% of a
 * post's lifetime views in its first 30 days and 99% only after about 700 (IZEA / Halverson Group,
 * REFERENCES.md). The tail is a power law: an exponential decay matching the first point would
 * reach 99% within 110 days, not 700.
 *
 * <p>Months are 30 days. A post published at the start of a month earns F(30) of its lifetime views
 * that month, F(60) − F(30) the next, and so on; a site that has published r posts every month for
 * a+1 months therefore draws r·F(30(a+1)) posts' worth of lifetime views a month — its <em>pull</em>.
 */
public final class LifeCurve {

    /** Days in a month. */
    public static final double DAYS_PER_MONTH = 30;

    /** The published points: share of lifetime views by 30 and by 700 days. */
    public static final LifeCurve PUBLISHED = fit(30, 0.72, 700, 0.99);

    private final double lambda;
    private final double alpha;

    private LifeCurve(double lambda, double alpha) {
        this.lambda = lambda;
        this.alpha = alpha;
    }

    /**
     * The Lomax curve with F(days1) = share1 and F(days2) = share2.
     *
     * @throws IllegalArgumentException unless 0 < days1 < days2 and 0 < share1 < share2 < 1 and a
     *                                  Lomax curve passes through both points
     */
    public static LifeCurve fit(double days1, double share1, double days2, double share2) {
        if (!(days1 > 0 && days2 > days1 && share1 > 0 && share2 > share1 && share2 < 1)) {
            throw new IllegalArgumentException("need 0 < days1 < days2 and 0 < share1 < share2 < 1: "
                    + days1 + ", " + share1 + ", " + days2 + ", " + share2);
        }
        // α·ln(1 + d/λ) = −ln(1 − F(d)) at both points; their ratio fixes λ alone. The ratio
        // ln(1 + d2/λ) / ln(1 + d1/λ) rises from 1 (λ → 0) to d2/d1 (λ → ∞): bisect in log λ.
        final double a1 = -StrictMath.log(1 - share1);
        final double a2 = -StrictMath.log(1 - share2);
        final double target = a2 / a1;
        if (!(target > 1 && target < days2 / days1)) {
            throw new IllegalArgumentException("no Lomax curve passes through both points");
        }
        double lo = StrictMath.log(1e-9);
        double hi = StrictMath.log(1e12);
        for (int i = 0; i < 200; i++) {
            double mid = (lo + hi) / 2;
            double l = StrictMath.exp(mid);
            double ratio = StrictMath.log1p(days2 / l) / StrictMath.log1p(days1 / l);
            if (ratio < target) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        double lambda = StrictMath.exp((lo + hi) / 2);
        double alpha = a1 / StrictMath.log1p(days1 / lambda);
        return new LifeCurve(lambda, alpha);
    }

    /** Share of a post's lifetime views within {@code days} of publication. */
    public double cumulativeShare(double days) {
        if (days <= 0) {
            return 0;
        }
        return 1 - StrictMath.pow(1 + days / lambda, -alpha);
    }

    /** Share of lifetime views in the post's month {@code age} (0 = the month it was published). */
    public double monthlyShare(int age) {
        return cumulativeShare(DAYS_PER_MONTH * (age + 1)) - cumulativeShare(DAYS_PER_MONTH * age);
    }

    /**
     * ln of the pull per post-a-month of a site posting steadily for {@code age + 1} months:
     * ln F(30(age+1)), for ages 0..maxAge.
     */
    public double[] logSteadyPull(int maxAge) {
        double[] out = new double[maxAge + 1];
        for (int a = 0; a <= maxAge; a++) {
            out[a] = StrictMath.log(cumulativeShare(DAYS_PER_MONTH * (a + 1)));
        }
        return out;
    }

    /** Shape parameter α (the tail falls as t^−α). */
    public double alpha() {
        return alpha;
    }
}
