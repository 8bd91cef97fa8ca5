package org.downline.plans;

/**
 * A compensation plan: a pure function of the genealogy and the period's volumes (plus whatever
 * state the plan carries between periods, such as binary carry-forward or a placement tree).
 *
 * <p>One instance serves one genealogy; its scratch arrays grow with the genealogy and are reused.
 * Implementations make a bounded number of passes over the members per period and allocate nothing
 * per member.
 */
public interface CompensationPlan {

    /**
     * Names of the money components a payout reports, in order (e.g. {@code level1..level5}); a
     * member's components sum to their commission.
     */
    String[] componentNames();

    /**
     * Names of the other per-member quantities a payout reports when it records components (leg
     * volumes, carry, flushed volume, group volume), in order. They are not money paid and do not
     * add up to the commission. None by default.
     */
    default String[] detailNames() {
        return new String[0];
    }

    /**
     * Called once for each new member, in join order, before they are paid; placement plans put
     * the member into their placement tree here by the plan's rule. The default does nothing.
     */
    default void onJoin(Genealogy genealogy, int member) {
    }

    /**
     * Reads what {@link #onJoin} will read at random for a recruit of {@code sponsor} (an existing
     * member), and returns any value derived from it: a batch of joins first calls this for each
     * of its sponsors, in a loop short enough for their cache misses to overlap. Changes nothing.
     */
    default int touchSponsor(int sponsor) {
        return 0;
    }

    /**
     * Starts a stand-alone period on a given genealogy (as {@code downline payout} does): every
     * member joins, in order, at the position {@code given} names where it names one and by the
     * plan's rule otherwise, with the volume it says was carried in. Plans without a placement tree
     * or carry ignore {@code given}; the default just calls {@link #onJoin} for everyone.
     *
     * @throws PlacementException if a given position cannot be taken (the member and the column
     *                            are named, for the caller to point at the input)
     */
    default void joinAll(Genealogy genealogy, PlacementInput given) {
        for (int i = 0; i < genealogy.size(); i++) {
            onJoin(genealogy, i);
        }
    }

    /** Pays one period: writes {@code out.commission} and the totals. */
    void pay(Genealogy genealogy, Payout out);

    /** Forgets all state between replications. */
    void reset();

    /** Scratch memory per member of capacity, bytes (for the memory guard). */
    long bytesPerMember();

    /**
     * Whether the plan's arrays may grow past the capacity it was created with (doubling with the
     * members, up to {@link Genealogy#grownLength}); false when they stop at it (for the memory guard).
     */
    default boolean growsPastCapacity() {
        return true;
    }

    /**
     * Sizes the plan's member-indexed arrays at once for {@code members} (no more than the capacity
     * it was created with) when the world knows it will grow that large. The default does nothing:
     * the arrays grow with the members.
     */
    default void reserve(int members) {
    }

    /**
     * The rank each member reached in the last period paid (index into {@link #rankNames()}), or
     * {@code null} for plans without ranks. A view: valid until the next {@link #pay}. A byte, as a
     * plan has at most {@link org.downline.scenario.PlanConfig#MOST_STEPS} + 1 ranks (the breakaway plan's steps and none).
     */
    default byte[] ranks() {
        return null;
    }

    /** What each rank means, lowest first, or {@code null} for plans without ranks. */
    default String[] rankNames() {
        return null;
    }

    /**
     * The most this plan can pay per dollar of volume, whatever the genealogy, or NaN when no such
     * bound exists (binary: every upline pays again on the same volume, so the bound grows with
     * depth; each period's {@link Payout#maxPayable} is then the bound for that period).
     */
    double maxPayoutRatio();
}
