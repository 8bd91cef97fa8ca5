package org.downline.plans;

import org.downline.scenario.PlanConfig;

/** Creates the plan a configuration describes. */
public final class Plans {

    private Plans() {
    }

    /** A plan instance for a genealogy of up to {@code capacity} members. */
    public static CompensationPlan create(PlanConfig config, int capacity) {
        return switch (config.type()) {
            case UNILEVEL -> new UnilevelPlan(config, capacity);
            case BINARY -> new BinaryPlan(config, capacity);
            case MATRIX -> new MatrixPlan(config, capacity);
            case BREAKAWAY -> new BreakawayPlan(config, capacity);
        };
    }

    /** Scratch bytes per member of capacity that {@link #create} would allocate. */
    public static long bytesPerMember(PlanConfig config) {
        return create(config, 0).bytesPerMember();
    }
}
