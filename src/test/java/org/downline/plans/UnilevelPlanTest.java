package org.downline.plans;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.random.RandomGenerator;
import org.downline.rng.RandomStreams;
import org.downline.scenario.Compression;
import org.downline.scenario.UnilevelConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class UnilevelPlanTest {

    private static final double EPS = 1e-9;

    private static Payout pay(UnilevelConfig config, Genealogy g) {
        return Trees.pay(new UnilevelPlan(config, g.size()), g);
    }

    /** A chain of seven, 100 each, rates 10/5/2%: everyone above the last three levels gets 17. */
    @Test
    void chain() {
        Genealogy g = Trees.of(new int[] {-1, 0, 1, 2, 3, 4, 5}, new double[] {100, 100, 100, 100, 100, 100, 100}, null);
        Payout p = pay(Trees.unilevel(Compression.DYNAMIC, 100, 0.10, 0.05, 0.02), g);
        assertArrayEquals(new double[] {17, 17, 17, 17, 15, 10, 0}, p.commission, EPS);
        assertEquals(93, p.paid, EPS);
        assertEquals(700, p.volume, EPS);
        assertEquals(700 * 0.17, p.maxPayable, EPS);
        assertEquals(119 - 93, p.breakage(), EPS);
        // components: member 4 is paid 10 on level 1 (member 5) and 5 on level 2 (member 6)
        assertEquals(10, p.component(0)[4], EPS);
        assertEquals(5, p.component(1)[4], EPS);
        assertEquals(0, p.component(2)[4], EPS);
    }

    /*
     * 0 (100)
     * └─1 (50: active but below the 100 qualification)
     *    ├─2 (100)
     *    │  └─4 (100)
     *    └─3 (100)
     *       └─5 (100)
     *          └─6 (100)
     */
    private static final int[] BRANCHY = {-1, 0, 1, 1, 2, 3, 5};
    private static final double[] VOLUMES = {100, 50, 100, 100, 100, 100, 100};

    @Test
    void unqualifiedMemberKeepsTheirLevelWithoutCompression() {
        Payout p = pay(Trees.unilevel(Compression.NONE, 100, 0.10, 0.05, 0.02), Trees.of(BRANCHY, VOLUMES, null));
        // 0: level 1 = {1} 50, level 2 = {2,3} 200, level 3 = {4,5} 200 → 5 + 10 + 4
        assertArrayEquals(new double[] {19, 0, 10, 15, 0, 10, 0}, p.commission, EPS);
        assertEquals(54, p.paid, EPS);
    }

    @Test
    void dynamicCompressionRollsVolumePastTheUnqualifiedMember() {
        Payout p = pay(Trees.unilevel(Compression.DYNAMIC, 100, 0.10, 0.05, 0.02), Trees.of(BRANCHY, VOLUMES, null));
        // 1 is skipped: 1's own 50 and {2,3} at level 1 = 250, {4,5} level 2 = 200, {6} level 3 = 100
        assertArrayEquals(new double[] {37, 0, 10, 15, 0, 10, 0}, p.commission, EPS);
        assertEquals(72, p.paid, EPS);
    }

    @Test
    void departedMemberWithAndWithoutCompression() {
        double[] volumes = VOLUMES.clone();
        volumes[1] = 0;
        boolean[] active = {true, false, true, true, true, true, true};
        Genealogy g = Trees.of(BRANCHY, volumes, active);
        Payout none = pay(Trees.unilevel(Compression.NONE, 100, 0.10, 0.05, 0.02), g);
        assertArrayEquals(new double[] {14, 0, 10, 15, 0, 10, 0}, none.commission, EPS);
        Payout dynamic = pay(Trees.unilevel(Compression.DYNAMIC, 100, 0.10, 0.05, 0.02), g);
        assertArrayEquals(new double[] {32, 0, 10, 15, 0, 10, 0}, dynamic.commission, EPS);
    }

    @Test
    void qualificationThresholdIsInclusive() {
        UnilevelConfig c = Trees.unilevel(Compression.NONE, 100, 0.10);
        Genealogy g = Trees.of(new int[] {-1, 0, -1, 2}, new double[] {100, 40, Math.nextDown(100.0), 40}, null);
        Payout p = pay(c, g);
        assertEquals(4, p.commission[0], EPS);
        assertEquals(0, p.commission[2], EPS);
    }

    @Test
    void zeroQualificationPaysEveryActiveMember() {
        Genealogy g = Trees.of(new int[] {-1, 0, 1}, new double[] {0, 0, 80}, new boolean[] {true, true, true});
        Payout p = pay(Trees.unilevel(Compression.DYNAMIC, 0, 0.10, 0.05), g);
        assertArrayEquals(new double[] {4, 8, 0}, p.commission, EPS);
    }

    /** The plan against a direct recursive definition on random trees, both compression modes. */
    @ParameterizedTest
    @EnumSource(Compression.class)
    void agreesWithTheDefinitionOnRandomTrees(Compression compression) {
        RandomGenerator rng = RandomStreams.fromSeed(99);
        UnilevelConfig config = Trees.unilevel(compression, 100, 0.08, 0.05, 0.04, 0.03, 0.02, 0.01);
        for (int t = 0; t < 200; t++) {
            Genealogy g = Trees.random(rng, 1 + rng.nextInt(120));
            Payout p = pay(config, g);
            double[] expected = Reference.unilevel(g, config);
            assertArrayEquals(expected, java.util.Arrays.copyOf(p.commission, g.size()), EPS, "tree " + t);
            double total = 0;
            for (int i = 0; i < g.size(); i++) {
                assertTrue(p.commission[i] >= 0);
                double components = 0;
                for (int d = 0; d < config.levels().size(); d++) {
                    components += p.component(d)[i];
                }
                assertEquals(p.commission[i], components, EPS);
                total += p.commission[i];
            }
            assertEquals(total, p.paid, EPS);
            assertTrue(p.paid <= p.maxPayable + EPS, "payout above the plan's maximum");
        }
    }

    /** The plan instance is reusable: paying twice gives the same result (scratch is cleared). */
    @Test
    void repeatedPaymentsAreIdentical() {
        RandomGenerator rng = RandomStreams.fromSeed(5);
        Genealogy g = Trees.random(rng, 500);
        UnilevelPlan plan = new UnilevelPlan(Trees.unilevel(Compression.DYNAMIC, 100, 0.1, 0.05, 0.05), 500);
        Payout a = new Payout(500, null);
        plan.pay(g, a);
        double[] first = a.commission.clone();
        plan.pay(g, a);
        assertArrayEquals(first, a.commission);
    }

    /** Direct definitions, written for clarity rather than speed. */
    static final class Reference {
        static double[] unilevel(Genealogy g, UnilevelConfig config) {
            List<List<Integer>> kids = Trees.children(g);
            double[] rates = config.levelRates();
            double q = config.qualification().personalVolume();
            boolean dynamic = config.compression() == Compression.DYNAMIC;
            double[] pay = new double[g.size()];
            for (int i = 0; i < g.size(); i++) {
                if (!(g.active[i] && g.volume[i] >= q)) {
                    continue;
                }
                double[] level = new double[rates.length + 1];
                for (int c : kids.get(i)) {
                    collect(g, kids, c, 1, level, q, dynamic);
                }
                for (int d = 1; d <= rates.length; d++) {
                    pay[i] += rates[d - 1] * level[d];
                }
            }
            return pay;
        }

        private static void collect(Genealogy g, List<List<Integer>> kids, int c, int depth, double[] level,
                                    double q, boolean dynamic) {
            if (depth >= level.length) {
                return;
            }
            level[depth] += g.volume[c];
            boolean occupies = !dynamic || (g.active[c] && g.volume[c] >= q);
            for (int k : kids.get(c)) {
                collect(g, kids, k, occupies ? depth + 1 : depth, level, q, dynamic);
            }
        }
    }
}
