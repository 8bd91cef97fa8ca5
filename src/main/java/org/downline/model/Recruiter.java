package org.downline.model;

/**
 * A recruitment model: who joins in a month and under whom. Called once a month, before members
 * anybody is paid; adds the month's recruits with {@link MlmWorld#join}.
 */
interface Recruiter {

    /** Adds this month's recruits. */
    void recruit(MlmWorld world, int month);

    /** Scratch bytes per member of capacity (for the memory guard). */
    long bytesPerMember();
}
