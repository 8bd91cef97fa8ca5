package org.downline.traffic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.downline.rng.ReplicationStreams;
import org.downline.scenario.AffiliateConfig;
import org.downline.scenario.DistributionConfig;
import org.downline.scenario.DistributionKind;
import org.downline.scenario.Entrants;
import org.downline.stats.Metric;
import org.downline.stats.ParticipantStats;
import org.downline.stats.WorldReplication;
import org.junit.jupiter.api.Test;

class AffiliateWorldTest {

    private static final DistributionConfig CONSTANT = new DistributionConfig(DistributionKind.CONSTANT, 4, 0, 1.5);

    /** Identical sites, no noise, no variation, nobody quits. */
    static AffiliateConfig identical(int n, double demand, double zipf, boolean orderNoise) {
        return new AffiliateConfig(true, Entrants.fixed(n), demand, 0, zipf, CONSTANT,
                new DistributionConfig(DistributionKind.CONSTANT, 1, 0, 1.5), 0,
                0.05, 0.04, 80, 0.04, 0, orderNoise, 0, 40, 0, 0);
    }

    /** Start and quit months are held as shorts: a world refuses more months than they hold. */
    @Test
    void refusesMonthsItsStartMonthsCouldNotHold() {
        AffiliateWorld w = new AffiliateWorld(identical(10, 1000, 1, false));
        int[] entrants = new int[ParticipantStats.MAX_MONTH + 2];
        entrants[1] = 2;
        entrants[4] = 5;
        assertThrows(IllegalArgumentException.class,
                () -> w.reset(ReplicationStreams.of(3, 0), ParticipantStats.MAX_MONTH + 1, entrants));
        w.reset(ReplicationStreams.of(3, 0), 3, entrants);
        assertThrows(IllegalArgumentException.class, () -> w.step(ParticipantStats.MAX_MONTH + 1));
        // reset checked the months once: a step past them is refused before anyone starts
        w.run(3);
        final int size = w.size();
        assertEquals(2, size);
        assertThrows(IllegalArgumentException.class, () -> w.step(4));
        assertEquals(size, w.size());
    }

    private static AffiliateWorld run(AffiliateConfig c, int months) {
        AffiliateWorld w = new AffiliateWorld(c);
        int[] entrants = new int[months + 1];
        entrants[1] = c.entrants().count();
        w.reset(ReplicationStreams.of(3, 0), months, entrants);
        w.run(months);
        return w;
    }

    /**
     * With every variation switched off, an affiliate's income is exactly visits × click-through ×
     * conversion × order value × commission, month by month (up to the rounding of one product: a
     * relative 1e-12).
     */
    @Test
    void funnelIdentityWithoutVariation() {
        int n = 40;
        int months = 5;
        double demand = 1_000_000;
        AffiliateWorld w = run(identical(n, demand, 0.9, false), months);
        ZipfShares z = new ZipfShares(0.9);
        for (int i = 0; i < n; i++) {
            double visits = demand * z.share(i + 1, n);          // identical sites rank by start order
            double expected = months * visits * 0.05 * 0.04 * 80 * 0.04;
            assertEquals(expected, w.grossCommissions()[i], 1e-12 * expected, "affiliate " + i);
        }
        assertEquals(demand * 0.05 * 0.04 * 80 * 0.04, w.series(AffiliateSeries.COMMISSIONS_PAID)[3], 1e-6);
        assertEquals(demand * 0.05, w.series(AffiliateSeries.CLICKS)[2], 1e-6);
        assertEquals(n * 40.0, w.series(AffiliateSeries.COSTS)[4]);
    }

    /** Identical sites share the demand by Zipf rank: the top k get H_{k,s} / H_{N,s}. */
    @Test
    void zipfSharesOfIdenticalSites() {
        int n = 1000;
        double s = 0.93;
        AffiliateWorld w = run(identical(n, 2_000_000, s, false), 1);
        double total = 0;
        for (int i = 0; i < n; i++) {
            total += w.grossCommissions()[i];
        }
        double hN = 0;
        double[] h = new double[n + 1];
        for (int r = 1; r <= n; r++) {
            h[r] = h[r - 1] + Math.pow(r, -s);
        }
        hN = h[n];
        for (int k : new int[] {1, 10, 100, 500}) {
            double top = 0;
            for (int i = 0; i < k; i++) {
                top += w.grossCommissions()[i];
            }
            assertEquals(h[k] / hN, top / total, 1e-12, "top " + k);
        }
        assertEquals(1.0, w.series(AffiliateSeries.SHARE_OF_DEMAND)[1], 1e-12);
    }

    /**
     * Poisson orders: over many sites and months the orders total the expectation (the total is
     * Poisson), and the number of sites that never sold matches Σ e^{−months·μ}; tolerances are 5
     * standard deviations (false failure about 6e-7 each).
     */
    @Test
    void ordersArePoissonAroundTheirExpectation() {
        int n = 5000;
        int months = 6;
        AffiliateWorld w = run(identical(n, 3_000_000, 0.9, true), months);
        double expectedPerMonth = 3_000_000 * 0.05 * 0.04;
        double orders = 0;
        for (int t = 1; t <= months; t++) {
            orders += w.series(AffiliateSeries.ORDERS)[t];
        }
        double mean = months * expectedPerMonth;
        assertEquals(mean, orders, 5 * Math.sqrt(mean));
        // a site with no sale in all months: probability e^{-months·μ}, μ its monthly expectation
        ZipfShares z = new ZipfShares(0.9);
        double expectedNone = 0;
        double var = 0;
        int none = 0;
        for (int i = 0; i < n; i++) {
            double p = Math.exp(-months * 3_000_000 * z.share(i + 1, n) * 0.05 * 0.04);
            expectedNone += p;
            var += p * (1 - p);
            none += w.grossCommissions()[i] == 0 ? 1 : 0;
        }
        assertEquals(expectedNone, none, 5 * Math.sqrt(var), "sites that never sold");
    }

    @Test
    void sitesInTheRedQuitAndStopEarning() {
        AffiliateConfig base = identical(200, 10_000, 1.0, false);
        AffiliateConfig c = new AffiliateConfig(true, base.entrants(), base.demandPerMonth(), 0, base.zipfExponent(),
                base.postsPerMonth(), base.siteQuality(), 0, base.clickThrough(), base.conversion(),
                base.orderValue(), base.commission(), 0, false, 0, 40, 0, 3);
        AffiliateWorld w = run(c, 6);
        // 10,000 visits make $64 a month in all: every site is in the red and quits after 3 months
        assertEquals(200, w.series(AffiliateSeries.QUITS)[3]);
        assertEquals(0, w.series(AffiliateSeries.ACTIVE)[4]);
        assertEquals(0, w.series(AffiliateSeries.COMMISSIONS_PAID)[5]);
        assertEquals(3, w.monthsActive(0));
    }

    /**
     * Income exactly equal to the costs is not in the red (income − costs is +0, not below 0), a
     * cent less is: one site, every factor a power of two, so the month's income is exactly $40
     * against $40 of costs; with one month in the red allowed, the second site quits at once.
     */
    @Test
    void incomeEqualToCostsIsNotInTheRed() {
        for (double demand : new double[] {4, 4 - 1.0 / 1024}) {
            AffiliateConfig c = new AffiliateConfig(true, Entrants.fixed(1), demand, 0, 1.0, CONSTANT,
                    new DistributionConfig(DistributionKind.CONSTANT, 1, 0, 1.5), 0, 0.5, 0.5, 80, 0.5, 0, false,
                    0, 40, 0, 1);
            AffiliateWorld w = run(c, 3);
            boolean even = demand == 4;
            assertEquals(even ? 3 * 40.0 : 40 * demand / 4, w.grossCommissions()[0], 1e-9);  // 3 months, or 1
            assertEquals(even ? 0 : 1, w.series(AffiliateSeries.QUITS)[1], "demand " + demand);
            assertEquals(even ? 3 : 1, w.monthsActive(0), "demand " + demand);
        }
    }

    /**
     * What the statistics compute for themselves is what the world says: months in the business
     * by ParticipantStats.monthsIn and costs as start-up plus the months' costs, for affiliates who
     * started in different months, some of whom quit; and the spare arrays are long enough and none
     * of the arrays the statistics read.
     */
    @Test
    void statisticsMonthsAndCostsAreTheWorlds() {
        AffiliateConfig base = identical(1, 50_000, 0.9, true);
        AffiliateConfig c = new AffiliateConfig(true, Entrants.MLM, base.demandPerMonth(), 20, 0.9,
                base.postsPerMonth(), base.siteQuality(), 0.5, base.clickThrough(), base.conversion(),
                base.orderValue(), base.commission(), 0.3, true, 99, 40, 0.1, 3);
        int months = 12;
        int[] entrants = new int[months + 1];
        for (int t = 0; t <= months; t++) {
            entrants[t] = 50 + 30 * t;
        }
        AffiliateWorld w = new AffiliateWorld(c);
        w.reset(ReplicationStreams.of(5, 1), months, entrants);
        w.run(months);
        int n = w.size();
        int quit = 0;
        double costs = 0;
        for (int i = 0; i < n; i++) {
            int m = ParticipantStats.monthsIn(w.startMonths()[i], w.quitMonths()[i], months);
            assertEquals(w.monthsActive(i), m, "affiliate " + i);
            costs += 99 + 40.0 * m;
            quit += w.quitMonths()[i] > 0 ? 1 : 0;
        }
        assertTrue(quit > 0 && quit < n, quit + " of " + n + " quit");
        // the costs the statistics compute from the configuration (as the run passes it), in order
        WorldReplication stats = ParticipantStats.compute(n, w.startMonths(), w.quitMonths(), w.grossCommissions(),
                null, c.startupCost(), c.costsPerMonth(), months, null, null, null, null, null, null);
        assertEquals(costs / n, stats.get(Metric.COSTS_MEAN.key()));
        assertTrue(w.spareDoubles().length >= n && w.spareLongs().length >= n);
        for (Object read : new Object[] {w.grossCommissions(), w.firstYearGross()}) {
            assertNotSame(read, w.spareDoubles());
        }
    }
    /**
     * The MLM founders' counterparts (month 0 entrants) join in month 0, as the founders do, so that
     * cohorts.csv and outlook.csv put them in the founders' cohort (they sat in month 1's); they are
     * in the business from month 1 with month 1's entrants, and earn, cost and quit exactly as if
     * they had started in month 1 (the same draws, in the same order).
     */
    @Test
    void foundersCounterpartsJoinInMonth0AndStartInMonth1() {
        AffiliateConfig base = identical(1, 50_000, 0.9, true);
        AffiliateConfig c = new AffiliateConfig(true, Entrants.MLM, base.demandPerMonth(), 20, 0.9,
                base.postsPerMonth(), base.siteQuality(), 0.5, base.clickThrough(), base.conversion(),
                base.orderValue(), base.commission(), 0.3, true, 99, 40, 0.1, 3);
        int months = 14;
        int[] withFounders = new int[months + 1];
        int[] allInMonth1 = new int[months + 1];
        for (int t = 1; t <= months; t++) {
            withFounders[t] = 5 * t;
            allInMonth1[t] = 5 * t;
        }
        withFounders[0] = 3;
        allInMonth1[1] += 3;
        AffiliateWorld a = new AffiliateWorld(c);
        a.reset(ReplicationStreams.of(5, 2), months, withFounders);
        a.run(months);
        AffiliateWorld b = new AffiliateWorld(c);
        b.reset(ReplicationStreams.of(5, 2), months, allInMonth1);
        b.run(months);
        int n = a.size();
        assertEquals(b.size(), n);
        for (int i = 0; i < n; i++) {
            assertEquals(i < 3 ? 0 : b.startMonths()[i], a.startMonths()[i], "join month of " + i);
            assertEquals(b.grossCommissions()[i], a.grossCommissions()[i], "affiliate " + i);
            assertEquals(b.firstYearGross()[i], a.firstYearGross()[i], "affiliate " + i);
            assertEquals(b.quitMonths()[i], a.quitMonths()[i], "affiliate " + i);
            assertEquals(b.monthsActive(i), a.monthsActive(i), "affiliate " + i);
        }
        assertEquals(1, b.startMonths()[0]);
        for (AffiliateSeries s : AffiliateSeries.values()) {
            if (s != AffiliateSeries.MEMBERS && s != AffiliateSeries.NEW_RECRUITS) {
                assertTrue(java.util.Arrays.equals(b.series(s), a.series(s)), s.name());
            }
        }
        // counted as the MLM counts its founders: joined (members, new) in month 0, not new in month 1
        double[] members = a.series(AffiliateSeries.MEMBERS);
        double[] joined = a.series(AffiliateSeries.NEW_RECRUITS);
        assertEquals(3, members[0]);
        assertEquals(3, joined[0]);
        assertEquals(0, a.series(AffiliateSeries.ACTIVE)[0]);
        assertEquals(5, joined[1]);
        assertEquals(8, members[1]);
        for (int t = 2; t <= months; t++) {
            assertEquals(5 * t, joined[t], "joined in month " + t);
            assertEquals(b.series(AffiliateSeries.MEMBERS)[t], members[t], "members in month " + t);
        }
        assertEquals(0, b.series(AffiliateSeries.MEMBERS)[0]);
        assertEquals(8, b.series(AffiliateSeries.NEW_RECRUITS)[1]);
    }
}
