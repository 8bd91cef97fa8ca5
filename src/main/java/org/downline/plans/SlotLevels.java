package org.downline.plans;

import java.util.Arrays;

/**
 * Level rates over a tree in which every parent joined before their children: the engine of
 * {@link UnilevelPlan} (the sponsor tree) and {@link MatrixPlan} (the placement tree).
 *
 * <p>A qualified member earns {@code rates[d-1]} of the personal volume of every member d levels
 * below them, for d = 1..L. Only members with children can be paid or pass volume along, and in a
 * typical tree they are about a third of the members. Each gets a <em>slot</em> the moment their
 * first child is attached; slots are never renumbered. A parent's own slot is always older than the
 * slots of the parents below them (they got theirs before their child could have children), so a
 * pass over slots from newest to oldest visits everyone's subtree before them. Every member also
 * keeps their parent's slot. A period is then
 * <ol>
 *   <li>one sequential pass over all members adding each personal volume to the parent's
 *       {@code at[1]} (by slot: a small array that stays in cache);</li>
 *   <li>L passes over the slots, newest first: pass d pays {@code rates[d-1] · at[d]} to
 *       qualified parents and adds to their parent's {@code at[d+1]} either {@code at[d]} (the
 *       parent occupies a level) or, when compressed, to {@code at[d]}: volume rolls past them.</li>
 * </ol>
 * O(N + S·L) for N members and S parents; no pointer chasing, no data-dependent branches (a 0/1
 * factor selects, exactly: products with 0 or 1 and sums with 0 round nothing).
 */
final class SlotLevels {

    private static final int INITIAL = 1024;

    private final double[] rates;
    private final int levels;
    private final double rateSum;

    /** For each member, the slot of their parent (−1 for a root). */
    private int[] parentSlot;
    /** For each member, their own slot, −1 until they have a child. */
    private int[] slotOf;
    /** Parents so far: the number of slots in use. */
    private int slots;
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
    private byte[] slotQualified = new byte[INITIAL];
    private byte[] slotOccupies = new byte[INITIAL];

    SlotLevels(double[] rates, int capacity) {
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

    int levels() {
        return levels;
    }

    double rateSum() {
        return rateSum;
    }

    /** Attaches {@code member} (the next member in join order) under {@code parent} (−1: a root). */
    void attach(int member, int parent) {
        if (member >= slotOf.length) {
            slotOf = Genealogy.ensure(slotOf, member + 1);
            parentSlot = Genealogy.ensure(parentSlot, member + 1);
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

    private void growSlots() {
        int n = 2 * slotMember.length;
        slotMember = Arrays.copyOf(slotMember, n);
        slotParent = Arrays.copyOf(slotParent, n);
        at = Arrays.copyOf(at, 2 * n);
        pay = Arrays.copyOf(pay, n);
        slotQualified = Arrays.copyOf(slotQualified, n);
        slotOccupies = Arrays.copyOf(slotOccupies, n);
    }

    /**
     * Pays one period into {@code out} (commissions, level components when recorded, volume, paid,
     * and the maximum: every member's volume paid at every level).
     *
     * @param dynamic          whether unqualified and departed members are skipped (compression)
     * @param qualifyingVolume least personal volume to be paid
     */
    void pay(Genealogy g, Payout out, boolean dynamic, double qualifyingVolume) {
        final int n = g.size();
        final int m = slots;
        out.begin(n);
        final double[] volume = g.volume;
        final boolean[] active = g.active;
        final int[] toSlot = parentSlot;
        final int[] member = slotMember;
        final int[] parent = slotParent;
        final byte[] q = slotQualified;
        final byte[] occupies = slotOccupies;
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
        // Flags of the parents (a compressed parent passes their own volume along too: it is
        // already at their parent's level 1, which is where compression puts it).
        final int compressed = dynamic ? 1 : 0;
        for (int k = 0; k < m; k++) {
            final int i = member[k];
            final int qualified = active[i] && volume[i] >= qualifyingVolume ? 1 : 0;
            q[k] = (byte) qualified;
            occupies[k] = (byte) (qualified | (1 - compressed));
        }
        // Levels 1..L over the slots, newest first; side `now` holds at[d] on entry to pass d, the
        // other side collects at[d+1]. A slot's at[d] is complete when the pass reaches it (its
        // children come later in slot order), and nothing adds to it afterwards, so it is read,
        // paid and cleared for the side's next use at once.
        final boolean components = out.recordsComponents();
        int now = 0;
        for (int d = 1; d <= levels; d++) {
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
                    final int o = occupies[k];
                    // occupying: here is at[d+1] of the parent; compressed: it stays at[d]
                    at[2 * up + next] += o * here;
                    at[2 * up + now] += (1 - o) * here;
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

    void reset() {
        slots = 0;
    }

    /**
     * Parent's slot and own slot per member; per slot (at most every member, typically a third):
     * member, parent, two levels, pay, two flags.
     */
    static long bytesPerMember() {
        return 2L * Integer.BYTES + (2L * Integer.BYTES + 3L * Double.BYTES + 2);
    }
}
