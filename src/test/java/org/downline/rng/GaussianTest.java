package org.downline.rng;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class GaussianTest {

    /**
     * Mean, variance and the two-sided 2σ tail of 10^6 draws, each checked at 5 standard errors
     * (false failure about 6e-7 each).
     */
    @Test
    void isStandardNormal() {
        RandomGenerator rng = RandomStreams.fromSeed(17);
        int n = 1_000_000;
        double sum = 0;
        double sumSq = 0;
        long tail = 0;
        for (int i = 0; i < n; i++) {
            double z = Gaussian.next(rng);
            sum += z;
            sumSq += z * z;
            if (Math.abs(z) > 2) {
                tail++;
            }
        }
        double mean = sum / n;
        double var = sumSq / n - mean * mean;
        assertTrue(Math.abs(mean) < 5 / Math.sqrt(n), "mean " + mean);
        // Var of the sample variance of N(0,1) is 2/n
        assertTrue(Math.abs(var - 1) < 5 * Math.sqrt(2.0 / n), "variance " + var);
        double p = 0.04550026389635842;                       // P(|Z| > 2)
        assertTrue(Math.abs(tail - n * p) < 5 * Math.sqrt(n * p * (1 - p)), "tail " + tail);
    }
}
