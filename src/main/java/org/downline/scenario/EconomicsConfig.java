package org.downline.scenario;

/**
 * What participation costs and what it brings besides commissions. All money in dollars.
 *
 * @param starterKit         one-off cost at joining
 * @param monthlyFee         back-office / website fee per active month
 * @param requiredVolume     personal volume (dollars of product) an active member buys each month
 * @param productValueShare  share of those required purchases counted as value received (the rest
 *                           is a cost of participating); [0, 1]
 * @param otherCostsPerMonth events, samples, travel, per active month
 * @param retail             sales to non-members
 */
public record EconomicsConfig(double starterKit, double monthlyFee, double requiredVolume,
                              double productValueShare, double otherCostsPerMonth,
                              RetailConfig retail) {

    public static final Key<Double> STARTER_KIT = Key.number("starterKit", 99, Range.MONEY,
            "one-off cost at joining, dollars");
    public static final Key<Double> MONTHLY_FEE = Key.number("monthlyFee", 20, Range.MONEY,
            "back-office / website fee per active month, dollars");
    public static final Key<Double> REQUIRED_VOLUME = Key.number("requiredVolume", 100, Range.MONEY,
            "personal volume (dollars of product) an active member buys each month");
    public static final Key<Double> PRODUCT_VALUE_SHARE = Key.number("productValueShare", 0.5, Range.SHARE,
            "share of the required purchases counted as value received; the rest is a cost");
    public static final Key<Double> OTHER_COSTS_PER_MONTH = Key.number("otherCostsPerMonth", 30, Range.MONEY,
            "events, samples, travel per active month, dollars");
    public static final Group<RetailConfig> RETAIL = Group.of("retail", RetailConfig.SCHEMA,
            "sales to customers who are not members");

    public static final Schema<EconomicsConfig> SCHEMA = Schema.<EconomicsConfig>builder()
            .bind(STARTER_KIT, EconomicsConfig::starterKit)
            .bind(MONTHLY_FEE, EconomicsConfig::monthlyFee)
            .bind(REQUIRED_VOLUME, EconomicsConfig::requiredVolume)
            .bind(PRODUCT_VALUE_SHARE, EconomicsConfig::productValueShare)
            .bind(OTHER_COSTS_PER_MONTH, EconomicsConfig::otherCostsPerMonth)
            .bind(RETAIL, EconomicsConfig::retail)
            .build(v -> new EconomicsConfig(v.get(STARTER_KIT), v.get(MONTHLY_FEE), v.get(REQUIRED_VOLUME),
                    v.get(PRODUCT_VALUE_SHARE), v.get(OTHER_COSTS_PER_MONTH), v.get(RETAIL)));

    public static final EconomicsConfig DEFAULT = SCHEMA.defaults();

    public EconomicsConfig {
        new Checks()
                .check(STARTER_KIT, starterKit)
                .check(MONTHLY_FEE, monthlyFee)
                .check(REQUIRED_VOLUME, requiredVolume)
                .check(PRODUCT_VALUE_SHARE, productValueShare)
                .check(OTHER_COSTS_PER_MONTH, otherCostsPerMonth)
                .check(RETAIL, retail)
                .throwIfAny();
    }

    /** Monthly cost of an active member apart from the starter kit, in dollars. */
    public double monthlyCost() {
        return monthlyFee + requiredVolume * (1 - productValueShare) + otherCostsPerMonth;
    }
}
