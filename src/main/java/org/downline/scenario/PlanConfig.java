package org.downline.scenario;

import java.util.List;

/**
 * A compensation plan's configuration: one record a plan type, holding only the keys that plan
 * reads. A file's {@code plan:} mapping names the type in {@code plan.type}; the keys of the other
 * plans may stand beside it (a preset switched with {@code --set plan.type=...}): they are checked
 * and echoed at their defaults, and not used.
 *
 * <p>The keys several plans share are declared here, each once; every plan's own keys in its
 * record. Adding a plan: a record here (its keys, its {@link PlanKind}), its name in
 * {@code permits}, the plan in {@code org.downline.plans} and one line in {@code Plans}.
 */
public sealed interface PlanConfig permits UnilevelConfig, MatrixConfig, BinaryConfig, BreakawayConfig {

    /** Every plan: what a member must do to be paid in a month. */
    Group<QualificationConfig> QUALIFICATION = Group.of("qualification", QualificationConfig.SCHEMA,
            "what a member must do in a month to be paid that month");

    /** Every plan: rules on who is paid and on what volume (customer rules, a personal-use cap), all off by default. */
    Group<PlanRules> RULES = Group.of("rules", PlanRules.SCHEMA,
            "rules any plan can enforce: end-user share, retail customers, a cap on rewardable personal use");

    /** Unilevel and breakaway (binary and matrix positions are fixed: departed members keep theirs). */
    Key<Compression> COMPRESSION = Key.choice("compression", Compression.class, Compression.DYNAMIC,
            "none: unqualified and departed members keep their place, paid to nobody; dynamic: skipped, "
                    + "volume rolls up past them");

    /**
     * Most entries a plan's list has: level rates (unilevel, matrix) or stair steps (breakaway). So a
     * rank fits in a byte ({@link org.downline.plans.CompensationPlan#ranks}).
     */
    int MOST_STEPS = 50;

    /** Unilevel and matrix: the rate paid on each level below. */
    Key<List<Double>> LEVELS = Key.numbers("levels", List.of(0.05, 0.05, 0.05, 0.05, 0.05),
            PlanConfig::checkLevels,
            "rate paid on each level below; 1 to " + MOST_STEPS + " rates in [0, 1], summing to at most 1");

    /** The plan type: its name and keys. */
    PlanKind<?> kind();

    /** What a member must do to be paid in a month. */
    QualificationConfig qualification();

    /** Rules on who is paid and on what volume, enforced whatever the plan. */
    PlanRules rules();

    /** The plan's name in {@code plan.type}. */
    default String type() {
        return kind().name();
    }

    /** 1 to {@link #MOST_STEPS} shares summing to at most 1. */
    private static void checkLevels(Checks c, String field, List<Double> levels) {
        c.require(!levels.isEmpty() && levels.size() <= MOST_STEPS, field,
                "must list 1 to " + MOST_STEPS + " rates, was a list of " + levels.size());
        double sum = 0;
        for (int i = 0; i < levels.size(); i++) {
            c.inRange(field + "[" + i + "]", levels.get(i), Range.SHARE);
            sum += levels.get(i);
        }
        c.require(!(sum > 1 + 1e-12), field,
                "must sum to at most 1 (a plan cannot pay out more than the volume), was " + Checks.show(sum));
    }

    /** The level rates as a primitive array (a copy). */
    static double[] rates(List<Double> levels) {
        return levels.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
