package org.downline.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.commons.math3.distribution.TDistribution;
import org.downline.io.ScenarioReader;
import org.downline.scenario.Scenario;
import org.downline.stats.Cohorts;
import org.downline.stats.Metrics;
import org.downline.stats.ParticipantStats;
import org.downline.testing.Sample;
import org.junit.jupiter.api.Test;

/**
 * Legara et al. (Physica A 387, 2008): binary earnings are Pareto-like and biased against recent
 * members, unilevel earnings are not. Under their assumptions as we read them (equal recruiting
 * effort, saturating growth, binary paid on matched leg volume at every depth, unilevel paid on
 * one's own recruits; {@code src/test/resources/scenarios/legara-contrast.yaml}) the same market
 * is run under both plans, and the contrast must show in the cohort and inequality results:
 *
 * <ul>
 *   <li>binary: the top 20% of participants take over 80% of all commissions (the 80-20 rule), the
 *       top 1% over 30%, and the members who joined in months 1-6 earn over 15 times as much per
 *       head as those who joined at the peak of recruiting (months 27-32);</li>
 *   <li>unilevel: the top 1% take under 20%, the earliest-joined 10% under 30% of all commissions,
 *       and months 1-6 earn under 6 times as much per head as the peak. Members quit at 10% a month
 *       whatever the plan, so both groups have about the same expected time in the business (about
 *       ten months, with at least 28 left before the end); what remains is the market — a recruit
 *       is easier to find while it is fresh — so per-head pay is not independent of when one joined,
 *       as Legara et al. found, only far less dependent than under the binary.</li>
 * </ul>
 *
 * <p>The unilevel's top 20% take about 81%, not under 80%: about half of all members recruit
 * nobody and earn nothing, so the 80-20 reading alone does not separate the plans here; the tail
 * (top 1%) and the early-joiner measures do.
 *
 * <p>Each of the six checks is a one-sided t-test over 20 independent replications at the 0.1%
 * level (the lower or upper end of a one-sided 99.9% interval of the mean): each fails with
 * probability at most 0.1% when the pattern holds at the stated strength in expectation, so the
 * test fails falsely with probability at most 0.6%. (Observed, seed 2008: binary top 20% 0.965,
 * top 1% 0.39, early / peak per head about 28 (697 / 24.8); unilevel top 1% 0.13, earliest 10%
 * 0.24, early / peak about 3.7 (186 / 50.6).)
 */
class LegaraContrastTest {

    private static final int REPLICATIONS = 20;
    /** One-sided 99.9% quantile of Student's t with 19 degrees of freedom. */
    private static final double T = new TDistribution(null, REPLICATIONS - 1, 1e-13).inverseCumulativeProbability(0.999);
    private static final Path SCENARIO = Path.of("src/test/resources/scenarios/legara-contrast.yaml");
    /** Index of population share 0.8 in {@link ParticipantStats#LORENZ_X}. */
    private static final int LORENZ_80 = 160;

    private static double lowerBound(double[] x) {
        return Sample.lowerBound(x, T);
    }

    private static double upperBound(double[] x) {
        return Sample.upperBound(x, T);
    }

    private static double meanGross(Cohorts c, int from, int to) {
        return LegaraPatternTest.meanGross(c, from, to);
    }

    /**
     * Per replication: the top 20%'s and the top 1%'s shares of commissions, the earliest-joined
     * 10%'s share, and per-head gross of months 1-6 minus k times that of months 27-32.
     */
    private static double[][] run(String planType, double k) {
        Scenario s = ScenarioReader.read(SCENARIO, List.of("plan.type=" + planType));
        assertTrue(s.replications() == REPLICATIONS, "replications");
        ReplicationResult[] reps = Simulation.replications(s, new RunOptions(2));
        double[][] out = new double[4][REPLICATIONS];
        for (int r = 0; r < REPLICATIONS; r++) {
            out[0][r] = 1 - reps[r].mlm().lorenz()[LORENZ_80];
            out[1][r] = reps[r].mlm().get(Metrics.SHARE_TOP_1);
            out[2][r] = reps[r].mlm().get(Metrics.SHARE_EARLIEST_10);
            Cohorts c = reps[r].mlm().cohorts();
            out[3][r] = meanGross(c, 1, 6) - k * meanGross(c, 27, 32);
            assertTrue(reps[r].mlm().get(Metrics.PARTICIPANTS) > 10_000, "the market was not worked through");
        }
        return out;
    }

    @Test
    void binaryIsParetoAndFavoursEarlyJoiners() {
        assertTrue(ParticipantStats.LORENZ_X[LORENZ_80] == 0.8);
        double[][] b = run("binary", 15);
        assertTrue(lowerBound(b[0]) > 0.8, "binary: the top 20% take over 80% of commissions; lower bound "
                + lowerBound(b[0]));
        assertTrue(lowerBound(b[1]) > 0.3, "binary: the top 1% take over 30%; lower bound " + lowerBound(b[1]));
        assertTrue(lowerBound(b[3]) > 0, "binary: months 1-6 earn over 15 times as much per head as the peak; "
                + "lower bound of early - 15 x peak: " + lowerBound(b[3]));
    }

    @Test
    void unilevelIsNotParetoAndHardlyFavoursEarlyJoiners() {
        double[][] u = run("unilevel", 6);
        assertTrue(upperBound(u[1]) < 0.2, "unilevel: the top 1% take under 20%; upper bound " + upperBound(u[1]));
        assertTrue(upperBound(u[2]) < 0.3, "unilevel: the earliest 10% take under 30%; upper bound "
                + upperBound(u[2]));
        assertTrue(upperBound(u[3]) < 0, "unilevel: months 1-6 earn under 6 times as much per head as the peak; "
                + "upper bound of early - 6 x peak: " + upperBound(u[3]));
    }
}
