package org.downline.plans;

import org.downline.scenario.MatrixConfig;

/**
 * Forced matrix, {@code width} × {@code depth}: every position holds at most {@code width}
 * members directly below it, and a qualified member earns {@code levels[d-1]} of the personal volume
 * of every member d levels below them in the placement tree, for d = 1..L (L ≤ depth: the scenario
 * refuses more rates than levels). Members further down are not paid to them: a w × d matrix pays
 * on Σ_{i=1..d} wⁱ positions.
 *
 * <p><b>Placement (spillover).</b> A recruit takes the first open position under their sponsor in
 * breadth-first order — level by level, left to right, within the sponsor's part of the matrix.
 * Once the sponsor's own w positions are full, recruits "spill over" to their downline. A recruit
 * of the company is the root of a matrix of their own. Positions are never vacated: departed
 * members keep theirs with no volume, so compression does not apply (their level is paid to nobody,
 * like an unqualified member's).
 *
 * <p><b>Qualification.</b> Active with personal volume at least {@code qualification.personalVolume}.
 *
 * <p><b>Algorithm.</b> Each member keeps a cursor into the breadth-first order of their part of
 * the matrix: positions only ever fill, so every position before the cursor stays full and the
 * cursor only moves forward. Above the cursor's level everything is full, so the next position in
 * breadth-first order is found like incrementing a base-w counter: climb while on a last child,
 * step to the next sibling, descend along first children (amortised constant time); at the end of
 * a level the next starts below the level's first position. Paying is {@link SlotLevels} over the
 * placement tree, without compression.
 */
public final class MatrixPlan implements CompensationPlan {

    private static final int INITIAL = 1024;

    private final int width;
    private final double qualifyingVolume;
    private final SlotLevels levels;

    // By member:
    private int[] parent;
    private int[] firstChild;
    private int[] lastChild;
    private int[] nextSibling;
    /** Children placed directly below (≤ width ≤ 100). */
    private byte[] count;
    /** Position among the parent's children, 0..width-1. */
    private byte[] index;
    /** First position in breadth-first order under the member that may still be open. */
    private int[] cursor;
    /** The first position of the cursor's level. */
    private int[] levelStart;

    public MatrixPlan(MatrixConfig config, int capacity) {
        this.width = config.width();
        this.qualifyingVolume = config.qualification().personalVolume();
        this.levels = new SlotLevels(config.levelRates(), capacity);
        int n = Math.max(1, Math.min(capacity, INITIAL));
        parent = new int[n];
        firstChild = new int[n];
        lastChild = new int[n];
        nextSibling = new int[n];
        count = new byte[n];
        index = new byte[n];
        cursor = new int[n];
        levelStart = new int[n];
    }

    @Override
    public String[] componentNames() {
        return UnilevelPlan.levelNames(levels.levels());
    }

    @Override
    public double maxPayoutRatio() {
        return levels.rateSum();
    }

    private void start(int i) {
        if (i >= parent.length) {
            int n = i + 1;
            parent = Genealogy.ensure(parent, n);
            firstChild = Genealogy.ensure(firstChild, n);
            lastChild = Genealogy.ensure(lastChild, n);
            nextSibling = Genealogy.ensure(nextSibling, n);
            count = Genealogy.ensure(count, n);
            index = Genealogy.ensure(index, n);
            cursor = Genealogy.ensure(cursor, n);
            levelStart = Genealogy.ensure(levelStart, n);
        }
        parent[i] = -1;
        firstChild[i] = -1;
        lastChild[i] = -1;
        nextSibling[i] = -1;
        count[i] = 0;
        index[i] = 0;
        cursor[i] = i;
        levelStart[i] = i;
    }

    @Override
    public void onJoin(Genealogy g, int member) {
        start(member);
        final int s = g.sponsor[member];
        attach(member, s < 0 ? -1 : firstOpen(s));
    }

    /** The first position under s, breadth-first, with room for a child. */
    private int firstOpen(int s) {
        final int w = width;
        int c = cursor[s];
        int start = levelStart[s];
        while (count[c] == w) {
            // next position in breadth-first order: like incrementing a base-w counter
            int x = c;
            int up = 0;
            while (x != s && index[x] == w - 1) {
                x = parent[x];
                up++;
            }
            if (x == s) {
                start = firstChild[start];            // the level is full: the next one starts below
                x = start;
            } else {
                x = nextSibling[x];                    // exists: every level above the cursor is full
                for (; up > 0; up--) {
                    x = firstChild[x];
                }
            }
            c = x;
        }
        cursor[s] = c;
        levelStart[s] = start;
        return c;
    }

    private void attach(int member, int p) {
        parent[member] = p;
        if (p >= 0) {
            index[member] = count[p];
            count[p]++;
            if (firstChild[p] < 0) {
                firstChild[p] = member;
            } else {
                nextSibling[lastChild[p]] = member;
            }
            lastChild[p] = member;
        }
        levels.attach(member, p);
    }

    @Override
    public void joinAll(Genealogy g, PlacementInput given) {
        for (int i = 0; i < g.size(); i++) {
            final int p = given.parentOf(i);
            if (p == PlacementInput.BY_RULE) {
                onJoin(g, i);
                continue;
            }
            if (p >= i) {
                throw new IllegalArgumentException("placement parent must join before member " + i + ": " + p);
            }
            if (count[p] == width) {
                StringBuilder taken = new StringBuilder();
                int[] children = new int[width];
                int k = 0;
                for (int c = firstChild[p]; c >= 0; c = nextSibling[c]) {
                    taken.append(taken.length() == 0 ? "" : ", ").append(PlacementException.ref(c));
                    children[k++] = c;
                }
                throw new PlacementException(i, "placement", "names " + PlacementException.ref(p) + ", whose "
                        + width + " position" + (width == 1 ? " is" : "s are") + " already taken (a matrix "
                        + width + " wide): " + taken + PlacementException.byRule(given, children));
            }
            start(i);
            attach(i, p);
        }
    }

    @Override
    public void pay(Genealogy g, Payout out) {
        levels.pay(g, out, false, qualifyingVolume);
    }

    @Override
    public void reset() {
        levels.reset();
    }

    @Override
    public long bytesPerMember() {
        return SlotLevels.bytesPerMember() + 6L * Integer.BYTES + 2;
    }

    /** Placement parent of each member (−1 for a root), for tests. */
    int placementParent(int member) {
        return parent[member];
    }
}
