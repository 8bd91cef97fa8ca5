package org.downline.plans;

import java.util.Arrays;
import org.downline.scenario.Placement;

/**
 * The binary plan's placement tree and its rule: where a recruit goes, and the per-member state
 * the rule reads.
 *
 * <p>A recruit is placed in one of their sponsor's two legs, at the bottom of its <em>outer
 * edge</em> (the leftmost position of the left leg, the rightmost of the right leg), the "outside"
 * spillover of binary back offices. Which leg: {@code left} always the left; {@code alternate}
 * left and right in turn by the sponsor's personal recruits (first left); {@code weaker-leg} the
 * leg with less volume — as of the last close (both legs' volume including carry-in; in
 * {@code downline payout}, the carry-in), plus the volume of the sponsor's own recruits placed into
 * it since — ties go left. A recruit of the company is the root of a tree of their own. Members
 * keep their position for good.
 *
 * <p>Legs are numbered by <em>slot</em>, given to a member when the first member is placed below
 * them: slot k's left leg is 2k, its right 2k+1; slot 0 is always empty, for everyone else to read,
 * and slot 1 a sink, for roots to write (see the pay pass in {@link BinaryPlan}). Finding the
 * bottom of an outer edge is a union–find over edges with path compression (edges only ever grow
 * at the bottom), so placement is amortised near-constant time.
 */
final class BinaryPlacement {

    private static final int INITIAL = 1024;

    private final Placement rule;

    // By member:
    /** Index of the leg of the placement parent this member is in: 2k (left) or 2k+1 (right) for
     * the parent's slot k; 2 (the sink) for a root. */
    int[] up;
    /** 2k for the member's own slot k, 0 (the empty slot) until someone is placed below them. */
    int[] own;
    /** Union–find along left and right edges: {@code down[x] == x} iff x has no child on that side. */
    private int[] downLeft;
    private int[] downRight;
    /** Right minus left leg volume at the last close, plus own recruits placed since. */
    double[] balance;
    /** Which leg of their sponsor a member is in: 1 left, 2 right, 0 neither (or no sponsor). */
    byte[] sponsorLeg;
    /** Alternate placement: the side of the sponsor's next recruit. */
    private byte[] nextSide;
    // By slot:
    /** The member each slot belongs to. */
    private int[] slotMember = new int[INITIAL];
    private int slots = 2;

    BinaryPlacement(Placement rule, int members) {
        this.rule = rule;
        up = new int[members];
        own = new int[members];
        downLeft = new int[members];
        downRight = new int[members];
        balance = new double[members];
        sponsorLeg = new byte[members];
        nextSide = new byte[members];
    }

    /** Members the arrays hold. */
    int capacity() {
        return up.length;
    }

    /** Slots handed out so far, the two reserved ones included. */
    int slots() {
        return slots;
    }

    /** Slots the tree has room for without growing. */
    int slotCapacity() {
        return slotMember.length;
    }

    void grow(int n) {
        if (n <= up.length) {
            return;
        }
        up = Genealogy.ensure(up, n);
        own = Genealogy.ensure(own, n);
        downLeft = Genealogy.ensure(downLeft, n);
        downRight = Genealogy.ensure(downRight, n);
        balance = Genealogy.ensure(balance, n);
        sponsorLeg = Genealogy.ensure(sponsorLeg, n);
        nextSide = Genealogy.ensure(nextSide, n);
    }

    /** Forgets every position (a new replication). */
    void reset() {
        slots = 2;
    }

    /** Makes member i a lone root whose legs start {@code balance} apart (right minus left). */
    void start(int i, double balance) {
        up[i] = 2;
        own[i] = 0;
        downLeft[i] = i;
        downRight[i] = i;
        this.balance[i] = balance;
        sponsorLeg[i] = 0;
        nextSide[i] = 0;
    }

    /** Places a member under their sponsor by the rule; a recruit of the company stays a root. */
    void placeByRule(Genealogy g, int member) {
        final int s = g.sponsor[member];
        if (s < 0) {
            return;
        }
        final int side = switch (rule) {
            case LEFT -> 0;
            case ALTERNATE -> nextSide[s];
            case WEAKER_LEG -> balance[s] >= 0 ? 0 : 1;
        };
        attach(member, bottom(s, side), side);
        recruited(g, s, member, side);
    }

    /** Books member's placement in side of their sponsor s, for the sponsor's next placement. */
    void recruited(Genealogy g, int s, int member, int side) {
        sponsorLeg[member] = (byte) (1 << side);
        balance[s] += side == 0 ? -g.volume[member] : g.volume[member];
        nextSide[s] ^= 1;
    }

    /** A personal recruit of s placed outside both of s's legs: alternation counts them too. */
    void recruitedElsewhere(int s) {
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

    /** Whether parent has no child on a side yet. */
    boolean isFree(int parent, int side) {
        return (side == 0 ? downLeft : downRight)[parent] == parent;
    }

    /** Puts member directly below parent, on a side that is free. */
    void attach(int member, int parent, int side) {
        if (own[parent] == 0) {
            if (slots == slotMember.length) {
                slotMember = Arrays.copyOf(slotMember, 2 * slots);
            }
            slotMember[slots] = parent;
            own[parent] = 2 * slots++;
        }
        up[member] = own[parent] + side;
        (side == 0 ? downLeft : downRight)[parent] = member;
    }

    /** Placement parent of a member, −1 for a root. */
    int parent(int member) {
        return up[member] < 4 ? -1 : slotMember[up[member] >> 1];
    }

    /** 'L' or 'R': the side of their placement parent a member is on; 0 for a root. */
    char leg(int member) {
        return up[member] < 4 ? 0 : (up[member] & 1) == 0 ? 'L' : 'R';
    }

    /** The child of parent on a side, among the members before {@code upTo} (an error path: a scan). */
    int childAt(int parent, int side, int upTo) {
        final int wanted = own[parent] + side;
        for (int c = 0; c < upTo; c++) {
            if (up[c] == wanted) {
                return c;
            }
        }
        throw new IllegalStateException("no child on side " + side + " of " + parent);
    }
}
