package org.downline.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.downline.scenario.AttritionConfig;
import org.downline.scenario.Scenario;
import org.downline.testing.Scenarios;
import org.junit.jupiter.api.Test;

/**
 * A world is sized at once for the most members it can reach when a replication is expected to
 * reach at least half of them (or they are few), and otherwise grows with its members. Sizes
 * only: the results do not depend on it (the golden and determinism tests run both kinds).
 */
class MlmWorldReserveTest {

    private static Scenario bass(long prospects, int founders, double p, double q, AttritionConfig quits,
            int months) {
        Scenario s = Scenarios.with(Scenario.DEFAULT, Scenarios.market(prospects, 1.0));
        s = Scenarios.with(s, Scenarios.bass(founders, p, q, Scenarios.CONSTANT_EFFORT));
        s = Scenarios.with(s, quits);
        return Scenarios.run(s, months, 1, 1);
    }

    @Test
    void aSaturatingTreeIsSizedForAllItsProspects() {
        Scenario s = bass(1_000_000, 1, 0.0, 1.0, Scenarios.NO_ATTRITION, 30);   // SAT-BIN, smaller
        assertEquals(1_000_000, MlmWorld.reservedMembers(s));
        assertEquals(1_000_000, new MlmWorld(s).genealogy().capacity());
    }

    @Test
    void aTreeThatStaysSmallInALargeMarketGrowsWithItsMembers() {
        // q = 0.35 less 10% quitting a month: about 1.2 times a month, a few thousand members by month 36
        Scenario s = bass(1_000_000, 1, 0.0, 0.35, new AttritionConfig(0.10, 0), 36);
        double expected = MlmWorld.bassMeanField(s);
        assertTrue(expected > 100 && expected < 100_000, "mean field " + expected);
        assertEquals(0, MlmWorld.reservedMembers(s));
        assertTrue(new MlmWorld(s).genealogy().capacity() <= 1024);
    }

    @Test
    void aSmallMarketIsSizedForAllItsProspects() {
        Scenario s = bass(100_000, 1, 0.0, 0.35, new AttritionConfig(0.10, 0), 36);
        assertEquals(100_000, MlmWorld.reservedMembers(s));
    }

    @Test
    void theFixedModelIsSizedForWhatItsRecurrenceReaches() {
        Scenario s = Scenarios.with(Scenario.DEFAULT, Scenarios.market(10_000_000, 1.0));
        s = Scenarios.with(s, Scenarios.fixed(1, 1, 5, 1));
        s = Scenarios.run(s, 12, 1, 1);
        assertEquals(MlmWorld.maxMembers(s), MlmWorld.reservedMembers(s));
        assertTrue(MlmWorld.maxMembers(s) < 10_000_000);
    }

    @Test
    void theMeanFieldFollowsTheBassRecurrenceWithoutAttrition() {
        // n_t = (p + q·N_{t-1}/m)(m - N_{t-1}) with a delay of one month (BassRecruiter's class comment)
        double m = 1_000_000;
        double p = 0.001;
        double q = 0.5;
        Scenario s = bass((long) m, 10, p, q, Scenarios.NO_ATTRITION, 12);
        assertEquals(1, s.recruitment().startDelayMonths());
        double total = 10;
        for (int t = 1; t <= 12; t++) {
            total += (p + q * total / m) * (m - total);
        }
        assertEquals(total, MlmWorld.bassMeanField(s), 1e-6 * total);
    }
}
