package org.downline.rng;

import java.util.random.RandomGenerator;
import org.apache.commons.math3.special.Gamma;

/**
 * Poisson variates with a mean fixed at construction.
 *
 * <p>Means below 10 use inversion by sequential search with e^{−mean} computed once (one uniform,
 * about 1 + mean comparisons: the per-member retail draw). Larger means use Hörmann's PTRS,
 * transformed rejection with squeeze ("The transformed rejection method for generating Poisson
 * random variables", Insurance: Mathematics and Economics 12, 1993).
 */
public abstract sealed class PoissonSampler permits PoissonSampler.Zero, PoissonSampler.Small,
        PoissonSampler.Large {

    private static final double SMALL_MEAN_LIMIT = 10;

    /** The largest mean accepted: far above any count the models use, and exact in a double. */
    public static final double MAX_MEAN = 1e12;

    /*
     * Every kind is initialized (so linked) here, before any sampler exists. HotSpot's class
     * hierarchy analysis ignores subclasses not yet linked: a loop compiled while only Small had
     * been constructed calls Small.sample() directly, and the first Large then invalidated that code
     * (MlmWorld.chargeAndQuit: its first C2 version was thrown away and compiled again).
     */
    static {
        for (Class<?> kind : PoissonSampler.class.getPermittedSubclasses()) {
            try {
                Class.forName(kind.getName(), true, kind.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new ExceptionInInitializerError(e);
            }
        }
    }

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
     * Inversion against a table of the CDF, built once with the recurrence p_k = p_{k−1}·mean/k: a
     * draw is one uniform and, for small means, usually one comparison, with no division. The table
     * stops where further terms no longer change the CDF in double precision.
     */
    static final class Small extends PoissonSampler {
        private final RandomGenerator rng;
        private final double[] cdf;
        private final double c0;
        private final double c1;
        private final double c2;

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
            // Padding with 1 (never below a uniform in [0, 1)) keeps the first three comparisons
            // valid for very small means, whose table may be shorter.
            this.c0 = cdf[0];
            this.c1 = cdf.length > 1 ? cdf[1] : 1.0;
            this.c2 = cdf.length > 2 ? cdf[2] : 1.0;
        }

        @Override
        public long sample() {
            final double u = rng.nextDouble();
            // The first three comparisons without branches: with a mean below one, whether a member
            // has a customer is a coin flip that a branch predictor cannot learn.
            int k = (u > c0 ? 1 : 0) + (u > c1 ? 1 : 0) + (u > c2 ? 1 : 0);
            if (k == 3) {
                final double[] cdf = this.cdf;
                while (k < cdf.length && u > cdf[k]) {
                    k++;
                }
            }
            // k == cdf.length only for u above the last tabulated value: the whole tail beyond the
            // table, of probability below 1e-16, is lumped into its first value.
            return k;
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
