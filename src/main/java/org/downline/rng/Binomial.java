package org.downline.rng;

import java.util.random.RandomGenerator;
import org.apache.commons.math3.special.Gamma;

/**
 * Exact binomial variates for any {@code n} up to {@link Long#MAX_VALUE}.
 *
 * <p>Small means (n·min(p,1−p) &lt; 10) use inversion by sequential search from 0, which costs
 * O(n·p) uniform comparisons but one uniform. Larger means use Hörmann's BTRS, transformed
 * rejection with squeeze (W. Hörmann, "The generation of binomial random variates", J. Statist.
 * Comput. Simul. 46, 1993), whose expected number of iterations is below 1.2 for every n·p ≥ 10.
 * Called a few times a month, never per member.
 */
public final class Binomial {

    private static final double INVERSION_LIMIT = 10.0;

    private Binomial() {
    }

    /**
     * A Binomial(n, p) variate.
     *
     * @throws IllegalArgumentException if {@code n < 0} or {@code p} is outside [0, 1]
     */
    public static long sample(RandomGenerator rng, long n, double p) {
        if (n < 0) {
            throw new IllegalArgumentException("Number of trials (n) must be >= 0: " + n);
        }
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("Probability of success (p) must be in [0, 1]: " + p);
        }
        if (n == 0 || p == 0) {
            return 0;
        }
        if (p == 1) {
            return n;
        }
        if (p > 0.5) {
            return n - sampleLowerHalf(rng, n, 1 - p);
        }
        return sampleLowerHalf(rng, n, p);
    }

    private static long sampleLowerHalf(RandomGenerator rng, long n, double p) {
        return n * p < INVERSION_LIMIT ? inversion(rng, n, p) : btrs(rng, n, p);
    }

    /** Sequential search of the CDF; restarts in the (never observed) case of round-off exhaustion. */
    private static long inversion(RandomGenerator rng, long n, double p) {
        final double q = 1 - p;
        final double s = p / q;
        final double a = (n + 1) * s;
        final double r0 = StrictMath.exp(n * StrictMath.log1p(-p));   // P(X = 0) = q^n
        while (true) {
            double u = rng.nextDouble();
            double r = r0;
            long x = 0;
            while (u > r) {
                u -= r;
                x++;
                if (x > n) {
                    break;
                }
                r *= a / x - s;               // P(x)/P(x-1) = (n-x+1)/x · p/q
                if (r <= 0) {
                    break;
                }
            }
            if (x <= n && u <= r) {
                return x;
            }
        }
    }

    /** BTRS for p ≤ 1/2 and n·p ≥ 10. Variable names follow Hörmann's paper. */
    private static long btrs(RandomGenerator rng, long n, double p) {
        final double q = 1 - p;
        final double spq = StrictMath.sqrt(n * p * q);
        final double b = 1.15 + 2.53 * spq;
        final double a = -0.0873 + 0.0248 * b + 0.01 * p;
        final double c = n * p + 0.5;
        final double vr = 0.92 - 4.2 / b;
        final double alpha = (2.83 + 5.1 / b) * spq;
        final double lpq = StrictMath.log(p / q);
        final double m = Math.floor((n + 1) * p);
        final double h = Gamma.logGamma(m + 1) + Gamma.logGamma(n - m + 1);
        while (true) {
            double u = rng.nextDouble() - 0.5;
            double v = rng.nextDouble();
            double us = 0.5 - Math.abs(u);
            double k = Math.floor((2 * a / us + b) * u + c);
            if (k < 0 || k > n) {
                continue;
            }
            if (us >= 0.07 && v <= vr) {
                return (long) k;
            }
            v = StrictMath.log(v * alpha / (a / (us * us) + b));
            if (v <= h - Gamma.logGamma(k + 1) - Gamma.logGamma(n - k + 1) + (k - m) * lpq) {
                return (long) k;
            }
        }
    }
}
