package org.downline.scenario;

/**
 * Which of the sponsor's two legs a binary plan places a new recruit in; the recruit goes to the
 * bottom of that leg's outer edge (see {@code BinaryPlan}).
 */
public enum Placement {
    /**
     * The leg with less volume: both legs' volume at the last close (carry included), plus the
     * volume of the sponsor's own recruits placed into each since; ties go left.
     */
    WEAKER_LEG,
    /** Always the left leg. */
    LEFT,
    /** Left and right in turn, by the sponsor's personal recruits (the first goes left). */
    ALTERNATE
}
