package org.downline.rng;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.random.RandomGenerator;
import org.apache.commons.math3.distribution.ExponentialDistribution;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;
import org.junit.jupiter.api.Test;

class ExponentialTest {

    /**
     * Kolmogorov–Smirnov against Exponential(1) on 10^6 draws (p > 0.001: fails with probability
     * 0.1% for a random seed), plus the tail beyond the ziggurat's base (x > 7.7, probability
     * e^-7.7) counted against its expectation at 5 standard deviations, and the sample median
     * against ln 2 at 5 standard errors, 1/(2 f(ln 2) √n) = 1/√n with the density f(ln 2) = 1/2
     * (false failure about 6e-7 each).
     */
    @Test
    void isExponential() {
        RandomGenerator rng = RandomStreams.fromSeed(44);
        int n = 1_000_000;
        double[] x = new double[n];
        long tail = 0;
        for (int i = 0; i < n; i++) {
            x[i] = Exponential.next(rng);
            assertTrue(x[i] >= 0);
            tail += x[i] > 7.69711747013104972 ? 1 : 0;
        }
        double p = new KolmogorovSmirnovTest().kolmogorovSmirnovTest(new ExponentialDistribution(null, 1), x, false);
        assertTrue(p > 0.001, "KS p-value " + p);
        double expected = n * Math.exp(-7.69711747013104972);
        assertTrue(Math.abs(tail - expected) < 5 * Math.sqrt(expected), "tail " + tail + " vs " + expected);
        Arrays.sort(x);
        double seMedian = 1 / (2 * 0.5 * Math.sqrt(n));
        assertTrue(Math.abs(x[n / 2] - Math.log(2)) < 5 * seMedian, "median " + x[n / 2] + ", SE " + seMedian);
    }
}
