package org.downline.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.downline.plans.Genealogy;
import org.downline.rng.ReplicationStreams;
import org.downline.scenario.Scenario;
import org.downline.testing.Scenarios;
import org.junit.jupiter.api.Test;

/**
 * The bass model without attrition against the discrete Bass recursion (REFERENCES.md):
 * given N_{t−1} members, the month's joiners are Binomial(m − N_{t−1}, p + q·N_{t−1}/m), so
 * n_t − (p + q·N_{t−1}/m)(m − N_{t−1}) are martingale differences with known conditional variances.
 * Summed over months and replications they give a z-score that is standard normal if — and only if
 * on average — the simulator follows the recursion in expectation.
 */
class BassRecursionTest {

    private static final int M = 10_000;       // prospects
    private static final double P = 0.002;
    private static final double Q = 0.6;

    private static Scenario scenario() {
        Scenario s = Scenarios.with(Scenario.DEFAULT, Scenarios.market(20_000, 0.5));
        s = Scenarios.with(s, Scenarios.bass(5, P, Q, Scenario.DEFAULT.recruitment().effort()));
        s = Scenarios.with(s, Scenarios.NO_ATTRITION);
        return Scenarios.run(s, 24, 300, 2024);
    }

    /** |z| < 4 fails with probability 6.3e-5 when the model is right. */
    @Test
    void joinersFollowTheRecursionInExpectation() {
        Scenario s = scenario();
        MlmWorld w = new MlmWorld(s);
        double sumDiff = 0;
        double sumVar = 0;
        double innovatorsDiff = 0;
        double innovatorsVar = 0;
        int months = s.months();
        for (int r = 0; r < s.replications(); r++) {
            w.reset(ReplicationStreams.of(s.seed(), r), months);
            w.run(months);
            double[] members = w.series(MlmSeries.MEMBERS);
            double[] joined = w.series(MlmSeries.NEW_RECRUITS);
            long[] innovators = new long[months + 1];
            for (int i = 0; i < w.size(); i++) {
                if (w.genealogy().sponsor[i] == Genealogy.COMPANY) {
                    innovators[w.joinMonths()[i]]++;
                }
            }
            for (int t = 1; t <= months; t++) {
                double before = members[t - 1];
                double h = P + Q * before / M;
                double remaining = M - before;
                sumDiff += joined[t] - h * remaining;
                sumVar += remaining * h * (1 - h);
                // given the joiners, each is an innovator with probability p / h
                double share = P / h;
                innovatorsDiff += innovators[t] - joined[t] * share;
                innovatorsVar += joined[t] * share * (1 - share);
                assertEquals(before + joined[t], members[t]);
            }
        }
        double z = sumDiff / Math.sqrt(sumVar);
        assertTrue(Math.abs(z) < 4, "joiners z-score " + z);
        double zi = innovatorsDiff / Math.sqrt(innovatorsVar);
        assertTrue(Math.abs(zi) < 4, "innovators z-score " + zi);
    }

    /**
     * With many founders the path is nearly deterministic, and the mean over replications follows
     * the recursion itself: the gap is the recursion's curvature times Var(N), tiny here. Tolerance:
     * 5 standard errors of the mean plus 0.1% of m.
     */
    @Test
    void meanPathFollowsTheDeterministicRecursion() {
        Scenario s = Scenarios.with(scenario(), Scenarios.bass(200, P, Q, Scenario.DEFAULT.recruitment().effort()));
        s = Scenarios.run(s, 12, 100, 7);
        int months = s.months();
        double[][] paths = new double[s.replications()][];
        MlmWorld w = new MlmWorld(s);
        for (int r = 0; r < s.replications(); r++) {
            w.reset(ReplicationStreams.of(s.seed(), r), months);
            w.run(months);
            paths[r] = w.series(MlmSeries.MEMBERS).clone();
        }
        double n = 200;
        for (int t = 1; t <= months; t++) {
            n = n + (P + Q * n / M) * (M - n);
            double mean = 0;
            for (double[] p : paths) {
                mean += p[t];
            }
            mean /= paths.length;
            double var = 0;
            for (double[] p : paths) {
                var += (p[t] - mean) * (p[t] - mean);
            }
            double se = Math.sqrt(var / (paths.length - 1) / paths.length);
            assertEquals(n, mean, 5 * se + 0.001 * M, "month " + t);
        }
    }
}
