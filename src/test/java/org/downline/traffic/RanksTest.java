package org.downline.traffic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.random.RandomGenerator;
import org.downline.rng.RandomStreams;
import org.junit.jupiter.api.Test;

class RanksTest {

    @Test
    void largestFirstTiesByIndex() {
        int[] rank = new int[5];
        new Ranks().rank(new double[] {1, 5, 3, 5, -2}, 5, rank);
        assertArrayEquals(new int[] {4, 1, 3, 2, 5}, rank);
        new Ranks().rank(new double[] {7, 7, 7}, 3, rank);
        assertArrayEquals(new int[] {1, 2, 3}, java.util.Arrays.copyOf(rank, 3));
    }

    /** On random scores: a permutation, and any two scores further apart than the resolution keep their order. */
    @Test
    void agreesWithSortingBeyondTheResolution() {
        RandomGenerator rng = RandomStreams.fromSeed(8);
        Ranks ranks = new Ranks();
        for (int n : new int[] {1, 2, 100, 5000, 300_000}) {
            double[] s = new double[n];
            for (int i = 0; i < n; i++) {
                s[i] = rng.nextGaussian() * 3;
            }
            int[] rank = new int[n];
            ranks.rank(s, n, rank);
            boolean[] seen = new boolean[n + 1];
            double min = java.util.Arrays.stream(s).min().orElse(0);
            double max = java.util.Arrays.stream(s).max().orElse(0);
            double resolution = (max - min) / (Ranks.buckets(n) - 1);
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) {
                assertTrue(rank[i] >= 1 && rank[i] <= n && !seen[rank[i]]);
                seen[rank[i]] = true;
                order[rank[i] - 1] = i;
            }
            for (int k = 1; k < n; k++) {
                double higher = s[order[k - 1]];
                double lower = s[order[k]];
                assertTrue(higher >= lower - resolution, "rank " + k + ": " + higher + " before " + lower);
            }
        }
    }

    @Test
    void rejectsNonFiniteScores() {
        assertThrows(IllegalArgumentException.class,
                () -> new Ranks().rank(new double[] {1, Double.NaN}, 2, new int[2]));
        assertEquals(1 << 12, Ranks.buckets(10));
        assertEquals(1 << 18, Ranks.buckets(1_000_000));
        assertEquals(1 << 20, Ranks.buckets(100_000_000));
    }
}
