package org.downline.scenario;

/**
 * A binary plan: two legs in a placement tree, pay on the weaker leg's volume.
 *
 * @param qualification what a member must do to be paid in a month (with {@code recruitOnEachLeg})
 * @param rate          share of the weaker leg's volume paid; [0, 1]
 * @param capPerMonth   most paid to one member in a month, dollars; 0 = no cap
 * @param carryForward  the stronger leg's unpaired volume carries to next month
 * @param placement     weaker-leg | left | alternate
 * @param rules         rules any plan can enforce (off by default)
 */
public record BinaryConfig(QualificationConfig qualification, double rate, double capPerMonth,
                           boolean carryForward, Placement placement, PlanRules rules) implements PlanConfig {

    public static final Key<Double> RATE = Key.number("rate", 0.10, Range.SHARE,
            "binary: share of the weaker leg's volume paid");
    public static final Key<Double> CAP_PER_MONTH = Key.number("capPerMonth", 0, Range.MONEY,
            "binary: most paid to one member in a month, dollars (0 = no cap); the excess is flushed");
    public static final Key<Boolean> CARRY_FORWARD = Key.bool("carryForward", true,
            "binary: the stronger leg's unpaired volume carries to next month");
    public static final Key<Placement> PLACEMENT = Key.choice("placement", Placement.class, Placement.WEAKER_LEG,
            "binary: which of the sponsor's legs a recruit is placed in");

    public static final Schema<BinaryConfig> SCHEMA = Schema.<BinaryConfig>builder()
            .bind(QUALIFICATION, BinaryConfig::qualification)
            .bind(RULES, BinaryConfig::rules)
            .bind(RATE, BinaryConfig::rate)
            .bind(CAP_PER_MONTH, BinaryConfig::capPerMonth)
            .bind(CARRY_FORWARD, BinaryConfig::carryForward)
            .bind(PLACEMENT, BinaryConfig::placement)
            .build(v -> new BinaryConfig(v.get(QUALIFICATION), v.get(RATE), v.get(CAP_PER_MONTH),
                    v.get(CARRY_FORWARD), v.get(PLACEMENT), v.get(RULES)));

    /** Its word in {@code plan.type} (a constant: shared keys only a binary plan reads name it). */
    public static final String NAME = "binary";

    public static final PlanKind<BinaryConfig> KIND = new PlanKind<>(NAME, SCHEMA,
            "two legs in a placement tree; pay on the weaker leg's volume");

    public static final BinaryConfig DEFAULT = SCHEMA.defaults();

    public BinaryConfig {
        new Checks()
                .check(QUALIFICATION, qualification)
                .check(RULES, rules)
                .check(RATE, rate)
                .check(CAP_PER_MONTH, capPerMonth)
                .check(CARRY_FORWARD, carryForward)
                .check(PLACEMENT, placement)
                .throwIfAny();
    }

    /** With every {@link PlanRules rule} off. */
    public BinaryConfig(QualificationConfig qualification, double rate, double capPerMonth, boolean carryForward,
                        Placement placement) {
        this(qualification, rate, capPerMonth, carryForward, placement, PlanRules.OFF);
    }

    @Override
    public PlanKind<BinaryConfig> kind() {
        return KIND;
    }
}
