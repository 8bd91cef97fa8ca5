package org.downline.model;

import org.downline.plans.Genealogy;
import org.downline.rng.ReplicationStreams;
import org.downline.scenario.RecruitmentModel;

/**
 * A recruitment model: who joins in a month and under whom. Called once a month, before anybody
 * is paid; adds the month's recruits with {@link MlmWorld#join}.
 */
interface Recruiter {

    /**
     * Prepares a replication on its random streams, before the founders join (the contacts model
     * draws its network and places its population here).
     */
    default void reset(MlmWorld world, ReplicationStreams streams) {
    }

    /** Adds the founders: members at month 0, under the company. */
    default void addFounders(MlmWorld world, int founders) {
        for (int f = 0; f < founders; f++) {
            world.join(Genealogy.COMPANY, 0);
        }
    }

    /** Adds this month's recruits. */
    void recruit(MlmWorld world, int month);

    /**
     * Bytes a recruitment model holds for arrays of {@code length} members, for the memory guard:
     * the contacts model's person, cursor and pending random acquaintance a member; the Bass model
     * only its sort's buckets ({@link SponsorSampler#scratchBytes}, about 0.03 B a member:
     * its cumulative effort is kept in the payout's commissions,
     * {@link MlmWorld#recruitingScratch}, and the month's points and sponsors in the free tails of
     * the genealogy's volumes and sponsors, {@link BassRecruiter}); the fixed model nothing.
     */
    static long bytes(RecruitmentModel model, long length) {
        return switch (model) {
            case CONTACTS -> 3L * Integer.BYTES * length;
            case BASS -> SponsorSampler.scratchBytes(length);
            case FIXED -> 0;
        };
    }
}
