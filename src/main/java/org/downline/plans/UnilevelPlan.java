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
 * <p><b>Algorithm.</b> One reverse pass per level. {@code at[d][i]}, the volume d levels below
 * member i (compressed members passed through), is complete when a reverse pass over join order
 * reaches i, because recruits have larger numbers than their sponsor. Pass d pays
 * {@code levels[d-1] · at[d][i]} to each qualified member and adds to the sponsor's
 * {@code at[d]} either {@code at[d-1][i]} (i occupies a level) or {@code at[d][i]} (i is
 * compressed), with {@code at[0]} the personal volume. Each pass reads the members sequentially and
 * scatters into one array of 8 bytes a member, which stays in cache far longer than a row of L
 * levels per member would: a random sponsor costs a cache hit, not a miss. Two level arrays are
 * rotated and zeroed once read for the last time. O(N·L) work, O(N) scratch.
 */
public final class UnilevelPlan implements CompensationPlan {

    private final double[] rates;
    private final int levels;
    private final boolean dynamic;
    private final double qualifyingVolume;
    private final double rateSum;
    /** Volume d and d+1 levels below each member, alternating between passes. */
    private double[] levelA;
    private double[] levelB;
    private boolean[] qualified;

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
        this.levelA = new double[Math.min(capacity, 1024)];
        this.levelB = new double[levelA.length];
        this.qualified = new boolean[levelA.length];
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
    public void pay(Genealogy g, Payout out) {
        final int n = g.size();
        if (levelA.length < n) {
            levelA = Genealogy.ensure(levelA, n);
            levelB = Genealogy.ensure(levelB, n);
            qualified = Genealogy.ensure(qualified, n);
        }
        final int[] sponsor = g.sponsor;
        final double[] volume = g.volume;
        final boolean[] active = g.active;
        final boolean[] qualified = this.qualified;
        out.begin(n);
        final double[] commission = out.commission;
        final double qualifyingVolume = this.qualifyingVolume;
        double totalVolume = 0;
        for (int i = 0; i < n; i++) {
            final double v = volume[i];
            totalVolume += v;
            qualified[i] = active[i] && v >= qualifyingVolume;
        }
        double paid = 0;
        final double[] a = levelA;
        final double[] b = levelB;
        for (int d = 1; d <= levels; d++) {
            // at[d-1] and at[d]: the personal volume, then A and B in turn
            final double[] prev = d == 1 ? volume : (d % 2 == 0 ? a : b);
            final double[] cur = d % 2 == 1 ? a : b;
            paid += levelPass(n, sponsor, qualified, prev, cur, d == 1 ? 1.0 : 0.0, rates[d - 1],
                    commission, out.recordsComponents() ? out.component(d - 1) : null);
            if (d > 1) {
                Arrays.fill(prev, 0, n, 0.0);
            }
        }
        Arrays.fill(levels % 2 == 1 ? a : b, 0, n, 0.0);
        out.volume = totalVolume;
        out.paid = paid;
        out.maxPayable = totalVolume * rateSum;
    }

    /**
     * Level pass d: pays rate · at[d][i] to qualified members and adds to each sponsor's at[d]
     * either at[d-1][i] (i occupies a level) or at[d][i] + ownShare · at[d-1][i] (i is compressed;
     * ownShare is 1 in the first pass, where at[0] is i's own volume, which then moves up with i's
     * recruits).
     *
     * @return the commissions paid in this pass
     */
    private double levelPass(int n, int[] sponsor, boolean[] qualified, double[] prev, double[] cur,
                             double ownShare, double rate, double[] commission, double[] component) {
        final boolean compress = dynamic;
        double paid = 0;
        for (int i = n - 1; i >= 0; i--) {
            final double here = cur[i];                  // complete: all recruits were visited
            final boolean q = qualified[i];
            if (q) {
                final double pay = rate * here;
                commission[i] += pay;
                paid += pay;
                if (component != null) {
                    component[i] = pay;
                }
            }
            final int s = sponsor[i];
            if (s >= 0) {
                final double below = prev[i];
                cur[s] += (q || !compress) ? below : here + ownShare * below;
            }
        }
        return paid;
    }

    @Override
    public void reset() {
        // The level arrays are zeroed by every pay().
    }

    @Override
    public long bytesPerMember() {
        return 2L * Double.BYTES + 1;
    }
}
