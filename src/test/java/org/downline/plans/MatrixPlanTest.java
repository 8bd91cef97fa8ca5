package org.downline.plans;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;
import org.downline.rng.RandomStreams;
import org.downline.scenario.MatrixConfig;
import org.downline.scenario.ScenarioException;
import org.junit.jupiter.api.Test;

class MatrixPlanTest {

    private static final double EPS = 1e-9;

    private static double[] hundreds(int n) {
        double[] v = new double[n];
        Arrays.fill(v, 100);
        return v;
    }

    private static int[] parents(MatrixPlan plan, int n) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = plan.placementParent(i);
        }
        return p;
    }

    /*
     * 2 wide, rates 10/5/2% on 3 levels, everyone buys 100. 0 sponsors 1..7, then 2 sponsors 8,
     * 1 sponsors 9 and 0 sponsors 10. Breadth-first, left to right, under the sponsor:
     *
     *                    0
     *          1                   2
     *      3       4          5        6
     *    7   9    10          8
     *
     * 8: 2's own two positions are full (5, 6), so 8 spills to 5, the first open one below.
     * 9: 1's are full (3, 4): 3 has one open position left. 10: under 0, 3 is full now: 4.
     *
     * 0: level 1 {1,2} 200·10% + level 2 {3,4,5,6} 400·5% + level 3 {7,9,10,8} 400·2% = 48
     * 1: {3,4} 20 + {7,9,10} 15 = 35;  2: {5,6} 20 + {8} 5 = 25;  3: {7,9} 20;  4: {10} 10;  5: {8} 10
     */
    private static final int[] SPILLOVER = {-1, 0, 0, 0, 0, 0, 0, 0, 2, 1, 0};

    @Test
    void spilloverIsBreadthFirstLeftToRightUnderTheSponsor() {
        MatrixPlan plan = new MatrixPlan(Trees.matrix(2, 3, 100, 0.10, 0.05, 0.02), 11);
        Payout p = Trees.pay(plan, Trees.of(SPILLOVER, hundreds(11), null));
        assertArrayEquals(new int[] {-1, 0, 0, 1, 1, 2, 2, 3, 5, 3, 4}, parents(plan, 11));
        assertArrayEquals(new double[] {48, 35, 25, 20, 10, 10, 0, 0, 0, 0, 0}, p.commission, EPS);
        assertEquals(148, p.paid, EPS);
        assertEquals(1100 * 0.17, p.maxPayable, EPS);
        assertEquals(20, p.component(0)[0], EPS);
        assertEquals(20, p.component(1)[0], EPS);
        assertEquals(8, p.component(2)[0], EPS);
    }

    /** A departed member keeps their position; their levels are paid to nobody. */
    @Test
    void departedMemberKeepsTheirPosition() {
        double[] volumes = hundreds(11);
        volumes[1] = 0;
        boolean[] active = new boolean[11];
        Arrays.fill(active, true);
        active[1] = false;
        MatrixPlan plan = new MatrixPlan(Trees.matrix(2, 3, 100, 0.10, 0.05, 0.02), 11);
        Payout p = Trees.pay(plan, Trees.of(SPILLOVER, volumes, active));
        // 0: level 1 {1 (0), 2} 100·10% + 400·5% + 400·2% = 38; 1's 35 goes to nobody
        assertArrayEquals(new double[] {38, 0, 25, 20, 10, 10, 0, 0, 0, 0, 0}, p.commission, EPS);
        assertEquals(1000 * 0.17 - 103, p.breakage(), EPS);
    }

    /*
     * Capacity: a 2 × 3 matrix holds 2 + 4 + 8 = 14 positions under a member. 0 sponsors 15: the
     * first 14 fill levels 1..3 (members 1..14; level 3 is 7..14) and the 15th goes to level 4,
     * under 7, where it is not paid to 0: 0 earns 200·10% + 400·5% + 800·2% = 56.
     */
    @Test
    void aWidthByDepthMatrixPaysOnSumOfPowersPositions() {
        int[] sponsors = new int[16];
        Arrays.fill(sponsors, 0);
        sponsors[0] = -1;
        MatrixPlan plan = new MatrixPlan(Trees.matrix(2, 3, 100, 0.10, 0.05, 0.02), 16);
        Payout p = Trees.pay(plan, Trees.of(sponsors, hundreds(16), null));
        assertEquals(56, p.commission[0], EPS);
        int[] depth = new int[16];
        int within = 0;
        for (int i = 1; i < 16; i++) {
            depth[i] = depth[plan.placementParent(i)] + 1;
            within += depth[i] <= 3 ? 1 : 0;
        }
        assertEquals(2 + 4 + 8, within);
        assertEquals(4, depth[15]);
        assertEquals(7, plan.placementParent(15));
        // 3 × 2: 3 + 9 = 12 positions; the 13th recruit goes to level 3, under the first of level 2
        int[] s13 = new int[14];
        Arrays.fill(s13, 0);
        s13[0] = -1;
        MatrixPlan wide = new MatrixPlan(Trees.matrix(3, 2, 100, 0.10, 0.05), 14);
        Payout q = Trees.pay(wide, Trees.of(s13, hundreds(14), null));
        assertEquals(4, wide.placementParent(13));
        assertEquals(300 * 0.10 + 900 * 0.05, q.commission[0], EPS);
    }

    /** Width 1 is a chain: every recruit goes to the bottom. */
    @Test
    void widthOneIsAChain() {
        MatrixPlan plan = new MatrixPlan(Trees.matrix(1, 2, 100, 0.10, 0.05), 5);
        Trees.pay(plan, Trees.of(new int[] {-1, 0, 0, 1, 0}, hundreds(5), null));
        assertArrayEquals(new int[] {-1, 0, 1, 2, 3}, parents(plan, 5));
    }

    @Test
    void givenPositionsAreTakenAndAFullParentIsRefused() {
        MatrixConfig c = Trees.matrix(2, 2, 100, 0.10, 0.05);
        Genealogy g = Trees.of(new int[] {-1, 0, 0, 0}, hundreds(4), null);
        MatrixPlan plan = new MatrixPlan(c, 4);
        // 2 is placed under 1 though 0 has room (given positions override the rule); 3, by the rule,
        // takes the room under 0. 0: level 1 {1, 3} 20 + level 2 {2} 5
        Payout p = Trees.pay(plan, g, Trees.placed(new int[] {-1, -1, 1, -1}, null));
        assertArrayEquals(new int[] {-1, 0, 1, 0}, parents(plan, 4));
        assertEquals(20 + 5, p.commission[0], EPS);
        PlacementException e = assertThrows(PlacementException.class,
                () -> new MatrixPlan(c, 4).joinAll(g, Trees.placed(new int[] {-1, 0, 0, 0}, null)));
        assertEquals(3, e.member());
        assertEquals("placement", e.column());
        assertEquals("names 'm0', whose 2 positions are already taken (a matrix 2 wide): 'm1', 'm2'",
                e.reason(k -> "m" + k));
    }

    @Test
    void moreRatesThanLevelsIsAScenarioError() {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> Trees.matrix(3, 2, 100, 0.10, 0.05, 0.02));
        assertTrue(e.getMessage().startsWith("levels must list at most depth = 2 rates"), e.getMessage());
    }

    /** The plan against a naive breadth-first search and level walk on random trees. */
    @Test
    void agreesWithTheDefinitionOnRandomTrees() {
        RandomGenerator rng = RandomStreams.fromSeed(23);
        for (int t = 0; t < 150; t++) {
            int width = 1 + rng.nextInt(4);
            int depth = 1 + rng.nextInt(5);
            Double[] rates = new Double[1 + rng.nextInt(depth)];
            for (int d = 0; d < rates.length; d++) {
                rates[d] = 0.01 * (1 + rng.nextInt(10));
            }
            MatrixConfig c = Trees.matrix(width, depth, 100, rates);
            Genealogy g = Trees.random(rng, 1 + rng.nextInt(150));
            MatrixPlan plan = new MatrixPlan(c, 1);
            Payout p = Trees.pay(plan, g);
            int[] parent = referencePlacement(g, width);
            assertArrayEquals(parent, parents(plan, g.size()), "tree " + t);
            double[] expected = referencePay(g, parent, c);
            assertArrayEquals(expected, Arrays.copyOf(p.commission, g.size()), EPS, "tree " + t);
        }
    }

    static int[] referencePlacement(Genealogy g, int width) {
        int n = g.size();
        int[] parent = new int[n];
        List<List<Integer>> kids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            kids.add(new ArrayList<>());
            parent[i] = -1;
            int s = g.sponsor[i];
            if (s < 0) {
                continue;
            }
            ArrayDeque<Integer> queue = new ArrayDeque<>(List.of(s));
            while (true) {
                int x = queue.poll();
                if (kids.get(x).size() < width) {
                    kids.get(x).add(i);
                    parent[i] = x;
                    break;
                }
                queue.addAll(kids.get(x));
            }
        }
        return parent;
    }

    static double[] referencePay(Genealogy g, int[] parent, MatrixConfig c) {
        double[] rates = c.levelRates();
        double[] pay = new double[g.size()];
        for (int i = 0; i < g.size(); i++) {
            int up = parent[i];
            for (int d = 1; d <= rates.length && up >= 0; d++, up = parent[up]) {
                if (g.active[up] && g.volume[up] >= c.qualification().personalVolume()) {
                    pay[up] += rates[d - 1] * g.volume[i];
                }
            }
        }
        return pay;
    }
}
