package org.downline.rng;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.random.RandomGenerator;
import org.apache.commons.math3.distribution.PoissonDistribution;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Counts for a cycling sequence of means that exercises every path: the walk alone (up to 1), the
 * alias tables plus a walked remainder (on and off the grid, near the ends of [1, 64)), and PTRS.
 */
class PoissonProcessTest {

    private static final double[] MEANS = {0.03, 0.4, 1, 1.5, 3.3, 7.99, 8, 17.7, 63.9, 64, 250};
    private static final int CYCLES = 100_000;
    private static long[][] counts;

    @BeforeAll
    static void draw() {
        PoissonProcess process = new PoissonProcess(RandomStreams.fromSeed(11));
        counts = new long[MEANS.length][CYCLES];
        for (int c = 0; c < CYCLES; c++) {
            for (int i = 0; i < MEANS.length; i++) {
                counts[i][c] = process.count(MEANS[i]);
            }
        }
    }

    /** Chi-square against the pmf for each mean; each fails with probability 0.1% for a random seed. */
    @Test
    void eachCountMatchesThePmf() {
        for (int i = 0; i < MEANS.length; i++) {
            double mean = MEANS[i];
            PoissonDistribution d = new PoissonDistribution(null, mean, PoissonDistribution.DEFAULT_EPSILON,
                    PoissonDistribution.DEFAULT_MAX_ITERATIONS);
            double sd = Math.sqrt(mean);
            long lo = Math.max(0, (long) Math.floor(mean - 6 * sd));
            long hi = (long) Math.ceil(mean + 6 * sd + 3);
            double p = GoodnessOfFit.pValue(counts[i], k -> d.probability((int) k), lo, hi);
            assertTrue(p > 0.001, "chi-square p-value " + p + " for mean " + mean);
        }
    }

    /**
     * One mean over and over, on and off the grid, with remainders near 0 and near the grid
     * spacing, at both ends of the tables' range and beyond: chi-square against the pmf.
     */
    @ParameterizedTest
    @ValueSource(doubles = {0.5, 1, 1.03, 1.999, 2, 9.99, 10, 17.3, 33.9, 63.99, 64, 300})
    void repeatedMeanMatchesThePmf(double mean) {
        PoissonProcess process = new PoissonProcess(RandomStreams.fromSeed(8));
        PoissonSamplerTest.check(mean, () -> process.count(mean));
    }

    /**
     * Successive stretches are independent: the correlation of neighbouring counts has standard
     * error 1/√n under independence, and each pair is checked at 4.5 of them (false failure 6.8e-6
     * each, 7e-5 for the ten pairs); a walk that lost or double-counted the arrival straddling a
     * boundary would correlate them.
     */
    @Test
    void neighbouringCountsAreUncorrelated() {
        double bound = 4.5 / Math.sqrt(CYCLES);
        for (int i = 0; i + 1 < MEANS.length; i++) {
            double r = correlation(counts[i], counts[i + 1]);
            assertTrue(Math.abs(r) < bound, "correlation " + r + " between means " + MEANS[i] + " and " + MEANS[i + 1]);
        }
    }

    /**
     * The counts of a whole cycle sum to a Poisson(Λ) variable, Λ the sum of the means: its sample
     * variance is Λ within 4.5 standard errors, √((Λ + 2Λ²)/n), and so is its mean, √(Λ/n) (false
     * failure 6.8e-6 each).
     */
    @Test
    void cycleTotalsHaveThePoissonVariance() {
        double lambda = 0;
        for (double m : MEANS) {
            lambda += m;
        }
        double sum = 0;
        double sumSq = 0;
        for (int c = 0; c < CYCLES; c++) {
            double total = 0;
            for (int i = 0; i < MEANS.length; i++) {
                total += counts[i][c];
            }
            sum += total;
            sumSq += total * total;
        }
        double mean = sum / CYCLES;
        double variance = (sumSq - CYCLES * mean * mean) / (CYCLES - 1);
        double se = Math.sqrt((lambda + 2 * lambda * lambda) / CYCLES);
        assertTrue(Math.abs(variance - lambda) < 4.5 * se, "variance " + variance + " of totals, expected " + lambda);
        assertTrue(Math.abs(mean - lambda) < 4.5 * Math.sqrt(lambda / CYCLES), "mean " + mean + " of totals, expected " + lambda);
    }

    @Test
    void zeroMeanCountsNothing() {
        PoissonProcess process = new PoissonProcess(RandomStreams.fromSeed(3));
        for (int i = 0; i < 10_000; i++) {
            assertEquals(0, process.count(0));
            process.count(0.5);
        }
    }

    @Test
    void sameGeneratorStateSameCounts() {
        PoissonProcess a = new PoissonProcess(RandomStreams.fromSeed(5));
        PoissonProcess b = new PoissonProcess(RandomStreams.fromSeed(5));
        for (int i = 0; i < 10_000; i++) {
            double mean = MEANS[i % MEANS.length];
            assertEquals(a.count(mean), b.count(mean));
        }
    }

    @Test
    void rejectsBadMeans() {
        PoissonProcess process = new PoissonProcess(RandomStreams.fromSeed(1));
        assertThrows(IllegalArgumentException.class, () -> process.count(Math.nextDown(0.0)));
        assertThrows(IllegalArgumentException.class, () -> process.count(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> process.count(Math.nextUp(PoissonSampler.MAX_MEAN)));
        assertThrows(IllegalArgumentException.class, () -> process.count(Double.POSITIVE_INFINITY));
    }

    /**
     * Each grid mean, and the means up to the next, have its index; the grid mean below μ found by
     * clearing mantissa bits is the one the index names, exactly: every grid mean itself, its
     * neighbours one ulp away, and random means in [1, 64).
     */
    @Test
    void floorToGridIsTheIndexedGridMean() {
        RandomGenerator pick = RandomStreams.fromSeed(6);
        for (int j = 0; j < 6 * 32; j++) {
            double g = PoissonTables.gridMean(j);
            assertEquals(j, PoissonTables.index(g));
            assertEquals(j, PoissonTables.index(Math.nextUp(g)));
            if (j > 0) {
                assertEquals(j - 1, PoissonTables.index(Math.nextDown(g)));
            }
            for (double mean : new double[] {g, Math.nextUp(g), j > 0 ? Math.nextDown(g) : g}) {
                assertEquals(PoissonTables.gridMean(PoissonTables.index(mean)), PoissonTables.floorToGrid(mean),
                        "mean " + mean);
            }
        }
        assertEquals(PoissonTables.gridMean(6 * 32 - 1), PoissonTables.floorToGrid(Math.nextDown(PoissonTables.MAX)));
        for (int i = 0; i < 100_000; i++) {
            double mean = 1 + 63 * pick.nextDouble();
            assertEquals(PoissonTables.gridMean(PoissonTables.index(mean)), PoissonTables.floorToGrid(mean),
                    "mean " + mean);
        }
    }

    /**
     * countAll gives the counts count gives, mean by mean, on the same generator state: means in
     * every range (the walk alone, alias table plus walk, PTRS), mixed at random, over several calls
     * (the walk's position carries from one call to the next).
     */
    @Test
    void countAllIsCountMeanByMean() {
        RandomGenerator pick = RandomStreams.fromSeed(4);
        PoissonProcess one = new PoissonProcess(RandomStreams.fromSeed(8));
        PoissonProcess all = new PoissonProcess(RandomStreams.fromSeed(8));
        for (int call = 0; call < 20; call++) {
            double[] means = new double[1000];
            for (int i = 0; i < means.length; i++) {
                means[i] = switch (pick.nextInt(4)) {
                    case 0 -> pick.nextDouble();
                    case 1 -> 1 + 63 * pick.nextDouble();
                    case 2 -> 64 + 1e4 * pick.nextDouble();
                    default -> 0;
                };
            }
            double[] counts = means.clone();
            all.countAll(counts, means.length - call);    // the last `call` means are left alone
            for (int i = 0; i < means.length - call; i++) {
                assertEquals(one.count(means[i]), (long) counts[i], "mean " + means[i]);
            }
            for (int i = means.length - call; i < means.length; i++) {
                assertEquals(means[i], counts[i]);
            }
        }
        double[] bad = {1, Double.NaN};
        assertThrows(IllegalArgumentException.class, () -> all.countAll(bad, 2));
    }

    private static double correlation(long[] x, long[] y) {
        double mx = 0;
        double my = 0;
        for (int i = 0; i < x.length; i++) {
            mx += x[i];
            my += y[i];
        }
        mx /= x.length;
        my /= y.length;
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxy / Math.sqrt(sxx * syy);
    }
}
