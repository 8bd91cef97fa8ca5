package org.downline.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.StatUtils;
import org.downline.rng.ReplicationStreams;
import org.downline.scenario.NetworkKind;
import org.downline.scenario.Scenario;
import org.downline.testing.Scenarios;
import org.junit.jupiter.api.Test;

/**
 * The contacts model on a complete network against the mean-field recursion it implies.
 *
 * <p>Everybody knows everybody, and a pitch goes to a person drawn uniformly from those not yet
 * asked (U of them, U_p prospects). With N_{t−1} members, no attrition and a start delay of one
 * month, every member recruits in month t, so with constant effort and an integer c the month's
 * pitches are exactly M_t = min(c·N_{t−1}, U_{t−1}). The M_t people pitched are a uniform sample
 * without replacement of the unasked, so the prospects among them are hypergeometric with mean
 * M_t·U_p/U, and each of those joins with probability a. Hence
 * <pre>
 *   E[n_t | state] = a · M_t · U_p/U,     U_t = U_{t−1} − M_t,     E[U_p,t] = U_p,t−1 · (1 − M_t/U_{t−1}).
 * </pre>
 * The last line says the prospect share of the unasked, ρ = U_p/U, stays put in expectation: a
 * pitch uses up prospects and non-prospects alike. So while pitches last the mean-field recursion
 * is geometric growth, N_t = N_{t−1}·(1 + q·ρ/s) with q = contactsPerMonth × acceptance ×
 * prospectShare (and ρ ≈ s): not the Bass/logistic curve, whose imitation term q·N·R/m slows as
 * prospects are used up. A well-mixed market does not slow down until nobody is left to ask; then
 * every prospect has been asked exactly once and membership stops at F + a·(K − F) (F founders,
 * K prospects). Per pitch, the expected recruits a·ρ stay constant throughout.
 */
class ContactsMeanFieldTest {

    private static final long POPULATION = 20_000;
    private static final double SHARE = 0.3;             // K = 6000 prospects

    private static Scenario scenario(int founders, double contacts, double acceptance, int months, int reps,
                                     long seed) {
        Scenario s = Scenarios.with(Scenario.DEFAULT,
                Scenarios.market(POPULATION, SHARE, false, NetworkKind.COMPLETE, 150, 0.1));
        s = Scenarios.with(s, Scenarios.contacts(founders, contacts, acceptance, Scenarios.CONSTANT_EFFORT));
        s = Scenarios.with(s, Scenarios.NO_ATTRITION);
        return Scenarios.run(s, months, reps, seed);
    }

    /**
     * Month by month, given the state: pitches are exactly min(c·N, U); the prospects among them
     * are hypergeometric; each joins with probability a. The deviations from the conditional means
     * are martingale differences; summed over months and replications, each z-score is standard
     * normal when the model is right. Two |z| &lt; 4 checks fail together with probability 1.3e-4.
     */
    @Test
    void pitchesAreUniformOverTheUnaskedAndAcceptedWithProbabilityA() {
        final int c = 3;
        final double a = 0.2;
        final int founders = 50;
        Scenario s = scenario(founders, c, a, 16, 150, 11);
        MlmWorld w = new MlmWorld(s);
        double prospectsDiff = 0;
        double prospectsVar = 0;
        double joinDiff = 0;
        double joinVar = 0;
        long pitchedTotal = 0;
        for (int r = 0; r < s.replications(); r++) {
            w.reset(ReplicationStreams.of(s.seed(), r), s.months());
            w.run(s.months());
            double[] members = w.series(MlmSeries.MEMBERS);
            double[] pitches = w.series(MlmSeries.PITCHES);
            double[] joined = w.series(MlmSeries.NEW_RECRUITS);
            double[] unasked = w.series(MlmSeries.UNASKED);
            double[] unaskedProspects = w.series(MlmSeries.UNASKED_PROSPECTS);
            assertEquals(POPULATION - founders, unasked[0]);
            assertEquals(Math.round(POPULATION * SHARE) - founders, unaskedProspects[0]);
            for (int t = 1; t <= s.months(); t++) {
                double u = unasked[t - 1];
                double up = unaskedProspects[t - 1];
                double m = pitches[t];
                assertEquals(members[t - 1], w.series(MlmSeries.RECRUITERS)[t], "month " + t);
                assertEquals(Math.min(c * members[t - 1], u), m, "month " + t);
                assertEquals(u - m, unasked[t], "month " + t);
                if (m == 0) {
                    continue;
                }
                pitchedTotal += (long) m;
                double x = up - unaskedProspects[t];                  // prospects pitched
                double share = up / u;
                prospectsDiff += x - m * share;
                prospectsVar += u > 1 ? m * share * (1 - share) * (u - m) / (u - 1) : 0;
                joinDiff += joined[t] - a * x;
                joinVar += x * a * (1 - a);
            }
        }
        assertTrue(pitchedTotal > 1_000_000, "pitches " + pitchedTotal);      // the test's power
        double zProspects = prospectsDiff / Math.sqrt(prospectsVar);
        assertTrue(Math.abs(zProspects) < 4, "prospects among the pitched: z " + zProspects);
        double zJoin = joinDiff / Math.sqrt(joinVar);
        assertTrue(Math.abs(zJoin) < 4, "acceptance: z " + zJoin);
    }

    /**
     * With 200 founders the path is nearly deterministic and its mean over replications follows
     * the mean-field recursion (geometric growth at rate q·ρ/s, then a stop when everyone has been
     * asked), with tolerances derived from the model, not slack:
     * <ul>
     *   <li>Every month, exactly: each prospect pitched joins with probability a, so
     *       N_t − a·(prospects pitched so far) is a martingale and E[N_t + a·U_p,t] = F + a(K − F);
     *       the recursion keeps n_t + a·up_t at the same value. Checked against the mean with its
     *       standard error.</li>
     *   <li>While pitches last (c·N &lt; U in the recursion; every replication must agree, pitches
     *       = c·N_{t−1}): E[n_t | state] = a·c·N_{t−1}·ρ_{t−1} with ρ = U_p/U, and E[ρ_t | state] =
     *       ρ_{t−1} (the pitched are a uniform sample of the unasked and U_t is fixed by the state),
     *       so E ρ_t = ρ_0 and μ_t = (1 + acρ_0)·μ_{t−1} + ac·Cov(N_{t−1}, ρ_{t−1}), while the
     *       recursion has n_t = (1 + acρ_0)·n_{t−1}. The gap obeys |g_t| ≤ B_t = (1 + acρ_0)·B_{t−1}
     *       + ac·√(V⁺_N·V⁺_ρ) (Cauchy–Schwarz, with upper 1 − 1e-6 confidence bounds on both
     *       variances from their sample variances, χ² with R − 1 degrees of freedom).</li>
     *   <li>After everyone has been asked the final membership is exactly F + Binomial(K − F, a).</li>
     * </ul>
     * Each mean check is |mean − expected| &lt; t·SE (+ B_t) with t = t_{119, 1 − 1e-6/2}; the 16 + 10
     * path checks, 20 variance bounds and the final check fail together with probability below 5e-5.
     */
    @Test
    void meanPathFollowsTheMeanFieldRecursionAndStopsAtFPlusAK() {
        final int founders = 200;
        final int c = 2;
        final double a = 0.5;
        final int months = 16;
        Scenario s = scenario(founders, c, a, months, 120, 5);
        final int reps = s.replications();
        final long k = Math.round(POPULATION * SHARE);
        MlmWorld w = new MlmWorld(s);
        double[][] paths = new double[reps][];
        double[][] pitches = new double[reps][];
        double[][] unasked = new double[reps][];
        double[][] unaskedProspects = new double[reps][];
        for (int r = 0; r < reps; r++) {
            w.reset(ReplicationStreams.of(s.seed(), r), months);
            w.run(months);
            paths[r] = w.series(MlmSeries.MEMBERS).clone();
            pitches[r] = w.series(MlmSeries.PITCHES).clone();
            unasked[r] = w.series(MlmSeries.UNASKED).clone();
            unaskedProspects[r] = w.series(MlmSeries.UNASKED_PROSPECTS).clone();
            assertEquals(0, unasked[r][months], "everyone asked by month " + months);
        }
        final double t = new TDistribution(null, reps - 1, 1e-13).inverseCumulativeProbability(1 - 0.5e-6);
        final double varUpper = (reps - 1)
                / new ChiSquaredDistribution(null, reps - 1).inverseCumulativeProbability(1e-6);
        double n = founders;
        double u = POPULATION - founders;
        double up = k - founders;
        final double rho0 = up / u;
        final double q = c * a * SHARE;
        final double invariant = founders + a * (k - founders);
        double bound = 0;
        double covBefore = 0;                            // month 0: N and ρ are fixed
        boolean pitchesLast = true;
        for (int m = 1; m <= months; m++) {
            double pitched = Math.min(c * n, u);
            double rho = u > 0 ? up / u : 0;
            pitchesLast &= pitched == c * n;
            if (pitchesLast) {
                assertEquals(n * (1 + q * rho / SHARE), n + a * pitched * rho, 1e-9);   // the geometric form
                assertEquals(rho0, rho, 1e-12);
                bound = (1 + a * c * rho0) * bound + a * c * covBefore;
            } else {
                assertTrue(m > 8, "the pool ran out early, month " + m);
            }
            n += a * pitched * rho;
            up -= pitched * rho;
            u -= pitched;
            assertEquals(invariant, n + a * up, 1e-9 * invariant);

            double[] members = new double[reps];
            double[] conserved = new double[reps];
            double[] share = new double[reps];
            for (int r = 0; r < reps; r++) {
                members[r] = paths[r][m];
                conserved[r] = paths[r][m] + a * unaskedProspects[r][m];
                share[r] = unasked[r][m] > 0 ? unaskedProspects[r][m] / unasked[r][m] : Double.NaN;
                if (pitchesLast) {
                    assertEquals(c * paths[r][m - 1], pitches[r][m], "replication " + r + ", month " + m);
                }
            }
            assertMean(conserved, invariant, t, 0, "N + a·U_p, month " + m);
            if (pitchesLast) {
                assertMean(members, n, t, bound, "members, month " + m);
                covBefore = Math.sqrt(variance(members) * varUpper * variance(share) * varUpper);
            }
        }
        double[] last = new double[reps];
        for (int r = 0; r < reps; r++) {
            last[r] = paths[r][months];
        }
        double finalMean = mean(last);
        double se = Math.sqrt((k - founders) * a * (1 - a) / reps);
        assertTrue(Math.abs(finalMean - invariant) < t * se, "final members " + finalMean + " vs " + invariant
                + ", SE " + se);
    }

    private static double mean(double[] x) {
        return StatUtils.mean(x);
    }

    private static double variance(double[] x) {
        return StatUtils.variance(x);
    }

    private static void assertMean(double[] x, double expected, double t, double bias, String what) {
        double mean = mean(x);
        double se = Math.sqrt(variance(x) / x.length);
        assertTrue(Math.abs(mean - expected) < t * se + bias, what + ": mean " + mean + ", expected " + expected
                + ", SE " + se + ", bias bound " + bias);
    }
}
