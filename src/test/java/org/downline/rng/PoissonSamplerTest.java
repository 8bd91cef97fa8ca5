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

    /**
     * A small-mean draw takes half a random long, the next draw the other half: consecutive pairs,
     * each clamped to 0..3 ("3 or more"), against the product of the marginals. Chi-square; fails
     * with probability 0.1% for a random seed.
     */
    @ParameterizedTest
    @ValueSource(doubles = {0.5, 2.5})
    void consecutiveSmallMeanDrawsAreIndependent(double mean) {
        PoissonDistribution d = new PoissonDistribution(null, mean, PoissonDistribution.DEFAULT_EPSILON,
                PoissonDistribution.DEFAULT_MAX_ITERATIONS);
        double[] marginal = new double[4];
        for (int k = 0; k < 3; k++) {
            marginal[k] = d.probability(k);
        }
        marginal[3] = 1 - marginal[0] - marginal[1] - marginal[2];
        PoissonSampler s = PoissonSampler.of(RandomStreams.fromSeed(11), mean);
        long[] pairs = new long[200_000];
        for (int i = 0; i < pairs.length; i++) {
            long a = Math.min(3, s.sample());
            long b = Math.min(3, s.sample());
            pairs[i] = 4 * a + b;
        }
        double p = GoodnessOfFit.pValue(pairs, x -> marginal[(int) x / 4] * marginal[(int) x % 4], 0, 15);
        assertTrue(p > 0.001, "chi-square p-value " + p + " for pairs at mean " + mean);
    }

    /**
     * When the 32 bits of a small-mean draw equal ⌊F(0)·2^32⌋, the bits below (a fresh uniform)
     * decide: the draw is 0 exactly when the uniform those 32 + 53 bits make is at most F(0), as
     * inversion of a uniform of that precision gives; the other half of the long serves the next
     * draw.
     */
    @Test
    void smallMeanTiesAreResolvedByTheBitsBelow() {
        double mean = 0.5;
        double cdf0 = StrictMath.exp(-mean);
        long floor0 = (long) Math.floor(cdf0 * 0x1p32);
        double frac = cdf0 * 0x1p32 - floor0;
        assertTrue(frac > 0 && frac < 1);
        assertEquals(0, PoissonSampler.of(new Scripted(floor0 << 32, frac), mean).sample());
        assertEquals(1, PoissonSampler.of(new Scripted(floor0 << 32, Math.nextUp(frac)), mean).sample());
        // low halves: 0 is below F(0); 2^32 - 1 is above F(2) = P(X <= 2) = 0.986
        PoissonSampler low = PoissonSampler.of(new Scripted(0xFFFFFFFFL, 0), mean);
        assertEquals(0, low.sample());
        assertTrue(low.sample() > 2);
    }

    /** A generator that returns one given long and one given double. */
    private static final class Scripted implements RandomGenerator {
        private final long bits;
        private final double uniform;

        Scripted(long bits, double uniform) {
            this.bits = bits;
            this.uniform = uniform;
        }

        @Override
        public long nextLong() {
            return bits;
        }

        @Override
        public double nextDouble() {
            return uniform;
        }
    }
}
