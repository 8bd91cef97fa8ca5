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

    @Test
    void handComputedReplication() {
        int[] join = {0, 1, 1, 2, 2};
        double[] gross = {900, 100, 0, 0, 0};
        double[] retail = {0, 50, 10, 0, 0};
        double[] costs = {400, 100, 110, 100, 0};
        // net: 500, 50, -100, -100, 0
        int[] months = {3, 2, 2, 1, 1};
        int[] quit = {0, 2, 0, 2, 0};
        WorldReplication r = ParticipantStats.compute(5, join, quit, gross, retail, costs, months, 3, null, null);
        assertEquals(5, r.get(Metrics.PARTICIPANTS));
        assertEquals(0.4, r.get(Metrics.SHARE_LOSING_MONEY), 1e-15);
        assertEquals(0.6, r.get(Metrics.SHARE_NO_COMMISSION), 1e-15);
        assertEquals(0.4, r.get(Metrics.SHARE_PROFITABLE), 1e-15);
        assertEquals(70, r.get(Metrics.NET_MEAN), 1e-12);
        assertEquals(0, r.get("netIncome.p50"), 1e-12);
        assertEquals(200, r.get(Metrics.GROSS_MEAN), 1e-12);
        // gross sorted 0,0,0,100,900: top 1% of 5 people is 0.05 of the richest: all of it is 900
        assertEquals(0.05 * 900 / 1000, r.get(Metrics.TOP_ONE_PERCENT_SHARE), 1e-12);
        assertEquals(1.8, r.get(Metrics.MONTHS_ACTIVE_MEAN), 1e-15);
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
     * The MLM form (months and costs computed from join and quit months, working in lent arrays)
     * gives bit for bit what the form with every participant's months and costs given does, and
     * allocates nothing a participant (the form with arrays: 16 bytes, its net incomes and keys;
     * the caller's months and costs 12 more). A world of 2·10^6 drawn participants, in join order;
     * deterministic.
     */
    @Test
    void mlmFormMatchesArraysAndAllocatesNothingAParticipant() {
        final int n = 2_000_000;
        final int months = 30;
        final double kit = 99;
        final double monthly = 50;
        final SplittableRandom rng = new SplittableRandom(13);
        final int[] join = new int[n];
        final int[] quit = new int[n];
        final double[] gross = new double[n];
        final double[] retail = new double[n];
        final int[] monthsActive = new int[n];
        final double[] costs = new double[n];
        for (int i = 0; i < n; i++) {
            join[i] = (int) ((long) i * (months + 1) / n);
            final int first = Math.max(1, join[i]);
            quit[i] = rng.nextInt(3) == 0 && first <= months ? first + rng.nextInt(months - first + 1) : 0;
            gross[i] = rng.nextInt(4) == 0 ? Math.rint(Math.exp(4 * rng.nextDouble()) * 100) / 100 : 0;
            retail[i] = rng.nextInt(10) * 15.0;
            monthsActive[i] = Math.max(0, (quit[i] == 0 ? months : quit[i]) - first + 1);
            costs[i] = kit + monthly * monthsActive[i];
        }
        final WorldReplication given = ParticipantStats.compute(n, join, quit, gross, retail, costs, monthsActive,
                months, null, null);
        final double[] spareDoubles = new double[n];
        final long[] spareLongs = new long[n];
        final com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        final long before = threads.getCurrentThreadAllocatedBytes();
        final WorldReplication computed = ParticipantStats.compute(n, join, quit, gross, retail, kit, monthly, months,
                null, null, null, null, spareDoubles, spareLongs);
        final long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertArrayEquals(given.names(), computed.names());
        for (int k = 0; k < given.values().length; k++) {
            assertEquals(Double.doubleToRawLongBits(given.values()[k]),
                    Double.doubleToRawLongBits(computed.values()[k]), given.names()[k]);
        }
        assertArrayEquals(given.lorenz(), computed.lorenz());
        assertArrayEquals(given.bands(), computed.bands());
        assertArrayEquals(given.cohorts().medianNet(), computed.cohorts().medianNet());
        assertArrayEquals(given.cohorts().meanNet(), computed.cohorts().meanNet());
        // what it allocates is of fixed size: a selection's 2^16 counts per quantile call (a cohort
        // each, and a few more), results and tables; 16 bytes a participant would be 32 MB
        final long fixed = (months + 1 + 8) * (4L << 16) + (1 << 20);
        assertTrue(allocated < fixed, "allocated " + allocated + " bytes for " + n + " participants");
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
        final int[] join = new int[n];
        final int[] quit = new int[n];
        final double[] gross = new double[n];
        final double[] costs = new double[n];
        final int[] monthsActive = new int[n];
        final double[] edges = IncomeBands.UPPER;
        final long[] expected = new long[IncomeBands.COUNT];
        final java.util.List<Double> annualAll = new java.util.ArrayList<>();
        final java.util.List<Double> annualEstablished = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            join[i] = (int) ((long) i * (months + 1) / n);
            final int first = Math.max(1, join[i]);
            quit[i] = rng.nextInt(3) == 0 ? first + rng.nextInt(months - first + 1) : 0;
            monthsActive[i] = Math.max(0, (quit[i] == 0 ? months : quit[i]) - first + 1);
            gross[i] = rng.nextInt(3) == 0 ? Math.rint(Math.exp(9 * rng.nextDouble())) : 0;
            final double net = switch (rng.nextInt(3)) {
                case 0 -> edges[rng.nextInt(edges.length)];                       // on an edge
                case 1 -> Math.nextDown(edges[rng.nextInt(edges.length)]);        // just below one
                default -> 60_000 * (rng.nextDouble() - 0.5);
            };
            costs[i] = gross[i] - net;                 // net = gross + 0 - cost, exactly for these
            expected[IncomeBands.of(gross[i] - costs[i])]++;
            final double a = monthsActive[i] > 0 ? gross[i] * 12.0 / monthsActive[i] : 0;
            annualAll.add(a);
            if (first + 11 <= months && !(quit[i] != 0 && quit[i] <= first + 11)) {
                annualEstablished.add(a);
            }
        }
        final WorldReplication r = ParticipantStats.compute(n, join, quit, gross, null, costs, monthsActive, months,
                null, null);
        for (int b = 0; b < IncomeBands.COUNT; b++) {
            assertEquals((double) expected[b] / n, r.bands()[b], "band " + b);
        }
        assertEquals(median(annualAll), r.get(Metrics.ANNUAL_GROSS_MEDIAN));
        assertEquals(median(annualEstablished), r.get(Metric.ESTABLISHED_ANNUAL_GROSS_P50.key()));
    }

    private static double median(java.util.List<Double> values) {
        final double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return Quantiles.ofSorted(sorted, 0.5);
    }
}
