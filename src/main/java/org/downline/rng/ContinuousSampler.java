package org.downline.rng;

import java.util.random.RandomGenerator;

/**
 * Positive continuous variates parameterised by their median, the natural "typical member" scale.
 * Factories validate once; sampling never checks.
 */
public sealed interface ContinuousSampler permits ContinuousSampler.Constant,
        ContinuousSampler.Lognormal, ContinuousSampler.Pareto {

    /** Draws the next variate. */
    double sample();

    /**
     * Draws the next variate's natural logarithm (−∞ for a draw of 0): ln of {@link #sample()},
     * except that a lognormal returns ln(median) + σZ without computing the exponential, so a
     * product of lognormal draws can be taken as a sum of their logs.
     */
    default double logSample() {
        return StrictMath.log(sample());
    }

    /** The (finite) mean of the distribution, or +∞ where it has none. */
    double mean();

    /** Always {@code value}. */
    static ContinuousSampler constant(double value) {
        if (!(value >= 0 && value < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("Constant must be finite and >= 0: " + value);
        }
        return new Constant(value);
    }

    /** median · e^{σZ}, Z standard normal. */
    static ContinuousSampler lognormal(RandomGenerator rng, double median, double sigma) {
        if (!(median > 0 && median < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("Median must be finite and > 0: " + median);
        }
        if (!(sigma >= 0 && sigma <= 10)) {
            throw new IllegalArgumentException("Sigma must be in [0, 10]: " + sigma);
        }
        return sigma == 0 ? new Constant(median) : new Lognormal(rng, median, sigma);
    }

    /**
     * Pareto (type I) with shape α and the scale x_m = median · 2^{−1/α} that puts the median where
     * asked: x_m · U^{−1/α}.
     */
    static ContinuousSampler pareto(RandomGenerator rng, double median, double alpha) {
        if (!(median > 0 && median < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("Median must be finite and > 0: " + median);
        }
        if (!(alpha > 0 && alpha <= 100)) {
            throw new IllegalArgumentException("Shape (alpha) must be in (0, 100]: " + alpha);
        }
        return new Pareto(rng, median * StrictMath.pow(2, -1 / alpha), alpha);
    }

    /** A point mass. */
    record Constant(double value) implements ContinuousSampler {
        @Override
        public double sample() {
            return value;
        }

        @Override
        public double mean() {
            return value;
        }
    }

    /** Lognormal by median and log-scale σ; the normal deviates come from {@link NormalZiggurat}. */
    final class Lognormal implements ContinuousSampler {
        private final RandomGenerator rng;
        private final double median;
        private final double logMedian;
        private final double sigma;

        private Lognormal(RandomGenerator rng, double median, double sigma) {
            this.rng = rng;
            this.median = median;
            this.logMedian = StrictMath.log(median);
            this.sigma = sigma;
        }

        @Override
        public double sample() {
            return median * TableExp.exp(sigma * NormalZiggurat.next(rng));
        }

        @Override
        public double logSample() {
            return logMedian + sigma * NormalZiggurat.next(rng);
        }

        @Override
        public double mean() {
            return median * StrictMath.exp(sigma * sigma / 2);
        }
    }

    /** Pareto type I by scale and shape. */
    final class Pareto implements ContinuousSampler {
        private final RandomGenerator rng;
        private final double scale;
        private final double alpha;

        private Pareto(RandomGenerator rng, double scale, double alpha) {
            this.rng = rng;
            this.scale = scale;
            this.alpha = alpha;
        }

        @Override
        public double sample() {
            // 1 − U is in (0, 1], so the power is finite.
            return scale * StrictMath.pow(1 - rng.nextDouble(), -1 / alpha);
        }

        @Override
        public double mean() {
            return alpha > 1 ? scale * alpha / (alpha - 1) : Double.POSITIVE_INFINITY;
        }
    }
}
