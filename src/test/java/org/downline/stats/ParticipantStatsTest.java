package org.downline.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ParticipantStatsTest {

    /** Five participants worked by hand. */
    @Test
    void lorenzIndicesNameTheirShares() {
        assertEquals(0.5, ParticipantStats.LORENZ_X[ParticipantStats.LORENZ_50]);
        assertEquals(0.9, ParticipantStats.LORENZ_X[ParticipantStats.LORENZ_90]);
        assertEquals(0.99, ParticipantStats.LORENZ_X[ParticipantStats.LORENZ_99]);
    }

    /** Founders (month 0) start in month 1; only the first n count; against a linear scan. */
    @Test
    void firstStartedSinceFindsTheFirstParticipantOfAMonth() {
        short[] join = {0, 0, 1, 3, 3, 5, 99};
        assertEquals(0, ParticipantStats.firstStartedSince(join, 6, -10));
        assertEquals(0, ParticipantStats.firstStartedSince(join, 6, 1));   // founders started in month 1
        assertEquals(3, ParticipantStats.firstStartedSince(join, 6, 2));
        assertEquals(3, ParticipantStats.firstStartedSince(join, 6, 3));
        assertEquals(5, ParticipantStats.firstStartedSince(join, 6, 4));
        assertEquals(6, ParticipantStats.firstStartedSince(join, 6, 6));   // join[6] is beyond n
        assertEquals(0, ParticipantStats.firstStartedSince(join, 0, 1));
        SplittableRandom rng = new SplittableRandom(7);
        for (int trial = 0; trial < 200; trial++) {
            int n = rng.nextInt(40);
            short[] months = new short[n];
            for (int i = 1; i < n; i++) {
                months[i] = (short) (months[i - 1] + (rng.nextInt(3) == 0 ? 1 : 0));
            }
            for (int month = -2; month <= (n == 0 ? 2 : months[n - 1] + 2); month++) {
                int expected = 0;
                while (expected < n && Math.max(1, months[expected]) < month) {
                    expected++;
                }
                assertEquals(expected, ParticipantStats.firstStartedSince(months, n, month));
            }
        }
    }

    @Test
    void handComputedReplication() {
        short[] join = {0, 1, 1, 2, 2};
        short[] quit = {0, 2, 0, 2, 0};
        // months in after 3 months: 1..3, 1..2, 1..3, 2..2, 2..3 = 3, 2, 3, 1, 2;
        // costs 100 + 100 a month: 400, 300, 400, 200, 300
        double[] gross = {900, 100, 0, 0, 0};
        double[] retail = {0, 250, 300, 100, 300};
        // net: 500, 50, -100, -100, 0
        WorldReplication r = ParticipantStats.compute(5, join, quit, gross, retail, 100, 100, 3, null, null, null,
                null, null, null);
        assertEquals(5, r.get(Metrics.PARTICIPANTS));
        assertEquals(0.4, r.get(Metrics.SHARE_LOSING_MONEY), 1e-15);
        assertEquals(0.6, r.get(Metrics.SHARE_NO_COMMISSION), 1e-15);
        assertEquals(0.4, r.get(Metrics.SHARE_PROFITABLE), 1e-15);
        assertEquals(70, r.get(Metrics.NET_MEAN), 1e-12);
        assertEquals(0, r.get("netIncome.p50"), 1e-12);
        assertEquals(200, r.get(Metrics.GROSS_MEAN), 1e-12);
        // gross sorted 0,0,0,100,900: top 1% of 5 people is 0.05 of the richest: all of it is 900
        assertEquals(0.05 * 900 / 1000, r.get(Metrics.TOP_ONE_PERCENT_SHARE), 1e-12);
        // the earliest 10% of 5 joiners is likewise half of the first (900), not the whole of them
        assertEquals(0.5 * 900 / 1000, r.get(Metrics.SHARE_EARLIEST_10), 1e-12);
        assertEquals(2.2, r.get(Metrics.MONTHS_ACTIVE_MEAN), 1e-15);
        assertEquals(320, r.get(Metric.COSTS_MEAN.key()), 1e-12);
        assertEquals(190, r.get(Metric.OTHER_INCOME_MEAN.key()), 1e-12);
        // annualized gross: 900·12/3 = 3600, 100·12/2 = 600, 0, 0, 0
        assertEquals(0, r.get(Metrics.ANNUAL_GROSS_MEDIAN), 1e-12);
        assertEquals(0.6, r.get(Metrics.ANNUAL_GROSS_UNDER_500), 1e-15);
        assertEquals(0.8, r.get(Metrics.ANNUAL_GROSS_AT_MOST_1000), 1e-15);
        assertEquals(0, r.get(Metrics.ANNUAL_GROSS_OVER_10000), 1e-15);
        // nobody joined a whole year before the end of month 3
        assertTrue(Double.isNaN(r.get(Metrics.SHARE_QUIT_WITHIN_YEAR)));
        // cohorts: month 0 {500}, month 1 {50, -100}, month 2 {-100, 0}
        Cohorts c = r.cohorts();
        assertEquals(1, c.count()[0]);
        assertEquals(0.5, c.shareLosingMoney()[1], 1e-15);
        assertEquals(-25, c.medianNet()[1], 1e-12);
        assertEquals(-50, c.meanNet()[2], 1e-12);
        assertTrue(Double.isNaN(c.medianNet()[3]));
        // bands: -100 twice in [-100, 0), 0 in [0, 100), 50 too, 500 in [100, 1000)
        double[] bands = r.bands();
        assertEquals(0.4, bands[IncomeBands.of(-100)], 1e-15);
        assertEquals(0.4, bands[IncomeBands.of(0)], 1e-15);
        assertEquals(0.2, bands[IncomeBands.of(500)], 1e-15);
    }

    /**
     * Months and costs computed from join and quit months, working in lent arrays: the statistics
     * that follow from them are, bit for bit, those computed here independently (net incomes as
     * gross + retail − (kit + monthly · months), sums in participant order, order statistics of
     * sorted copies, type 7), and nothing is allocated a participant (16 bytes a participant, net
     * incomes and keys, would be 32 MB). A world of 2·10^6 drawn participants, in join order;
     * deterministic.
     */
    @Test
    void computedMonthsAndCostsMatchIndependentFiguresAndAllocateNothingAParticipant() {
        final int n = 2_000_000;
        final int months = 30;
        final double kit = 99;
        final double monthly = 50;
        final SplittableRandom rng = new SplittableRandom(13);
        final short[] join = new short[n];
        final short[] quit = new short[n];
        final double[] gross = new double[n];
        final double[] retail = new double[n];
        final double[] net = new double[n];
        double sumNet = 0;
        double sumGross = 0;
        double sumCosts = 0;
        double sumRetail = 0;
        double sumMonths = 0;
        long losing = 0;
        long profitable = 0;
        long noCommission = 0;
        final long[] bands = new long[IncomeBands.COUNT];
        final double[] annual = new double[n];
        for (int i = 0; i < n; i++) {
            join[i] = (short) ((long) i * (months + 1) / n);
            final int first = Math.max(1, join[i]);
            quit[i] = (short) (rng.nextInt(3) == 0 && first <= months ? first + rng.nextInt(months - first + 1) : 0);
            gross[i] = rng.nextInt(4) == 0 ? Math.rint(Math.exp(4 * rng.nextDouble()) * 100) / 100 : 0;
            retail[i] = rng.nextInt(10) * 15.0;
            final int monthsActive = Math.max(0, (quit[i] == 0 ? months : quit[i]) - first + 1);
            final double cost = kit + monthly * monthsActive;
            net[i] = gross[i] + retail[i] - cost;
            sumNet += net[i];
            sumGross += gross[i];
            sumCosts += cost;
            sumRetail += retail[i];
            sumMonths += monthsActive;
            losing += net[i] < 0 ? 1 : 0;
            profitable += net[i] > 0 ? 1 : 0;
            noCommission += gross[i] == 0 ? 1 : 0;
            bands[IncomeBands.of(net[i])]++;
            annual[i] = monthsActive > 0 ? gross[i] * 12.0 / monthsActive : 0;
        }
        final double[] sortedNet = net.clone();
        java.util.Arrays.sort(sortedNet);
        final double[] sortedGross = gross.clone();
        java.util.Arrays.sort(sortedGross);
        java.util.Arrays.sort(annual);
        final double[] spareDoubles = new double[n];
        final long[] spareLongs = new long[n];
        final com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        final long before = threads.getCurrentThreadAllocatedBytes();
        final WorldReplication r = ParticipantStats.compute(n, join, quit, gross, retail, kit, monthly, months,
                null, null, null, null, spareDoubles, spareLongs);
        final long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertExactly(n, r.get(Metrics.PARTICIPANTS), "participants");
        assertExactly(losing / (double) n, r.get(Metrics.SHARE_LOSING_MONEY), "losing");
        assertExactly(profitable / (double) n, r.get(Metrics.SHARE_PROFITABLE), "profitable");
        assertExactly(noCommission / (double) n, r.get(Metrics.SHARE_NO_COMMISSION), "no commission");
        assertExactly(sumNet / n, r.get(Metrics.NET_MEAN), "net mean");
        assertExactly(sumGross / n, r.get(Metrics.GROSS_MEAN), "gross mean");
        assertExactly(sumCosts / n, r.get(Metric.COSTS_MEAN.key()), "costs mean");
        assertExactly(sumRetail / n, r.get(Metric.OTHER_INCOME_MEAN.key()), "other income mean");
        assertExactly(sumMonths / n, r.get(Metrics.MONTHS_ACTIVE_MEAN), "months mean");
        final Metric[] netPercentiles = {Metric.NET_P10, Metric.NET_P25, Metric.NET_P50, Metric.NET_P75,
            Metric.NET_P90, Metric.NET_P99};
        for (int k = 0; k < netPercentiles.length; k++) {
            assertExactly(type7(sortedNet, 0, n, ParticipantStats.PERCENTILES[k]),
                    r.get(netPercentiles[k].key()), netPercentiles[k].key());
        }
        assertExactly(type7(sortedGross, 0, n, 0.5), r.get(Metric.GROSS_P50.key()), "gross p50");
        assertExactly(type7(sortedGross, 0, n, 0.9), r.get(Metric.GROSS_P90.key()), "gross p90");
        assertExactly(type7(sortedGross, 0, n, 0.99), r.get(Metric.GROSS_P99.key()), "gross p99");
        assertExactly(type7(annual, 0, n, 0.5), r.get(Metrics.ANNUAL_GROSS_MEDIAN), "annual gross p50");
        for (int b = 0; b < IncomeBands.COUNT; b++) {
            assertExactly(bands[b] / (double) n, r.bands()[b], "band " + b);
        }
        assertArrayEquals(Inequality.lorenz(sortedGross, n, ParticipantStats.LORENZ_X), r.lorenz());
        assertExactly(Inequality.gini(sortedGross, n), r.get(Metric.GINI.key()), "gini");
        // cohorts: join months are contiguous ranges
        int start = 0;
        while (start < n) {
            int end = start;
            double sum = 0;
            while (end < n && join[end] == join[start]) {
                sum += net[end++];
            }
            final double[] cohort = java.util.Arrays.copyOfRange(net, start, end);
            java.util.Arrays.sort(cohort);
            final int m = join[start];
            assertExactly(type7(cohort, 0, cohort.length, 0.5), r.cohorts().medianNet()[m], "cohort median " + m);
            assertExactly(sum / (end - start), r.cohorts().meanNet()[m], "cohort mean " + m);
            start = end;
        }
        // what it allocates is of fixed size: a selection's 2^16 counts and buffer per thread,
        // results and tables
        final long fixed = (months + 1 + 8) * (4L << 16) + (1 << 20);
        assertTrue(allocated < fixed, "allocated " + allocated + " bytes for " + n + " participants");
    }

    /** The p-quantile of sorted[from..to), Hyndman and Fan's type 7, written out. */
    private static double type7(double[] sorted, int from, int to, double p) {
        final double h = (to - from - 1) * p;
        final int lo = (int) Math.floor(h);
        final int hi = Math.min(lo + 1, to - from - 1);
        return sorted[from + lo] + (h - lo) * (sorted[from + hi] - sorted[from + lo]);
    }

    private static void assertExactly(double expected, double actual, String what) {
        assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(actual),
                what + ": " + expected + " vs " + actual);
    }

    /**
     * The income bands, counted edge by edge, are those {@link IncomeBands#of} gives one by one, also
     * for net incomes on the edges and next to them; and the established's and everyone's
     * annualized-gross medians, selected from one array of keys, are the medians of those sets
     * sorted. Deterministic.
     */
    @Test
    void bandsAndAnnualMediansMatchOneByOneCounts() {
        final int n = 20_000;                          // above Quantiles.BUCKETED: bucketed selection
        final int months = 30;
        final SplittableRandom rng = new SplittableRandom(17);
        final short[] join = new short[n];
        final short[] quit = new short[n];
        final double[] gross = new double[n];
        final double[] other = new double[n];
        final int[] monthsActive = new int[n];
        final double[] edges = IncomeBands.UPPER;
        final long[] expected = new long[IncomeBands.COUNT];
        final java.util.List<Double> annualAll = new java.util.ArrayList<>();
        final java.util.List<Double> annualEstablished = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            join[i] = (short) ((long) i * (months + 1) / n);
            final int first = Math.max(1, join[i]);
            quit[i] = (short) (rng.nextInt(3) == 0 ? first + rng.nextInt(months - first + 1) : 0);
            monthsActive[i] = Math.max(0, (quit[i] == 0 ? months : quit[i]) - first + 1);
            gross[i] = rng.nextInt(3) == 0 ? Math.rint(Math.exp(9 * rng.nextDouble())) : 0;
            final double net = switch (rng.nextInt(3)) {
                case 0 -> edges[rng.nextInt(edges.length)];                       // on an edge
                case 1 -> Math.nextDown(edges[rng.nextInt(edges.length)]);        // just below one
                default -> 60_000 * (rng.nextDouble() - 0.5);
            };
            // no costs: the net income is gross + other - 0, so other income is what sets it
            other[i] = net - gross[i];
            expected[IncomeBands.of(gross[i] + other[i] - 0.0)]++;
            final double a = monthsActive[i] > 0 ? gross[i] * 12.0 / monthsActive[i] : 0;
            annualAll.add(a);
            if (first + 11 <= months && !(quit[i] != 0 && quit[i] <= first + 11)) {
                annualEstablished.add(a);
            }
        }
        final WorldReplication r = ParticipantStats.compute(n, join, quit, gross, other, 0, 0, months, null, null,
                null, null, null, null);
        for (int b = 0; b < IncomeBands.COUNT; b++) {
            assertEquals((double) expected[b] / n, r.bands()[b], "band " + b);
        }
        assertEquals(median(annualAll), r.get(Metrics.ANNUAL_GROSS_MEDIAN));
        assertEquals(median(annualEstablished), r.get(Metric.ESTABLISHED_ANNUAL_GROSS_P50.key()));
    }

    @Test
    void monthsInRedIsTheComparisonWithZero() {
        final double[] special = {0.0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL,
            -Double.MIN_NORMAL, 1e-300, -1e-300, 0.01, -0.01, 1, -1, Double.MAX_VALUE, -Double.MAX_VALUE};
        final SplittableRandom rng = new SplittableRandom(7);
        for (int k = 0; k < 100_000; k++) {
            final double net = k < special.length ? special[k]
                    : (rng.nextDouble() - 0.5) * Math.pow(10, rng.nextInt(-8, 9));
            final int previous = rng.nextInt(0, 1000);
            assertEquals(net < 0 ? previous + 1 : 0, ParticipantStats.monthsInRed(previous, net), "net " + net);
        }
    }

    private static double median(java.util.List<Double> values) {
        final double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return Quantiles.ofSorted(sorted, 0.5);
    }
}
