package org.downline.plans;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.random.RandomGenerator;
import org.downline.rng.RandomStreams;
import org.downline.scenario.BinaryConfig;
import org.downline.scenario.Placement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class BinaryPlanTest {

    private static final double EPS = 1e-9;

    /*
     * Explicit positions (everyone sponsored by 0), volumes in brackets, 10% of the weaker leg,
     * qualification 100:
     *
     *              0 (100)
     *            /         \
     *        1 (100)      2 (300)
     *        /    \           \
     *    3 (100)  4 (50)     5 (200)
     *                         /
     *                      6 (100)
     *
     * 0: left = 1+3+4 = 250, right = 2+5+6 = 600 → pays 25, carries 350 right
     * 1: left = 100, right = 50                   → pays 5, carries 50 left
     * 2: left = 0, right = 300                    → pays 0, carries 300 right
     * 5: left = 100, right = 0                    → pays 0, carries 100 left
     * 4 (50) is below the qualifying volume but has no legs: nothing to lose.
     */
    private static final int[] SPONSORS = {-1, 0, 0, 0, 0, 0, 0};
    private static final int[] PARENTS = {-1, 0, 0, 1, 1, 2, 5};
    private static final String LEGS = " LRLRRL";
    private static final double[] VOLUMES = {100, 100, 300, 100, 50, 200, 100};

    private static Payout pay(BinaryConfig c, Genealogy g, PlacementInput given) {
        return Trees.pay(new BinaryPlan(c, g.size()), g, given);
    }

    @Test
    void paysTheWeakerLegOverWholeLegs() {
        Genealogy g = Trees.of(SPONSORS, VOLUMES, null);
        Payout p = pay(Trees.binary(0.10, 0, true, Placement.WEAKER_LEG, 100, false), g, Trees.placed(PARENTS, LEGS));
        assertArrayEquals(new double[] {25, 5, 0, 0, 0, 0, 0}, p.commission, EPS);
        assertEquals(30, p.paid, EPS);
        assertEquals(950, p.volume, EPS);
        assertEquals(30, p.maxPayable, EPS);              // everyone with two legs qualified, no cap
        assertEquals(0, p.capped, EPS);
        assertEquals(0, p.flushedVolume, EPS);
        // carry out: 350 + 50 + 300 + 100
        assertEquals(800, p.carriedVolume, EPS);
        // legs: 0's 250 + 600, 1's 100 + 50, 2's 300, 5's 100 = 1400: 600 paid on (30 at 10%), 800 carried
        assertEquals(1400, legVolume(p, 7), EPS);
        assertLegVolumeAccounted(p, 0.10, 7, "uncapped");
        assertArrayEquals(new double[] {250, 100, 0, 0, 0, 100, 0}, Arrays.copyOf(p.detail(0), 7), EPS);
        assertArrayEquals(new double[] {600, 50, 300, 0, 0, 0, 0}, Arrays.copyOf(p.detail(1), 7), EPS);
        assertArrayEquals(new double[] {0, 50, 0, 0, 0, 100, 0}, Arrays.copyOf(p.detail(4), 7), EPS);
        assertArrayEquals(new double[] {350, 0, 300, 0, 0, 0, 0}, Arrays.copyOf(p.detail(5), 7), EPS);
    }

    @Test
    void capFlushesThePayAboveItAndUsesThePairedVolumeUp() {
        Genealogy g = Trees.of(SPONSORS, VOLUMES, null);
        BinaryPlan plan = new BinaryPlan(Trees.binary(0.10, 20, true, Placement.WEAKER_LEG, 100, false), 7);
        Payout p = Trees.pay(plan, g, Trees.placed(PARENTS, LEGS));
        // 0 is due 25: paid 20, 5 capped; the 50 of pairs behind the 5 are gone from both legs: 100
        assertArrayEquals(new double[] {20, 5, 0, 0, 0, 0, 0}, p.commission, EPS);
        assertEquals(25, p.paid, EPS);
        assertEquals(5, p.capped, EPS);
        assertEquals(30, p.maxPayable, EPS);
        assertEquals(5, p.breakage(), EPS);
        assertEquals(100, p.flushedVolume, EPS);
        assertEquals(100, p.detail(3)[0], EPS);
        assertEquals(350, p.detail(5)[0], EPS);          // the stronger leg still carries its 350
        // the same 1400 of legs: 500 paid on (25), 100 flushed behind the capped 5, 800 carried
        assertEquals(1400, legVolume(p, 7), EPS);
        assertEquals(800, p.carriedVolume, EPS);
        assertLegVolumeAccounted(p, 0.10, 7, "capped");
        assertEquals(2, plan.ranks()[0]);                // reached the cap
        assertEquals(1, plan.ranks()[1]);
        assertEquals(1, plan.ranks()[3]);                // qualified, nothing to pair
        assertEquals(0, plan.ranks()[4]);                // 50 < 100
    }

    /*
     * 0 with 1 on the left and 2 on the right, both 0's recruits.
     * Period 1: volumes 100, 300, 100: left 300, right 100 → pays 10, carries 200 left.
     * Period 2: volumes 100, 100, 400: left 100 + 200 carried = 300, right 400 → pays 30, carries
     *           100 right and nothing left.
     * Without carry-forward period 2 pays 10 (left 100, right 400) and flushes 300 (200 in period 1).
     */
    @Test
    void carryForwardAcrossTwoPeriods() {
        int[] sponsors = {-1, 0, 0};
        Genealogy g = Trees.of(sponsors, new double[] {100, 300, 100}, null);
        BinaryPlan plan = new BinaryPlan(Trees.binary(0.10, 0, true, Placement.WEAKER_LEG, 100, false), 3);
        Payout p = Trees.pay(plan, g, Trees.placed(new int[] {-1, 0, 0}, " LR"));
        assertEquals(10, p.commission[0], EPS);
        assertEquals(200, p.detail(4)[0], EPS);
        assertEquals(0, p.detail(5)[0], EPS);
        g.volume[1] = 100;
        g.volume[2] = 400;
        plan.pay(g, p);
        assertEquals(300, p.detail(0)[0], EPS);
        assertEquals(400, p.detail(1)[0], EPS);
        assertEquals(30, p.commission[0], EPS);
        assertEquals(0, p.detail(4)[0], EPS);
        assertEquals(100, p.detail(5)[0], EPS);
        assertEquals(0, p.flushedVolume, EPS);

        Genealogy h = Trees.of(sponsors, new double[] {100, 300, 100}, null);
        BinaryPlan noCarry = new BinaryPlan(Trees.binary(0.10, 0, false, Placement.WEAKER_LEG, 100, false), 3);
        Payout q = Trees.pay(noCarry, h, Trees.placed(new int[] {-1, 0, 0}, " LR"));
        assertEquals(10, q.commission[0], EPS);
        assertEquals(200, q.flushedVolume, EPS);
        assertEquals(0, q.carriedVolume, EPS);
        assertEquals(400, legVolume(q, 3), EPS);             // 200 paid on, 200 flushed
        assertLegVolumeAccounted(q, 0.10, 3, "no carry, period 1");
        h.volume[1] = 100;
        h.volume[2] = 400;
        noCarry.pay(h, q);
        assertEquals(10, q.commission[0], EPS);
        assertEquals(300, q.flushedVolume, EPS);
        assertEquals(500, legVolume(q, 3), EPS);             // 200 paid on, 300 flushed
        assertLegVolumeAccounted(q, 0.10, 3, "no carry, period 2");
    }

    /*
     * Flush-out: as above, but in period 2 member 0 buys only 50 (< 100): not qualified, so both
     * legs — 300 left (100 + 200 carried) and 400 right — are flushed; nothing carries into period 3.
     * Period 3 (0 buys 100 again, 1 and 2 buy 100 each) starts from empty legs: pays 10.
     */
    @Test
    void memberBelowPersonalVolumeLosesBothLegs() {
        Genealogy g = Trees.of(new int[] {-1, 0, 0}, new double[] {100, 300, 100}, null);
        BinaryPlan plan = new BinaryPlan(Trees.binary(0.10, 0, true, Placement.WEAKER_LEG, 100, false), 3);
        Payout p = Trees.pay(plan, g, Trees.placed(new int[] {-1, 0, 0}, " LR"));
        g.volume[0] = 50;
        g.volume[1] = 100;
        g.volume[2] = 400;
        plan.pay(g, p);
        assertEquals(0, p.commission[0], EPS);
        assertEquals(700, p.flushedVolume, EPS);
        assertEquals(0, p.carriedVolume, EPS);
        assertEquals(700, legVolume(p, 3), EPS);             // all of it flushed
        assertLegVolumeAccounted(p, 0.10, 3, "below the personal volume");
        assertEquals(30, p.maxPayable, EPS);             // 300 paired at 10% had 0 qualified
        g.volume[0] = 100;
        g.volume[2] = 100;
        plan.pay(g, p);
        assertEquals(10, p.commission[0], EPS);
    }

    /*
     * A departed member keeps their position: 1 (departed, no volume) still passes 3's volume up to
     * 0's left leg, and both of their own legs are flushed, as a member's below the personal volume.
     *     0 ── L: 1 (departed) ── L: 3 (100)
     *       └─ R: 2 (100)
     * Period 1 (1 active, 100): 0 pairs 200 left against 100 right → 10, carries 100 left;
     *                           1 has left 100, right 0 → carries 100 left.
     * Period 2 (1 departed):    0: left 100 (3) + 100 carried = 200, right 100 → 10; 1's left leg, the
     *                           100 they had carried and 3's 100, is flushed: 200.
     * Period 3:                 1's carry is gone; 3's 100 in 1's left leg is flushed again.
     */
    @Test
    void departedMemberKeepsTheirPositionAndLosesTheirCarry() {
        Genealogy g = Trees.of(new int[] {-1, 0, 0, 1}, new double[] {100, 100, 100, 100}, null);
        BinaryPlan plan = new BinaryPlan(Trees.binary(0.10, 0, true, Placement.WEAKER_LEG, 100, false), 4);
        Payout p = Trees.pay(plan, g, Trees.placed(new int[] {-1, 0, 0, 1}, " LRL"));
        assertEquals(10, p.commission[0], EPS);
        assertEquals(100, p.detail(4)[1], EPS);
        // legs: 0's 200 + 100 and 1's 100 = 400: 200 paid on (10), 200 carried (0's 100, 1's 100)
        assertEquals(400, legVolume(p, 4), EPS);
        assertLegVolumeAccounted(p, 0.10, 4, "period 1");
        assertEquals(400, p.newLegVolume, EPS);             // no carry-in yet
        double entered = p.newLegVolume;
        double paidOn = 2 * p.paid / 0.10;
        double flushed = p.flushedVolume;
        g.active[1] = false;
        g.volume[1] = 0;
        plan.pay(g, p);
        assertEquals(200, p.detail(0)[0], EPS);
        assertEquals(10, p.commission[0], EPS);
        assertEquals(0, p.commission[1], EPS);
        assertEquals(200, p.detail(3)[1], EPS);
        assertEquals(200, p.flushedVolume, EPS);
        // legs: 0's 200 + 100 and departed 1's 200 = 500: 200 paid on, 100 carried, 200 flushed
        assertEquals(500, legVolume(p, 4), EPS);
        assertLegVolumeAccounted(p, 0.10, 4, "period 2");
        assertEquals(300, p.newLegVolume, EPS);             // 500 less the 200 carried in (0's 100, 1's 100)
        entered += p.newLegVolume;
        paidOn += 2 * p.paid / 0.10;
        flushed += p.flushedVolume;
        plan.pay(g, p);                                      // period 3: 3's volume in 1's leg
        assertEquals(100, p.detail(3)[1], EPS);
        assertEquals(100, p.flushedVolume, EPS);
        // legs: 0's 200 + 100 and 1's 100 = 400: 200 paid on, 100 carried, 100 flushed
        assertEquals(400, legVolume(p, 4), EPS);
        assertLegVolumeAccounted(p, 0.10, 4, "period 3");
        assertEquals(300, p.newLegVolume, EPS);             // 400 less 0's 100 carried in
        entered += p.newLegVolume;
        paidOn += 2 * p.paid / 0.10;
        flushed += p.flushedVolume;
        // over the three periods each dollar that entered a leg counts once: 1000 = 600 paid on + 300
        // flushed + 100 still carried, so 30% flushed; the legs' 1300 counts 0's carried 100 twice more
        assertEquals(1000, entered, EPS);
        assertEquals(entered, paidOn + flushed + p.carriedVolume, EPS);
    }

    /*
     * Flushed volume is leg volume neither paid on nor carried, whether the member is departed or
     * active below the personal volume: B, carrying 70 left and 30 right, has D (300) on the left and
     * E (100) on the right; legs 370 and 130, nothing paid or carried, 500 flushed either way (it
     * was 100, the carry alone, for a departed B). A, qualified with an empty right leg, carries 400.
     *     A (100) ── L: B ── L: D (300)
     *                      └─ R: E (100)
     */
    @Test
    void aDepartedMembersLegsAreFlushedAsAnUnqualifiedMembersAre() {
        for (boolean departed : new boolean[] {true, false}) {
            Genealogy g = Trees.of(new int[] {-1, 0, 1, 1}, new double[] {100, departed ? 0 : 50, 300, 100},
                    new boolean[] {true, !departed, true, true});
            BinaryPlan plan = new BinaryPlan(Trees.binary(0.10, 0, true, Placement.WEAKER_LEG, 100, false), 4);
            Payout p = Trees.pay(plan, g, new PlacementInput(new int[] {-1, 0, 1, 1},
                    new byte[] {PlacementInput.ANY_LEG, PlacementInput.LEFT, PlacementInput.LEFT, PlacementInput.RIGHT},
                    new double[] {0, 70, 0, 0}, new double[] {0, 30, 0, 0}));
            String where = departed ? "B departed" : "B below the personal volume";
            assertEquals(370, p.detail(0)[1], EPS, where);
            assertEquals(130, p.detail(1)[1], EPS, where);
            assertEquals(0, p.commission[1], EPS, where);
            assertEquals(0, p.detail(4)[1] + p.detail(5)[1], EPS, where);
            assertEquals(500, p.detail(3)[1], EPS, where);
            assertEquals(500, p.flushedVolume, EPS, where);
            assertEquals(departed ? 400 : 450, p.carriedVolume, EPS, where);
        }
    }

    /*
     * recruitOnEachLeg: 0 sponsored 1 (left) but 2, on 0's right, was sponsored by 1. 0 has no
     * personal recruit on the right: not qualified; both legs (300 and 100) carry. Once 0 sponsors
     * 3, placed under 2, 0 qualifies: left 300 + 100... see below.
     */
    @Test
    void recruitOnEachLegGatesPayButVolumeKeepsCarrying() {
        BinaryConfig c = Trees.binary(0.10, 0, true, Placement.WEAKER_LEG, 100, true);
        Genealogy g = Trees.of(new int[] {-1, 0, 1}, new double[] {100, 300, 100}, null);
        BinaryPlan plan = new BinaryPlan(c, 3);
        Payout p = Trees.pay(plan, g, Trees.placed(new int[] {-1, 0, 0}, " LR"));
        assertEquals(0, p.commission[0], EPS);
        assertEquals(300, p.detail(4)[0], EPS);
        assertEquals(100, p.detail(5)[0], EPS);
        assertEquals(0, p.flushedVolume, EPS);
        assertEquals(10, p.maxPayable, EPS);
        // Period 2 with a fourth member, sponsored by 0 and placed under 2 (0's right leg):
        // left 100 + 300 carried = 400, right 100 + 100 + 100 carried = 300 → 30.
        Genealogy h = Trees.of(new int[] {-1, 0, 1, 0}, new double[] {100, 100, 100, 100}, null);
        BinaryPlan again = new BinaryPlan(c, 4);
        PlacementInput given = new PlacementInput(new int[] {-1, 0, 0, 2}, new byte[] {-1, 0, 1, 0},
                new double[] {300, 0, 0, 0}, new double[] {100, 0, 0, 0});
        Payout q = Trees.pay(again, h, given);
        assertEquals(400, q.detail(0)[0], EPS);
        assertEquals(300, q.detail(1)[0], EPS);
        assertEquals(30, q.commission[0], EPS);
        // 1 has a personal recruit (2) only on their... 2 is not in 1's legs at all: 1 unqualified
        assertEquals(0, q.commission[1], EPS);
    }

    @Test
    void leftPlacementBuildsTheLeftEdge() {
        Genealogy g = Trees.of(new int[] {-1, 0, 0, 0, 1}, new double[] {100, 100, 100, 100, 100}, null);
        BinaryPlan plan = new BinaryPlan(Trees.binary(0.10, 0, true, Placement.LEFT, 100, false), 5);
        Trees.pay(plan, g);
        // 1 under 0, 2 under 1, 3 under 2 (all left); 1's own recruit 4 goes to the bottom of 1's
        // left edge: under 3
        assertArrayEquals(new int[] {-1, 0, 1, 2, 3}, parents(plan, 5));
        assertEquals("_LLLL", legs(plan, 5));
    }

    @Test
    void alternatePlacementTakesTurnsAtTheOuterEdges() {
        Genealogy g = Trees.of(new int[] {-1, 0, 0, 0, 0, 0}, new double[] {100, 100, 100, 100, 100, 100}, null);
        BinaryPlan plan = new BinaryPlan(Trees.binary(0.10, 0, true, Placement.ALTERNATE, 100, false), 6);
        Trees.pay(plan, g);
        // 1 left of 0, 2 right of 0, 3 left of 1 (bottom of the left edge), 4 right of 2, 5 left of 3
        assertArrayEquals(new int[] {-1, 0, 0, 1, 2, 3}, parents(plan, 6));
        assertEquals("_LRLRL", legs(plan, 6));
    }

    /*
     * weaker-leg, volumes in joining order 1 (100), 2 (300), 3 (100), 4 (100), all sponsored by 0:
     *   1: legs equal (0, 0), tie → left; left now 100
     *   2: left 100 > right 0 → right; right now 300
     *   3: left 100 < 300 → left, at the bottom of the left edge: under 1; left now 200
     *   4: left 200 < 300 → left, under 3; left now 300
     * Then 1 recruits 5 (100): 1's legs have had no close yet, tie → left, under 4 (bottom of 1's
     * left edge). After a close 1's left leg holds 3 + 4 + 5 = 300 and the right nothing, so 1's next
     * recruit 6 goes right: directly under 1.
     */
    @Test
    void weakerLegPlacementFollowsVolume() {
        Genealogy g = new Genealogy(7);
        int[] sponsors = {-1, 0, 0, 0, 0, 1};
        double[] volumes = {100, 100, 300, 100, 100, 100};
        for (int i = 0; i < sponsors.length; i++) {
            g.add(sponsors[i]);
            g.volume[i] = volumes[i];
        }
        BinaryPlan plan = new BinaryPlan(Trees.binary(0.10, 0, true, Placement.WEAKER_LEG, 100, false), 7);
        Payout p = Trees.pay(plan, g);
        assertArrayEquals(new int[] {-1, 0, 0, 1, 3, 4}, parents(plan, 6));
        assertEquals("_LRLLL", legs(plan, 6));
        // 0: left 1+3+4+5 = 400, right 300 → 30
        assertEquals(30, p.commission[0], EPS);
        g.add(1);
        g.volume[6] = 100;
        plan.onJoin(g, 6);
        assertEquals(1, plan.placementParent(6));
        assertEquals('R', plan.placementLeg(6));
    }

    /*
     * A payout file mixing given and rule placements, weaker-leg: 0's recruits 1..40 are given
     * positions down 0's left edge (10 each, 400 in all: all but 1 deeper than directly below 0),
     * 41 is given 0's right leg (300). 0's left leg is the heavier, so 0's next recruit, placed by
     * the rule, goes right — at the bottom of the right edge, under 41. Counting only the recruits
     * placed directly below the sponsor (10 left against 300 right) would send them left.
     */
    @Test
    void recruitsGivenDeepInASponsorsLegCountForTheWeakerLegRule() {
        int n = 43;
        int[] sponsors = new int[n];
        double[] volumes = new double[n];
        int[] parents = new int[n];
        StringBuilder legs = new StringBuilder(" ");
        sponsors[0] = -1;
        parents[0] = PlacementInput.BY_RULE;
        for (int k = 1; k <= 40; k++) {
            volumes[k] = 10;
            parents[k] = k - 1;
            legs.append('L');
        }
        volumes[41] = 300;
        legs.append('R');
        volumes[42] = 100;
        parents[42] = PlacementInput.BY_RULE;
        legs.append(' ');
        Genealogy g = Trees.of(sponsors, volumes, null);
        BinaryPlan plan = new BinaryPlan(Trees.binary(0.10, 0, true, Placement.WEAKER_LEG, 100, false), n);
        plan.joinAll(g, Trees.placed(parents, legs.toString()));
        assertEquals(41, plan.placementParent(42));
        assertEquals('R', plan.placementLeg(42));
    }

    @Test
    void givenPositionsThatCannotBeTakenAreRefused() {
        BinaryConfig c = Trees.binary(0.10, 0, true, Placement.WEAKER_LEG, 100, false);
        Genealogy g = Trees.of(new int[] {-1, 0, 0, 0}, new double[] {100, 100, 100, 100}, null);
        PlacementException twice = assertThrows(PlacementException.class,
                () -> new BinaryPlan(c, 4).joinAll(g, Trees.placed(new int[] {-1, 0, 0, -1}, " LL ")));
        assertEquals(2, twice.member());
        assertEquals("leg", twice.column());
        assertEquals("is L under 'm0', but that leg is already taken by 'm1'", twice.reason(k -> "m" + k));
        PlacementException full = assertThrows(PlacementException.class,
                () -> new BinaryPlan(c, 4).joinAll(g, Trees.placed(new int[] {-1, -1, -1, 0}, "    ")));
        assertEquals("placement", full.column());
        assertTrue(full.reason(k -> "m" + k).startsWith("names 'm0', whose two legs are already taken by 'm1' "
                + "and 'm2' (members without a placement are placed by the plan's rule"), full.reason(k -> "m" + k));
        PlacementException legAlone = assertThrows(PlacementException.class,
                () -> new BinaryPlan(c, 4).joinAll(g, Trees.placed(new int[] {-1, -1, -1, -1}, " L  ")));
        assertEquals(1, legAlone.member());
        assertEquals("leg", legAlone.column());
    }

    /** The plan against explicit placement walks and subtree sums, over several periods, every rule. */
    @ParameterizedTest
    @EnumSource(Placement.class)
    void agreesWithTheDefinitionOnRandomTrees(Placement placement) {
        RandomGenerator rng = RandomStreams.fromSeed(17);
        for (int t = 0; t < 60; t++) {
            double cap = rng.nextBoolean() ? 0 : 5 + rng.nextInt(40);
            boolean carry = rng.nextInt(4) > 0;
            boolean legsRule = rng.nextBoolean();
            BinaryConfig c = Trees.binary(0.1, cap, carry, placement, 100, legsRule);
            Genealogy g = new Genealogy(400);
            BinaryPlan plan = new BinaryPlan(c, 4);
            Reference ref = new Reference(c, 400);
            Payout p = Payout.recording(plan, 4);
            double carryIn = 0;                              // no carry before the first period
            for (int period = 0; period < 4; period++) {
                int joiners = 1 + rng.nextInt(80);
                for (int k = 0; k < joiners; k++) {
                    int n = g.size();
                    int id = g.add(n == 0 || rng.nextDouble() < 0.05 ? -1 : rng.nextInt(n));
                    g.volume[id] = volume(rng);
                    plan.onJoin(g, id);
                    ref.onJoin(g, id);
                }
                plan.pay(g, p);
                ref.pay(g);
                String where = "tree " + t + " period " + period;
                for (int i = 0; i < g.size(); i++) {
                    assertEquals(ref.parent[i], plan.placementParent(i), where + " parent of " + i);
                }
                assertArrayEquals(ref.commission, Arrays.copyOf(p.commission, g.size()), EPS, where);
                assertArrayEquals(ref.outLeft, Arrays.copyOf(p.detail(4), g.size()), EPS, where);
                assertArrayEquals(ref.outRight, Arrays.copyOf(p.detail(5), g.size()), EPS, where);
                assertEquals(ref.flushed, p.flushedVolume, 1e-6, where);
                assertEquals(ref.capped, p.capped, 1e-6, where);
                assertEquals(ref.max, p.maxPayable, 1e-6, where);
                assertEquals(ref.legs, legVolume(p, g.size()), 1e-6, where);
                // what 'downline payout' prints: the volume that entered the legs and the carry-in
                assertEquals(ref.legs, p.newLegVolume + carryIn, 1e-6, where + ": entered + carried in");
                carryIn = p.carriedVolume;
                assertLegVolumeAccounted(p, 0.1, g.size(), where);
                // next period: new volumes, some members leave for good
                for (int i = 0; i < g.size(); i++) {
                    if (g.active[i] && rng.nextDouble() < 0.1) {
                        g.active[i] = false;
                    }
                    g.volume[i] = g.active[i] ? volume(rng) : 0;
                }
            }
        }
    }

    /**
     * Each dollar of leg volume is paid on (2 × pay / rate: the pairs behind the pay), carried or
     * flushed: so for each member (both legs against their pay, carry out and flushed) and in total,
     * which is the sum of everyone's legs.
     */
    private static void assertLegVolumeAccounted(Payout p, double rate, int n, String where) {
        for (int i = 0; i < n; i++) {
            double own = p.detail(0)[i] + p.detail(1)[i];
            assertEquals(own, 2 * p.commission[i] / rate + p.detail(4)[i] + p.detail(5)[i] + p.detail(3)[i], 1e-6,
                    where + ": member " + i + "'s legs");
        }
        double legs = legVolume(p, n);
        assertEquals(legs, 2 * p.paid / rate + p.carriedVolume + p.flushedVolume, 1e-6,
                where + ": leg volume = paid on + carried + flushed");
        assertTrue(p.flushedVolume <= legs + 1e-6, where);
    }

    /** Both legs of every member this period, carry-in included (the leftVolume and rightVolume details). */
    private static double legVolume(Payout p, int n) {
        double legs = 0;
        for (int i = 0; i < n; i++) {
            legs += p.detail(0)[i] + p.detail(1)[i];
        }
        return legs;
    }

    private static double volume(RandomGenerator rng) {
        double[] choices = {0, 50, 100, 100, 100, 150, 237.5, 1000};
        return choices[rng.nextInt(choices.length)];
    }

    private static int[] parents(BinaryPlan plan, int n) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = plan.placementParent(i);
        }
        return p;
    }

    private static String legs(BinaryPlan plan, int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            char c = plan.placementLeg(i);
            s.append(c == 0 ? '_' : c);
        }
        return s.toString();
    }

    /** The definition, written for clarity rather than speed: walks down edges, sums subtrees. */
    static final class Reference {
        final BinaryConfig c;
        final int[] parent;
        final int[][] child;           // [member][side]
        final double[] carryLeft;
        final double[] carryRight;
        final double[] lastLeft;
        final double[] lastRight;
        final double[] sinceLeft;      // own recruits' volume placed since the last close
        final double[] sinceRight;
        final int[] recruits;
        final int[] side;              // which leg of the sponsor (0, 1), −1 none
        double[] commission = new double[0];
        double[] outLeft = new double[0];
        double[] outRight = new double[0];
        double flushed;
        double capped;
        double max;
        double legs;

        Reference(BinaryConfig c, int capacity) {
            this.c = c;
            parent = new int[capacity];
            child = new int[capacity][2];
            carryLeft = new double[capacity];
            carryRight = new double[capacity];
            lastLeft = new double[capacity];
            lastRight = new double[capacity];
            sinceLeft = new double[capacity];
            sinceRight = new double[capacity];
            recruits = new int[capacity];
            side = new int[capacity];
        }

        void onJoin(Genealogy g, int i) {
            child[i][0] = -1;
            child[i][1] = -1;
            parent[i] = -1;
            side[i] = -1;
            int s = g.sponsor[i];
            if (s < 0) {
                return;
            }
            int leg = switch (c.placement()) {
                case LEFT -> 0;
                case ALTERNATE -> recruits[s] % 2;
                case WEAKER_LEG -> lastLeft[s] + sinceLeft[s] <= lastRight[s] + sinceRight[s] ? 0 : 1;
            };
            recruits[s]++;
            if (leg == 0) {
                sinceLeft[s] += g.volume[i];
            } else {
                sinceRight[s] += g.volume[i];
            }
            int x = s;
            while (child[x][leg] >= 0) {
                x = child[x][leg];
            }
            child[x][leg] = i;
            parent[i] = x;
            side[i] = leg;
        }

        double subtree(Genealogy g, int x) {
            if (x < 0) {
                return 0;
            }
            return g.volume[x] + subtree(g, child[x][0]) + subtree(g, child[x][1]);
        }

        boolean inSubtree(int x, int root) {
            for (; x >= 0; x = parent[x]) {
                if (x == root) {
                    return true;
                }
            }
            return false;
        }

        void pay(Genealogy g) {
            int n = g.size();
            commission = new double[n];
            outLeft = new double[n];
            outRight = new double[n];
            flushed = 0;
            capped = 0;
            max = 0;
            legs = 0;
            double rate = c.rate();
            double cap = c.capPerMonth() > 0 ? c.capPerMonth() : Double.POSITIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                double l = subtree(g, child[i][0]) + carryLeft[i];
                double r = subtree(g, child[i][1]) + carryRight[i];
                boolean pvOk = g.active[i] && g.volume[i] >= c.qualification().personalVolume();
                boolean legsOk = true;
                if (c.qualification().recruitOnEachLeg()) {
                    boolean left = false;
                    boolean right = false;
                    for (int j = 0; j < n; j++) {
                        if (g.sponsor[j] == i && g.active[j]) {
                            left |= child[i][0] >= 0 && inSubtree(j, child[i][0]);
                            right |= child[i][1] >= 0 && inSubtree(j, child[i][1]);
                        }
                    }
                    legsOk = left && right;
                }
                double weak = Math.min(l, r);
                max += rate * weak;
                legs += l + r;
                if (pvOk && legsOk) {
                    double due = rate * weak;
                    commission[i] = Math.min(due, cap);
                    capped += due - commission[i];
                    flushed += 2 * (due - commission[i]) / rate;
                    if (c.carryForward()) {
                        outLeft[i] = l - weak;
                        outRight[i] = r - weak;
                    } else {
                        flushed += l + r - 2 * weak;
                    }
                } else if (pvOk && c.carryForward()) {
                    outLeft[i] = l;
                    outRight[i] = r;
                } else {
                    flushed += l + r;                             // below the personal volume, or departed
                }
                lastLeft[i] = l;
                lastRight[i] = r;
                sinceLeft[i] = 0;
                sinceRight[i] = 0;
            }
            for (int i = 0; i < n; i++) {
                carryLeft[i] = outLeft[i];
                carryRight[i] = outRight[i];
            }
        }
    }
}
