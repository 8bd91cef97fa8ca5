package org.downline.plans;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Breadth-first renumbering of the slots (done from {@link SlotLevels#RENUMBER_FROM} slots on) must
 * not change what anyone is paid: the same tree grown period by period, paid by levels that never
 * renumber and by levels that renumber whenever a slot is new, gives every member the same
 * commission and every level the same components, with and without compression, with members
 * departing and new members joining under old and new parents between periods.
 */
class SlotLevelsTest {

    private static final double[] RATES = {0.07, 0.05, 0.04, 0.03, 0.02, 0.01};

    @Test
    void renumberingChangesNoCommission() {
        for (boolean dynamic : new boolean[] {false, true}) {
            SplittableRandom rng = new SplittableRandom(13);
            Genealogy g = new Genealogy(20_000);
            SlotLevels plain = new SlotLevels(RATES, 16, Integer.MAX_VALUE);
            SlotLevels renumbered = new SlotLevels(RATES, 16, 1);
            Payout a = new Payout(16, new String[RATES.length]);
            Payout b = new Payout(16, new String[RATES.length]);
            for (int period = 0; period < 12; period++) {
                // a batch of joiners under random earlier members (some under the company)
                int joiners = Math.max(50, g.size());
                for (int j = 0; j < joiners && g.size() < 20_000; j++) {
                    int sponsor = g.size() == 0 || rng.nextInt(50) == 0
                            ? Genealogy.COMPANY : rng.nextInt(g.size());
                    int id = g.add(sponsor);
                    plain.attach(id, sponsor);
                    renumbered.attach(id, sponsor);
                }
                for (int i = 0; i < g.size(); i++) {
                    if (g.active[i] && rng.nextInt(20) == 0) {
                        g.active[i] = false;
                    }
                    // whole dollars, some below the qualification of 100
                    g.volume[i] = g.active[i] ? 60 + 40 * rng.nextInt(3) : 0;
                }
                plain.pay(g, a, dynamic, 100);
                renumbered.pay(g, b, dynamic, 100);
                int n = g.size();
                assertArrayEquals(Arrays.copyOf(a.commission, n), Arrays.copyOf(b.commission, n),
                        "commissions, period " + period + ", dynamic " + dynamic);
                for (int d = 0; d < RATES.length; d++) {
                    assertArrayEquals(Arrays.copyOf(a.component(d), n), Arrays.copyOf(b.component(d), n),
                            "level " + (d + 1) + ", period " + period);
                }
                assertEquals(a.volume, b.volume);
                assertEquals(a.paid, b.paid, 1e-9 * a.paid);
                assertTrue(period < 2 || a.paid > 0);
            }
            assertEquals(0, plain.orderedSlots());
            assertTrue(renumbered.orderedSlots() > 1000, "the slots were renumbered");
        }
    }
}
