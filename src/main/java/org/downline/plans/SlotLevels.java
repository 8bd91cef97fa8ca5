package org.downline.plans;

import java.util.Arrays;

/**
 * Level rates over a tree in which every parent joined before their children: the engine of
 * {@link UnilevelPlan} (the sponsor tree) and {@link MatrixPlan} (the placement tree).
 *
 * <p>A qualified member earns {@code rates[d-1]} of the personal volume of every member d levels
 * below them, for d = 1..L. Only members with children can be paid or pass volume along, and in a
 * typical tree they are about a third of the members. Each gets a <em>slot</em> the moment their
 * first child is attached, after the slots already there. A parent's own slot is always older than
 * the slots of the parents below them (they got theirs before their child could have children), so
 * a pass over slots from newest to oldest visits everyone's subtree before them. Every member also
 * keeps their parent's slot. A period is then
 * <ol>
 *   <li>one sequential pass over all members adding each personal volume to the parent's
 *       {@code at[1]} (by slot: a small array that stays in cache);</li>
 *   <li>L passes over the slots, newest first: pass d pays {@code rates[d-1] · at[d]} to
 *       qualified parents and adds to their parent's {@code at[d+1]} either {@code at[d]} (the
 *       parent occupies a level) or, when compressed, to {@code at[d]}: volume rolls past them.</li>
 * </ol>
 * O(N + S·L) for N members and S parents; no pointer chasing, no data-dependent branches (a 0/1
 * factor selects the pay, exactly: products with 0 or 1 round nothing; a 0/1 flag selects which of
 * the parent's two accumulators a volume is added to).
 *
 * <p><b>Locality.</b> In creation order a slot's parent is anywhere among the older slots, so once
 * the slots outgrow the caches every level pass costs a cache miss per slot. From
 * {@value #RENUMBER_FROM} slots on, a period that finds at least a quarter of the slots new since the
 * last renumbering first renumbers all of them in breadth-first order (roots, then their children,
 * then theirs; siblings in their previous order; new slots stay after the others until then): a
 * parent still comes before its children, and the parents of consecutive slots are now consecutive
 * too, so the level passes write their parents' accumulators in one descending sweep. The
 * renumbering is O(S + N) (a counting sort of the slots by parent, a breadth-first walk, and the
 * members' parent slots remapped; in JFR samples of SAT-BIN at 10^7 it costs about what it saves
 * in the level passes while the tree doubles every month, and saves the passes' misses once it
 * stops growing). It changes the order of the additions into each accumulator and into the
 * period's total paid: with integer volumes (whole-dollar prices and order values) every
 * accumulator is exact in any order, so members' commissions do not change; the total paid may
 * change in its last bits.
 */
final class SlotLevels {

    private static final int INITIAL = 1024;
    /** Fewest slots that are renumbered breadth-first (below it they all fit in a core's caches). */
    static final int RENUMBER_FROM = 1 << 16;

    private final double[] rates;
    private final int levels;
    private final double rateSum;
    private final int renumberFrom;
    /** Most members attached: no array grows past it (slots are at most one a member). */
    private final int capacity;

    /** For each member, the slot of their parent (−1 for a root). */
    private int[] parentSlot;
    /** For each member, their own slot, −1 until they have a child. */
    private int[] slotOf;
    /** Parents so far: the number of slots in use. */
    private int slots;
    /** Slots 0..ordered-1 are in breadth-first order (see the class comment); later ones are new. */
    private int ordered;
    // By slot:
    private int[] slotMember = new int[INITIAL];
    private int[] slotParent = new int[INITIAL];
    /**
     * The volume at two consecutive levels, interleaved: slot k's at[d] and at[d+1] share a cache
     * line ({@code at[2k]} and {@code at[2k+1]}, whose roles alternate from level to level), so a
     * level pass touches one line of its random parent, not two.
     */
    private double[] at = new double[2 * INITIAL];
    private double[] pay = new double[INITIAL];
    /**
     * 1 if the slot's member is paid this period, else 0. Whether they occupy a level (pass at[d]
     * on as their parent's at[d+1]) is not kept: it is this flag, or 1 for every slot without
     * compression.
     */
    private byte[] slotQualified = new byte[INITIAL];

    SlotLevels(double[] rates, int capacity) {
        this(rates, capacity, RENUMBER_FROM);
    }

    /** As above, renumbering from {@code renumberFrom} slots on (tests). */
    SlotLevels(double[] rates, int capacity, int renumberFrom) {
        this.renumberFrom = renumberFrom;
        this.capacity = capacity;
        this.rates = rates.clone();
        this.levels = rates.length;
        double s = 0;
        for (double r : rates) {
            s += r;
        }
        this.rateSum = s;
        int initial = Math.min(capacity, INITIAL);
        this.parentSlot = new int[initial];
        this.slotOf = new int[initial];
    }

    /**
     * Grows the member-indexed arrays at once to {@code members} (at most the capacity), and the
     * slot arrays to half of that (a slot is a member with a recruit; past half they double once,
     * to the capacity).
     */
    void reserve(int members) {
        int n = Math.min(members, capacity);
        if (n > slotOf.length) {
            slotOf = Arrays.copyOf(slotOf, n);
            parentSlot = Arrays.copyOf(parentSlot, n);
        }
        if (n / 2 > slotMember.length) {
            slotMember = Arrays.copyOf(slotMember, n / 2);
            resizeSlots();
        }
    }

    /** Slots in breadth-first order (tests). */
    int orderedSlots() {
        return ordered;
    }

    int levels() {
        return levels;
    }

    double rateSum() {
        return rateSum;
    }

    /** Attaches {@code member} (the next member in join order) under {@code parent} (−1: a root). */
    void attach(int member, int parent) {
        if (member >= slotOf.length) {
            slotOf = Genealogy.ensure(slotOf, member + 1, capacity);
            parentSlot = Genealogy.ensure(parentSlot, member + 1, capacity);
        }
        slotOf[member] = -1;
        if (parent < 0) {
            parentSlot[member] = -1;
            return;
        }
        if (slotOf[parent] < 0) {
            // the parent's first child: their own parent, if any, already has a slot
            if (slots == slotMember.length) {
                growSlots();
            }
            final int k = slots++;
            slotMember[k] = parent;
            slotParent[k] = parentSlot[parent];
            slotOf[parent] = k;
        }
        parentSlot[member] = slotOf[parent];
    }

    /** What {@link #attach} reads at random for a child of {@code parent} (an attached member). */
    int touch(int parent) {
        return slotOf[parent] + parentSlot[parent];
    }

    private void growSlots() {
        // doubling, but not past the capacity (slots are at most one a member)
        slotMember = Genealogy.ensure(slotMember, slots + 1, capacity);
        resizeSlots();
    }

    /** The other slot arrays to slotMember's length, keeping their contents. */
    private void resizeSlots() {
        final int n = slotMember.length;
        slotParent = Arrays.copyOf(slotParent, n);
        at = Arrays.copyOf(at, 2 * n);
        pay = Arrays.copyOf(pay, n);
        slotQualified = Arrays.copyOf(slotQualified, n);
    }

    /**
     * Pays one period into {@code out} (commissions, level components when recorded, volume, paid,
     * and the maximum: every member's volume paid at every level).
     *
     * @param dynamic          whether unqualified and departed members are skipped (compression)
     * @param qualifyingVolume least personal volume to be paid
     */
    void pay(Genealogy g, Payout out, boolean dynamic, double qualifyingVolume) {
        // Renumbering costs about as much as the level passes it makes sequential, so it waits
        // until the slots added since the last one (walked at random) are a quarter of all slots.
        final int n = g.size();
        if (slots >= renumberFrom && slots > ordered && slots - ordered >= slots / 4) {
            renumber(n);
        }
        final int m = slots;
        out.begin(n);
        final double[] volume = g.volume;
        final boolean[] active = g.active;
        final int[] toSlot = parentSlot;
        final int[] member = slotMember;
        final int[] parent = slotParent;
        final byte[] q = slotQualified;
        final double[] at = this.at;
        final double[] pay = this.pay;

        // Pass 0 over all members: personal volumes into the parents' at[1] (side 0).
        double total = 0;
        for (int i = 0; i < n; i++) {
            final double v = volume[i];
            total += v;
            final int s = toSlot[i];
            if (s >= 0) {
                at[2 * s] += v;
            }
        }
        // The parents' qualification. Both tests are taken, with & rather than &&: a member's
        // being active is a coin flip once quits are scattered, and && made it a branch.
        for (int k = 0; k < m; k++) {
            final int i = member[k];
            q[k] = (byte) (active[i] & volume[i] >= qualifyingVolume ? 1 : 0);
        }
        // Whether a parent occupies a level: when qualified, or always without compression (a
        // compressed parent passes their own volume along too: it is already at their parent's
        // level 1, which is where compression puts it).
        final int everyone = dynamic ? 0 : 1;
        // Levels 1..L over the slots, newest first; side `now` holds at[d] on entry to pass d, the
        // other side collects at[d+1]. A slot's at[d] is complete when the pass reaches it (its
        // children come later in slot order), and nothing adds to it afterwards, so it is read,
        // paid and cleared for the side's next use at once.
        final boolean components = out.recordsComponents();
        if (m < 2) {
            // a replication's first months: passes of their own, so that the JIT's speculation on
            // this loop's bounds (compiled for many slots) does not fail, as it did for 0 or 1 slot
            // at every replication's start, each time throwing the compiled pay() away
            fewSlotPasses(m, everyone, components, out);
        }
        final int passes = m < 2 ? 0 : levels;
        int now = 0;
        for (int d = 1; d <= passes; d++) {
            final double rate = rates[d - 1];
            final int next = 1 - now;
            final double[] component = components ? out.component(d - 1) : null;
            for (int k = m - 1; k >= 0; k--) {
                final double here = at[2 * k + now];   // at[d] of slot k: complete
                at[2 * k + now] = 0;
                final double earned = rate * here * q[k];
                pay[k] += earned;
                if (components) {
                    component[member[k]] = earned;
                }
                final int up = parent[k];
                if (up >= 0) {
                    // occupying (1): here is at[d+1] of the parent (side next = now ^ 1);
                    // compressed (0): it stays at[d] (side now). One add, no branch.
                    at[2 * up + (now ^ (q[k] | everyone))] += here;
                }
            }
            now = next;
        }
        Arrays.fill(at, 0, 2 * m, 0.0);                 // at[L+1], collected by the last pass
        final double[] commission = out.commission;
        double paid = 0;
        for (int k = 0; k < m; k++) {
            commission[member[k]] = pay[k];
            paid += pay[k];
            pay[k] = 0;
        }
        out.volume = total;
        out.paid = paid;
        out.maxPayable = total * rateSum;
    }

    /** The level passes of {@link #pay} over fewer than two slots: the same steps, in a method of their own. */
    private void fewSlotPasses(int m, int everyone, boolean components, Payout out) {
        final double[] at = this.at;
        final double[] pay = this.pay;
        final byte[] q = slotQualified;
        final int[] member = slotMember;
        final int[] parent = slotParent;
        int now = 0;
        for (int d = 1; d <= levels; d++) {
            final double rate = rates[d - 1];
            final int next = 1 - now;
            final double[] component = components ? out.component(d - 1) : null;
            for (int k = m - 1; k >= 0; k--) {
                final double here = at[2 * k + now];
                at[2 * k + now] = 0;
                final double earned = rate * here * q[k];
                pay[k] += earned;
                if (components) {
                    component[member[k]] = earned;
                }
                final int up = parent[k];
                if (up >= 0) {
                    at[2 * up + (now ^ (q[k] | everyone))] += here;
                }
            }
            now = next;
        }
    }

    /**
     * Puts every slot in breadth-first order (see the class comment). Its scratch is the level
     * accumulators and the pay, which are zero between periods and zeroed again at the end (small
     * integers are exact in a double): the renumbering takes no memory of its own.
     *
     * @param n members attached so far (the genealogy's size: every member is attached at joining)
     */
    private void renumber(int n) {
        final int m = slots;
        final int[] member = slotMember;
        final int[] parent = slotParent;
        final double[] at = this.at;     // at[2p]: start of p's children, later p's new number;
                                         // at[2p+1]: the children, later the members in new order
        final double[] order = pay;      // order[h]: the slot that becomes number h
        // Counting sort of the slots by parent: after the fill, p's children are at positions
        // [end of p-1, end of p) of the children list, and at[2p] holds the end of p.
        for (int k = 0; k < m; k++) {
            final int p = parent[k];
            if (p >= 0) {
                at[2 * p]++;
            }
        }
        double before = 0;
        for (int p = 0; p < m; p++) {
            final double count = at[2 * p];
            at[2 * p] = before;
            before += count;
        }
        int tail = 0;
        for (int k = 0; k < m; k++) {
            final int p = parent[k];
            if (p < 0) {
                order[tail++] = k;                       // roots first, in creation order
            } else {
                final int j = (int) at[2 * p];
                at[2 * j + 1] = k;
                at[2 * p] = j + 1;
            }
        }
        // Breadth-first.
        for (int h = 0; h < m; h++) {
            final int u = (int) order[h];
            final int to = (int) at[2 * u];
            for (int j = u == 0 ? 0 : (int) at[2 * u - 2]; j < to; j++) {
                order[tail++] = at[2 * j + 1];
            }
        }
        for (int h = 0; h < m; h++) {
            at[2 * (int) order[h]] = h;                  // old number -> new number
        }
        for (int h = 0; h < m; h++) {
            final int old = (int) order[h];
            final int p = parent[old];
            at[2 * h + 1] = member[old];
            order[h] = p < 0 ? -1 : at[2 * p];          // the new parent, in place of the old slot
        }
        for (int h = 0; h < m; h++) {
            member[h] = (int) at[2 * h + 1];
            parent[h] = (int) order[h];
        }
        final int[] own = slotOf;
        for (int h = 0; h < m; h++) {
            own[member[h]] = h;
        }
        final int[] toSlot = parentSlot;
        for (int i = 0; i < n; i++) {
            final int s = toSlot[i];
            if (s >= 0) {
                toSlot[i] = (int) at[2 * s];
            }
        }
        Arrays.fill(at, 0, 2 * m, 0.0);
        Arrays.fill(order, 0, m, 0.0);
        ordered = m;
    }

    void reset() {
        slots = 0;
        ordered = 0;
    }

    /**
     * Parent's slot and own slot per member; per slot (at most every member, typically a third):
     * member, parent, two levels, pay, a flag.
     */
    static long bytesPerMember() {
        return 2L * Integer.BYTES + (2L * Integer.BYTES + 3L * Double.BYTES + 1);
    }
}
