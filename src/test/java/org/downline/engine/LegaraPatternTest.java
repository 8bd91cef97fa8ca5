package org.downline.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.commons.math3.distribution.TDistribution;
import org.downline.io.Presets;
import org.downline.model.MlmSeries;
import org.downline.scenario.Scenario;
import org.downline.stats.Cohorts;
import org.downline.stats.Metrics;
import org.downline.testing.Sample;
import org.junit.jupiter.api.Test;

/**
 * Legara et al. (Physica A 387, 2008): in a binary plan earnings are Pareto-like and biased against
 * recent members. The binary preset, run until its market is saturated, must show it in its cohort
 * results: the earliest joiners take far more than their share of all commissions, and early
 * cohorts earn far more per head than late ones — more than their longer time in the business can
 * explain.
 *
 * <p>Both checks are one-sided t-tests over 20 independent replications at the 0.1% level: each
 * fails with probability at most 0.1% when the pattern holds at the stated strength in expectation,
 * so together at most 0.2%. (Observed: the earliest tenth take about 42% of all commissions,
 * against the 25% required; the cohorts of months 1-6 earn about fifty times as much per head as
 * those of months 37-42, against the five times required — their members can have been in the
 * business at most 60 / 18 = 3.3 times as long.)
 */
class LegaraPatternTest {

    private static final int REPLICATIONS = 20;
    /** One-sided 99.9% quantile of Student's t with 19 degrees of freedom. */
    private static final double T = new TDistribution(null, REPLICATIONS - 1, 1e-13).inverseCumulativeProbability(0.999);

    private static Scenario binaryUnderSaturation() {
        // the preset's market scaled down to 20,000 prospects, run for 60 months: recruiting peaks
        // near month 29 and has all but stopped by the end
        return Presets.load("binary-typical", List.of("market.population=200000", "months=60",
                "replications=" + REPLICATIONS, "seed=2008"));
    }

    /** Lower end of the one-sided 99.9% interval for the mean of {@code x}. */
    private static double lowerBound(double[] x) {
        return Sample.lowerBound(x, T);
    }

    /** Count-weighted mean gross commissions of the cohorts joining in months from..to. */
    static double meanGross(Cohorts c, int from, int to) {
        double sum = 0;
        double count = 0;
        for (int t = from; t <= to; t++) {
            if (c.count()[t] > 0) {
                sum += c.count()[t] * c.meanGross()[t];
                count += c.count()[t];
            }
        }
        return sum / count;
    }

    @Test
    void earlyJoinersTakeTheCommissions() {
        Scenario s = binaryUnderSaturation();
        ReplicationResult[] reps = Simulation.replications(s, new RunOptions(2));
        double[] earliestShare = new double[REPLICATIONS];
        double[] earlyOverLate = new double[REPLICATIONS];
        for (int r = 0; r < REPLICATIONS; r++) {
            // saturation: by the end hardly anyone is left to recruit, and recruiting has all but stopped
            double[] left = reps[r].mlmSeries()[MlmSeries.PROSPECTS_LEFT.ordinal()];
            double[] recruits = reps[r].mlmSeries()[MlmSeries.NEW_RECRUITS.ordinal()];
            double peak = 0;
            for (int t = 1; t <= s.months(); t++) {
                peak = Math.max(peak, recruits[t]);
            }
            assertTrue(left[s.months()] < 0.1 * s.market().prospects(), "market not saturated");
            assertTrue(recruits[s.months()] < 0.05 * peak, "recruiting has not stopped");
            earliestShare[r] = reps[r].mlm().get(Metrics.SHARE_EARLIEST_10);
            Cohorts c = reps[r].mlm().cohorts();
            // joined in months 1-6 (month 0 is the founder alone) against months 37-42, after the peak
            earlyOverLate[r] = meanGross(c, 1, 6) - 5 * meanGross(c, 37, 42);
        }
        double share = lowerBound(earliestShare);
        assertTrue(share > 0.25, "the earliest 10% of joiners take at least 2.5 times their share of "
                + "commissions; lower bound " + share);
        double gap = lowerBound(earlyOverLate);
        assertTrue(gap > 0, "early cohorts earn over five times as much per head as late ones; lower bound of "
                + "early - 5 x late: " + gap);
    }
}
