package org.downline.stats;

import java.util.Arrays;

/**
 * Who earns what by the rank participants reached, in one replication. Arrays are indexed by rank
 * 0..R-1; a rank nobody reached has share 0 and NaN statistics.
 *
 * @param share            share of participants whose highest rank it is
 * @param meanNet          their mean net income
 * @param medianNet        their median net income
 * @param shareLosingMoney share of them with net income below 0
 * @param meanGross        their mean gross commissions
 */
public record RankStats(double[] share, double[] meanNet, double[] medianNet, double[] shareLosingMoney,
                        double[] meanGross) {

    /**
     * From each participant's highest rank, net income and gross commissions.
     *
     * @param ranks how many ranks there are; every {@code rank[i]} is in {@code [0, ranks)}
     */
    public static RankStats compute(int n, byte[] rank, int ranks, double[] net, double[] gross) {
        final int[] count = new int[ranks];
        for (int i = 0; i < n; i++) {
            if (rank[i] < 0 || rank[i] >= ranks) {
                throw new IllegalArgumentException("rank of participant " + i + " must be in [0, " + ranks
                        + "), was " + rank[i]);
            }
            count[rank[i]]++;
        }
        // participants grouped by rank (a counting sort), each group's net incomes sorted
        final int[] start = new int[ranks + 1];
        for (int k = 0; k < ranks; k++) {
            start[k + 1] = start[k] + count[k];
        }
        final int[] fill = Arrays.copyOf(start, ranks);
        final double[] byRank = new double[n];
        final double[] sumNet = new double[ranks];
        final double[] sumGross = new double[ranks];
        final int[] losing = new int[ranks];
        for (int i = 0; i < n; i++) {
            final int k = rank[i];
            byRank[fill[k]++] = net[i];
            sumNet[k] += net[i];
            sumGross[k] += gross[i];
            losing[k] += net[i] < 0 ? 1 : 0;
        }
        final double[] share = new double[ranks];
        final double[] mean = new double[ranks];
        final double[] median = new double[ranks];
        final double[] lose = new double[ranks];
        final double[] meanGross = new double[ranks];
        for (int k = 0; k < ranks; k++) {
            final int c = count[k];
            share[k] = n == 0 ? Double.NaN : (double) c / n;
            Arrays.sort(byRank, start[k], start[k + 1]);
            mean[k] = c == 0 ? Double.NaN : sumNet[k] / c;
            median[k] = c == 0 ? Double.NaN : Quantiles.ofSorted(byRank, start[k], start[k + 1], 0.5);
            lose[k] = c == 0 ? Double.NaN : (double) losing[k] / c;
            meanGross[k] = c == 0 ? Double.NaN : sumGross[k] / c;
        }
        return new RankStats(share, mean, median, lose, meanGross);
    }
}
