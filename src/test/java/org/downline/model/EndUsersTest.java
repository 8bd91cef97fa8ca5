package org.downline.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.downline.plans.CompensationPlan;
import org.downline.plans.Genealogy;
import org.downline.plans.Payout;
import org.downline.plans.UnilevelPlan;
import org.downline.scenario.Compression;
import org.downline.scenario.PlanRules;
import org.downline.scenario.QualificationConfig;
import org.downline.scenario.UnilevelConfig;
import org.junit.jupiter.api.Test;

/**
 * One month on a small tree, computed by hand: volume by source, who funds the commissions, and
 * each plan rule's effect on each member's pay.
 *
 * <pre>
 *   0 (5 customers)          3 (10 customers)
 *   ├── 1 (none)             └── 4 (none)
 *   │   └── 2 (none)             └── 5 (none)
 *   └── 3 ...
 * </pre>
 * Sponsors 0 ← 1 ← 2 and 0 ← 3 ← 4 ← 5; every member active, required volume $100, orders $40, so
 * volumes 300, 100, 100, 500, 100, 100 ($1,200: $600 own purchases, $600 to 15 end users). Unilevel
 * at 10% and 5% on two levels, no compression, $100 to qualify: member 0 earns 10% × (100 + 500) +
 * 5% × (100 + 100) = 70, member 1 10, member 3 10% × 100 + 5% × 100 = 15, member 4 10 ($105).
 * Own and downline end-user shares: 0: 600/1200 = 0.5 exactly; 1, 2, 4, 5: 0; 3: 400/700 = 4/7.
 */
class EndUsersTest {

    private static final double REQUIRED = 100;
    private static final double ORDER = 40;
    private static final int[] SPONSORS = {-1, 0, 1, 0, 3, 4};
    private static final int[] CUSTOMERS = {5, 0, 0, 10, 0, 0};

    private static Genealogy tree() {
        Genealogy g = new Genealogy(16);
        for (int i = 0; i < SPONSORS.length; i++) {
            g.add(SPONSORS[i]);
            g.volume[i] = REQUIRED + CUSTOMERS[i] * ORDER;
        }
        return g;
    }

    private static CompensationPlan plan(Genealogy g) {
        CompensationPlan plan = new UnilevelPlan(new UnilevelConfig(new QualificationConfig(100, false),
                Compression.NONE, List.of(0.10, 0.05)), 16);
        for (int i = 0; i < g.size(); i++) {
            plan.onJoin(g, i);
        }
        return plan;
    }

    /** Pays the month under {@code rules}; returns the accounting (the payout in {@code out}). */
    private static EndUsers month(PlanRules rules, Genealogy g, Payout out) {
        CompensationPlan plan = plan(g);
        EndUsers e = reporting(new EndUsers(REQUIRED, ORDER, rules, plan.maxPayoutRatio(), false), CUSTOMERS);
        e.pay(plan, g, out);
        return e;
    }

    /** {@code e} told, as the world tells it, that member i buys the required volume and orders[i] orders. */
    private static EndUsers reporting(EndUsers e, int[] orders) {
        e.tellPurchases();
        for (int i = 0; i < orders.length; i++) {
            e.bought(i, orders[i], REQUIRED + orders[i] * ORDER);
        }
        return e;
    }

    private static double[] pay(Payout out, int n) {
        return java.util.Arrays.copyOf(out.commission, n);
    }

    @Test
    void volumeBySourceAndWhoFundsTheCommissions() {
        Genealogy g = tree();
        Payout out = new Payout(16, null);
        EndUsers e = month(PlanRules.OFF, g, out);
        assertArrayEquals(new double[] {70, 10, 0, 15, 10, 0}, pay(out, 6), 1e-12);
        assertEquals(105, out.paid, 1e-12);
        assertEquals(6, e.active);
        assertEquals(600, e.participantPurchases, 0);
        assertEquals(600, e.endUserSales, 0);
        // own shares: 200/300, 0, 0, 400/500, 0, 0; members 0 and 3 sell mostly to end users
        assertEquals(2.0 / 3 + 0.8, e.ownShareSum, 1e-12);
        assertEquals(2, e.ownOverHalf);
        // funded by own purchases: 70 × (1 − 0.5) + 10 × 1 + 15 × 3/7 + 10 × 1
        assertEquals(35 + 10 + 15 * 3.0 / 7 + 10, e.fundedByParticipants, 1e-12);
        assertEquals(4, e.paid);
        // a majority is more than half: member 0 at exactly 0.5 has none, member 3 (4/7) has
        assertEquals(1, e.paidMajority);
        // member 3: 10 customers and $400 of retail
        assertEquals(1, e.paidTenCustomers);
        assertEquals(0, e.ruleBreakage, 0);
        // Herbalife's reading: own purchases up to $200 each (all $100 of them here)
        assertEquals(600, e.cappedPersonalUse, 0);
    }

    /** Member 3 passes while their downline (4) does not; member 0 passes at exactly half. */
    @Test
    void minEndUserShareWithholdsPayMemberByMember() {
        Genealogy g = tree();
        Payout out = new Payout(16, null);
        EndUsers e = month(new PlanRules(0.5, 0, 0), g, out);
        assertArrayEquals(new double[] {70, 0, 0, 15, 0, 0}, pay(out, 6), 1e-12);
        assertEquals(85, out.paid, 1e-12);
        assertEquals(20, e.ruleBreakage, 1e-12);
        assertEquals(2, e.paid);
        assertEquals(35 + 15 * 3.0 / 7, e.fundedByParticipants, 1e-12);
        // above 4/7 only nobody: member 3 fails too
        out = new Payout(16, null);
        e = month(new PlanRules(0.6, 0, 0), tree(), out);
        assertArrayEquals(new double[6], pay(out, 6), 0);
        assertEquals(105, e.ruleBreakage, 1e-12);
        assertEquals(0, e.paid);
    }

    @Test
    void minRetailCustomersCountsTheMembersOwnCustomers() {
        Payout out = new Payout(16, null);
        EndUsers e = month(new PlanRules(0, 10, 0), tree(), out);
        assertArrayEquals(new double[] {0, 0, 0, 15, 0, 0}, pay(out, 6), 1e-12);
        assertEquals(90, e.ruleBreakage, 1e-12);
        out = new Payout(16, null);
        e = month(new PlanRules(0, 5, 0), tree(), out);
        assertArrayEquals(new double[] {70, 0, 0, 15, 0, 0}, pay(out, 6), 1e-12);
        assertEquals(20, e.ruleBreakage, 1e-12);
    }

    /**
     * A $50 cap: rewardable volumes 250, 50, 50, 450, 50, 50, so members 1, 2, 4, 5 fall below the
     * $100 qualification; 0 earns 10% × (50 + 450) + 5% × (50 + 50) = 55, 3 earns 5 + 2.5. The $300
     * excluded at the plan's maximum 15% is $45 of breakage; volumes are put back bit for bit.
     */
    @Test
    void personalUseCapPaysOnRewardableVolumeAndPutsVolumesBack() {
        Genealogy g = tree();
        double[] before = java.util.Arrays.copyOf(g.volume, 6);
        Payout out = new Payout(16, null);
        EndUsers e = month(new PlanRules(0, 0, 50), g, out);
        assertArrayEquals(new double[] {55, 0, 0, 7.5, 0, 0}, pay(out, 6), 1e-12);
        assertArrayEquals(before, java.util.Arrays.copyOf(g.volume, 6), 0);
        assertEquals(1200, out.volume, 0);
        assertEquals(45, e.ruleBreakage, 1e-12);
        assertEquals(0.15 * 1200, out.maxPayable, 1e-9);
        assertEquals(600, e.endUserSales, 0);
        // a cap at or above the required volume changes nothing
        Payout free = new Payout(16, null);
        month(PlanRules.OFF, tree(), free);
        Payout high = new Payout(16, null);
        EndUsers h = month(new PlanRules(0, 0, 100), tree(), high);
        assertArrayEquals(pay(free, 6), pay(high, 6), 0);
        assertEquals(0, h.ruleBreakage, 0);
    }

    /** Subtree counts held in longs (very large markets) give the same month. */
    @Test
    void wideCountsAgree() {
        Payout narrow = new Payout(16, null);
        EndUsers a = month(new PlanRules(0.5, 0, 0), tree(), narrow);
        Genealogy g = tree();
        CompensationPlan plan = plan(g);
        EndUsers b = reporting(new EndUsers(REQUIRED, ORDER, new PlanRules(0.5, 0, 0), plan.maxPayoutRatio(), true),
                CUSTOMERS);
        Payout wide = new Payout(16, null);
        b.pay(plan, g, wide);
        assertArrayEquals(pay(narrow, 6), pay(wide, 6), 0);
        assertEquals(a.fundedByParticipants, b.fundedByParticipants, 0);
        assertEquals(a.paidMajority, b.paidMajority);
    }

    /**
     * A larger month, with orders inside and beyond the 64-order share table, under each plan rule:
     * the packed and the wide subtree sums give the same month bit for bit, and the reported
     * totals are those recomputed here from each member's orders (own shares summed in member order).
     */
    @Test
    void packedAndWideSumsAgreeBeyondTheShareTable() {
        final int n = 300;
        final int[] orders = new int[n];
        for (int i = 0; i < n; i++) {
            orders[i] = (i * 37 + 11) % 150;        // 0..149: inside and beyond the 64-order table
        }
        double shareSum = 0;
        long overHalf = 0;
        long customers = 0;
        for (int k : orders) {
            final double v = REQUIRED + k * ORDER;
            final double share = k * ORDER / v;
            shareSum += share;
            overHalf += share > 0.5 ? 1 : 0;
            customers += k;
        }
        for (PlanRules rules : List.of(new PlanRules(0, 0, 0), new PlanRules(0.5, 0, 0), new PlanRules(0, 10, 0),
                new PlanRules(0.5, 10, 200))) {
            Genealogy g1 = bigTree(n, orders);
            Genealogy g2 = bigTree(n, orders);
            CompensationPlan p1 = plan(g1);
            CompensationPlan p2 = plan(g2);
            EndUsers packed = reporting(new EndUsers(REQUIRED, ORDER, rules, p1.maxPayoutRatio(), false), orders);
            EndUsers wide = reporting(new EndUsers(REQUIRED, ORDER, rules, p2.maxPayoutRatio(), true), orders);
            Payout o1 = new Payout(n, null);
            Payout o2 = new Payout(n, null);
            packed.pay(p1, g1, o1);
            wide.pay(p2, g2, o2);
            String at = rules.toString();
            assertEquals(n, packed.active, at);
            assertEquals(customers * ORDER, packed.endUserSales, 0, at);
            assertEquals(shareSum, packed.ownShareSum, 0, at);
            assertEquals(overHalf, packed.ownOverHalf, at);
            assertArrayEquals(pay(o1, n), pay(o2, n), 0, at);
            assertEquals(packed.active, wide.active, at);
            assertEquals(packed.participantPurchases, wide.participantPurchases, 0, at);
            assertEquals(packed.endUserSales, wide.endUserSales, 0, at);
            assertEquals(packed.cappedPersonalUse, wide.cappedPersonalUse, 0, at);
            assertEquals(packed.ownShareSum, wide.ownShareSum, 0, at);
            assertEquals(packed.ownOverHalf, wide.ownOverHalf, at);
            assertEquals(packed.fundedByParticipants, wide.fundedByParticipants, 0, at);
            assertEquals(packed.paid, wide.paid, at);
            assertEquals(packed.paidMajority, wide.paidMajority, at);
            assertEquals(packed.paidTenCustomers, wide.paidTenCustomers, at);
            assertEquals(packed.ruleBreakage, wide.ruleBreakage, 0, at);
        }
    }

    /** Member i sponsored by (i - 1) / 3, buying the required volume and orders[i] orders. */
    private static Genealogy bigTree(int n, int[] orders) {
        Genealogy g = new Genealogy(n);
        for (int i = 0; i < n; i++) {
            g.add(i == 0 ? -1 : (i - 1) / 3);
            g.volume[i] = REQUIRED + orders[i] * ORDER;
        }
        return g;
    }
}
