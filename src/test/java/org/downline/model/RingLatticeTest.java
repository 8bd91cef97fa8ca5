package org.downline.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.distribution.TDistribution;
import org.downline.rng.ReplicationStreams;
import org.downline.scenario.AttritionConfig;
import org.downline.scenario.NetworkKind;
import org.downline.scenario.Scenario;
import org.downline.testing.Scenarios;
import org.junit.jupiter.api.Test;

/**
 * The contacts model on a ring lattice (rewiring 0) with one founder: everybody knows only the
 * degree/2 people on each side, and a recruit pitches no earlier than the month after joining, so
 * the recruiting front moves at most degree/2 places each way a month. After t months every member
 * is within degree/2·t places of the founder: at most 1 + degree·t members. Growth is linear, not
 * exponential — the warm market in its purest form.
 */
class RingLatticeTest {

    private static final int DEGREE = 20;
    private static final int HALF = DEGREE / 2;

    private static Scenario lattice(double share, double contacts, double acceptance, boolean constantEffort,
                                    AttritionConfig attrition, int months, int reps, long seed) {
        Scenario s = Scenarios.with(Scenario.DEFAULT,
                Scenarios.market(100_000, share, false, NetworkKind.SMALL_WORLD, DEGREE, 0));
        s = Scenarios.with(s, Scenarios.contacts(1, contacts, acceptance,
                constantEffort ? Scenarios.CONSTANT_EFFORT : Scenario.DEFAULT.recruitment().effort()));
        s = Scenarios.with(s, attrition);
        return Scenarios.run(s, months, reps, seed);
    }

    private static int ringDistance(int a, int b, int n) {
        int d = Math.abs(a - b);
        return Math.min(d, n - d);
    }

    /**
     * Lognormal effort (some members pitch dozens a month), attrition, 80% prospects: in every
     * replication and month, members ≤ 1 + degree·t, and each member who joined in month t lives
     * within degree/2·t places of the founder.
     */
    @Test
    void membersNeverExceedOnePlusDegreeTimesMonths() {
        Scenario s = lattice(0.8, 12, 0.6, false, Scenario.DEFAULT.attrition(), 30, 60, 3);
        MlmWorld w = new MlmWorld(s);
        long grew = 0;
        for (int r = 0; r < s.replications(); r++) {
            w.reset(ReplicationStreams.of(s.seed(), r), s.months());
            w.run(s.months());
            double[] members = w.series(MlmSeries.MEMBERS);
            for (int t = 0; t <= s.months(); t++) {
                assertTrue(members[t] <= 1 + DEGREE * t, "replication " + r + ", month " + t + ": " + members[t]);
            }
            ContactsRecruiter c = w.contacts();
            int founder = c.personOf(0);
            for (int m = 1; m < w.size(); m++) {
                int d = ringDistance(c.personOf(m), founder, 100_000);
                assertTrue(d <= HALF * w.joinMonths()[m], "member " + m + " at distance " + d
                        + " joined in month " + w.joinMonths()[m]);
            }
            grew += w.size() > 1 + DEGREE ? 1 : 0;
        }
        assertTrue(grew > s.replications() / 2, "too few replications grew past month 1: " + grew);
    }

    /**
     * Everyone a prospect, everyone accepts, every member pitches degree people a month, nobody
     * quits: the front moves exactly degree/2 places each way a month and members(t) = 1 + degree·t.
     */
    @Test
    void whenEveryoneAcceptsTheBoundIsExact() {
        Scenario s = lattice(1.0, DEGREE, 1.0, true, Scenarios.NO_ATTRITION, 30, 3, 9);
        MlmWorld w = new MlmWorld(s);
        for (int r = 0; r < s.replications(); r++) {
            w.reset(ReplicationStreams.of(s.seed(), r), s.months());
            w.run(s.months());
            for (int t = 0; t <= s.months(); t++) {
                assertEquals(1 + DEGREE * t, w.series(MlmSeries.MEMBERS)[t], "month " + t);
            }
        }
    }

    /**
     * With acceptance 0.7 the front advances at a steady speed, and its exact expectation follows
     * from a small Markov chain. Everyone is a prospect, every member pitches all of their
     * unasked acquaintances in the month after joining (20 pitches a month = degree), nobody quits,
     * and the two fronts are independent (they never get within 300 places of each other on a
     * ring of 10^5). Take the right front: after month t everything up to the coverage C (10
     * places past the rightmost member who already pitched) has been asked, and d ∈ {0..9} is how
     * far the rightmost member R is behind C. In month t + 1 the month-t joiners pitch exactly the
     * block (C, R + 10] of L = 10 − d people; the month's recruits are Binomial(L, a); the new d is
     * the number of refusals after the block's last acceptor, j with probability a·(1 − a)^j for
     * j &lt; L, and the front dies if all L refuse ((1 − a)^L). The founder starts both fronts at
     * d = 0 in month 1. So E[recruits in month t] = 2·a·E[(10 − d_{t−1}); front alive], computed
     * here by propagating the distribution of d — no transient to wait out and no slack. Linear
     * growth is the chain's steady speed: months 21-30 expect within 0.1% of months 6-15, where
     * growth at even 5% a month would make the late window 1.65 times the early one.
     *
     * <p>Checks: the early and late windows' means and their per-replication difference against
     * the chain, each |mean − expected| &lt; t·SE with t = t_{199, 1 − 1e-6/2} (two-sided 1e-6
     * each, 3e-6 for the three).
     */
    @Test
    void growthIsLinear() {
        final double a = 0.7;
        Scenario s = lattice(1.0, DEGREE, a, true, Scenarios.NO_ATTRITION, 30, 200, 17);
        MlmWorld w = new MlmWorld(s);
        final int reps = s.replications();
        final int months = s.months();
        double[] early = new double[reps];
        double[] late = new double[reps];
        double[] diff = new double[reps];
        for (int r = 0; r < reps; r++) {
            w.reset(ReplicationStreams.of(s.seed(), r), months);
            w.run(months);
            double[] recruits = w.series(MlmSeries.NEW_RECRUITS);
            for (int t = 6; t <= 15; t++) {
                early[r] += recruits[t] / 10;
            }
            for (int t = 21; t <= 30; t++) {
                late[r] += recruits[t] / 10;
            }
            diff[r] = late[r] - early[r];
        }
        // the chain: pD[d] = P(front alive with lag d) before the month's pitches
        double[] expected = new double[months + 1];
        double[] pD = new double[HALF];
        pD[0] = 1;
        for (int t = 1; t <= months; t++) {
            double[] next = new double[HALF];
            for (int d = 0; d < HALF; d++) {
                int block = HALF - d;
                expected[t] += 2 * pD[d] * a * block;
                for (int j = 0; j < block; j++) {
                    next[j] += pD[d] * a * Math.pow(1 - a, j);
                }
            }
            pD = next;
        }
        double expectedEarly = 0;
        double expectedLate = 0;
        for (int t = 6; t <= 15; t++) {
            expectedEarly += expected[t] / 10;
        }
        for (int t = 21; t <= 30; t++) {
            expectedLate += expected[t] / 10;
        }
        assertTrue(Math.abs(expectedLate - expectedEarly) < 1e-3 * expectedEarly,
                "the chain's speed: months 6-15 " + expectedEarly + ", months 21-30 " + expectedLate);
        double t = new TDistribution(null, reps - 1, 1e-13).inverseCumulativeProbability(1 - 0.5e-6);
        assertMean(early, expectedEarly, t, "recruits a month, months 6-15");
        assertMean(late, expectedLate, t, "recruits a month, months 21-30");
        assertMean(diff, expectedLate - expectedEarly, t, "months 21-30 minus months 6-15");
    }

    private static void assertMean(double[] x, double expected, double t, String what) {
        double mean = 0;
        for (double v : x) {
            mean += v / x.length;
        }
        double var = 0;
        for (double v : x) {
            var += (v - mean) * (v - mean) / (x.length - 1);
        }
        double se = Math.sqrt(var / x.length);
        assertTrue(Math.abs(mean - expected) < t * se, what + ": mean " + mean + ", expected " + expected + ", SE " + se);
    }
}
