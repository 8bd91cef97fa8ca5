package org.downline.rng;

import java.util.random.RandomGenerator;
import org.apache.commons.math3.special.Gamma;

/**
 * Poisson variates with a mean fixed at construction.
 *
 * <p>Means below 10 use inversion against a table of the CDF computed once (32 random bits, about
 * 1 + mean comparisons: the per-member retail draw). Larger means use Hörmann's PTRS,
 * transformed rejection with squeeze ("The transformed rejection method for generating Poisson
 * random variables", Insurance: Mathematics and Economics 12, 1993).
 */
public abstract sealed class PoissonSampler permits PoissonSampler.Zero, PoissonSampler.Small,
        PoissonSampler.Large {

    private static final double SMALL_MEAN_LIMIT = 10;

    /** The largest mean accepted: far above any count the models use, and exact in a double. */
    public static final double MAX_MEAN = 1e12;

    /** Draws the next variate. */
    public abstract long sample();

    /**
     * A sampler of Poisson(mean) variates from {@code rng}.
     *
     * @throws IllegalArgumentException if mean is not in [0, {@value #MAX_MEAN}]
     */
    public static PoissonSampler of(RandomGenerator rng, double mean) {
        if (!(mean >= 0 && mean <= MAX_MEAN)) {
            throw new IllegalArgumentException("Mean must be in [0, " + MAX_MEAN + "]: " + mean);
        }
        if (mean == 0) {
            return Zero.INSTANCE;
        }
        return mean < SMALL_MEAN_LIMIT ? new Small(rng, mean) : new Large(rng, mean);
    }

    static final class Zero extends PoissonSampler {
        static final Zero INSTANCE = new Zero();

        @Override
        public long sample() {
            return 0;
        }
    }

    /**
     * Inversion against a table of the CDF, built once with the recurrence p_k = p_{k−1}·mean/k. The
     * table stops where further terms no longer change the CDF in double precision.
     *
     * <p>A draw takes 32 random bits, half a random long (the other half serves the next draw), and
     * counts the CDF values at or below them: each CDF value F is held as ⌊F·2^32⌋, so the count is
     * exact unless the 32 bits equal the first of those not below them (probability 2^−32 a draw);
     * then a fresh uniform supplies the bits below, and the draw is the inversion of the 32 bits
     * followed by those 53: as exact as inversion of a double. For small means a draw is usually
     * three comparisons of integers, without branches and without a division. (Halving the random
     * longs drawn makes a draw about a fifth faster; quarters gained nothing more.)
     */
    static final class Small extends PoissonSampler {
        private static final int BITS = 32;
        private static final double SCALE = 0x1p32;
        private static final long MASK = (1L << BITS) - 1;
        private final RandomGenerator rng;
        /** ⌊cdf[k]·2^32⌋, nondecreasing (2^32 where the CDF is 1). */
        private final long[] floors;
        private final double[] cdf;
        private final long f0;
        private final long f1;
        private final long f2;
        /** The unused half of the last random long, when {@link #spare} is set. */
        private long unused;
        private boolean spare;

        Small(RandomGenerator rng, double mean) {
            this.rng = rng;
            double[] table = new double[64];
            double pk = StrictMath.exp(-mean);
            double c = pk;
            int k = 0;
            table[0] = c;
            while (c < 1 && k < 1000) {
                k++;
                pk *= mean / k;
                double next = c + pk;
                if (next == c) {
                    break;                         // the terms no longer move the sum
                }
                c = next;
                if (k == table.length) {
                    table = java.util.Arrays.copyOf(table, 2 * k);
                }
                table[k] = c;
            }
            this.cdf = java.util.Arrays.copyOf(table, k + 1);
            this.floors = new long[cdf.length];
            for (int j = 0; j < cdf.length; j++) {
                floors[j] = (long) Math.floor(Math.min(cdf[j], 1.0) * SCALE);   // exact: a power-of-two scaling
            }
            // Padding with 2^32 (above any 32 bits) keeps the first three comparisons valid for very
            // small means, whose table may be shorter.
            this.f0 = floors[0];
            this.f1 = floors.length > 1 ? floors[1] : 1L << BITS;
            this.f2 = floors.length > 2 ? floors[2] : 1L << BITS;
        }

        @Override
        public long sample() {
            final long u;
            if (spare) {
                u = unused;
                spare = false;
            } else {
                final long bits = rng.nextLong();
                u = bits >>> BITS;
                unused = bits & MASK;
                spare = true;
            }
            // The first three comparisons without branches: with a mean below one, whether a member
            // has a customer is a coin flip that a branch predictor cannot learn.
            int k = (u > f0 ? 1 : 0) + (u > f1 ? 1 : 0) + (u > f2 ? 1 : 0);
            final long[] f = floors;
            if (k == 3) {
                while (k < f.length && u > f[k]) {
                    k++;
                }
            }
            // u is above every floor counted and at most floors[k]; when it equals floors[k] the
            // bits below decide whether the uniform is above cdf[k] (then, and past any equal
            // floors, k grows as the double inversion would).
            if (k < f.length && u == f[k]) {
                return resolve(u, k);
            }
            // k == cdf.length only for u above the last tabulated value: the whole tail beyond the
            // table, of probability below 1e-16, is lumped into its first value.
            return k;
        }

        /** The draw when the 32 bits u equal floors[k]: inversion of u followed by 53 more bits. */
        private long resolve(long u, int k) {
            final double below = rng.nextDouble();
            final double[] c = cdf;
            final long[] f = floors;
            int j = k;
            while (j < f.length && u == f[j] && below > c[j] * SCALE - u) {
                j++;
            }
            return j;
        }
    }

    static final class Large extends PoissonSampler {
        private final RandomGenerator rng;
        private final double mean;

        Large(RandomGenerator rng, double mean) {
            this.rng = rng;
            this.mean = mean;
        }

        @Override
        public long sample() {
            return draw(rng, mean);
        }

        /**
         * PTRS; names follow Hörmann's paper. The squeeze accepts most candidates with a square root
         * and a few multiplications; logarithms are computed only for the candidates it cannot
         * decide.
         */
        static long draw(RandomGenerator rng, double lambda) {
            final double slam = StrictMath.sqrt(lambda);
            final double b = 0.931 + 2.53 * slam;
            final double a = -0.059 + 0.02483 * b;
            final double vr = 0.9277 - 3.6224 / (b - 2);
            double loglam = Double.NaN;
            while (true) {
                double u = rng.nextDouble() - 0.5;
                double v = rng.nextDouble();
                double us = 0.5 - Math.abs(u);
                double k = Math.floor((2 * a / us + b) * u + lambda + 0.43);
                if (us >= 0.07 && v <= vr) {
                    return (long) k;
                }
                if (k < 0 || (us < 0.013 && v > us)) {
                    continue;
                }
                if (loglam != loglam) {
                    loglam = StrictMath.log(lambda);
                }
                final double invalpha = 1.1239 + 1.1328 / (b - 3.4);
                if (StrictMath.log(v) + StrictMath.log(invalpha) - StrictMath.log(a / (us * us) + b)
                        <= -lambda + k * loglam - LogFactorial.of((long) k)) {
                    return (long) k;
                }
            }
        }
    }
}
