package org.downline.scenario;

/** Where a binary plan places a new recruit in the sponsor's placement tree. */
public enum Placement {
    /** At the bottom of the sponsor's leg with less volume so far (ties: fewer members, then left). */
    WEAKER_LEG,
    /** At the bottom of the sponsor's left leg. */
    LEFT,
    /** Left and right in turn, by the sponsor's personal recruits. */
    ALTERNATE
}
