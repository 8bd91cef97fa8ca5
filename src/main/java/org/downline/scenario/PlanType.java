package org.downline.scenario;

/** Compensation plan families. */
public enum PlanType {
    /** Fixed rates on each of the first levels of the sponsor tree. */
    UNILEVEL,
    /** Two legs in a placement tree; pay on the weaker leg's volume. */
    BINARY,
    /** A forced width × depth placement tree filled breadth-first; rates by level. */
    MATRIX,
    /** Stair-step differential bonus with breakaway legs and overrides. */
    BREAKAWAY
}
