package org.downline.stats;

import java.util.Arrays;

/**
 * Net income and gross commissions by join month in one replication. Arrays are indexed by join
 * month 0..months; a month nobody joined in has count 0 and NaN statistics.
 */
public record Cohorts(double[] count, double[] shareLosingMoney, double[] medianNet, double[] meanNet,
                      double[] meanGross) {

    /**
     * From participants in join order; medians are selected in {@code scratch}, n longs, among the
     * net incomes' keys, written there in the pass that sums them.
     */
    static Cohorts compute(int n, short[] joinMonth, double[] net, double[] gross, int months, long[] scratch) {
        final double[] count = new double[months + 1];
        final double[] losing = new double[months + 1];
        final double[] median = new double[months + 1];
        final double[] mean = new double[months + 1];
        final double[] meanGross = new double[months + 1];
        Arrays.fill(meanGross, Double.NaN);
        Arrays.fill(losing, Double.NaN);
        Arrays.fill(median, Double.NaN);
        Arrays.fill(mean, Double.NaN);
        int start = 0;
        while (start < n) {
            final int m = joinMonth[start];
            final int end = ParticipantStats.endOfMonth(joinMonth, start, n);
            if (m < 0 || m > months || (end < n && joinMonth[end] < m)) {
                throw new IllegalArgumentException("participants must be in join order within 0.."
                        + months + "; found month " + m + " at " + start);
            }
            final int size = end - start;
            double sum = 0;
            double sumGross = 0;
            int lose = 0;
            for (int i = start; i < end; i++) {
                sum += net[i];
                sumGross += gross[i];
                lose += net[i] < 0 ? 1 : 0;             // without a branch: losers come at random
                scratch[i - start] = Quantiles.key(net[i]);
            }
            meanGross[m] = sumGross / size;
            count[m] = size;
            losing[m] = (double) lose / size;
            median[m] = Quantiles.ofKeys(scratch, size, Quantiles.MEDIAN)[0];
            mean[m] = sum / size;
            start = end;
        }
        return new Cohorts(count, losing, median, mean, meanGross);
    }
}
