package org.downline.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
