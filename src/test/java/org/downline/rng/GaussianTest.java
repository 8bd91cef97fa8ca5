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
        double[] z = new double[n];
        long tail = 0;
        for (int i = 0; i < n; i++) {
            z[i] = Gaussian.next(rng);
            if (Math.abs(z[i]) > 2) {
                tail++;
            }
        }
        NormalMoments.assertStandard(z);
        double p = 0.04550026389635842;                       // P(|Z| > 2)
        assertTrue(Math.abs(tail - n * p) < 5 * Math.sqrt(n * p * (1 - p)), "tail " + tail);
    }
}
