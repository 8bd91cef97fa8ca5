package org.downline.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.downline.rng.ReplicationStreams;
import org.downline.scenario.AttritionConfig;
import org.downline.scenario.EconomicsConfig;
import org.downline.scenario.RetailConfig;
import org.downline.scenario.Scenario;
import org.downline.stats.Metric;
import org.downline.stats.ParticipantStats;
import org.downline.testing.Scenarios;
import org.downline.testing.Shorts;
import org.junit.jupiter.api.Test;

/** Costs, commissions and quitting on worlds small enough to follow by hand. */
class EconomicsTest {

    /**
     * A chain: the founder recruits one in month 1, who recruits one in month 2, and so on (fixed
     * model, cap 1). Costs: kit 99, then 20 fee + 50 (half of the 100 autoship) + 30 = 100 a month.
     * Unilevel 5 × 5% of 100: month 1 the founder earns 5; month 2 the founder 10 and member 1 5;
     * month 3 the founder 15, member 1 10, member 2 5.
     */
    @Test
    void chainOfThreeMonths() {
        MlmWorld w = chain(new AttritionConfig(0, 0), 3);
        assertEquals(4, w.size());
        assertArrayEquals(new double[] {30, 15, 5, 0}, Arrays.copyOf(w.grossCommissions(), 4), 1e-9);
        // costs 399, 399, 299, 199: the kit and 100 a month over 3, 3, 2 and 1 months, as the
        // statistics compute them from the economics (what the run passes them)
        final double kit = Scenario.DEFAULT.economics().starterKit();
        final double monthly = Scenario.DEFAULT.economics().monthlyCost();
        assertEquals(99, kit, 1e-9);
        assertEquals(100, monthly, 1e-9);
        assertArrayEquals(new int[] {3, 3, 2, 1}, IntStream.range(0, 4).map(w::monthsActive).toArray());
        assertEquals((399 + 399 + 299 + 199) / 4.0, ParticipantStats.compute(4, w.joinMonths(), w.quitMonths(),
                w.grossCommissions(), w.retailProfits(), kit, monthly, 3, null, null, null, null, null, null)
                .get(Metric.COSTS_MEAN.key()), 1e-9);
        assertArrayEquals(new double[] {0, 0, 0, 0}, Arrays.copyOf(w.retailProfits(), 4), 1e-9);
        assertArrayEquals(new int[] {0, 1, 2, 3}, Shorts.ints(w.joinMonths(), 4));
        assertEquals(30 + 15 + 5, sum(w.series(MlmSeries.COMMISSIONS_PAID)), 1e-9);
        assertEquals(4 * 99 + (3 + 3 + 2 + 1) * 100, sum(w.series(MlmSeries.COSTS)), 1e-9);
    }

    /**
     * Quit after 2 months in the red: every member is in the red every month (the commissions above
     * never cover $100), so each quits at the end of their second month and the chain stops.
     */
    @Test
    void quittingAfterMonthsInTheRed() {
        MlmWorld w = chain(new AttritionConfig(0, 2), 4);
        int[] quit = Shorts.ints(w.quitMonths(), w.size());
        // founder (months 1-2) and member 1 (joined month 1) quit at the end of month 2; member 2
        // recruited member 3 in month 3 and quit at its end; member 3 recruited member 4 in month 4
        // and quit; member 4 has had one month in the red and stays.
        assertArrayEquals(new int[] {2, 2, 3, 4, 0}, quit);
        assertEquals(2, w.series(MlmSeries.ACTIVE)[4]);
        assertEquals(1, w.series(MlmSeries.QUITS)[4]);
    }

    /** Every monthly retail sale adds margin × sale to someone's retail profit. */
    @Test
    void retailProfitIsMarginTimesRetailSales() {
        Scenario s = Scenarios.with(Scenario.DEFAULT, Scenarios.market(200_000, 0.5));
        s = Scenarios.with(s, new EconomicsConfig(99, 20, 100, 0.5, 30, new RetailConfig(1.7, 35, 0.3)));
        s = Scenarios.run(s, 24, 1, 5);
        MlmWorld w = new MlmWorld(s);
        w.reset(ReplicationStreams.of(5, 0), 24);
        w.run(24);
        double profit = 0;
        for (int i = 0; i < w.size(); i++) {
            profit += w.retailProfits()[i];
        }
        double sales = sum(w.series(MlmSeries.RETAIL_SALES));
        assertEquals(0.3 * sales, profit, 1e-6 * sales);
        // about 1.7 orders of $35 per active member-month (Poisson mean: 6 standard errors, a false
        // failure about 2e-9)
        double memberMonths = sum(w.series(MlmSeries.ACTIVE));
        double orders = sales / 35;
        assertEquals(1.7 * memberMonths, orders, 6 * Math.sqrt(1.7 * memberMonths));
    }

    /**
     * Quitting by hazard alone: given the active members of a month, its quits are Binomial(active,
     * h) — whatever the geometric gaps used to draw them. Summed over months and replications, a
     * z-score; |z| < 4 fails with probability 6.3e-5.
     */
    @Test
    void quitsFollowTheMonthlyHazard() {
        double h = 0.07;
        Scenario s = Scenarios.with(Scenario.DEFAULT, Scenarios.market(100_000, 0.5));
        s = Scenarios.with(s, new AttritionConfig(h, 0));
        s = Scenarios.run(s, 30, 40, 9);
        MlmWorld w = new MlmWorld(s);
        double diff = 0;
        double var = 0;
        for (int r = 0; r < s.replications(); r++) {
            w.reset(ReplicationStreams.of(s.seed(), r), s.months());
            w.run(s.months());
            double[] active = w.series(MlmSeries.ACTIVE);
            double[] quits = w.series(MlmSeries.QUITS);
            for (int t = 1; t <= s.months(); t++) {
                diff += quits[t] - h * active[t];
                var += active[t] * h * (1 - h);
            }
        }
        double z = diff / Math.sqrt(var);
        assertTrue(Math.abs(z) < 4, "z " + z);
    }

    @Test
    void certainQuittingEmptiesTheBusinessInOneMonth() {
        Scenario s = Scenarios.with(Scenario.DEFAULT, Scenarios.market(10_000, 0.5));
        s = Scenarios.with(s, new AttritionConfig(1.0, 0));
        s = Scenarios.run(s, 3, 1, 9);
        MlmWorld w = new MlmWorld(s);
        w.reset(ReplicationStreams.of(9, 0), 3);
        w.run(3);
        for (int t = 1; t <= 3; t++) {
            assertEquals(w.series(MlmSeries.ACTIVE)[t], w.series(MlmSeries.QUITS)[t]);
        }
    }

    /**
     * Join and quit months are held as shorts: a world refuses a month past them (before anyone
     * could join with a month that wrapped), and runs the last one.
     */
    @Test
    void refusesAMonthItsJoinMonthsCouldNotHold() {
        MlmWorld w = chain(new AttritionConfig(0, 0), 3);
        final int size = w.size();
        assertThrows(IllegalArgumentException.class, () -> w.step(ParticipantStats.MAX_MONTH + 1));
        assertEquals(size, w.size());
        // reset checked the months once: a step past them is refused before anyone joins
        assertThrows(IllegalArgumentException.class, () -> w.step(4));
        assertEquals(size, w.size());
        assertThrows(IllegalArgumentException.class,
                () -> w.reset(ReplicationStreams.of(1, 0), ParticipantStats.MAX_MONTH + 1));
        w.reset(ReplicationStreams.of(1, 0), ParticipantStats.MAX_MONTH);
        w.step(ParticipantStats.MAX_MONTH);
        assertEquals(ParticipantStats.MAX_MONTH, w.joinMonths()[w.size() - 1]);
    }

    private static MlmWorld chain(AttritionConfig attrition, int months) {
        Scenario s = Scenarios.with(Scenario.DEFAULT, Scenarios.market(1000, 1.0));
        s = Scenarios.with(s, Scenarios.fixed(1, 1, 1, 1));
        s = Scenarios.with(s, attrition);
        s = Scenarios.with(s, Scenarios.NO_RETAIL);
        s = Scenarios.run(s, months, 1, 1);
        MlmWorld w = new MlmWorld(s);
        w.reset(ReplicationStreams.of(1, 0), months);
        w.run(months);
        return w;
    }

    private static double sum(double[] monthly) {
        double s = 0;
        for (int t = 1; t < monthly.length; t++) {
            s += monthly[t];
        }
        return s;
    }
}
