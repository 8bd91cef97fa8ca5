package org.downline.scenario;

import java.util.List;

/**
 * A compensation plan. Keys that a plan type does not use are ignored by it (and echoed).
 *
 * @param type                unilevel | binary | matrix | breakaway
 * @param qualification       what a member must do to be paid in a month
 * @param compression         none | dynamic; unilevel and breakaway (binary and matrix positions
 *                            are fixed: departed members keep theirs)
 * @param levels              unilevel and matrix: rate paid on each level below; each in [0, 1],
 *                            1 to 50 levels, summing to at most 1; a matrix takes at most
 *                            {@code depth} of them (levels beyond the list pay nothing)
 * @param width               matrix: positions under each member; [1, 100]
 * @param depth               matrix: levels paid; [1, 50]
 * @param rate                binary: share of the weaker leg's volume paid; [0, 1]
 * @param capPerMonth         binary: most paid to one member in a month, dollars; 0 = no cap
 * @param carryForward        binary: the stronger leg's unpaired volume carries to next month
 * @param placement           binary: weaker-leg | left | alternate
 * @param tiers               breakaway: bonus rate by monthly group volume, ascending (1 to 50 steps,
 *                            rates not decreasing); the last step is the top
 * @param breakawayVolume     breakaway: group volume at which a qualified top-step member's leg
 *                            breaks away from their sponsor's group, dollars
 * @param overrideRate        breakaway: rate paid on a breakaway leg's group volume; [0, 1]
 * @param overrideGenerations breakaway: generations of breakaway legs the override reaches; [0, 20]
 */
public record PlanConfig(PlanType type, QualificationConfig qualification, Compression compression,
                         List<Double> levels, int width, int depth, double rate, double capPerMonth,
                         boolean carryForward, Placement placement, List<Tier> tiers,
                         double breakawayVolume, double overrideRate, int overrideGenerations) {

    public static final PlanConfig DEFAULT = new PlanConfig(PlanType.UNILEVEL,
            QualificationConfig.DEFAULT, Compression.DYNAMIC,
            List.of(0.05, 0.05, 0.05, 0.05, 0.05), 3, 7, 0.10, 0, true, Placement.WEAKER_LEG,
            List.of(new Tier(0, 0.0), new Tier(1000, 0.06), new Tier(2500, 0.12),
                    new Tier(5000, 0.18), new Tier(7500, 0.25)),
            7500, 0.04, 1);

    public PlanConfig {
        Checks c = new Checks()
                .require(type != null, "type", "must be one of " + Wire.choices(PlanType.class) + ", was missing")
                .require(qualification != null, "qualification", "must be given")
                .require(compression != null, "compression",
                        "must be one of " + Wire.choices(Compression.class) + ", was missing")
                .require(placement != null, "placement",
                        "must be one of " + Wire.choices(Placement.class) + ", was missing")
                .inRange("width", width, 1, 100)
                .inRange("depth", depth, 1, 50)
                .share("rate", rate)
                .money("capPerMonth", capPerMonth)
                .money("breakawayVolume", breakawayVolume)
                .share("overrideRate", overrideRate)
                .inRange("overrideGenerations", overrideGenerations, 0, 20);
        levels = levels == null ? List.of() : List.copyOf(levels);
        tiers = tiers == null ? List.of() : List.copyOf(tiers);
        checkLevels(c, levels);
        checkTiers(c, tiers);
        if (type == PlanType.MATRIX && !levels.isEmpty() && levels.size() > depth && depth >= 1) {
            c.add(new Problem("levels", "must list at most depth = " + depth + " rates for a matrix (levels below "
                    + "the matrix's depth are never paid), was a list of " + levels.size()));
        }
        c.throwIfAny();
    }

    private static void checkLevels(Checks c, List<Double> levels) {
        c.require(!levels.isEmpty() && levels.size() <= 50, "levels",
                "must list 1 to 50 rates, was a list of " + levels.size());
        double sum = 0;
        for (int i = 0; i < levels.size(); i++) {
            c.share("levels[" + i + "]", levels.get(i));
            sum += levels.get(i);
        }
        c.require(!(sum > 1 + 1e-12), "levels",
                "must sum to at most 1 (a plan cannot pay out more than the volume), was " + Checks.show(sum));
    }

    private static void checkTiers(Checks c, List<Tier> tiers) {
        c.require(!tiers.isEmpty() && tiers.size() <= 50, "tiers",
                "must list 1 to 50 steps, was a list of " + tiers.size());
        for (int i = 1; i < tiers.size(); i++) {
            Tier prev = tiers.get(i - 1);
            Tier t = tiers.get(i);
            c.require(t.groupVolume() > prev.groupVolume(), "tiers[" + i + "].groupVolume",
                    "must be above the previous step's " + Checks.show(prev.groupVolume())
                            + ", was " + Checks.show(t.groupVolume()));
            c.require(t.rate() >= prev.rate(), "tiers[" + i + "].rate",
                    "must be at least the previous step's " + Checks.show(prev.rate())
                            + ", was " + Checks.show(t.rate()));
        }
    }

    /** The level rates as a primitive array (a copy). */
    public double[] levelRates() {
        return levels.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
