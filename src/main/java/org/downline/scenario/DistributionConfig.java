package org.downline.scenario;

import java.util.random.RandomGenerator;
import org.downline.rng.ContinuousSampler;

/**
 * A positive quantity that varies between people (recruiting effort, posts per month). The keys'
 * defaults here are those of the schema; each {@link Group} using it has defaults of its own.
 *
 * @param distribution the shape
 * @param median       the typical value, in the quantity's unit; (0, 1e6]
 * @param sigma        lognormal log-scale standard deviation; [0, 10]
 * @param alpha        Pareto shape; (0, 100], and above 1 when the distribution is pareto (the one
 *                     rule for every quantity drawn from one: at 1 or below there is no mean)
 */
public record DistributionConfig(DistributionKind distribution, double median, double sigma,
                                 double alpha) {

    public static final Key<DistributionKind> DISTRIBUTION = Key.choice("distribution", DistributionKind.class,
            DistributionKind.LOGNORMAL, "the shape: constant (everybody the median), lognormal or pareto");
    public static final Key<Double> MEDIAN = Key.number("median", 1.0, Range.above(0, 1e6),
            "the typical value, in the quantity's unit");
    public static final Key<Double> SIGMA = Key.number("sigma", 1.0, Range.closed(0, 10),
            "lognormal: log-scale standard deviation");
    public static final Key<Double> ALPHA = Key.number("alpha", 1.5, Range.above(0, 100),
            "pareto: shape, above 1 (at 1 or below there is no mean); smaller is more unequal");

    public static final Schema<DistributionConfig> SCHEMA = Schema.<DistributionConfig>builder()
            .bind(DISTRIBUTION, DistributionConfig::distribution)
            .bind(MEDIAN, DistributionConfig::median)
            .bind(SIGMA, DistributionConfig::sigma)
            .bind(ALPHA, DistributionConfig::alpha)
            .build(v -> new DistributionConfig(v.get(DISTRIBUTION), v.get(MEDIAN), v.get(SIGMA), v.get(ALPHA)));

    public DistributionConfig {
        new Checks()
                .check(DISTRIBUTION, distribution)
                .check(MEDIAN, median)
                .check(SIGMA, sigma)
                .check(ALPHA, alpha)
                .require(distribution != DistributionKind.PARETO || !(alpha <= 1), ALPHA.name(),
                        "must be above 1 with distribution pareto (a Pareto with alpha <= 1 has no mean), was "
                                + Checks.show(alpha))
                .throwIfAny();
    }

    public static DistributionConfig lognormal(double median, double sigma) {
        return new DistributionConfig(DistributionKind.LOGNORMAL, median, sigma, ALPHA.defaultValue());
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
