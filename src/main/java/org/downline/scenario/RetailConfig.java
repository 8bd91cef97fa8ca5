package org.downline.scenario;

/**
 * Sales to customers who are not members.
 *
 * @param customersPerMonth mean retail orders per active member per month (Poisson); [0, 1000]
 * @param orderValue        dollars per retail order; counts as the seller's personal volume
 * @param margin            share of a retail order the member keeps as profit; [0, 1]
 */
public record RetailConfig(double customersPerMonth, double orderValue, double margin) {

    public static final Key<Double> CUSTOMERS_PER_MONTH = Key.number("customersPerMonth", 0.5, Range.closed(0, 1000),
            "mean retail customers per active member per month (Poisson)").in("customers a month");
    public static final Key<Double> ORDER_VALUE = Key.number("orderValue", 40, Range.MONEY,
            "dollars per retail order; counts as the seller's personal volume");
    public static final Key<Double> MARGIN = Key.number("margin", 0.25, Range.SHARE,
            "share of a retail order the member keeps as profit");

    public static final Schema<RetailConfig> SCHEMA = Schema.<RetailConfig>builder()
            .bind(CUSTOMERS_PER_MONTH, RetailConfig::customersPerMonth)
            .bind(ORDER_VALUE, RetailConfig::orderValue)
            .bind(MARGIN, RetailConfig::margin)
            .build(v -> new RetailConfig(v.get(CUSTOMERS_PER_MONTH), v.get(ORDER_VALUE), v.get(MARGIN)));

    public static final RetailConfig DEFAULT = SCHEMA.defaults();

    public RetailConfig {
        new Checks()
                .check(CUSTOMERS_PER_MONTH, customersPerMonth)
                .check(ORDER_VALUE, orderValue)
                .check(MARGIN, margin)
                .throwIfAny();
    }
}
