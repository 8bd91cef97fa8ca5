package org.downline.testing;

import org.apache.commons.math3.stat.StatUtils;

/** A sample of replications' values, for the statistical tests' t-intervals. */
public final class Sample {

    private Sample() {
    }

    /** Standard error of the mean of {@code x} (sample variance, n − 1). */
    public static double standardError(double[] x) {
        return Math.sqrt(StatUtils.variance(x) / x.length);
    }

    /** Lower end of the interval mean − t·SE. */
    public static double lowerBound(double[] x, double t) {
        return StatUtils.mean(x) - t * standardError(x);
    }

    /** Upper end of the interval mean + t·SE. */
    public static double upperBound(double[] x, double t) {
        return StatUtils.mean(x) + t * standardError(x);
    }
}
