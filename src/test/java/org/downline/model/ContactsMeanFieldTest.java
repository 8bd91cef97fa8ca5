package org.downline.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
     * asked). Tolerance: 5 standard errors of the mean plus 0.2% of the prospects for the small
     * Jensen gap where min(c·N, U) bites. After everyone has been asked, the final membership is
     * exactly F + Binomial(K − F, a): |z| &lt; 4 fails with probability 6.3e-5.
     */
    @Test
    void meanPathFollowsTheMeanFieldRecursionAndStopsAtFPlusAK() {
        final int founders = 200;
        final int c = 2;
        final double a = 0.5;
        final int months = 16;
        Scenario s = scenario(founders, c, a, months, 120, 5);
        final long k = Math.round(POPULATION * SHARE);
        MlmWorld w = new MlmWorld(s);
        double[][] paths = new double[s.replications()][];
        for (int r = 0; r < s.replications(); r++) {
            w.reset(ReplicationStreams.of(s.seed(), r), months);
            w.run(months);
            paths[r] = w.series(MlmSeries.MEMBERS).clone();
            assertEquals(0, w.series(MlmSeries.UNASKED)[months], "everyone asked by month " + months);
        }
        double n = founders;
        double u = POPULATION - founders;
        double up = k - founders;
        final double q = c * a * SHARE;
        for (int t = 1; t <= months; t++) {
            double m = Math.min(c * n, u);
            double rho = u > 0 ? up / u : 0;
            if (m < c * n) {
                assertTrue(t > 8, "the pool ran out early, month " + t);
            } else {
                assertEquals(n * (1 + q * rho / SHARE), n + a * m * rho, 1e-9);   // the geometric form
            }
            n += a * m * rho;
            up -= m * rho;
            u -= m;
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
            assertEquals(n, mean, 5 * se + 0.002 * k, "month " + t);
        }
        double finalMean = 0;
        for (double[] p : paths) {
            finalMean += p[months];
        }
        finalMean /= paths.length;
        double expected = founders + a * (k - founders);
        double se = Math.sqrt((k - founders) * a * (1 - a) / paths.length);
        double z = (finalMean - expected) / se;
        assertTrue(Math.abs(z) < 4, "final members " + finalMean + " vs " + expected + ", z " + z);
    }
}
