package org.downline.scenario;

import java.util.List;

/**
 * A forced matrix: a width × depth placement tree filled breadth-first (spillover), rates by level.
 *
 * @param qualification what a member must do to be paid in a month
 * @param levels        rate paid on each level below; each in [0, 1], 1 to {@code depth} levels,
 *                      summing to at most 1 (levels beyond the list pay nothing)
 * @param width         positions under each member; [1, 100]
 * @param depth         levels paid; [1, 50]
 * @param rules         rules any plan can enforce (off by default)
 */
public record MatrixConfig(QualificationConfig qualification, List<Double> levels, int width, int depth,
                           PlanRules rules)
        implements PlanConfig {

    public static final Key<Integer> WIDTH = Key.integer("width", 3, Range.integers(1, 100),
            "matrix: positions under each member (spillover breadth-first)").in("positions");
    public static final Key<Integer> DEPTH = Key.integer("depth", 7, Range.integers(1, 50),
            "matrix: levels of the matrix paid").in("levels");

    public static final Schema<MatrixConfig> SCHEMA = Schema.<MatrixConfig>builder()
            .bind(QUALIFICATION, MatrixConfig::qualification)
            .bind(RULES, MatrixConfig::rules)
            .bind(LEVELS, MatrixConfig::levels)
            .bind(WIDTH, MatrixConfig::width)
            .bind(DEPTH, MatrixConfig::depth)
            .build(v -> new MatrixConfig(v.get(QUALIFICATION), v.get(LEVELS), v.get(WIDTH), v.get(DEPTH),
                    v.get(RULES)));

    public static final PlanKind<MatrixConfig> KIND = new PlanKind<>("matrix", SCHEMA,
            "a forced width × depth placement tree filled breadth-first; rates by level");

    public static final MatrixConfig DEFAULT = SCHEMA.defaults();

    public MatrixConfig {
        levels = levels == null ? List.of() : List.copyOf(levels);
        Checks c = new Checks()
                .check(QUALIFICATION, qualification)
                .check(RULES, rules)
                .check(LEVELS, levels)
                .check(WIDTH, width)
                .check(DEPTH, depth);
        if (!levels.isEmpty() && levels.size() > depth && depth >= 1) {
            c.add(new Problem(LEVELS.name(), "must list at most depth = " + depth + " rates for a matrix (levels "
                    + "below the matrix's depth are never paid), was a list of " + levels.size()));
        }
        c.throwIfAny();
    }

    /** With every {@link PlanRules rule} off. */
    public MatrixConfig(QualificationConfig qualification, List<Double> levels, int width, int depth) {
        this(qualification, levels, width, depth, PlanRules.OFF);
    }

    @Override
    public PlanKind<MatrixConfig> kind() {
        return KIND;
    }

    /** The level rates as a primitive array (a copy). */
    public double[] levelRates() {
        return PlanConfig.rates(levels);
    }
}
