package org.downline.scenario;

import java.util.random.RandomGenerator;
import org.downline.rng.ContinuousSampler;

/**
 * A positive quantity that varies between people (recruiting effort, posts per month).
 *
 * @param distribution the shape
 * @param median       the typical value, in the quantity's unit; (0, 1e6]
 * @param sigma        lognormal log-scale standard deviation; [0, 10]
 * @param alpha        Pareto shape; (0, 100]; smaller is more unequal, and no mean below 1
 */
public record DistributionConfig(DistributionKind distribution, double median, double sigma,
                                 double alpha) {

    public DistributionConfig {
        new Checks()
                .require(distribution != null, "distribution",
                        "must be one of " + Wire.choices(DistributionKind.class) + ", was missing")
                .positive("median", median, 1e6)
                .inRange("sigma", sigma, 0, 10)
                .positive("alpha", alpha, 100)
                .throwIfAny();
    }

    public static DistributionConfig lognormal(double median, double sigma) {
        return new DistributionConfig(DistributionKind.LOGNORMAL, median, sigma, 1.5);
    }

    /** The mean of the distribution, +∞ for a Pareto with alpha ≤ 1. */
    public double mean() {
        return sampler(null).mean();
    }

    /** A sampler of this distribution drawing from {@code rng}. */
    public ContinuousSampler sampler(RandomGenerator rng) {
        return switch (distribution) {
            case CONSTANT -> ContinuousSampler.constant(median);
            case LOGNORMAL -> ContinuousSampler.lognormal(rng, median, sigma);
            case PARETO -> ContinuousSampler.pareto(rng, median, alpha);
        };
    }
}
