package org.downline.plans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.random.RandomGenerator;
import org.downline.rng.RandomStreams;
import org.downline.scenario.Compression;
import org.downline.scenario.Placement;
import org.downline.scenario.PlanConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What holds for every plan on every genealogy, period after period: each member's components add
 * up to their commission and the commissions to the total paid; nothing is negative; the payout
 * never exceeds the plan's maximum for the period, nor its fixed maximum ratio where it has one.
 */
class PayoutInvariantsTest {

    /** Every registered plan; each its own seed. */
    private static final List<String> PLANS = List.of("unilevel", "binary", "matrix", "breakaway");

    private static PlanConfig config(String type, RandomGenerator rng) {
        Compression compression = rng.nextBoolean() ? Compression.DYNAMIC : Compression.NONE;
        return switch (type) {
            case "unilevel" -> Trees.unilevel(compression, 100, 0.10, 0.07, 0.05, 0.03);
            case "binary" -> Trees.binary(0.05 + 0.1 * rng.nextDouble(), rng.nextBoolean() ? 0 : 40,
                    rng.nextBoolean(), Placement.values()[rng.nextInt(3)], 100, rng.nextBoolean());
            case "matrix" -> Trees.matrix(1 + rng.nextInt(4), 7, 100, 0.05, 0.05, 0.05, 0.05, 0.05, 0.05, 0.10);
            case "breakaway" -> Trees.breakaway(compression, 100, 1000, 0.04, rng.nextInt(3),
                    0, 0.0, 200, 0.03, 400, 0.09, 1000, 0.25);
            default -> throw new AssertionError("no random configuration for plan " + type);
        };
    }

    @ParameterizedTest
    @MethodSource("plans")
    void componentsAddUpNothingIsNegativeAndTheMaximumHolds(String type) {
        RandomGenerator rng = RandomStreams.fromSeed(41 + PLANS.indexOf(type));
        for (int t = 0; t < 40; t++) {
            PlanConfig c = config(type, rng);
            CompensationPlan plan = Plans.create(c, 1);
            Genealogy g = new Genealogy(600);
            Payout p = Payout.recording(plan, 1);
            for (int period = 0; period < 5; period++) {
                int joiners = rng.nextInt(100);
                for (int k = 0; k < joiners; k++) {
                    int n = g.size();
                    int id = g.add(n == 0 || rng.nextDouble() < 0.05 ? -1 : rng.nextInt(n));
                    g.volume[id] = rng.nextInt(12) * 50;
                    plan.onJoin(g, id);
                }
                plan.pay(g, p);
                String where = type + " tree " + t + " period " + period;
                double total = 0;
                for (int i = 0; i < g.size(); i++) {
                    double sum = 0;
                    for (int k = 0; k < p.componentNames().length; k++) {
                        assertTrue(p.component(k)[i] >= 0, where);
                        sum += p.component(k)[i];
                    }
                    for (int k = 0; k < p.detailNames().length; k++) {
                        assertTrue(p.detail(k)[i] >= 0, where + " " + p.detailNames()[k]);
                    }
                    assertTrue(p.commission[i] >= 0, where);
                    assertEquals(p.commission[i], sum, 1e-9 * (1 + sum), where + " member " + i);
                    total += p.commission[i];
                }
                assertEquals(total, p.paid, 1e-9 * (1 + total), where);
                assertTrue(p.paid <= p.maxPayable * (1 + 1e-12) + 1e-9, where + ": paid above the maximum");
                if (!Double.isNaN(plan.maxPayoutRatio()) && p.volume > 0) {
                    assertTrue(p.payoutRatio() <= plan.maxPayoutRatio() + 1e-12, where);
                    assertEquals(p.volume * plan.maxPayoutRatio(), p.maxPayable, 1e-9 * p.maxPayable, where);
                }
                assertTrue(p.capped >= 0 && p.flushedVolume >= 0 && p.carriedVolume >= 0, where);
                if (plan.ranks() != null) {
                    for (int i = 0; i < g.size(); i++) {
                        assertTrue(plan.ranks()[i] >= 0 && plan.ranks()[i] < plan.rankNames().length, where);
                    }
                }
                for (int i = 0; i < g.size(); i++) {
                    if (g.active[i] && rng.nextDouble() < 0.1) {
                        g.active[i] = false;
                    }
                    g.volume[i] = g.active[i] ? rng.nextInt(12) * 50 : 0;
                }
            }
        }
    }

    static List<String> plans() {
        return PLANS;
    }

    @Test
    void everyRegisteredPlanIsCovered() {
        assertEquals(Plans.all().stream().map(Plans.Entry::name).sorted().toList(), PLANS.stream().sorted().toList());
    }
}
