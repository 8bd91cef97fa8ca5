package org.downline.rng;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.random.RandomGenerator;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

class NormalZigguratTest {

    private static final NormalDistribution PHI = new NormalDistribution(null, 0, 1);

    /**
     * Pearson's chi-square of 4·10^6 draws over 200 equiprobable bins, with extra edges at the
     * ziggurat's tail start (±3.654) and at ±4.5 so that the tail method has bins of its own (the
     * outermost expect about 14 draws each). Fails at p < 10^−6: false failure 10^−6.
     */
    @Test
    void fitsTheStandardNormal() {
        double[] edges = new double[199 + 4];
        for (int k = 1; k < 200; k++) {
            edges[k - 1] = PHI.inverseCumulativeProbability(k / 200.0);
        }
        edges[199] = -NormalZiggurat.R;
        edges[200] = NormalZiggurat.R;
        edges[201] = -4.5;
        edges[202] = 4.5;
        Arrays.sort(edges);
        int bins = edges.length + 1;
        long[] observed = new long[bins];
        RandomGenerator rng = RandomStreams.fromSeed(23);
        int n = 4_000_000;
        for (int i = 0; i < n; i++) {
            double z = NormalZiggurat.next(rng);
            int b = Arrays.binarySearch(edges, z);
            observed[b >= 0 ? b + 1 : -b - 1]++;
        }
        double chi = 0;
        for (int b = 0; b < bins; b++) {
            double lo = b == 0 ? 0 : PHI.cumulativeProbability(edges[b - 1]);
            double hi = b == bins - 1 ? 1 : PHI.cumulativeProbability(edges[b]);
            double e = n * (hi - lo);
            chi += (observed[b] - e) * (observed[b] - e) / e;
        }
        double p = 1 - new ChiSquaredDistribution(null, bins - 1).cumulativeProbability(chi);
        assertTrue(p > 1e-6, "chi-square " + chi + " on " + (bins - 1) + " df, p = " + p);
    }

    /**
     * Mean, variance, and the mean excess of draws beyond 3.654 in absolute value (the tail
     * method's output: E[|Z| − r | |Z| > r] = φ(r)/Q(r) − r), 10^6 draws, each within 5 standard
     * errors (false failure about 6e-7 each).
     */
    @Test
    void momentsAndTail() {
        RandomGenerator rng = RandomStreams.fromSeed(29);
        int n = 1_000_000;
        double r = NormalZiggurat.R;
        double[] z = new double[n];
        double excess = 0;
        double excessSq = 0;
        long tail = 0;
        for (int i = 0; i < n; i++) {
            z[i] = NormalZiggurat.next(rng);
            if (Math.abs(z[i]) > r) {
                tail++;
                excess += Math.abs(z[i]) - r;
                excessSq += (Math.abs(z[i]) - r) * (Math.abs(z[i]) - r);
            }
        }
        NormalMoments.assertStandard(z);
        double q = 1 - PHI.cumulativeProbability(r);
        double expectedExcess = PHI.density(r) / q - r;
        double meanExcess = excess / tail;
        double sd = Math.sqrt(excessSq / tail - meanExcess * meanExcess);
        assertTrue(Math.abs(meanExcess - expectedExcess) < 5 * sd / Math.sqrt(tail),
                "mean excess beyond r " + meanExcess + ", expected " + expectedExcess);
        assertTrue(Math.abs(tail - 2 * n * q) < 5 * Math.sqrt(2 * n * q), "draws beyond r: " + tail);
    }
}
