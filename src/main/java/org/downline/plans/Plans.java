package org.downline.plans;

import org.downline.scenario.PlanConfig;
import org.downline.scenario.ScenarioException;
import org.downline.scenario.Wire;

/** Creates the plan a configuration describes. */
public final class Plans {

    private Plans() {
    }

    /**
     * A plan instance for a genealogy of up to {@code capacity} members.
     *
     * @throws ScenarioException if the plan type is not available
     */
    public static CompensationPlan create(PlanConfig config, int capacity) {
        return switch (config.type()) {
            case UNILEVEL -> new UnilevelPlan(config, capacity);
            case BINARY, MATRIX, BREAKAWAY -> throw new ScenarioException("plan.type",
                    "is not supported yet: plan.type=" + Wire.name(config.type())
                            + " (available: unilevel)");
        };
    }

    /** Throws unless {@link #create} can make this plan. */
    public static void requireSupported(PlanConfig config) {
        if (config.type() != org.downline.scenario.PlanType.UNILEVEL) {
            throw new ScenarioException("plan.type", "is not supported yet: plan.type="
                    + Wire.name(config.type()) + " (available: unilevel)");
        }
    }

    /** Scratch bytes per member of capacity that {@link #create} would allocate. */
    public static long bytesPerMember(PlanConfig config) {
        return switch (config.type()) {
            case UNILEVEL -> new UnilevelPlan(config, 0).bytesPerMember();
            default -> 0;
        };
    }
}
