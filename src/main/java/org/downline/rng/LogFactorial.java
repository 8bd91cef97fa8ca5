package org.downline.rng;

import org.apache.commons.math3.special.Gamma;

/** ln(k!), tabulated for small k and from ln Γ(k + 1) beyond. */
final class LogFactorial {

    private static final int TABLE = 1024;
    private static final double[] LOG_FACTORIAL = new double[TABLE];

    static {
        for (int k = 1; k < TABLE; k++) {
            LOG_FACTORIAL[k] = LOG_FACTORIAL[k - 1] + StrictMath.log(k);
        }
    }

    private LogFactorial() {
    }

    static double of(long k) {
        if (k < 0) {
            throw new IllegalArgumentException("k must be >= 0: " + k);
        }
        return k < TABLE ? LOG_FACTORIAL[(int) k] : Gamma.logGamma(k + 1.0);
    }
}
