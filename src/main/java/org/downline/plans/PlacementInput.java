package org.downline.plans;

/**
 * What a given genealogy says about positions in a placement tree and about volume carried in from
 * the previous period, by member number. Every array is optional ({@code null}: nothing given for
 * anyone).
 *
 * @param parent     placement parent of each member, or {@link #BY_RULE} to place them by the plan's
 *                   rule; binary and matrix
 * @param leg        binary: {@link #LEFT}, {@link #RIGHT} or {@link #ANY_LEG} (the parent's first open
 *                   leg, left first) under {@code parent}
 * @param carryLeft  binary: volume carried into the left leg
 * @param carryRight binary: volume carried into the right leg
 */
public record PlacementInput(int[] parent, byte[] leg, double[] carryLeft, double[] carryRight) {

    /** No placement parent given: the plan's rule places the member. */
    public static final int BY_RULE = -1;
    public static final byte ANY_LEG = -1;
    public static final byte LEFT = 0;
    public static final byte RIGHT = 1;

    /** The placement parent given for member i, or {@link #BY_RULE}. */
    public int parentOf(int i) {
        return parent == null ? BY_RULE : parent[i];
    }

    /** The leg given for member i, or {@link #ANY_LEG}. */
    public byte legOf(int i) {
        return leg == null ? ANY_LEG : leg[i];
    }

    public double carryLeftOf(int i) {
        return carryLeft == null ? 0 : carryLeft[i];
    }

    public double carryRightOf(int i) {
        return carryRight == null ? 0 : carryRight[i];
    }
}
