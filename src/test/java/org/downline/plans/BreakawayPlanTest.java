package org.downline.plans;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;
import org.downline.rng.RandomStreams;
import org.downline.scenario.BreakawayConfig;
import org.downline.scenario.Compression;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class BreakawayPlanTest {

    private static final double EPS = 1e-9;

    /** Steps 0% from 0, 5% from 1,000, 10% from 2,000, 20% from 4,000; breakaway at 4,000; 5% override. */
    private static BreakawayConfig plan(Compression compression, int generations) {
        return Trees.breakaway(compression, 100, 4000, 0.05, generations,
                0, 0.00, 1000, 0.05, 2000, 0.10, 4000, 0.20);
    }

    private static Payout pay(BreakawayPlan plan, int[] sponsors, double[] volumes, boolean[] active) {
        return Trees.pay(plan, Trees.of(sponsors, volumes, active));
    }

    /*
     * A chain 0 ← 1 ← 2 ← 3 (each sponsored by the one before), personal volumes 1000, 1000, 600, 1500:
     *   3: group 1,500 →  5%: 75
     *   2: group 2,100 → 10%: 210 − 75  = 135
     *   1: group 3,100 → 10%: 310 − 210 = 100
     *   0: group 4,100 → 20%: 820 − 310 = 510 (0 has no sponsor: no breakaway)
     * Together 820 = 20% of 4,100: the differentials add up to the top rate.
     */
    @Test
    void differentialBonusDownAChainOfDifferentSteps() {
        BreakawayPlan plan = new BreakawayPlan(plan(Compression.DYNAMIC, 1), 4);
        Payout p = pay(plan, new int[] {-1, 0, 1, 2}, new double[] {1000, 1000, 600, 1500}, null);
        assertArrayEquals(new double[] {510, 100, 135, 75}, p.commission, EPS);
        assertEquals(820, p.paid, EPS);
        assertArrayEquals(new int[] {4, 3, 3, 2}, ints(plan.ranks(), 4));
        assertArrayEquals(new double[] {4100, 3100, 2100, 1500}, Arrays.copyOf(p.detail(0), 4), EPS);
        assertEquals(4100 * 0.25, p.maxPayable, EPS);
    }

    /*
     * 0 sponsors 1 and 2; 1 sponsors 3. Personal volumes 2500, 3000, 2000, 1500.
     *   3: group 1,500 →  5%: 75
     *   2: group 2,000 → 10%: 200
     *   1: group 4,500 → 20%: 900 − 75 = 825; top step, qualified, ≥ 4,000: breaks away
     *   0: group 2,500 + 2,000 = 4,500 (1 has left) → 20%: 900 − 200 = 700,
     *      and as a top-step upline the override on 1's group: 5% × 4,500 = 225
     * If 0 bought only 1000, their group would be 3,000 → 10%: 300 − 200 = 100, and with nobody at
     * the top step above 1 the override is paid to nobody.
     */
    @Test
    void aBreakawayLegLeavesTheGroupAndPaysTheOverride() {
        int[] sponsors = {-1, 0, 0, 1};
        Payout p = pay(new BreakawayPlan(plan(Compression.DYNAMIC, 1), 4), sponsors,
                new double[] {2500, 3000, 2000, 1500}, null);
        assertArrayEquals(new double[] {925, 825, 200, 75}, p.commission, EPS);
        assertEquals(700, p.component(0)[0], EPS);
        assertEquals(225, p.component(1)[0], EPS);
        assertEquals(2025, p.paid, EPS);
        assertEquals(9000 * 0.25, p.maxPayable, EPS);
        Payout low = pay(new BreakawayPlan(plan(Compression.DYNAMIC, 1), 4), sponsors,
                new double[] {1000, 3000, 2000, 1500}, null);
        assertArrayEquals(new double[] {100, 825, 200, 75}, low.commission, EPS);
    }

    /*
     * Override generations. Chain 0 ← 1 ← 2 ← 3, personal volumes 4000, 4000, 500, 4000:
     *   3: group 4,000 → 20%: 800; breaks away
     *   2: group 500 → 0%; not at the top step: 3's override passes on up
     *   1: group 4,500 → 20%: 900 − 0 = 900; breaks away; override on 3 (generation 1): 200
     *   0: group 4,000 → 20%: 800; override on 1 (generation 1): 225; on 3 (generation 2): 200
     */
    @Test
    void overrideGenerationsCountTopStepMembers() {
        int[] sponsors = {-1, 0, 1, 2};
        double[] volumes = {4000, 4000, 500, 4000};
        Payout one = pay(new BreakawayPlan(plan(Compression.DYNAMIC, 1), 4), sponsors, volumes, null);
        assertArrayEquals(new double[] {1025, 1100, 0, 800}, one.commission, EPS);
        Payout two = pay(new BreakawayPlan(plan(Compression.DYNAMIC, 2), 4), sponsors, volumes, null);
        assertArrayEquals(new double[] {1225, 1100, 0, 800}, two.commission, EPS);
        assertEquals(425, two.component(1)[0], EPS);
        assertEquals(3125, two.paid, EPS);
        assertEquals(12500 * 0.30, two.maxPayable, EPS);
        Payout none = pay(new BreakawayPlan(plan(Compression.DYNAMIC, 0), 4), sponsors, volumes, null);
        assertArrayEquals(new double[] {800, 900, 0, 800}, none.commission, EPS);
    }

    /*
     * Compression with a departed member. 0 (1000) sponsors 1 (departed) and 3 (1200); 1 sponsored
     * 2 (600) and 4 (600).
     * dynamic: 1 is skipped, 2 and 4 are 0's frontline: 0's group 1000 + 600 + 600 + 1200 = 3,400
     *          → 10%: 340 − (0% × 600 + 0% × 600 + 5% × 1200) = 280; 3 earns 60.
     * none:    1 keeps their position with group 1,200 (5%), which 0 deducts: 340 − (60 + 60) = 220;
     *          1's own 60 is not paid.
     */
    @Test
    void compressionSkipsDepartedMembersOnlyWhenDynamic() {
        int[] sponsors = {-1, 0, 1, 0, 1};
        double[] volumes = {1000, 0, 600, 1200, 600};
        boolean[] active = {true, false, true, true, true};
        BreakawayPlan dynamic = new BreakawayPlan(plan(Compression.DYNAMIC, 1), 5);
        Payout d = pay(dynamic, sponsors, volumes, active);
        assertArrayEquals(new double[] {280, 0, 0, 60, 0}, d.commission, EPS);
        assertArrayEquals(new int[] {3, 0, 1, 2, 1}, ints(dynamic.ranks(), 5));
        Payout n = pay(new BreakawayPlan(plan(Compression.NONE, 1), 5), sponsors, volumes, active);
        assertArrayEquals(new double[] {220, 0, 0, 60, 0}, n.commission, EPS);
        assertEquals(3400 * 0.25 - 280, n.breakage(), EPS);
    }

    @Test
    void rankNamesSayTheStep() {
        BreakawayPlan plan = new BreakawayPlan(plan(Compression.DYNAMIC, 1), 1);
        // with a unit, and rank 0 named for whom it holds (it read "none", "0% at 0+", "5% at 1,000+")
        assertEquals(List.of("not qualified", "0% tier (group volume $0+)", "5% tier (group volume $1,000+)",
                "10% tier (group volume $2,000+)", "20% tier (group volume $4,000+)"), List.of(plan.rankNames()));
        BreakawayPlan above = new BreakawayPlan(Trees.breakaway(Compression.DYNAMIC, 100, 4000, 0.05, 1,
                200.5, 0.05, 2000, 0.10), 1);
        assertEquals(List.of("no tier (under $200.50 or not qualified)", "5% tier (group volume $200.50+)",
                "10% tier (group volume $2,000+)"), List.of(above.rankNames()));
        assertEquals(0.25, plan.maxPayoutRatio(), EPS);
    }

    /** The plan against a recursive definition with overrides found by walking up, on random trees. */
    @ParameterizedTest
    @EnumSource(Compression.class)
    void agreesWithTheDefinitionOnRandomTrees(Compression compression) {
        RandomGenerator rng = RandomStreams.fromSeed(31);
        for (int t = 0; t < 200; t++) {
            int generations = rng.nextInt(4);
            BreakawayConfig c = Trees.breakaway(compression, 100, 600 + 200 * rng.nextInt(4), 0.04, generations,
                    0, 0.0, 150, 0.03, 300, 0.06, 600, 0.12, 1000, 0.18);
            Genealogy g = Trees.random(rng, 1 + rng.nextInt(150));
            BreakawayPlan plan = new BreakawayPlan(c, 1);
            Payout p = Trees.pay(plan, g);
            Reference ref = new Reference(g, c);
            String where = "tree " + t;
            assertArrayEquals(ref.bonus, Arrays.copyOf(p.component(0), g.size()), EPS, where);
            assertArrayEquals(ref.override, Arrays.copyOf(p.component(1), g.size()), EPS, where);
            assertArrayEquals(ref.rank, ints(plan.ranks(), g.size()), where);
        }
    }

    /** The definition, written for clarity rather than speed. */
    static final class Reference {
        final Genealogy g;
        final BreakawayConfig c;
        final List<List<Integer>> kids;
        final boolean dynamic;
        final double[] gv;
        final int[] step;
        final boolean[] breaks;
        final double[] bonus;
        final double[] override;
        final int[] rank;

        Reference(Genealogy g, BreakawayConfig c) {
            this.g = g;
            this.c = c;
            this.kids = Trees.children(g);
            this.dynamic = c.compression() == Compression.DYNAMIC;
            int n = g.size();
            gv = new double[n];
            step = new int[n];
            breaks = new boolean[n];
            bonus = new double[n];
            override = new double[n];
            rank = new int[n];
            for (int i = 0; i < n; i++) {
                if (g.sponsor[i] < 0) {
                    visit(i);
                }
            }
            int top = c.tiers().size();
            for (int j = 0; j < n; j++) {
                if (!breaks[j]) {
                    continue;
                }
                int generation = 1;
                for (int x = g.sponsor[j]; x >= 0 && generation <= c.overrideGenerations(); x = g.sponsor[x]) {
                    boolean holds = step[x] == top && (qualified(x) || !dynamic);
                    if (holds) {
                        if (qualified(x)) {
                            override[x] += c.overrideRate() * gv[j];
                        }
                        generation++;
                    }
                }
            }
        }

        boolean qualified(int i) {
            return g.active[i] && g.volume[i] >= c.qualification().personalVolume();
        }

        double rate(int k) {
            return k == 0 ? 0 : c.tiers().get(k - 1).rate();
        }

        /** Post-order: group volume, step, breakaway and bonus of i; returns {volume, deduction} i passes up. */
        double[] visit(int i) {
            double group = g.volume[i];
            double deduction = 0;
            for (int k : kids.get(i)) {
                double[] up = visit(k);
                group += up[0];
                deduction += up[1];
            }
            gv[i] = group;
            int k = 0;
            for (int t = 0; t < c.tiers().size(); t++) {
                if (group >= c.tiers().get(t).groupVolume()) {
                    k = t + 1;
                }
            }
            step[i] = k;
            boolean q = qualified(i);
            rank[i] = q ? k : 0;
            if (q) {
                bonus[i] = Math.max(0, rate(k) * group - deduction);
            }
            breaks[i] = q && k == c.tiers().size() && group >= c.breakawayVolume() && g.sponsor[i] >= 0;
            if (breaks[i]) {
                return new double[] {0, 0};
            }
            if (!q && dynamic) {
                return new double[] {group, deduction};         // skipped: legs pass through
            }
            return new double[] {group, rate(k) * group};
        }
    }

    /** The first {@code n} ranks, as ints to compare with the expected ones. */
    private static int[] ints(byte[] ranks, int n) {
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = ranks[i];
        }
        return out;
    }
}
