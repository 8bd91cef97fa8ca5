package org.downline.io;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.distribution.TDistribution;
import org.downline.engine.ProgressListener;
import org.downline.engine.ReplicationResult;
import org.downline.engine.Results;
import org.downline.engine.RunOptions;
import org.downline.engine.Simulation;
import org.downline.scenario.Scenario;
import org.downline.stats.Metrics;
import org.downline.stats.Summary;
import org.downline.stats.WorldResults;
import org.downline.testing.Scenarios;
import org.junit.jupiter.api.Test;

/**
 * The default and warm-market presets land in the bands they are calibrated to (REFERENCES.md, and
 * the comments in the preset files).
 *
 * <p>Error model: each check is about a mean over R = 30 replications, which are independent, so
 * its standard error is SE = s/√R with s the replications' sample standard deviation (for a share
 * this is the honest standard error: it includes the variation between replications that a binomial
 * standard error over pooled participants would miss). A band [lo, hi] — a published figure's range
 * or a claim in the preset's comments — is passed when lo − t·SE ≤ mean ≤ hi + t·SE, with t the
 * Student quantile t_{R−1, 1 − α} for α = 1e-6. If the model's true mean lies in the band, each
 * edge fails with probability at most α (the mean of 30 replications is close to normal), so a
 * check fails with probability at most 2e-6 (t = 5.92 standard errors), and the tests'
 * {@value #CHECKS_DEFAULT} + {@value #CHECKS_WARM} checks together (Bonferroni) with probability
 * below 8e-5.
 */
class CalibrationTest {

    private static final int R = 30;
    private static final double ALPHA = 1e-6;
    private static final int CHECKS_DEFAULT = 8;
    private static final int CHECKS_WARM = 30;
    /** t_{29, 1 − 1e-6} = 5.92. */
    private static final double T = new TDistribution(null, R - 1, 1e-13).inverseCumulativeProbability(1 - ALPHA);

    @Test
    void defaultPresetLandsInThePublishedBands() {
        Scenario s = Presets.load(Presets.DEFAULT, List.of());
        s = Scenarios.run(s, s.months(), R, s.seed());
        Results r = Simulation.run(s, new RunOptions(2), ProgressListener.NONE);
        WorldResults m = r.mlm();
        // Taylor (2011): about 99% lose money once required purchases and minimal costs count
        within(m, Metrics.SHARE_LOSING_MONEY, 0.95, 1.0);
        // Herbalife 2012: 88% paid nothing; FTC 2024: most made nothing in 17 of 70
        within(m, Metrics.SHARE_NO_COMMISSION, 0.5, 0.9);
        // Herbalife 2012: 71% never sponsored anyone
        within(m, Metrics.SHARE_NEVER_RECRUITED, 0.65, 0.77);
        // Pyramid Scheme Alert 2008: the top 1% took over half of all commissions in 10 of 11 MLMs
        within(m, Metrics.TOP_ONE_PERCENT_SHARE, 0.5, 1.0);
        // Pyramid Scheme Alert 2008: 60-90% annual churn
        within(m, Metrics.SHARE_QUIT_WITHIN_YEAR, 0.6, 0.9);
        // FTC 2024: most made $1,000 a year or less before expenses
        within(m, Metrics.ANNUAL_GROSS_AT_MOST_1000, 0.5, 1.0);
        WorldResults a = r.affiliate();
        // UK Affiliate Census 2006: about half of working affiliates earn under 500 pounds a year
        within(a, Metrics.ESTABLISHED_UNDER_500, 0.35, 0.65);
        // AffStat / House of Kaizen: under 10% above $50,000 a year
        within(a, Metrics.ESTABLISHED_OVER_50000, 0, 0.10);
    }

    /**
     * The warm-market preset shows what its comments say: each recruiter's yield falls by more than
     * a third within a year while almost every prospect is still unasked, and a well-mixed market
     * with the same pitches keeps the yield per recruiter. The yield per pitch is a point claim, not
     * a band: everyone pitched is a prospect with probability prospectShare whether or not anyone
     * asked them before (prospects are placed independently of the network), so in every month
     * E[recruits / pitches | pitches] = acceptance × prospectShare, less a founders' correction:
     * the F founders are prospects taken out of the pool, so the prospect share among the unasked
     * is (K − F − s·A)/(N − F − A) = s − F(1 − s)/(N − F − A) after A people were asked; with
     * F = 100, N = 10^6 and A below N/2 that is under 2e-4·s, which the check allows for. Month by
     * month the check is weak early (month 1 has about 400 pitches a replication); all months
     * together it is sharp. Each
     * ratio-type claim (yield at month 12 below 0.65 of month 1, say) is checked on the
     * per-replication linear form (x₁₂ − 0.65·x₁), whose mean has a plain standard error. 30
     * replications of the first 24 months (about 2 s).
     */
    @Test
    void warmMarketPresetShowsRecruitersRunningOutBeforeTheMarket() {
        Scenario s = Presets.load("warm-market", List.of());
        s = Scenarios.run(s, 24, R, s.seed());
        ReplicationResult[] reps = Simulation.replications(s, new RunOptions(2));
        String[] keys = Simulation.mlmSeriesKeys(s);
        double[][] perRecruiter = series(reps, keys, "recruitsPerRecruiter");
        double[][] perPitch = series(reps, keys, "recruitsPerPitch");
        double k = s.market().prospects();
        assertBelow(combine(perRecruiter, 12, 1, 0.65), 0, "recruits per recruiter, month 12 − 0.65 × month 1");
        assertAbove(column(series(reps, keys, "unaskedProspects"), 12), 0.95 * k, "prospects unasked by month 12");
        assertAbove(column(series(reps, keys, "shareNoUnaskedLeft"), 12), 0.05, "share with nobody left to ask, month 12");
        double yield = s.recruitment().acceptance() * s.market().prospectShare();
        for (int t = 1; t <= 24; t++) {
            assertWithin(column(perPitch, t), yield * (1 - 2e-4), yield, "recruits per pitch in month " + t);
        }
        // all months together, the sharper check: Σ_t (recruits_t − yield·pitches_t) is a sum of
        // terms with mean 0 given the past (less the founders' correction, at most 2e-4·yield per
        // pitch); divided by the mean number of pitches over replications — one constant for all, so
        // the mean and its SE scale alike — it is on the scale of a yield
        double[][] recruits = series(reps, keys, "newRecruits");
        double[][] pitches = series(reps, keys, "pitches");
        double scale = 0;
        for (int r = 0; r < R; r++) {
            for (int t = 1; t <= 24; t++) {
                scale += pitches[r][t] / R;
            }
        }
        double[] excess = new double[R];
        for (int r = 0; r < R; r++) {
            for (int t = 1; t <= 24; t++) {
                excess[r] += (recruits[r][t] - yield * pitches[r][t]) / scale;
            }
        }
        assertWithin(excess, -2e-4 * yield, 0, "recruits − yield × pitches, months 1-24, per pitch");
        double[] losing = new double[R];
        for (int r = 0; r < R; r++) {
            losing[r] = reps[r].mlm().get(Metrics.SHARE_LOSING_MONEY);
        }
        assertWithin(losing, 0.95, 1.0, Metrics.SHARE_LOSING_MONEY);

        Scenario mixed = Presets.load("warm-market", List.of("market.network.kind=complete"));
        mixed = Scenarios.run(mixed, 12, R, s.seed());
        ReplicationResult[] mixedReps = Simulation.replications(mixed, new RunOptions(2));
        double[][] mixedPerRecruiter = series(mixedReps, Simulation.mlmSeriesKeys(mixed), "recruitsPerRecruiter");
        assertAbove(combine(mixedPerRecruiter, 12, 1, 0.85), 0,
                "well-mixed: recruits per recruiter, month 12 − 0.85 × month 1");
    }

    private static void within(WorldResults w, String metric, double lo, double hi) {
        Summary s = w.metric(metric);
        assertTrue(s.n() == R, metric + " defined in " + s.n() + " replications");
        check(s, lo, hi, metric);
    }

    /** Passes when lo − t·SE ≤ mean ≤ hi + t·SE (class comment). */
    private static void check(Summary s, double lo, double hi, String what) {
        double se = s.sd() / Math.sqrt(s.n());
        assertTrue(s.mean() >= lo - T * se && s.mean() <= hi + T * se, what + ": mean " + s.mean() + " ± "
                + se + " (SE) over " + s.n() + " replications is not inside [" + lo + ", " + hi + "] widened by "
                + T + " SE");
    }

    private static void assertWithin(double[] values, double lo, double hi, String what) {
        Summary s = Summary.of(values);
        assertTrue(s.n() == R, what + " defined in " + s.n() + " replications");
        check(s, lo, hi, what);
    }

    private static void assertBelow(double[] values, double hi, String what) {
        assertWithin(values, Double.NEGATIVE_INFINITY, hi, what);
    }

    private static void assertAbove(double[] values, double lo, String what) {
        assertWithin(values, lo, Double.POSITIVE_INFINITY, what);
    }

    /** {@code values[replication][month]} of one MLM series. */
    private static double[][] series(ReplicationResult[] reps, String[] keys, String key) {
        int k = Arrays.asList(keys).indexOf(key);
        assertTrue(k >= 0, "no series " + key);
        double[][] out = new double[reps.length][];
        for (int r = 0; r < reps.length; r++) {
            out[r] = reps[r].mlmSeries()[k];
        }
        return out;
    }

    private static double[] column(double[][] series, int month) {
        double[] out = new double[series.length];
        for (int r = 0; r < series.length; r++) {
            out[r] = series[r][month];
        }
        return out;
    }

    /** Per replication, x[a] − factor · x[b]. */
    private static double[] combine(double[][] series, int a, int b, double factor) {
        double[] out = new double[series.length];
        for (int r = 0; r < series.length; r++) {
            out[r] = series[r][a] - factor * series[r][b];
        }
        return out;
    }
}
