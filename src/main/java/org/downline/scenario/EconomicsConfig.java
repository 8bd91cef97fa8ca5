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

    public static final EconomicsConfig DEFAULT =
            new EconomicsConfig(99, 20, 100, 0.5, 30, RetailConfig.DEFAULT);

    public EconomicsConfig {
        new Checks()
                .money("starterKit", starterKit)
                .money("monthlyFee", monthlyFee)
                .money("requiredVolume", requiredVolume)
                .share("productValueShare", productValueShare)
                .money("otherCostsPerMonth", otherCostsPerMonth)
                .require(retail != null, "retail", "must be given")
                .throwIfAny();
    }

    /** Monthly cost of an active member apart from the starter kit, in dollars. */
    public double monthlyCost() {
        return monthlyFee + requiredVolume * (1 - productValueShare) + otherCostsPerMonth;
    }
}
