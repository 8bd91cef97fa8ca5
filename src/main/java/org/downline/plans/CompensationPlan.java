package org.downline.plans;

/**
 * A compensation plan: a pure function of the genealogy and the period's volumes (plus whatever
 * state the plan carries between periods, such as binary carry-forward or a placement tree).
 *
 * <p>One instance serves one genealogy; its scratch arrays are sized to the genealogy's capacity
 * once and reused. Implementations make a bounded number of passes over the members per period and
 * allocate nothing per member.
 */
public interface CompensationPlan {

    /** Names of the components a payout reports, in order (e.g. {@code level1..level5}). */
    String[] componentNames();

    /**
     * Called once for each new member, in join order, before they are paid; placement plans put
     * the member into their placement tree here. The default does nothing.
     */
    default void onJoin(Genealogy genealogy, int member) {
    }

    /** Pays one period: writes {@code out.commission} and the totals. */
    void pay(Genealogy genealogy, Payout out);

    /** Forgets all state between replications. */
    void reset();

    /** Scratch memory per member of capacity, bytes (for the memory guard). */
    long bytesPerMember();

    /** The rank (tier) each member reached this period, or {@code null} for plans without ranks. */
    default int[] ranks() {
        return null;
    }
}
