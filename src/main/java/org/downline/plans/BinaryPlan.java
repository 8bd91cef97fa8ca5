package org.downline.plans;

import java.util.Arrays;
import org.downline.scenario.BinaryConfig;

/**
 * Binary: every member has a left and a right leg in a placement tree separate from the sponsor
 * tree, and is paid {@code rate} × the weaker leg's volume.
 *
 * <p><b>Placement</b> ({@link BinaryPlacement}). A recruit is placed in one of their sponsor's
 * two legs, at the bottom of its outer edge ("outside" spillover), by the rule {@code left},
 * {@code alternate} or {@code weaker-leg}; a recruit of the company is the root of a tree of their
 * own. In {@code downline payout} given positions override the rule ({@link GivenPlacement}).
 * Members keep their position for good: departed members stay in place with no volume.
 *
 * <p><b>Pay.</b> A leg's volume is the period's personal volume of every member in it, at all
 * depths, plus what was carried into it. Both legs of a qualified member are paired: the weaker
 * leg's volume is paid at {@code rate} and subtracted from both legs; the stronger leg's remainder
 * carries to the next period when {@code carryForward} (the weaker leg keeps nothing). Pay above
 * {@code capPerMonth} (0: no cap) is flushed: the paired volume is used up all the same.
 *
 * <p><b>Qualification.</b> Active with personal volume at least {@code qualification.personalVolume}
 * and, with {@code qualification.recruitOnEachLeg}, at least one active personal recruit (sponsor
 * tree) placed in each leg. A member who meets the personal volume but not yet the leg requirement
 * is not paired: both legs keep accruing and carry (industry practice: volume keeps accumulating
 * while a member stays active). A member below the personal volume, or departed, loses both legs'
 * volume that period (it is flushed): a departed member's carry, and each period the volume of the
 * members still below them, which flows on up to their upline's legs all the same. Compression does
 * not apply: positions are fixed.
 *
 * <p><b>Reported.</b> {@link Payout#maxPayable}: what the period would pay if every member were
 * qualified and uncapped ({@code rate} × the weaker leg of everyone); carried volume can count again
 * in later periods, so this bounds the period, not a run. {@link Payout#capped}: pay above the cap.
 * {@link Payout#flushedVolume}: leg volume that left a member's legs neither paid on nor carried —
 * the stronger leg's remainder without carry-forward, both legs of a member below the personal
 * volume or departed (a departed member's carry once, the period after they leave; the volume of
 * members below them every period), and for capped pay both legs' share of the unpaid pairs
 * (2 × capped / rate). Both legs of every member, carry-in included, are paid on
 * (2 × paid / rate), carried or flushed, each dollar one of the three;
 * {@link Payout#newLegVolume} is the same without the carry-in, what a run sums (a carried dollar
 * counts the period it entered a leg, not again each period it waits). Like every member's legs,
 * it counts a dollar once at each position it passes through.
 * Ranks: 0 not qualified, 1 qualified, 2 reached the cap.
 *
 * <p><b>Algorithm.</b> This class is the pay pass: one reverse pass over join order. A placement
 * parent always joined before their children, so when member i is visited both legs' volume is
 * complete; i pays, carries, and adds its subtree's volume to its parent's leg. Legs live in one
 * array by the placement's <em>slots</em> (as in {@link SlotLevels}): slot k's left at 2k, right
 * at 2k+1; slot 0 always empty for everyone else to read, slot 1 a sink for roots to write, so the
 * pass needs no branch, and the array it writes into at random is as small as it can be.
 */
public final class BinaryPlan implements CompensationPlan {

    private static final String[] COMPONENTS = {"binary"};
    private static final String[] DETAILS = {"leftVolume", "rightVolume", "capped", "flushed", "carryLeft",
        "carryRight"};
    private static final String[] RANKS = {"not qualified", "qualified", "reached the cap"};
    private static final int INITIAL = 1024;

    private final double rate;
    private final double invRate;
    private final double cap;
    private final double carry;
    private final double qualifyingVolume;
    /** Whether qualifying needs an active personal recruit in each leg. */
    private final boolean recruitOnEachLeg;
    /** Who is placed where, by the plan's rule or as given. */
    private final BinaryPlacement tree;

    // By member:
    private double[] carryLeft;
    private double[] carryRight;
    /** Rank in the last period paid: 0, 1 or 2, a byte ({@link CompensationPlan#ranks}). */
    private byte[] rank;
    // By slot (see BinaryPlacement): slot 0 always empty, slot 1 a sink.
    /** Leg volumes being summed: slot k's left at 2k, right at 2k+1. */
    private double[] legVolumeBySlot = new double[2 * INITIAL];
    // Scratch of a period:
    /** Bits of the legs holding an active personal recruit: member i's at i+1; 0 a sink. */
    private byte[] legsHeld;

    public BinaryPlan(BinaryConfig config, int capacity) {
        this.rate = config.rate();
        this.invRate = rate > 0 ? 1 / rate : 0;
        this.cap = config.capPerMonth() > 0 ? config.capPerMonth() : Double.POSITIVE_INFINITY;
        this.carry = config.carryForward() ? 1 : 0;
        this.qualifyingVolume = config.qualification().personalVolume();
        this.recruitOnEachLeg = config.qualification().recruitOnEachLeg();
        int n = Math.max(1, Math.min(capacity, INITIAL));
        tree = new BinaryPlacement(config.placement(), n);
        carryLeft = new double[n];
        carryRight = new double[n];
        rank = new byte[n];
        legsHeld = new byte[n + 1];
    }

    @Override
    public String[] componentNames() {
        return COMPONENTS.clone();
    }

    @Override
    public String[] detailNames() {
        return DETAILS.clone();
    }

    @Override
    public String[] rankNames() {
        return RANKS.clone();
    }

    @Override
    public byte[] ranks() {
        return rank;
    }

    @Override
    public double maxPayoutRatio() {
        return Double.NaN;
    }

    private void grow(int n) {
        if (n <= tree.capacity()) {
            return;
        }
        tree.grow(n);
        carryLeft = Genealogy.ensure(carryLeft, n);
        carryRight = Genealogy.ensure(carryRight, n);
        rank = Genealogy.ensure(rank, n);
        legsHeld = Genealogy.ensure(legsHeld, tree.capacity() + 1);
    }

    /** Makes member i a lone root with the given carry-in. */
    private void start(int i, double inLeft, double inRight) {
        grow(i + 1);
        tree.start(i, inRight - inLeft);
        carryLeft[i] = inLeft;
        carryRight[i] = inRight;
        rank[i] = 0;
    }

    @Override
    public void onJoin(Genealogy g, int member) {
        start(member, 0, 0);
        tree.placeByRule(g, member);
    }

    /**
     * Places every member of a given genealogy, by the given placements where there are some and
     * by the plan's rule elsewhere ({@link GivenPlacement}), each starting with their carry-in.
     */
    @Override
    public void joinAll(Genealogy g, PlacementInput given) {
        final int n = g.size();
        for (int i = 0; i < n; i++) {
            start(i, given.carryLeftOf(i), given.carryRightOf(i));
        }
        GivenPlacement.place(tree, g, given);
    }

    @Override
    public void pay(Genealogy g, Payout out) {
        final int n = g.size();
        out.begin(n);
        grow(n);
        if (legVolumeBySlot.length < 2 * tree.slotCapacity()) {
            legVolumeBySlot = Arrays.copyOf(legVolumeBySlot, 2 * tree.slotCapacity());
        }
        final double[] volume = g.volume;
        final boolean[] active = g.active;
        final int[] sponsor = g.sponsor;
        final int[] up = tree.up;
        final int[] own = tree.own;
        final double[] legVolumeBySlot = this.legVolumeBySlot;
        final byte[] held = this.legsHeld;
        final byte[] sponsorLeg = tree.sponsorLeg;
        final double[] carryLeft = this.carryLeft;
        final double[] carryRight = this.carryRight;
        final double[] balance = tree.balance;
        final byte[] rank = this.rank;
        final double[] commission = out.commission;
        final double rate = this.rate;
        final double invRate = this.invRate;
        final double cap = this.cap;
        final double carry = this.carry;
        final double qualifyingVolume = this.qualifyingVolume;
        final boolean legsRule = recruitOnEachLeg;
        final boolean recording = out.recordsComponents();
        legVolumeBySlot[2] = 0;
        legVolumeBySlot[3] = 0;
        held[0] = 0;
        double total = 0;
        double paidSum = 0;
        double maxSum = 0;
        double cappedSum = 0;
        double flushedSum = 0;
        double carriedSum = 0;
        double newLegSum = 0;
        for (int i = n - 1; i >= 0; i--) {
            final int ownLegs = own[i];                       // i's left leg; the right is next to it
            final double inLeft = legVolumeBySlot[ownLegs];
            final double inRight = legVolumeBySlot[ownLegs + 1];
            legVolumeBySlot[ownLegs] = 0;
            legVolumeBySlot[ownLegs + 1] = 0;
            final double v = volume[i];
            total += v;
            legVolumeBySlot[up[i]] += v + inLeft + inRight;   // this subtree into the parent's leg
            final int act = active[i] ? 1 : 0;
            int legsOk = 1;
            if (legsRule) {                                  // loop-invariant: hoisted by the JIT
                held[sponsor[i] + 1] |= (byte) (act * sponsorLeg[i]);
                legsOk = held[i + 1] == 3 ? 1 : 0;
                held[i + 1] = 0;
            }
            final int pvOk = act & (v >= qualifyingVolume ? 1 : 0);
            final int q = pvOk & legsOk;
            final double l = inLeft + carryLeft[i];
            final double r = inRight + carryRight[i];
            final double weak = Math.min(l, r);
            final double paired = q * weak;
            final double due = rate * paired;
            final double paid = Math.min(due, cap);
            final double excess = due - paid;
            final double keep = pvOk * carry;
            final double restLeft = l - paired;
            final double restRight = r - paired;
            final double outLeft = keep * restLeft;
            final double outRight = keep * restRight;
            // not kept: all of both legs below the personal volume or departed (keep 0, nothing
            // paired), the stronger leg's remainder without carry-forward; and the pairs behind capped pay
            final double flushed = (1 - keep) * (restLeft + restRight) + 2 * excess * invRate;
            carryLeft[i] = outLeft;
            carryRight[i] = outRight;
            balance[i] = r - l;
            commission[i] = paid;
            rank[i] = (byte) (q + (excess > 0 ? 1 : 0));
            paidSum += paid;
            maxSum += rate * weak;
            cappedSum += excess;
            flushedSum += flushed;
            carriedSum += outLeft + outRight;
            newLegSum += inLeft + inRight;
            if (recording) {
                out.component(0)[i] = paid;
                out.detail(0)[i] = l;
                out.detail(1)[i] = r;
                out.detail(2)[i] = excess;
                out.detail(3)[i] = flushed;
                out.detail(4)[i] = outLeft;
                out.detail(5)[i] = outRight;
            }
        }
        out.volume = total;
        out.paid = paidSum;
        out.maxPayable = maxSum;
        out.capped = cappedSum;
        out.flushedVolume = flushedSum;
        out.carriedVolume = carriedSum;
        out.newLegVolume = newLegSum;
    }

    @Override
    public void reset() {
        tree.reset();
    }

    /** Placement parent of a member, −1 for a root (tests and tools). */
    int placementParent(int member) {
        return tree.parent(member);
    }

    /** 'L' or 'R': the side of their placement parent a member is on; 0 for a root. */
    char placementLeg(int member) {
        return tree.leg(member);
    }

    @Override
    public long bytesPerMember() {
        // by member: up, own, two edges; two carries, balance; three flags and the rank, a byte each.
        // By slot (at most every member, about half in a binary tree): two leg sums and the member
        return 4L * Integer.BYTES + 3L * Double.BYTES + 4 + 2L * Double.BYTES + Integer.BYTES;
    }
}
