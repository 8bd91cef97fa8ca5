package org.downline.plans;

import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * Places a given genealogy in the binary plan's tree ({@code downline payout}): by the given
 * positions where there are some, and by the plan's rule elsewhere, in join order.
 *
 * <p>A sponsor's recruit placed anywhere in one of the sponsor's legs — directly below them or
 * deeper — counts for the sponsor's weaker-leg balance, as under the rule; finding the leg takes a
 * level-ancestor query on skew-binary jump pointers (Myers 1983), O(log depth) per member however
 * deep the legs. Afterwards one depth-first numbering of the placement forest says which leg of
 * their sponsor every member ended up in, for the plan's "a recruit on each leg" qualification.
 */
final class GivenPlacement {

    private final BinaryPlacement tree;
    /** Depth in the placement forest and skew-binary jump pointer, by member. */
    private final int[] depth;
    private final int[] jump;

    private GivenPlacement(BinaryPlacement tree, int members) {
        this.tree = tree;
        this.depth = new int[members];
        this.jump = new int[members];
    }

    /**
     * Places members 0..size−1 of {@code g}, already started as lone roots with their carry-in.
     *
     * @throws PlacementException if a given position cannot be taken
     */
    static void place(BinaryPlacement tree, Genealogy g, PlacementInput given) {
        new GivenPlacement(tree, g.size()).placeAll(g, given);
    }

    private void placeAll(Genealogy g, PlacementInput given) {
        final int n = g.size();
        for (int i = 0; i < n; i++) {
            final int p = given.parentOf(i);
            if (p == PlacementInput.BY_RULE) {
                if (given.legOf(i) != PlacementInput.ANY_LEG) {
                    throw new PlacementException(i, "leg", "is " + (given.legOf(i) == PlacementInput.LEFT ? "L" : "R")
                            + " but column placement is empty (a leg is a side under the member placement names)");
                }
                tree.placeByRule(g, i);
                link(i);
                continue;
            }
            if (p >= i) {
                throw new IllegalArgumentException("placement parent must join before member " + i + ": " + p);
            }
            int side = given.legOf(i);
            final boolean leftFree = tree.isFree(p, 0);
            final boolean rightFree = tree.isFree(p, 1);
            if (side == PlacementInput.ANY_LEG) {
                if (!leftFree && !rightFree) {
                    final int left = tree.childAt(p, 0, i);
                    final int right = tree.childAt(p, 1, i);
                    throw new PlacementException(i, "placement", "names " + PlacementException.ref(p)
                            + ", whose two legs are already taken by " + PlacementException.ref(left) + " and "
                            + PlacementException.ref(right) + PlacementException.byRule(given, left, right));
                }
                side = leftFree ? 0 : 1;
            } else if (!(side == 0 ? leftFree : rightFree)) {
                final int taken = tree.childAt(p, side, i);
                throw new PlacementException(i, "leg", "is " + (side == 0 ? "L" : "R") + " under "
                        + PlacementException.ref(p) + ", but that leg is already taken by "
                        + PlacementException.ref(taken) + PlacementException.byRule(given, taken));
            }
            tree.attach(i, p, side);
            link(i);
            final int s = g.sponsor[i];
            if (s >= 0) {
                final int a = depth[s] < depth[i] ? ancestorAt(i, depth[s] + 1) : -1;
                if (a >= 0 && tree.parent(a) == s) {
                    tree.recruited(g, s, i, tree.up[a] & 1);    // in a leg of their sponsor: booked as the rule books it
                } else {
                    tree.recruitedElsewhere(s);                  // alternate counts every personal recruit
                }
            }
        }
        findSponsorLegs(g);
    }

    /** Depth and jump pointer of a member just placed (its placement parent's are set). */
    private void link(int i) {
        final int p = tree.parent(i);
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
    private int ancestorAt(int x, int d) {
        while (depth[x] > d) {
            x = depth[jump[x]] >= d ? jump[x] : tree.parent(x);
        }
        return x;
    }

    /**
     * Which leg of their sponsor each member ended up in (anywhere below, or neither): one
     * depth-first numbering of the placement forest, then an interval test per member.
     */
    private void findSponsorLegs(Genealogy g) {
        final int n = g.size();
        final int[] left = new int[n];
        final int[] right = new int[n];
        Arrays.fill(left, -1);
        Arrays.fill(right, -1);
        for (int i = 0; i < n; i++) {
            final int p = tree.parent(i);
            if (p >= 0) {
                if ((tree.up[i] & 1) == 0) {
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
            if (tree.parent(root) >= 0) {
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
        final byte[] sponsorLeg = tree.sponsorLeg;
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
}
