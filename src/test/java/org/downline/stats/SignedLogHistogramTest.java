package org.downline.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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

    /** roundToLong is Math.round on halves of both signs, the edges of the longs and random bit patterns. */
    @Test
    void roundsAsMathRound() {
        double[] special = {0.5, -0.5, 1.5, -1.5, 2.5, -2.5, 0.49999999999999994, -0.49999999999999994, -0.0,
            0.0, 4503599627370495.5, -4503599627370495.5, 4503599627370496.0, 9.223372036854775807E18,
            -9.223372036854775808E18, 9.3e18, -9.3e18, Double.MAX_VALUE, -Double.MAX_VALUE, Double.MIN_VALUE,
            -Double.MIN_VALUE, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1e6 + 0.5, -1e6 - 0.5};
        for (double x : special) {
            assertEquals(Math.round(x), SignedLogHistogram.roundToLong(x), "at " + x);
        }
        RandomGenerator rng = RandomStreams.fromSeed(9);
        for (int i = 0; i < 1_000_000; i++) {
            double bits = Double.longBitsToDouble(rng.nextLong());
            double half = rng.nextInt(2_000_001) - 1_000_000 + 0.5;
            double cents = rng.nextGaussian() * 1e5 * 100;
            for (double x : new double[] {bits, half, cents}) {
                if (!Double.isNaN(x)) {
                    assertEquals(Math.round(x), SignedLogHistogram.roundToLong(x), "at " + x);
                }
            }
        }
    }

    /**
     * recordAll and recordSorted (which adds runs of one bucket at once) leave every bucket's count
     * and sum as recording the amounts one by one does: runs of zeros, of one negative amount, of
     * amounts that differ but share a bucket, alternating signs, the same sorted, and a NaN that
     * stops it part way.
     */
    @Test
    void recordingAllAtOnceEqualsOneByOne() {
        RandomGenerator rng = RandomStreams.fromSeed(5);
        int n = 20_000;
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            int kind = rng.nextInt(5);
            v[i] = kind == 0 ? 0 : kind == 1 ? -49.95 : kind == 2 ? 1e6 + rng.nextInt(100) / 100.0
                    : kind == 3 ? -0.001 : rng.nextGaussian() * 1e3;
            if (rng.nextInt(4) == 0 && i > 0) {
                v[i] = v[i - 1];                       // longer runs
            }
        }
        SignedLogHistogram one = new SignedLogHistogram();
        for (double x : v) {
            one.record(x);
        }
        SignedLogHistogram all = new SignedLogHistogram();
        all.recordAll(v, n);
        assertSameContents(one, all);
        SignedLogHistogram runs = new SignedLogHistogram();
        runs.recordSorted(v, n);
        assertSameContents(one, runs);
        double[] sorted = v.clone();
        Arrays.sort(sorted);
        SignedLogHistogram inOrder = new SignedLogHistogram();
        inOrder.recordSorted(sorted, n);
        assertSameContents(one, inOrder);

        double[] withNaN = Arrays.copyOf(v, n);
        withNaN[n / 2] = Double.NaN;
        SignedLogHistogram oneNaN = new SignedLogHistogram();
        SignedLogHistogram allNaN = new SignedLogHistogram();
        assertThrows(IllegalArgumentException.class, () -> {
            for (double x : withNaN) {
                oneNaN.record(x);
            }
        });
        assertThrows(IllegalArgumentException.class, () -> allNaN.recordAll(withNaN, n));
        assertSameContents(oneNaN, allNaN);
        assertEquals(n / 2, allNaN.count());
        SignedLogHistogram runsNaN = new SignedLogHistogram();
        assertThrows(IllegalArgumentException.class, () -> runsNaN.recordSorted(withNaN, n));
        assertSameContents(oneNaN, runsNaN);
    }

    private static void assertSameContents(SignedLogHistogram expected, SignedLogHistogram actual) {
        SignedLogHistogram.State e = expected.state();
        SignedLogHistogram.State a = actual.state();
        assertArrayEquals(e.posCount(), a.posCount());
        assertArrayEquals(e.posSum(), a.posSum());
        assertArrayEquals(e.negCount(), a.negCount());
        assertArrayEquals(e.negSum(), a.negSum());
        assertEquals(expected.count(), actual.count());
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
