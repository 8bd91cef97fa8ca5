package org.downline.model;

import org.downline.plans.Genealogy;

/**
 * A recruitment model: who joins in a month and under whom. Called once a month, before anybody
 * is paid; adds the month's recruits with {@link MlmWorld#join}.
 */
interface Recruiter {

    /**
     * Prepares replication {@code replication} of a run with master seed {@code seed}, before the
     * founders join (the contacts model places its population here).
     */
    default void reset(MlmWorld world, long seed, long replication) {
    }

    /** Adds the founders: members at month 0, under the company. */
    default void addFounders(MlmWorld world, int founders) {
        for (int f = 0; f < founders; f++) {
            world.join(Genealogy.COMPANY, 0);
        }
    }

    /** Adds this month's recruits. */
    void recruit(MlmWorld world, int month);

    /** Scratch bytes per member of capacity (for the memory guard). */
    long bytesPerMember();
}
