package org.downline.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** First-year outlook arithmetic on hand-made participants; deterministic: no false failures. */
class OutlookTest {

    private static final double KIT = 99;
    private static final double MONTHLY = 100;

    @Test
    void joinMonthsWithAWholeFirstYear() {
        assertEquals(-1, Outlook.lastJoinMonth(11));
        assertEquals(1, Outlook.lastJoinMonth(12), "founders (0) and month 1 start in month 1");
        assertEquals(25, Outlook.lastJoinMonth(36));
        assertEquals(0, Outlook.compute(0, new short[0], new short[0], new double[0], null, KIT, MONTHLY, 11).joinMonths());
    }

    /**
     * Month 0: two founders, one in all year, one quitting in month 3 (three months of costs); month 1:
     * nobody; month 2: five joiners with incomes 0, 500, 1000, 1400, 3000, one quitting in month 13
     * (its last month, 2 + 11) and one in month 14 (after its year); month 3: nobody; month 4 (not a
     * whole year in a run of 14 months): one joiner, ignored.
     */
    @Test
    void handComputedCohorts() {
        short[] join = {0, 0, 2, 2, 2, 2, 2, 4};
        short[] quit = {0, 3, 13, 14, 0, 0, 0, 0};
        double[] income = {2000, 10, 0, 500, 1000, 1400, 3000, 9};
        boolean[] paid = {true, false, false, true, true, false, true, true};
        Outlook o = Outlook.compute(8, join, quit, income, paid, KIT, MONTHLY, 14);
        assertEquals(4, o.joinMonths());                   // months 0..3: 3 + 11 = 14
        assertArrayEquals(new double[] {2, 0, 5, 0}, o.count());
        // month 0: 2000 - 99 - 1200 = 701 and 10 - 99 - 300 = -389
        double[] founders = {-389, 701};
        for (int k = 0; k < Outlook.PERCENTILES.length; k++) {
            double q = Outlook.PERCENTILES[k];
            assertEquals(founders[0] + q * (founders[1] - founders[0]), o.netPercentiles()[k][0], 1e-9);
        }
        assertEquals(0.5, o.shareLosingMoney()[0]);
        assertEquals(0.5, o.shareQuit()[0]);
        assertEquals(0.5, o.sharePaid()[0]);
        // months 1 and 3: nobody joined
        for (int t : new int[] {1, 3}) {
            for (double[] p : o.netPercentiles()) {
                assertTrue(Double.isNaN(p[t]));
            }
            assertTrue(Double.isNaN(o.shareLosingMoney()[t]) && Double.isNaN(o.shareQuit()[t])
                    && Double.isNaN(o.sharePaid()[t]));
        }
        // month 2: every joiner in all year (the one quitting in month 13 was in all twelve months):
        // income - 1299 = -1299, -799, -299, 101, 1701
        assertEquals(-1299 + 0.4 * 500, o.netPercentiles()[0][2], 1e-9);      // P10: h = 0.4
        assertEquals(-799, o.netPercentiles()[1][2], 1e-9);                   // P25: h = 1
        assertEquals(-299, o.netPercentiles()[2][2], 1e-9);
        assertEquals(101, o.netPercentiles()[3][2], 1e-9);
        assertEquals(101 + 0.6 * 1600, o.netPercentiles()[4][2], 1e-9);      // P90: h = 3.6
        assertEquals(0.6, o.shareLosingMoney()[2], 1e-12);
        assertEquals(0.2, o.shareQuit()[2], 1e-12);
        assertEquals(0.6, o.sharePaid()[2], 1e-12);
    }

    /** Without flags, paid means a positive first-year income (affiliates: commissions alone). */
    @Test
    void withoutFlagsPaidMeansIncome() {
        double[] income = {0, 0.01, 2000};
        Outlook o = Outlook.compute(3, new short[] {1, 1, 1}, new short[] {0, 0, 2}, income, null,
                50, 10, 12);
        assertEquals(2.0 / 3, o.sharePaid()[1], 1e-12);
        assertEquals(1.0 / 3, o.shareQuit()[1], 1e-12);
        // nets -170, -169.99 and 2000 - 50 - 2 months' 20 = 1930; P90 at h = 1.8
        assertEquals(-169.99 + 0.8 * (1930 + 169.99), o.netPercentiles()[4][1], 1e-9);
        assertEquals(-169.99, o.netPercentiles()[Outlook.MEDIAN][1], 1e-9);
        assertEquals(2.0 / 3, o.shareLosingMoney()[1], 1e-12);
    }

    @Test
    void refusesParticipantsOutOfJoinOrder() {
        assertThrows(IllegalArgumentException.class, () -> Outlook.compute(2, new short[] {2, 1}, new short[2],
                new double[2], null, 0, 0, 24));
    }

    /** Across replications: means and intervals per join month, a month without joiners undefined. */
    @Test
    void summaryAcrossReplications() {
        double[] income = {1299, 0};
        Outlook a = Outlook.compute(2, new short[] {0, 1}, new short[2], income, null, KIT, MONTHLY, 12);
        Outlook b = Outlook.compute(1, new short[] {0}, new short[1], new double[] {1399}, null, KIT, MONTHLY, 12);
        OutlookSummary s = OutlookSummary.of(new Outlook[] {a, b});
        assertEquals(2, s.joinMonths());
        assertEquals(50, s.netPercentiles()[Outlook.MEDIAN][0].mean(), 1e-9);
        assertEquals(2, s.netPercentiles()[Outlook.MEDIAN][0].n());
        assertEquals(0.5, s.participants()[1].mean());
        assertEquals(-1299, s.netPercentiles()[Outlook.MEDIAN][1].mean(), 1e-9);
        assertEquals(1, s.netPercentiles()[Outlook.MEDIAN][1].n(), "only the replication with a joiner");
        assertEquals(1, s.latestWithJoiners());
        assertThrows(IllegalArgumentException.class, () -> OutlookSummary.of(new Outlook[] {a,
            Outlook.compute(0, new short[0], new short[0], new double[0], null, 0, 0, 13)}));
    }

    /**
     * The first year's tests, quitting as one unsigned comparison, say what they mean: quit (month
     * not 0) at or before month max(1, join) + 11; a whole year within the run's months. Every join
     * and quit month up to 60 and 80.
     */
    @Test
    void firstYearTestsMatchTheirDefinitions() {
        for (int join = 0; join <= 60; join++) {
            final int last = Math.max(1, join) + 11;
            assertEquals(last, Outlook.lastOfFirstYear(join));
            for (int quit = 0; quit <= 80; quit++) {
                assertEquals(quit != 0 && quit <= last, Outlook.quitInFirstYear(join, quit),
                        "join " + join + ", quit " + quit);
            }
            for (int months = 0; months <= 80; months++) {
                assertEquals(last <= months, Outlook.wholeFirstYear(join, months), "join " + join + ", months " + months);
            }
        }
    }
}
