package org.downline.rng;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The moment checks the standard normal generators' tests share. */
final class NormalMoments {

    private NormalMoments() {
    }

    /**
     * The mean and variance of {@code z} are N(0, 1)'s, each within 5 standard errors (false
     * failure about 6e-7 each).
     */
    static void assertStandard(double[] z) {
        int n = z.length;
        double sum = 0;
        double sumSq = 0;
        for (double x : z) {
            sum += x;
            sumSq += x * x;
        }
        double mean = sum / n;
        double var = sumSq / n - mean * mean;
        assertTrue(Math.abs(mean) < 5 / Math.sqrt(n), "mean " + mean);
        // Var of the sample variance of N(0,1) is 2/n
        assertTrue(Math.abs(var - 1) < 5 * Math.sqrt(2.0 / n), "variance " + var);
    }
}
