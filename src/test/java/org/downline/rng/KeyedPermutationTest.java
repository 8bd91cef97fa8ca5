package org.downline.rng;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.junit.jupiter.api.Test;

class KeyedPermutationTest {

    /** Every domain size, powers of two and their neighbours included, is mapped onto itself once. */
    @Test
    void isABijectionWhoseInverseUndoesIt() {
        for (long n : new long[] {1, 2, 3, 4, 5, 7, 8, 9, 100, 1023, 1024, 1025, 65_537}) {
            for (long key : new long[] {0, 1, -1, 0x1234_5678_9ABC_DEF0L}) {
                KeyedPermutation p = KeyedPermutation.of(n, key);
                boolean[] hit = new boolean[(int) n];
                for (long x = 0; x < n; x++) {
                    long y = p.apply(x);
                    assertTrue(y >= 0 && y < n, "n=" + n + " x=" + x + " -> " + y);
                    assertTrue(!hit[(int) y], "n=" + n + ": " + y + " hit twice");
                    hit[(int) y] = true;
                    assertEquals(x, p.inverse(y), "n=" + n);
                }
            }
        }
    }

    @Test
    void largeDomainRoundTrips() {
        KeyedPermutation p = KeyedPermutation.of(2_000_000_000L, 99);
        for (long x = 0; x < 2_000_000_000L; x += 7_919_111) {
            assertEquals(x, p.inverse(p.apply(x)));
            assertEquals(x, p.apply(p.inverse(x)));
        }
    }

    /**
     * Two independent random permutations of 10^6 agree at a point with probability 10^−6, so at 5
     * or more of 1000 points with probability about (1000 · 10^−6)^5 / 5! ≈ 8e-18 (Poisson): the
     * bound is that of unrelated keys, not slack.
     */
    @Test
    void theKeyChoosesThePermutation() {
        KeyedPermutation a = KeyedPermutation.of(1_000_000, 1);
        KeyedPermutation b = KeyedPermutation.of(1_000_000, 1);
        KeyedPermutation c = KeyedPermutation.of(1_000_000, 2);
        int same = 0;
        for (long x = 0; x < 1000; x++) {
            assertEquals(a.apply(x), b.apply(x));
            same += a.apply(x) == c.apply(x) ? 1 : 0;
        }
        assertTrue(same < 5, "keys 1 and 2 agree on " + same + " of 1000");
    }

    /**
     * The images of consecutive inputs — a block of the ring — spread evenly over the domain, and
     * the images of neighbours are unrelated: the gap |π(x+1) − π(x)| has the distribution of the
     * distance between two independent uniform points (mean n/3). Fixed keys: the test checks the
     * construction, and a failure is not a matter of chance; the thresholds are those a truly random
     * permutation would exceed with probability 1e-6.
     */
    @Test
    void imagesOfABlockLookUniformAndUnrelated() {
        final int n = 10_000_000;
        final int block = 200_000;
        final int bins = 100;
        for (long key : new long[] {7, 8, 9}) {
            KeyedPermutation p = KeyedPermutation.of(n, key);
            long[] counts = new long[bins];
            double gapSum = 0;
            long previous = p.apply(0);
            counts[(int) (previous * bins / n)]++;
            for (long x = 1; x < block; x++) {
                long y = p.apply(x);
                counts[(int) (y * bins / n)]++;
                gapSum += Math.abs(y - previous);
                previous = y;
            }
            double expected = (double) block / bins;
            double chi2 = 0;
            for (long c : counts) {
                chi2 += (c - expected) * (c - expected) / expected;
            }
            double limit = new ChiSquaredDistribution(null, bins - 1).inverseCumulativeProbability(1 - 1e-6);
            assertTrue(chi2 < limit, "key " + key + ": chi2 " + chi2 + " >= " + limit);
            // |U − V| for U, V uniform on [0, n): mean n/3, sd n/(3√2); the mean of block−1 gaps
            double meanGap = gapSum / (block - 1);
            double se = n / (3 * Math.sqrt(2)) / Math.sqrt(block - 1);
            assertEquals(n / 3.0, meanGap, 5 * se, "key " + key);
        }
    }

    @Test
    void rejectsDomainsOutsideItsRange() {
        assertThrows(IllegalArgumentException.class, () -> KeyedPermutation.of(0, 1));
        assertThrows(IllegalArgumentException.class, () -> KeyedPermutation.of((1L << 62) + 1, 1));
        assertEquals(1L << 62, KeyedPermutation.of(1L << 62, 1).size());
        assertEquals(0, KeyedPermutation.of(1, 1).apply(0));
    }

    @Test
    void inverseOfOddNumbers() {
        for (long m : new long[] {1, 3, 0x9E3779B97F4A7C15L, -1}) {
            assertEquals(1L, m * KeyedPermutation.inverseOdd(m));
        }
    }
}
