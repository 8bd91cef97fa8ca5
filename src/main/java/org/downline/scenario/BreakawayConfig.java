package org.downline.scenario;

import java.util.List;

/**
 * A stair-step breakaway plan: a differential bonus by group volume, breakaway legs and overrides.
 *
 * @param qualification       what a member must do to be paid in a month
 * @param compression         none | dynamic
 * @param tiers               bonus rate by monthly group volume, ascending (1 to {@link #MOST_STEPS} steps, rates not
 *                            decreasing); the last step is the top
 * @param breakawayVolume     group volume at which a qualified top-step member's leg breaks away
 *                            from their sponsor's group, dollars
 * @param overrideRate        rate paid on a breakaway leg's group volume; [0, 1]
 * @param overrideGenerations generations of breakaway legs the override reaches; [0, 20]
 * @param rules         rules any plan can enforce (off by default)
 */
public record BreakawayConfig(QualificationConfig qualification, Compression compression, List<Tier> tiers,
                              double breakawayVolume, double overrideRate, int overrideGenerations,
                              PlanRules rules)
        implements PlanConfig {

    public static final Key<List<Tier>> TIERS = Key.records("tiers", Tier.SCHEMA,
            List.of(new Tier(0, 0.0), new Tier(1000, 0.06), new Tier(2500, 0.12), new Tier(5000, 0.18),
                    new Tier(7500, 0.25)),
            BreakawayConfig::checkTiers,
            "breakaway: bonus rate by monthly group volume (stair-step), ascending; the last step is the top");
    public static final Key<Double> BREAKAWAY_VOLUME = Key.number("breakawayVolume", 7500, Range.MONEY,
            "breakaway: group volume at which a top-step member's leg breaks away from the sponsor's group");
    public static final Key<Double> OVERRIDE_RATE = Key.number("overrideRate", 0.04, Range.SHARE,
            "breakaway: rate paid on a breakaway leg's group volume");
    public static final Key<Integer> OVERRIDE_GENERATIONS = Key.integer("overrideGenerations", 1,
            Range.integers(0, 20), "breakaway: generations of breakaway legs the override reaches").in("generations");

    public static final Schema<BreakawayConfig> SCHEMA = Schema.<BreakawayConfig>builder()
            .bind(QUALIFICATION, BreakawayConfig::qualification)
            .bind(RULES, BreakawayConfig::rules)
            .bind(COMPRESSION, BreakawayConfig::compression)
            .bind(TIERS, BreakawayConfig::tiers)
            .bind(BREAKAWAY_VOLUME, BreakawayConfig::breakawayVolume)
            .bind(OVERRIDE_RATE, BreakawayConfig::overrideRate)
            .bind(OVERRIDE_GENERATIONS, BreakawayConfig::overrideGenerations)
            .build(v -> new BreakawayConfig(v.get(QUALIFICATION), v.get(COMPRESSION), v.get(TIERS),
                    v.get(BREAKAWAY_VOLUME), v.get(OVERRIDE_RATE), v.get(OVERRIDE_GENERATIONS), v.get(RULES)));

    public static final PlanKind<BreakawayConfig> KIND = new PlanKind<>("breakaway", SCHEMA,
            "stair-step differential bonus with breakaway legs and overrides");

    public static final BreakawayConfig DEFAULT = SCHEMA.defaults();

    public BreakawayConfig {
        tiers = tiers == null ? List.of() : List.copyOf(tiers);
        new Checks()
                .check(QUALIFICATION, qualification)
                .check(RULES, rules)
                .check(COMPRESSION, compression)
                .check(TIERS, tiers)
                .check(BREAKAWAY_VOLUME, breakawayVolume)
                .check(OVERRIDE_RATE, overrideRate)
                .check(OVERRIDE_GENERATIONS, overrideGenerations)
                .throwIfAny();
    }

    /** 1 to {@link #MOST_STEPS} steps, group volumes rising, rates not falling. */
    private static void checkTiers(Checks c, String field, List<Tier> tiers) {
        c.require(!tiers.isEmpty() && tiers.size() <= MOST_STEPS, field,
                "must list 1 to " + MOST_STEPS + " steps, was a list of " + tiers.size());
        for (int i = 1; i < tiers.size(); i++) {
            Tier prev = tiers.get(i - 1);
            Tier t = tiers.get(i);
            c.require(t.groupVolume() > prev.groupVolume(), field + "[" + i + "]." + Tier.GROUP_VOLUME.name(),
                    "must be above the previous step's " + Checks.show(prev.groupVolume())
                            + ", was " + Checks.show(t.groupVolume()));
            c.require(t.rate() >= prev.rate(), field + "[" + i + "]." + Tier.RATE.name(),
                    "must be at least the previous step's " + Checks.show(prev.rate())
                            + ", was " + Checks.show(t.rate()));
        }
    }

    /** With every {@link PlanRules rule} off. */
    public BreakawayConfig(QualificationConfig qualification, Compression compression, List<Tier> tiers,
                           double breakawayVolume, double overrideRate, int overrideGenerations) {
        this(qualification, compression, tiers, breakawayVolume, overrideRate, overrideGenerations, PlanRules.OFF);
    }

    @Override
    public PlanKind<BreakawayConfig> kind() {
        return KIND;
    }
}
