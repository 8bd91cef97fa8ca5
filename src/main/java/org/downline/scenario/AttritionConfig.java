package org.downline.scenario;

/**
 * Quitting. A member who quits stops buying and recruiting, for good.
 *
 * @param quitPerMonth         monthly probability that an active member quits; [0, 1]
 * @param quitAfterMonthsInRed a member quits after this many consecutive months with negative net
 *                             income; 0 = never; [0, 600]
 */
public record AttritionConfig(double quitPerMonth, int quitAfterMonthsInRed) {

    public static final Key<Double> QUIT_PER_MONTH = Key.number("quitPerMonth", 0.10, Range.SHARE,
            "monthly probability that an active member quits");
    public static final Key<Integer> QUIT_AFTER_MONTHS_IN_RED = Key.integer("quitAfterMonthsInRed", 24,
            Range.integers(0, 600), "quit after this many consecutive months of negative net income (0 = never)")
            .in("months");

    public static final Schema<AttritionConfig> SCHEMA = Schema.<AttritionConfig>builder()
            .bind(QUIT_PER_MONTH, AttritionConfig::quitPerMonth)
            .bind(QUIT_AFTER_MONTHS_IN_RED, AttritionConfig::quitAfterMonthsInRed)
            .build(v -> new AttritionConfig(v.get(QUIT_PER_MONTH), v.get(QUIT_AFTER_MONTHS_IN_RED)));

    public static final AttritionConfig DEFAULT = SCHEMA.defaults();

    public AttritionConfig {
        new Checks()
                .check(QUIT_PER_MONTH, quitPerMonth)
                .check(QUIT_AFTER_MONTHS_IN_RED, quitAfterMonthsInRed)
                .throwIfAny();
    }
}
