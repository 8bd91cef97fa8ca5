package org.downline.rng;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.random.RandomGenerator;
import org.apache.commons.math3.distribution.PoissonDistribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PoissonSamplerTest {

    /** Chi-square against the pmf; fails with probability 0.1% for a random seed. */
    @ParameterizedTest
    @ValueSource(doubles = {1e-6, 0.05, 0.5, 1, 3.7, 9.99, 10, 25, 1000, 1e7})
    void samplerMatchesThePmf(double mean) {
        RandomGenerator rng = RandomStreams.fromSeed(7);
        PoissonSampler s = PoissonSampler.of(rng, mean);
        check(mean, s::sample);
    }

    static void check(double mean, java.util.function.LongSupplier draw) {
        PoissonDistribution d = new PoissonDistribution(null, mean, PoissonDistribution.DEFAULT_EPSILON,
                PoissonDistribution.DEFAULT_MAX_ITERATIONS);
        long[] x = new long[200_000];
        for (int i = 0; i < x.length; i++) {
            x[i] = draw.getAsLong();
            assertTrue(x[i] >= 0);
        }
        double sd = Math.sqrt(mean);
        long lo = Math.max(0, (long) Math.floor(mean - 6 * sd));
        long hi = (long) Math.ceil(mean + 6 * sd + 3);
        double p = GoodnessOfFit.pValue(x, k -> d.probability((int) k), lo, hi);
        assertTrue(p > 0.001, "chi-square p-value " + p + " for mean " + mean);
    }

    @Test
    void zeroMeanIsAlwaysZero() {
        PoissonSampler s = PoissonSampler.of(RandomStreams.fromSeed(1), 0);
        for (int i = 0; i < 100; i++) {
            assertEquals(0, s.sample());
        }
    }

    @Test
    void rejectsBadMeans() {
        RandomGenerator rng = RandomStreams.fromSeed(1);
        assertThrows(IllegalArgumentException.class, () -> PoissonSampler.of(rng, Math.nextDown(0.0)));
        assertThrows(IllegalArgumentException.class, () -> PoissonSampler.of(rng, Math.nextUp(PoissonSampler.MAX_MEAN)));
        assertThrows(IllegalArgumentException.class, () -> PoissonSampler.of(rng, Double.NaN));
    }
}
