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
     * Bytes a recruitment model holds per member of capacity, for the memory guard: the contacts
     * model's person, cursor and pending random acquaintance, the Bass model's scratch (the month's
     * points and sponsors, at most every prospect joining at once; its cumulative effort is kept in
     * the payout's commissions, {@link MlmWorld#recruitingScratch}); the fixed model holds nothing.
     */
    static long bytesPerMember(RecruitmentModel model) {
        return switch (model) {
            case CONTACTS -> 3L * Integer.BYTES;
            case BASS -> Double.BYTES + Integer.BYTES;
            case FIXED -> 0;
        };
    }
}
