package org.downline.plans;

import java.util.ArrayDeque;
import java.util.Arrays;
import org.downline.scenario.BinaryConfig;
import org.downline.scenario.Placement;

/**
 * Binary: every member has a left and a right leg in a placement tree separate from the sponsor
 * tree, and is paid {@code rate} × the weaker leg's volume.
 *
 * <p><b>Placement.</b> A recruit is placed in one of their sponsor's two legs, at the bottom of
 * its <em>outer edge</em> (the leftmost position of the left leg, the rightmost of the right leg),
 * the "outside" spillover of binary back offices. Which leg: {@code left} always the left;
 * {@code alternate} left and right in turn by the sponsor's personal recruits (first left);
 * {@code weaker-leg} the leg with less volume — as of the last close (both legs' volume including
 * carry-in; in {@code downline payout}, the carry-in), plus the volume of the sponsor's own recruits
 * placed into it since — ties go left. A recruit of the company is the root of a tree of their own.
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
 * volume that period (it is flushed). Compression does not apply: positions are fixed.
 *
 * <p><b>Reported.</b> {@link Payout#maxPayable}: what the period would pay if every member were
 * qualified and uncapped ({@code rate} × the weaker leg of everyone); carried volume can count again
 * in later periods, so this bounds the period, not a run. {@link Payout#capped}: pay above the cap.
 * {@link Payout#flushedVolume}: leg volume that left an active member's legs neither paid on nor
 * carried — the stronger leg's remainder without carry-forward, both legs of a member below the
 * personal volume, and for capped pay both legs' share of the unpaid pairs (2 × capped / rate) —
 * plus what a departed member had carried, once, in the period after they leave (volume that
 * passes through their position later is not counted again).
 * Ranks: 0 not qualified, 1 qualified, 2 reached the cap.
 *
 * <p><b>Algorithm.</b> One reverse pass over join order: a placement parent always joined before
 * their children, so when member i is visited both legs' volume is complete; i pays, carries, and
 * adds its subtree's volume to its parent's leg. Legs live in one array by <em>slot</em>, given to
 * a member when the first member is placed below them (as in {@link SlotLevels}): slot k's left at
 * 2k, right at 2k+1; slot 0 always empty for everyone else to read, slot 1 a sink for roots to
 * write, so the pass needs no branch, and the array it writes into at random is as small as it can
 * be. Finding the bottom of an outer edge is a union–find over edges with path compression
 * (edges only ever grow at the bottom), so placement is amortised near-constant time.
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
    private final Placement placement;
    private final double qualifyingVolume;
    /** Whether qualifying needs an active personal recruit in each leg. */
    private final boolean recruitOnEachLeg;

    // By member:
    /** Index in {@link #acc} of the leg of the placement parent this member is in: 2k (left) or
     * 2k+1 (right) for the parent's slot k; 2 (the sink) for a root. */
    private int[] up;
    /** 2k for the member's own slot k, 0 (the empty slot) until someone is placed below them. */
    private int[] own;
    /** Union–find along left and right edges: {@code down[x] == x} iff x has no child on that side. */
    private int[] downLeft;
    private int[] downRight;
    private double[] carryLeft;
    private double[] carryRight;
    /** Right minus left leg volume at the last close, plus own recruits placed since. */
    private double[] balance;
    /** Which leg of their sponsor a member is in: 1 left, 2 right, 0 neither (or no sponsor). */
    private byte[] sponsorLeg;
    /** Alternate placement: the side of the sponsor's next recruit. */
    private byte[] nextSide;
    private int[] rank;
    // By slot: a member gets one when the first member is placed below them. Slot 0 is always empty
    // (for everyone else to read), slot 1 a sink (for roots to write).
    /** Leg volumes being summed: slot k's left at 2k, right at 2k+1. */
    private double[] acc = new double[2 * INITIAL];
    private int[] slotMember = new int[INITIAL];
    private int slots = 2;
    // Scratch of a period:
    /** Bits of the legs holding an active personal recruit: member i's at i+1; 0 a sink. */
    private byte[] legsHeld;

    public BinaryPlan(BinaryConfig config, int capacity) {
        this.rate = config.rate();
        this.invRate = rate > 0 ? 1 / rate : 0;
        this.cap = config.capPerMonth() > 0 ? config.capPerMonth() : Double.POSITIVE_INFINITY;
        this.carry = config.carryForward() ? 1 : 0;
        this.placement = config.placement();
        this.qualifyingVolume = config.qualification().personalVolume();
        this.recruitOnEachLeg = config.qualification().recruitOnEachLeg();
        int n = Math.max(1, Math.min(capacity, INITIAL));
        up = new int[n];
        own = new int[n];
        downLeft = new int[n];
        downRight = new int[n];
        carryLeft = new double[n];
        carryRight = new double[n];
        balance = new double[n];
        sponsorLeg = new byte[n];
        nextSide = new byte[n];
        rank = new int[n];
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
    public int[] ranks() {
        return rank;
    }

    @Override
    public double maxPayoutRatio() {
        return Double.NaN;
    }

    private void grow(int n) {
        if (n <= up.length) {
            return;
        }
        up = Genealogy.ensure(up, n);
        own = Genealogy.ensure(own, n);
        downLeft = Genealogy.ensure(downLeft, n);
        downRight = Genealogy.ensure(downRight, n);
        carryLeft = Genealogy.ensure(carryLeft, n);
        carryRight = Genealogy.ensure(carryRight, n);
        balance = Genealogy.ensure(balance, n);
        sponsorLeg = Genealogy.ensure(sponsorLeg, n);
        nextSide = Genealogy.ensure(nextSide, n);
        rank = Genealogy.ensure(rank, n);
        legsHeld = Genealogy.ensure(legsHeld, up.length + 1);
    }

    /** Makes member i a lone root with the given carry-in. */
    private void start(int i, double inLeft, double inRight) {
        grow(i + 1);
        up[i] = 2;
        own[i] = 0;
        downLeft[i] = i;
        downRight[i] = i;
        carryLeft[i] = inLeft;
        carryRight[i] = inRight;
        balance[i] = inRight - inLeft;
        sponsorLeg[i] = 0;
        nextSide[i] = 0;
        rank[i] = 0;
    }

    @Override
    public void onJoin(Genealogy g, int member) {
        start(member, 0, 0);
        placeByRule(g, member);
    }

    private void placeByRule(Genealogy g, int member) {
        final int s = g.sponsor[member];
        if (s < 0) {
            return;
        }
        final int side = switch (placement) {
            case LEFT -> 0;
            case ALTERNATE -> nextSide[s];
            case WEAKER_LEG -> balance[s] >= 0 ? 0 : 1;
        };
        attach(member, bottom(s, side), side);
        recruited(g, s, member, side);
    }

    /** Books member's placement in side of their sponsor s, for the sponsor's next placement. */
    private void recruited(Genealogy g, int s, int member, int side) {
        sponsorLeg[member] = (byte) (1 << side);
        balance[s] += side == 0 ? -g.volume[member] : g.volume[member];
        nextSide[s] ^= 1;
    }

    /** The bottom of x's edge on one side: x itself if it has no child there. */
    private int bottom(int x, int side) {
        final int[] down = side == 0 ? downLeft : downRight;
        int root = x;
        while (down[root] != root) {
            root = down[root];
        }
        while (down[x] != root) {
            final int next = down[x];
            down[x] = root;
            x = next;
        }
        return root;
    }

    private void attach(int member, int parent, int side) {
        if (own[parent] == 0) {
            if (slots == slotMember.length) {
                slotMember = Arrays.copyOf(slotMember, 2 * slots);
                acc = Arrays.copyOf(acc, 4 * slots);
            }
            slotMember[slots] = parent;
            own[parent] = 2 * slots++;
        }
        up[member] = own[parent] + side;
        (side == 0 ? downLeft : downRight)[parent] = member;
    }

    /**
     * Places every member of a given genealogy, by the given placements where there are some and
     * by the plan's rule elsewhere. A sponsor's recruit placed anywhere in one of the sponsor's legs
     * — directly below them or deeper — counts for the sponsor's weaker-leg balance, as under the
     * rule; finding the leg takes a level-ancestor query on skew-binary jump pointers (Myers 1983),
     * O(log depth) per member however deep the legs.
     */
    @Override
    public void joinAll(Genealogy g, PlacementInput given) {
        final int n = g.size();
        final int[] depth = new int[n];
        final int[] jump = new int[n];
        for (int i = 0; i < n; i++) {
            start(i, given.carryLeftOf(i), given.carryRightOf(i));
            final int p = given.parentOf(i);
            if (p == PlacementInput.BY_RULE) {
                if (given.legOf(i) != PlacementInput.ANY_LEG) {
                    throw new PlacementException(i, "leg", "is " + (given.legOf(i) == PlacementInput.LEFT ? "L" : "R")
                            + " but column placement is empty (a leg is a side under the member placement names)");
                }
                placeByRule(g, i);
                link(i, depth, jump);
                continue;
            }
            if (p >= i) {
                throw new IllegalArgumentException("placement parent must join before member " + i + ": " + p);
            }
            int side = given.legOf(i);
            final boolean leftFree = downLeft[p] == p;
            final boolean rightFree = downRight[p] == p;
            if (side == PlacementInput.ANY_LEG) {
                if (!leftFree && !rightFree) {
                    final int left = childAt(p, 0, i);
                    final int right = childAt(p, 1, i);
                    throw new PlacementException(i, "placement", "names " + PlacementException.ref(p)
                            + ", whose two legs are already taken by " + PlacementException.ref(left) + " and "
                            + PlacementException.ref(right) + byRule(given, left, right));
                }
                side = leftFree ? 0 : 1;
            } else if (!(side == 0 ? leftFree : rightFree)) {
                throw new PlacementException(i, "leg", "is " + (side == 0 ? "L" : "R") + " under "
                        + PlacementException.ref(p) + ", but that leg is already taken by "
                        + PlacementException.ref(childAt(p, side, i)) + byRule(given, childAt(p, side, i)));
            }
            attach(i, p, side);
            link(i, depth, jump);
            final int s = g.sponsor[i];
            if (s >= 0) {
                final int a = depth[s] < depth[i] ? ancestorAt(i, depth[s] + 1, depth, jump) : -1;
                if (a >= 0 && placementParent(a) == s) {
                    recruited(g, s, i, up[a] & 1);    // in a leg of their sponsor: booked as the rule books it
                } else {
                    nextSide[s] ^= 1;                 // alternate counts every personal recruit
                }
            }
        }
        findSponsorLegs(g);
    }

    /** Depth and jump pointer of a member just placed (its placement parent's are set). */
    private void link(int i, int[] depth, int[] jump) {
        final int p = placementParent(i);
        if (p < 0) {
            depth[i] = 0;
            jump[i] = i;
            return;
        }
        depth[i] = depth[p] + 1;
        final int j = jump[p];
        jump[i] = depth[p] - depth[j] == depth[j] - depth[jump[j]] ? jump[j] : p;
    }

    /** The placement ancestor of x at depth d ≤ depth[x]. */
    private int ancestorAt(int x, int d, int[] depth, int[] jump) {
        while (depth[x] > d) {
            x = depth[jump[x]] >= d ? jump[x] : placementParent(x);
        }
        return x;
    }

    /** A note for a message naming members who hold positions, if the plan's rule put any there. */
    static String byRule(PlacementInput given, int... members) {
        for (int m : members) {
            if (given.parentOf(m) == PlacementInput.BY_RULE) {
                return " (members without a placement are placed by the plan's rule as they join, before later "
                        + "rows: give them a placement too)";
            }
        }
        return "";
    }

    /** The child of parent on a side, among the members before {@code upTo} (an error path: a scan). */
    private int childAt(int parent, int side, int upTo) {
        final int wanted = own[parent] + side;
        for (int c = 0; c < upTo; c++) {
            if (up[c] == wanted) {
                return c;
            }
        }
        throw new IllegalStateException("no child on side " + side + " of " + parent);
    }

    /**
     * After given placements, which leg of their sponsor each member ended up in (anywhere below, or
     * neither): one depth-first numbering of the placement forest, then an interval test per member.
     */
    private void findSponsorLegs(Genealogy g) {
        final int n = g.size();
        final int[] left = new int[n];
        final int[] right = new int[n];
        Arrays.fill(left, -1);
        Arrays.fill(right, -1);
        for (int i = 0; i < n; i++) {
            final int p = placementParent(i);
            if (p >= 0) {
                if ((up[i] & 1) == 0) {
                    left[p] = i;
                } else {
                    right[p] = i;
                }
            }
        }
        final int[] enter = new int[n];
        final int[] exit = new int[n];
        int clock = 0;
        final ArrayDeque<Integer> stack = new ArrayDeque<>();
        for (int root = 0; root < n; root++) {
            if (placementParent(root) >= 0) {
                continue;
            }
            stack.push(root);
            while (!stack.isEmpty()) {
                final int x = stack.pop();
                if (x < 0) {
                    exit[-x - 1] = clock - 1;
                    continue;
                }
                enter[x] = clock++;
                stack.push(-x - 1);
                if (right[x] >= 0) {
                    stack.push(right[x]);
                }
                if (left[x] >= 0) {
                    stack.push(left[x]);
                }
            }
        }
        for (int i = 0; i < n; i++) {
            final int s = g.sponsor[i];
            sponsorLeg[i] = 0;
            if (s < 0) {
                continue;
            }
            for (int side = 0; side < 2; side++) {
                final int c = side == 0 ? left[s] : right[s];
                if (c >= 0 && enter[c] <= enter[i] && enter[i] <= exit[c]) {
                    sponsorLeg[i] = (byte) (1 << side);
                }
            }
        }
    }

    @Override
    public void pay(Genealogy g, Payout out) {
        final int n = g.size();
        out.begin(n);
        grow(n);
        final double[] volume = g.volume;
        final boolean[] active = g.active;
        final int[] sponsor = g.sponsor;
        final int[] up = this.up;
        final int[] own = this.own;
        final double[] acc = this.acc;
        final byte[] held = this.legsHeld;
        final byte[] sponsorLeg = this.sponsorLeg;
        final double[] carryLeft = this.carryLeft;
        final double[] carryRight = this.carryRight;
        final double[] balance = this.balance;
        final int[] rank = this.rank;
        final double[] commission = out.commission;
        final double rate = this.rate;
        final double invRate = this.invRate;
        final double cap = this.cap;
        final double carry = this.carry;
        final double qualifyingVolume = this.qualifyingVolume;
        final boolean legsRule = recruitOnEachLeg;
        final boolean recording = out.recordsComponents();
        acc[2] = 0;
        acc[3] = 0;
        held[0] = 0;
        double total = 0;
        double paidSum = 0;
        double maxSum = 0;
        double cappedSum = 0;
        double flushedSum = 0;
        double carriedSum = 0;
        for (int i = n - 1; i >= 0; i--) {
            final int b = own[i];
            final double inLeft = acc[b];
            final double inRight = acc[b + 1];
            acc[b] = 0;
            acc[b + 1] = 0;
            final double v = volume[i];
            total += v;
            acc[up[i]] += v + inLeft + inRight;            // this subtree into the parent's leg
            final int act = active[i] ? 1 : 0;
            int legsOk = 1;
            if (legsRule) {                                  // loop-invariant: hoisted by the JIT
                held[sponsor[i] + 1] |= (byte) (act * sponsorLeg[i]);
                legsOk = held[i + 1] == 3 ? 1 : 0;
                held[i + 1] = 0;
            }
            final int pvOk = act & (v >= qualifyingVolume ? 1 : 0);
            final int q = pvOk & legsOk;
            final double carriedIn = carryLeft[i] + carryRight[i];
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
            // a departed member forfeits what they had carried; what passes through later is not theirs
            final double flushed = act * ((1 - keep) * (restLeft + restRight) + 2 * excess * invRate)
                    + (1 - act) * carriedIn;
            carryLeft[i] = outLeft;
            carryRight[i] = outRight;
            balance[i] = r - l;
            commission[i] = paid;
            rank[i] = q + (excess > 0 ? 1 : 0);
            paidSum += paid;
            maxSum += rate * weak;
            cappedSum += excess;
            flushedSum += flushed;
            carriedSum += outLeft + outRight;
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
    }

    @Override
    public void reset() {
        slots = 2;
    }

    /** Placement parent of a member, −1 for a root (tests and tools). */
    int placementParent(int member) {
        return up[member] < 4 ? -1 : slotMember[up[member] >> 1];
    }

    /** 'L' or 'R': the side of their placement parent a member is on; 0 for a root. */
    char placementLeg(int member) {
        return up[member] < 4 ? 0 : (up[member] & 1) == 0 ? 'L' : 'R';
    }

    @Override
    public long bytesPerMember() {
        // by member: up, own, two edges, rank; two carries, balance; three flags. By slot (at most
        // every member, about half in a binary tree): two leg sums and the member
        return 5L * Integer.BYTES + 3L * Double.BYTES + 3 + 2L * Double.BYTES + Integer.BYTES;
    }
}
