package org.downline.scenario;

import java.util.List;

/**
 * A unilevel plan: fixed rates on each of the first levels of the sponsor tree.
 *
 * @param qualification what a member must do to be paid in a month
 * @param compression   none | dynamic
 * @param levels        rate paid on each level below; each in [0, 1], 1 to {@link #MOST_STEPS} levels, summing to at
 *                      most 1
 * @param rules         rules any plan can enforce (off by default)
 */
public record UnilevelConfig(QualificationConfig qualification, Compression compression, List<Double> levels,
                             PlanRules rules)
        implements PlanConfig {

    public static final Schema<UnilevelConfig> SCHEMA = Schema.<UnilevelConfig>builder()
            .bind(QUALIFICATION, UnilevelConfig::qualification)
            .bind(RULES, UnilevelConfig::rules)
            .bind(COMPRESSION, UnilevelConfig::compression)
            .bind(LEVELS, UnilevelConfig::levels)
            .build(v -> new UnilevelConfig(v.get(QUALIFICATION), v.get(COMPRESSION), v.get(LEVELS),
                    v.get(RULES)));

    public static final PlanKind<UnilevelConfig> KIND = new PlanKind<>("unilevel", SCHEMA,
            "fixed rates on each of the first levels of the sponsor tree");

    public static final UnilevelConfig DEFAULT = SCHEMA.defaults();

    public UnilevelConfig {
        levels = levels == null ? List.of() : List.copyOf(levels);
        new Checks()
                .check(QUALIFICATION, qualification)
                .check(RULES, rules)
                .check(COMPRESSION, compression)
                .check(LEVELS, levels)
                .throwIfAny();
    }

    /** With every {@link PlanRules rule} off. */
    public UnilevelConfig(QualificationConfig qualification, Compression compression, List<Double> levels) {
        this(qualification, compression, levels, PlanRules.OFF);
    }

    @Override
    public PlanKind<UnilevelConfig> kind() {
        return KIND;
    }

    /** The level rates as a primitive array (a copy). */
    public double[] levelRates() {
        return PlanConfig.rates(levels);
    }
}
