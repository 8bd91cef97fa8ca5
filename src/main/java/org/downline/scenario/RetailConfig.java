package org.downline.scenario;

/**
 * Sales to customers who are not members.
 *
 * @param customersPerMonth mean retail orders per active member per month (Poisson); [0, 1000]
 * @param orderValue        dollars per retail order; counts as the seller's personal volume
 * @param margin            share of a retail order the member keeps as profit; [0, 1]
 */
public record RetailConfig(double customersPerMonth, double orderValue, double margin) {

    public static final RetailConfig DEFAULT = new RetailConfig(0.5, 40, 0.25);

    public RetailConfig {
        new Checks()
                .inRange("customersPerMonth", customersPerMonth, 0, 1000)
                .money("orderValue", orderValue)
                .share("margin", margin)
                .throwIfAny();
    }
}
