package org.downline.plans;

import org.downline.scenario.Compression;
import org.downline.scenario.UnilevelConfig;

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
 * <p><b>Algorithm.</b> {@link SlotLevels} over the sponsor tree: one sequential pass over all
 * members, then L passes over the sponsors alone. O(N + S·L) for N members and S sponsors.
 */
public final class UnilevelPlan implements CompensationPlan {

    private final SlotLevels levels;
    private final boolean dynamic;
    private final double qualifyingVolume;

    public UnilevelPlan(UnilevelConfig config, int capacity) {
        this.levels = new SlotLevels(config.levelRates(), capacity);
        this.dynamic = config.compression() == Compression.DYNAMIC;
        this.qualifyingVolume = config.qualification().personalVolume();
    }

    @Override
    public String[] componentNames() {
        return levelNames(levels.levels());
    }

    static String[] levelNames(int levels) {
        String[] names = new String[levels];
        for (int d = 0; d < levels; d++) {
            names[d] = "level" + (d + 1);
        }
        return names;
    }

    @Override
    public void onJoin(Genealogy g, int member) {
        levels.attach(member, g.sponsor[member]);
    }

    @Override
    public int touchSponsor(int sponsor) {
        return levels.touch(sponsor);
    }

    @Override
    public void pay(Genealogy g, Payout out) {
        levels.pay(g, out, dynamic, qualifyingVolume);
    }

    @Override
    public void reset() {
        levels.reset();
    }

    @Override
    public long bytesPerMember() {
        return SlotLevels.bytesPerMember();
    }

    @Override
    public void reserve(int members) {
        levels.reserve(members);
    }

    @Override
    public boolean growsPastCapacity() {
        return false;                                   // SlotLevels stops at the capacity
    }

    /** The sum of the level rates: every member's volume paid on every level. */
    @Override
    public double maxPayoutRatio() {
        return levels.rateSum();
    }
}
