package org.downline.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.random.RandomGenerator;
import org.downline.rng.RandomStreams;
import org.junit.jupiter.api.Test;

class SignedLogHistogramTest {

    @Test
    void bucketsAreContiguousAndNeverWiderThanOneIn1024() {
        int prev = -1;
        for (long c = 0; c < 1 << 22; c++) {
            int b = SignedLogHistogram.index(c);
            assertEquals(true, b == prev || b == prev + 1, "bucket jump at " + c);
            prev = b;
        }
        assertEquals(SignedLogHistogram.BUCKETS - 1, SignedLogHistogram.index(Long.MAX_VALUE));
    }

    /** Quantiles, shares and Gini agree with the exact values within the bucket resolution. */
    @Test
    void agreesWithExactStatistics() {
        RandomGenerator rng = RandomStreams.fromSeed(11);
        int n = 200_000;
        double[] net = new double[n];
        double[] gross = new double[n];
        SignedLogHistogram h = new SignedLogHistogram();
        SignedLogHistogram g = new SignedLogHistogram();
        for (int i = 0; i < n; i++) {
            net[i] = Math.round((Math.exp(2 * rng.nextGaussian()) * 300 - 700) * 100) / 100.0;
            gross[i] = rng.nextDouble() < 0.6 ? 0 : Math.round(Math.exp(3 * rng.nextGaussian()) * 5000) / 100.0;
            h.record(net[i]);
            g.record(gross[i]);
        }
        Arrays.sort(net);
        Arrays.sort(gross);
        for (double p : new double[] {0.01, 0.1, 0.25, 0.5, 0.75, 0.9, 0.99}) {
            double exact = Quantiles.ofSorted(net, p);
            assertEquals(exact, h.quantile(p), Math.abs(exact) / 1000 + 0.01, "p" + p);
        }
        long negatives = Arrays.stream(net).filter(v -> v < 0).count();
        assertEquals(negatives, h.countNegative());
        assertEquals(Arrays.stream(net).sum(), h.sum(), 1e-6 * n);
        assertEquals(Inequality.gini(gross, n), g.gini(), 1e-3);
        double[] x = {0.5, 0.9, 0.99};
        double[] exact = Inequality.lorenz(gross, n, x);
        double[] approx = g.lorenz(x);
        for (int k = 0; k < x.length; k++) {
            assertEquals(exact[k], approx[k], 1e-3);
        }
    }

    @Test
    void mergingIsExactAndOrderFree() {
        SignedLogHistogram a = new SignedLogHistogram();
        SignedLogHistogram b = new SignedLogHistogram();
        SignedLogHistogram all = new SignedLogHistogram();
        RandomGenerator rng = RandomStreams.fromSeed(2);
        for (int i = 0; i < 10_000; i++) {
            double v = rng.nextGaussian() * 1e4;
            (i % 2 == 0 ? a : b).record(v);
            all.record(v);
        }
        SignedLogHistogram ab = new SignedLogHistogram();
        ab.add(a);
        ab.add(b);
        SignedLogHistogram ba = new SignedLogHistogram();
        ba.add(b);
        ba.add(a);
        for (double p : new double[] {0, 0.3, 0.5, 0.97, 1}) {
            assertEquals(all.quantile(p), ab.quantile(p));
            assertEquals(all.quantile(p), ba.quantile(p));
        }
        assertEquals(all.sum(), ab.sum());
        assertEquals(all.count(), ba.count());
    }
}
