package org.downline.model;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * Chooses sponsors for a batch of recruits, each independently in proportion to effort.
 *
 * <p>Given the running total of effort {@code cum[i]} (members who may not recruit add nothing),
 * each recruit draws a point uniformly on [0, total) and takes the member whose effort interval
 * holds it. Sorting the k points lets one forward sweep find every member: O(n + k log k) for k
 * recruits among n members, no per-recruit search. The sort puts the choices in member order; a
 * Fisher–Yates shuffle afterwards restores exchangeability of the batch's join order.
 */
public final class SponsorSampler {

    private double[] points = new double[16];

    /**
     * Writes {@code k} sponsors into {@code out[0..k)}, in ascending member order.
     *
     * @param cum   cumulative effort of members 0..n-1, non-decreasing, {@code cum[n-1] > 0}
     * @param n     members
     * @param k     recruits
     * @param rng   the recruitment stream
     * @param out   at least k slots
     */
    public void sample(double[] cum, int n, int k, RandomGenerator rng, int[] out) {
        if (k == 0) {
            return;
        }
        final double total = cum[n - 1];
        if (!(total > 0)) {
            throw new IllegalArgumentException("total effort must be > 0: " + total);
        }
        if (points.length < k) {
            points = new double[Math.max(k, points.length * 2)];
        }
        final double[] pts = points;
        final double below = Math.nextDown(total);   // a product may round up to total itself
        for (int j = 0; j < k; j++) {
            pts[j] = Math.min(rng.nextDouble() * total, below);
        }
        Arrays.sort(pts, 0, k);
        int i = 0;
        for (int j = 0; j < k; j++) {
            final double u = pts[j];
            while (cum[i] <= u) {
                i++;
            }
            out[j] = i;
        }
    }

    /** Fisher–Yates shuffle of {@code a[0..k)}. */
    public static void shuffle(int[] a, int k, RandomGenerator rng) {
        for (int j = k - 1; j > 0; j--) {
            int r = rng.nextInt(j + 1);
            int t = a[j];
            a[j] = a[r];
            a[r] = t;
        }
    }
}
