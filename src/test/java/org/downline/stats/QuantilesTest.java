package org.downline.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class QuantilesTest {

    @Test
    void typeSevenInterpolates() {
        double[] x = {1, 2, 3, 4};
        assertEquals(1, Quantiles.ofSorted(x, 0));
        assertEquals(4, Quantiles.ofSorted(x, 1));
        assertEquals(2.5, Quantiles.ofSorted(x, 0.5));
        // h = 3 · 0.1 = 0.3: 1 + 0.3 · (2 − 1)
        assertEquals(1.3, Quantiles.ofSorted(x, 0.1), 1e-15);
        assertEquals(7, Quantiles.ofSorted(new double[] {7}, 0.9));
        assertTrue(Double.isNaN(Quantiles.ofSorted(new double[0], 0.5)));
    }

    @Test
    void rangeWithinArray() {
        double[] x = {100, 1, 2, 3, 100};
        assertEquals(2, Quantiles.ofSorted(x, 1, 4, 0.5));
    }

    @Test
    void rejectsProbabilitiesOutsideUnitInterval() {
        assertThrows(IllegalArgumentException.class, () -> Quantiles.ofSorted(new double[] {1}, Math.nextUp(1.0)));
        assertThrows(IllegalArgumentException.class, () -> Quantiles.ofSorted(new double[] {1}, Math.nextDown(0.0)));
    }

    /**
     * Selection gives, to the bit, what sorting and {@link Quantiles#ofSorted} give, and the zero-
     * counting sort (a radix sort above 4096 positive values) gives Arrays.sort's order: on data
     * with ties, many zeros of both signs, NaN, infinities, ranges within arrays, lengths 0 to 35,000
     * (200 trials of them at one to four times the length from which selection counts keys by
     * bucket, {@link Quantiles#BUCKETED}), and the data left unchanged.
     */
    @Test
    void selectionAndZeroCountingSortMatchAFullSortExactly() {
        SplittableRandom rng = new SplittableRandom(13);
        double[] ps = {0, 0.01, 0.1, 0.25, 0.5, 0.75, 0.9, 0.99, 1};
        for (int trial = 0; trial < 2200; trial++) {
            final int n = trial < 1500 ? rng.nextInt(40)
                    : trial < 1950 ? rng.nextInt(5000)
                    : trial < 2000 ? 5000 + rng.nextInt(30_000)
                    : Quantiles.BUCKETED + rng.nextInt(3 * Quantiles.BUCKETED);     // bucketed selection
            final int kind = rng.nextInt(6);
            double[] x = new double[n + 4];
            for (int i = 0; i < x.length; i++) {
                final double pay = rng.nextDouble() < 0.7 ? (rng.nextBoolean() ? 0.0 : -0.0)
                        : Math.exp(3 * rng.nextGaussian());
                x[i] = switch (kind) {
                    case 0 -> rng.nextInt(3) - 1.0;                       // few distinct values
                    case 1 -> pay;                                         // mostly zero
                    case 2 -> pay - 99 - 50 * rng.nextInt(36);             // net incomes
                    case 3 -> rng.nextInt(50) == 0 ? 0.0 : rng.nextInt(1000) == 0 ? Double.NaN
                            : Math.rint(Math.exp(3 * rng.nextGaussian()) * 100) / 100; // mostly paid (radix path)
                    case 4 -> 1000 + rng.nextInt(5000) / 4096.0;            // one top bucket, ties
                    default -> rng.nextInt(500) == 0 ? Double.NaN
                            : rng.nextInt(500) == 0 ? Double.NEGATIVE_INFINITY : rng.nextGaussian();
                };
            }
            final double[] before = x.clone();
            final int from = 2;
            final int to = 2 + n;
            double[] sorted = Arrays.copyOfRange(x, from, to);
            Arrays.sort(sorted);
            double[] q = Quantiles.of(x, from, to, ps, trial % 2 == 0 ? null : new long[n]);
            for (int k = 0; k < ps.length; k++) {
                assertEquals(Double.doubleToRawLongBits(Quantiles.ofSorted(sorted, ps[k])),
                        Double.doubleToRawLongBits(q[k]), "trial " + trial + ", p = " + ps[k]);
            }
            assertArrayEquals(before, x, "selection must not change its input");
            DoubleSort.sort(x, from, to, trial % 3 == 0 ? null : new long[n]);
            for (int i = 0; i < n; i++) {
                assertEquals(Double.doubleToRawLongBits(sorted[i]), Double.doubleToRawLongBits(x[from + i]),
                        "trial " + trial + ", position " + i);
            }
            assertEquals(before[0], x[0]);
            assertEquals(before[x.length - 1], x[x.length - 1]);
        }
        assertThrows(IllegalArgumentException.class, () -> Quantiles.of(new double[] {1}, 0, 1, new double[] {1.5}, null));
    }

    /**
     * Ranges of more keys than {@link Quantiles#BUFFERED}, partitioned in place (their parts, once
     * small enough, through the buffer): values in one bucket of the counting pass, so that every
     * key is kept for the selection, distinct or with ties; both selections give, to the bit, what
     * sorting gives, and the permuting one leaves the same keys behind.
     */
    @Test
    void selectionBeyondTheBufferMatchesAFullSort() {
        SplittableRandom rng = new SplittableRandom(31);
        double[] ps = {0, 0.01, 0.1, 0.5, 0.9, 0.99, 1};
        for (int trial = 0; trial < 4; trial++) {
            final int n = Quantiles.BUFFERED + 1 + rng.nextInt(2 * Quantiles.BUFFERED);
            final boolean ties = trial % 2 == 1;
            long[] keys = new long[n];
            double[] sorted = new double[n];
            for (int i = 0; i < n; i++) {
                // [992, 1024): one bucket (sign, exponent and the top four mantissa bits alike)
                sorted[i] = 1000 + (ties ? rng.nextInt(64) / 4.0 : 20 * rng.nextDouble());
                keys[i] = Quantiles.key(sorted[i]);
            }
            Arrays.sort(sorted);
            long[] permuted = keys.clone();
            final double[] q = Quantiles.ofKeys(keys, n, ps);
            final double[] qp = Quantiles.ofKeysPermuted(permuted, n, ps);
            for (int k = 0; k < ps.length; k++) {
                final long expected = Double.doubleToRawLongBits(Quantiles.ofSorted(sorted, ps[k]));
                assertEquals(expected, Double.doubleToRawLongBits(q[k]), "trial " + trial + ", p = " + ps[k]);
                assertEquals(expected, Double.doubleToRawLongBits(qp[k]), "trial " + trial + ", p = " + ps[k]);
            }
            Arrays.sort(permuted);
            for (int i = 0; i < n; i++) {
                assertEquals(Quantiles.key(sorted[i]), permuted[i], "trial " + trial + ", position " + i);
            }
        }
    }

    /**
     * The permuting selection gives, to the bit, what the plain one gives, and leaves the same keys
     * behind in another order (sorted, they are the input sorted): small, tie-checked and bucketed
     * lengths, with ties and mostly zeros as the participants' statistics have (so that the first
     * pivot often holds every rank).
     */
    @Test
    void permutingSelectionKeepsTheKeys() {
        SplittableRandom rng = new SplittableRandom(29);
        double[] ps = {0, 0.1, 0.5, 0.9, 1};
        for (int trial = 0; trial < 60; trial++) {
            final int n = trial < 20 ? rng.nextInt(100)
                    : trial < 40 ? Quantiles.TIES_CHECKED + rng.nextInt(Quantiles.BUCKETED - Quantiles.TIES_CHECKED)
                    : Quantiles.BUCKETED + rng.nextInt(3 * Quantiles.BUCKETED);
            long[] keys = new long[n];
            for (int i = 0; i < n; i++) {
                keys[i] = Quantiles.key(rng.nextDouble() < 0.6 ? 0.0 : Math.rint(Math.exp(4 * rng.nextGaussian())));
            }
            long[] sorted = keys.clone();
            Arrays.sort(sorted);
            long[] permuted = keys.clone();
            final double[] expected = Quantiles.ofKeys(keys.clone(), n, ps);
            assertArrayEquals(expected, Quantiles.ofKeysPermuted(permuted, n, ps), "n = " + n);
            Arrays.sort(permuted);
            assertArrayEquals(sorted, permuted, "n = " + n);
        }
    }
}
