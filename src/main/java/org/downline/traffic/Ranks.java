package org.downline.traffic;

import java.util.Arrays;

/**
 * Ranks of scores, largest first, by a counting sort on quantized scores: O(n + B) with B buckets
 * (a quarter of the power of two at or above n, within [2^12, 2^20]), two passes over the scores
 * and one over the buckets, no comparisons. Scores are compared at a resolution of (max − min) /
 * (B − 1): scores closer than that share a bucket and rank in index order (for sites: the older
 * site first), as do equal scores. With a million sites that is a 260,000th of the range of
 * ln-scores — far below any ranking noise — and ranking a month of a million sites takes a few
 * milliseconds. Buffers are reused.
 */
public final class Ranks {

    private static final int MIN_BUCKETS = 1 << 12;
    private static final int MAX_BUCKETS = 1 << 20;

    private int[] next = new int[MIN_BUCKETS];
    private int[] bucket = new int[0];

    /** Buckets used for n scores: about one for every four, so the counts stay in a fast cache. */
    static int buckets(int n) {
        int b = (Integer.highestOneBit(Math.max(1, n - 1)) << 1) / 4;
        return Math.max(MIN_BUCKETS, Math.min(MAX_BUCKETS, b));
    }

    /**
     * Writes into {@code rank[i]} the rank (1 = largest) of {@code score[i]} among scores 0..n-1.
     *
     * @throws IllegalArgumentException if a score is not finite
     */
    public void rank(double[] score, int n, int[] rank) {
        if (n == 0) {
            return;
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            final double s = score[i];
            min = Math.min(min, s);
            max = Math.max(max, s);
        }
        if (!(min > Double.NEGATIVE_INFINITY && max < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("scores must be finite: min " + min + ", max " + max);
        }
        final int b = buckets(n);
        if (next.length < b) {
            next = new int[b];
        }
        if (bucket.length < n) {
            bucket = new int[Math.max(n, 2 * bucket.length)];
        }
        final int[] count = next;
        final int[] in = bucket;
        Arrays.fill(count, 0, b, 0);
        final double scale = max > min ? (b - 1) / (max - min) : 0;
        for (int i = 0; i < n; i++) {
            final int q = (int) ((score[i] - min) * scale);    // 0..b-1, larger score → larger q
            in[i] = q;
            count[q]++;
        }
        // the first rank in each bucket, from the top bucket down
        int r = 1;
        for (int q = b - 1; q >= 0; q--) {
            final int c = count[q];
            count[q] = r;
            r += c;
        }
        for (int i = 0; i < n; i++) {
            rank[i] = count[in[i]]++;
        }
    }

    /** Scratch bytes per score. */
    public static long bytesPerKey() {
        return 2L * Integer.BYTES;
    }
}
