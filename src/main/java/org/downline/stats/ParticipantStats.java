package org.downline.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Who earned what in one replication of one world: exact statistics over its participants.
 *
 * <p>A participant's net income is gross commissions + other income (retail profit) − costs, over
 * the whole time they were in. Participants are given in join order, so each join-month cohort is a
 * contiguous range.
 */
public final class ParticipantStats {

    /** Population shares at which Lorenz curves are kept: 0, 0.005, ..., 1. */
    public static final double[] LORENZ_X = lorenzGrid();

    /** Net-income percentiles reported, as fractions. */
    public static final double[] PERCENTILES = {0.10, 0.25, 0.50, 0.75, 0.90, 0.99};

    private static double[] lorenzGrid() {
        double[] x = new double[201];
        for (int k = 0; k <= 200; k++) {
            x[k] = k / 200.0;
        }
        return x;
    }

    private ParticipantStats() {
    }

    /**
     * The statistics of participants {@code 0..n-1}.
     *
     * @param joinMonth    month each joined, ascending (0..months)
     * @param gross        gross commissions, dollars, non-negative
     * @param otherIncome  other income (retail profit), dollars
     * @param costs        costs, dollars
     * @param monthsActive months each was in the business
     * @param months       months simulated
     * @param netPool      pooled histogram to record net incomes into (or null)
     * @param grossPool    pooled histogram to record gross commissions into (or null)
     */
    public static WorldReplication compute(int n, int[] joinMonth, double[] gross, double[] otherIncome,
                                           double[] costs, int[] monthsActive, int months,
                                           SignedLogHistogram netPool, SignedLogHistogram grossPool) {
        return compute(n, joinMonth, gross, otherIncome, costs, monthsActive, months, netPool, grossPool, null,
                null);
    }

    /**
     * The statistics of participants {@code 0..n-1}, with who earns what by rank.
     *
     * @param rank       highest rank each participant reached, in {@code [0, rankLabels.length)}; or null
     * @param rankLabels what each rank means; null without ranks
     * @see #compute(int, int[], double[], double[], double[], int[], int, SignedLogHistogram, SignedLogHistogram)
     */
    public static WorldReplication compute(int n, int[] joinMonth, double[] gross, double[] otherIncome,
                                           double[] costs, int[] monthsActive, int months,
                                           SignedLogHistogram netPool, SignedLogHistogram grossPool,
                                           int[] rank, String[] rankLabels) {
        final double[] net = new double[n];
        final double[] sortedGross = new double[n];
        long losing = 0;
        long noCommission = 0;
        long profitable = 0;
        double sumNet = 0;
        double sumGross = 0;
        double sumCosts = 0;
        double sumOther = 0;
        double sumMonths = 0;
        final double[] bandCounts = new double[IncomeBands.COUNT];
        for (int i = 0; i < n; i++) {
            final double v = gross[i] + otherIncome[i] - costs[i];
            net[i] = v;
            sortedGross[i] = gross[i];
            if (v < 0) {
                losing++;
            } else if (v > 0) {
                profitable++;
            }
            if (gross[i] == 0) {
                noCommission++;
            }
            sumNet += v;
            sumGross += gross[i];
            sumCosts += costs[i];
            sumOther += otherIncome[i];
            sumMonths += monthsActive[i];
            bandCounts[IncomeBands.of(v)]++;
            if (netPool != null) {
                netPool.record(v);
            }
            if (grossPool != null) {
                grossPool.record(gross[i]);
            }
        }
        final Cohorts cohorts = Cohorts.compute(n, joinMonth, net, gross, months);
        final RankStats ranks = rank == null ? null : RankStats.compute(n, rank, rankLabels.length, net, gross);
        // the earliest tenth of joiners (participants are in join order): Legara et al. (2008)
        final int earliest = (int) Math.ceil(n / 10.0);
        double sumEarliest = 0;
        for (int i = 0; i < earliest; i++) {
            sumEarliest += gross[i];
        }
        final double[] sortedNet = net;              // cohorts copied what they needed
        Arrays.sort(sortedNet);
        Arrays.sort(sortedGross);

        final List<String> names = new ArrayList<>();
        final List<Double> values = new ArrayList<>();
        final double dn = n;
        put(names, values, Metrics.PARTICIPANTS, n);
        put(names, values, Metrics.SHARE_LOSING_MONEY, n == 0 ? Double.NaN : losing / dn);
        put(names, values, Metrics.SHARE_NO_COMMISSION, n == 0 ? Double.NaN : noCommission / dn);
        put(names, values, Metrics.SHARE_PROFITABLE, n == 0 ? Double.NaN : profitable / dn);
        final double[] lorenz = Inequality.lorenz(sortedGross, n, LORENZ_X);
        final double[] shares = Inequality.lorenz(sortedGross, n, new double[] {0.5, 0.9, 0.99});
        put(names, values, Metrics.TOP_ONE_PERCENT_SHARE, 1 - shares[2]);
        put(names, values, Metrics.GINI, Inequality.gini(sortedGross, n));
        put(names, values, Metrics.NET_MEAN, n == 0 ? Double.NaN : sumNet / dn);
        for (int k = 0; k < PERCENTILES.length; k++) {
            put(names, values, Metrics.NET_PERCENTILES[k], Quantiles.ofSorted(sortedNet, 0, n, PERCENTILES[k]));
        }
        put(names, values, Metrics.GROSS_MEAN, n == 0 ? Double.NaN : sumGross / dn);
        put(names, values, Metrics.GROSS_MEDIAN, Quantiles.ofSorted(sortedGross, 0, n, 0.5));
        put(names, values, Metrics.GROSS_P90, Quantiles.ofSorted(sortedGross, 0, n, 0.9));
        put(names, values, Metrics.GROSS_P99, Quantiles.ofSorted(sortedGross, 0, n, 0.99));
        put(names, values, Metrics.OTHER_INCOME_MEAN, n == 0 ? Double.NaN : sumOther / dn);
        put(names, values, Metrics.COSTS_MEAN, n == 0 ? Double.NaN : sumCosts / dn);
        put(names, values, Metrics.MONTHS_ACTIVE_MEAN, n == 0 ? Double.NaN : sumMonths / dn);
        put(names, values, Metrics.SHARE_BOTTOM_50, shares[0]);
        put(names, values, Metrics.SHARE_50_TO_90, shares[1] - shares[0]);
        put(names, values, Metrics.SHARE_90_TO_99, shares[2] - shares[1]);
        put(names, values, Metrics.SHARE_TOP_1, 1 - shares[2]);
        put(names, values, Metrics.SHARE_EARLIEST_10, sumGross > 0 ? sumEarliest / sumGross : Double.NaN);
        final double[] bands = new double[IncomeBands.COUNT];
        for (int b = 0; b < bands.length; b++) {
            bands[b] = n == 0 ? Double.NaN : bandCounts[b] / dn;
        }
        return new WorldReplication(names.toArray(String[]::new),
                values.stream().mapToDouble(Double::doubleValue).toArray(), cohorts, lorenz, bands, ranks);
    }

    private static void put(List<String> names, List<Double> values, String name, double v) {
        names.add(name);
        values.add(v);
    }
}
