package org.downline.plans;

import java.util.Arrays;
import org.downline.scenario.Compression;
import org.downline.scenario.PlanConfig;

/**
 * Unilevel: a qualified member earns {@code levels[d-1]} of the personal volume of every member d
 * levels below them in the sponsor tree, for d = 1..L.
 *
 * <p><b>Qualification.</b> A member is paid in a period only if active with personal volume at
 * least {@code qualification.personalVolume}.
 *
 * <p><b>Compression.</b> With {@code none} every member occupies their level: volume whose
 * upline at that level is unqualified or departed is paid to nobody. With {@code dynamic} an
 * unqualified or departed member is skipped: their recruits (and their own volume, if any) count
 * one level higher, at the level the skipped member would have occupied, so volume rolls up to the
 * next qualified upline.
 *
 * <p><b>Algorithm.</b> Only members who sponsored someone can be paid or pass volume along, and in
 * a typical tree they are about a third of the members. Each gets a <em>slot</em> the moment their
 * first recruit joins; slots are never renumbered. A sponsor's own slot is always older than the
 * slots of the sponsors below them (they got theirs before their recruit could recruit), so a pass
 * over slots from newest to oldest visits everyone's downline before them. Every member also keeps
 * their sponsor's slot. A period is then
 * <ol>
 *   <li>one sequential pass over all members adding each personal volume to the sponsor's
 *       {@code at[1]} (by slot: a small array that stays in cache);</li>
 *   <li>L passes over the slots, newest first: pass d pays {@code levels[d-1] · at[d]} to
 *       qualified sponsors and adds to their sponsor's {@code at[d+1]} either {@code at[d]} (the
 *       sponsor occupies a level) or, when compressed, to {@code at[d]}: volume rolls past them.</li>
 * </ol>
 * O(N + S·L) for N members and S sponsors; no pointer chasing, no data-dependent branches (a 0/1
 * factor selects, exactly: products with 0 or 1 and sums with 0 round nothing).
 */
public final class UnilevelPlan implements CompensationPlan {

    private static final int INITIAL = 1024;

    private final double[] rates;
    private final int levels;
    private final boolean dynamic;
    private final double qualifyingVolume;
    private final double rateSum;

    /** For each member, the slot of their sponsor (−1 under the company). */
    private int[] sponsorSlot;
    /** For each member, their own slot, −1 until they sponsor someone. */
    private int[] slotOf;
    /** Sponsors so far: the number of slots in use. */
    private int slots;
    // By slot:
    private int[] slotMember = new int[INITIAL];
    private int[] slotParent = new int[INITIAL];
    private double[] atPrev = new double[INITIAL];
    private double[] atCur = new double[INITIAL];
    private double[] pay = new double[INITIAL];
    private byte[] slotQualified = new byte[INITIAL];
    private byte[] slotOccupies = new byte[INITIAL];

    public UnilevelPlan(PlanConfig config, int capacity) {
        this.rates = config.levelRates();
        this.levels = rates.length;
        this.dynamic = config.compression() == Compression.DYNAMIC;
        this.qualifyingVolume = config.qualification().personalVolume();
        double s = 0;
        for (double r : rates) {
            s += r;
        }
        this.rateSum = s;
        int initial = Math.min(capacity, INITIAL);
        this.sponsorSlot = new int[initial];
        this.slotOf = new int[initial];
    }

    @Override
    public String[] componentNames() {
        String[] names = new String[levels];
        for (int d = 0; d < levels; d++) {
            names[d] = "level" + (d + 1);
        }
        return names;
    }

    @Override
    public void onJoin(Genealogy g, int member) {
        if (member >= slotOf.length) {
            slotOf = Genealogy.ensure(slotOf, member + 1);
            sponsorSlot = Genealogy.ensure(sponsorSlot, member + 1);
        }
        slotOf[member] = -1;
        final int s = g.sponsor[member];
        if (s < 0) {
            sponsorSlot[member] = -1;
            return;
        }
        if (slotOf[s] < 0) {
            // s sponsors for the first time: their sponsor, if any, already has a slot
            if (slots == slotMember.length) {
                growSlots();
            }
            final int k = slots++;
            slotMember[k] = s;
            slotParent[k] = sponsorSlot[s];
            slotOf[s] = k;
        }
        sponsorSlot[member] = slotOf[s];
    }

    private void growSlots() {
        int n = 2 * slotMember.length;
        slotMember = Arrays.copyOf(slotMember, n);
        slotParent = Arrays.copyOf(slotParent, n);
        atPrev = Arrays.copyOf(atPrev, n);
        atCur = Arrays.copyOf(atCur, n);
        pay = Arrays.copyOf(pay, n);
        slotQualified = Arrays.copyOf(slotQualified, n);
        slotOccupies = Arrays.copyOf(slotOccupies, n);
    }

    @Override
    public void pay(Genealogy g, Payout out) {
        final int n = g.size();
        final int m = slots;
        out.begin(n);
        final double[] volume = g.volume;
        final boolean[] active = g.active;
        final int[] toSlot = sponsorSlot;
        final int[] member = slotMember;
        final int[] parent = slotParent;
        final byte[] q = slotQualified;
        final byte[] occupies = slotOccupies;
        double[] prev = atPrev;
        double[] cur = atCur;
        final double[] pay = this.pay;

        // Pass 0 over all members: personal volumes into the sponsors' at[1].
        double total = 0;
        for (int i = 0; i < n; i++) {
            final double v = volume[i];
            total += v;
            final int s = toSlot[i];
            if (s >= 0) {
                prev[s] += v;
            }
        }
        // Flags of the sponsors (a compressed sponsor passes their own volume along too: it is
        // already at their sponsor's level 1, which is where compression puts it).
        final double qualifyingVolume = this.qualifyingVolume;
        final int compressed = dynamic ? 1 : 0;
        for (int k = 0; k < m; k++) {
            final int i = member[k];
            final int qualified = active[i] && volume[i] >= qualifyingVolume ? 1 : 0;
            q[k] = (byte) qualified;
            occupies[k] = (byte) (qualified | (1 - compressed));
        }
        // Levels 1..L over the slots, newest first; prev holds at[d] on entry to pass d.
        for (int d = 1; d <= levels; d++) {
            final double rate = rates[d - 1];
            for (int k = m - 1; k >= 0; k--) {
                final double here = prev[k];             // at[d] of slot k: complete
                pay[k] += rate * here * q[k];
                final int up = parent[k];
                if (up >= 0) {
                    final int o = occupies[k];
                    // occupying: here is at[d+1] of the sponsor; compressed: it stays at[d]
                    cur[up] += o * here;
                    prev[up] += (1 - o) * here;
                }
            }
            if (out.recordsComponents()) {
                final double[] component = out.component(d - 1);
                for (int k = 0; k < m; k++) {
                    component[member[k]] = rate * prev[k] * q[k];
                }
            }
            Arrays.fill(prev, 0, m, 0.0);
            final double[] t = prev;
            prev = cur;
            cur = t;
        }
        Arrays.fill(prev, 0, m, 0.0);
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

    @Override
    public void reset() {
        slots = 0;
    }

    @Override
    public long bytesPerMember() {
        // sponsor's slot and own slot per member; per slot (at most every member, typically a
        // third): member, parent, two levels, pay, two flags
        return 2L * Integer.BYTES + (2L * Integer.BYTES + 3L * Double.BYTES + 2);
    }
}
