package org.downline.scenario;

/**
 * Rules a regulator (or a plan's own policy) can impose on any compensation plan, each off at its
 * default. They are enforced in the shared pay path ({@code org.downline.model.PlanRuleEnforcer}),
 * whatever the plan; the pay they remove is breakage.
 *
 * @param minEndUserShare    a member is paid only in months where at least this share of their own and
 *                           their whole downline's volume is sales to end users (retail customers);
 *                           [0, 1], 0 = off (FTC v. Vemma's order: a majority, i.e. above 0.5)
 * @param minRetailCustomers a member is paid only in months with at least this many distinct retail
 *                           customers (Amway's 10-customer rule); 0 = off
 * @param personalUseCap     a member's own purchases above this a month do not count as rewardable
 *                           volume (the plan pays and qualifies on the rest); 0 = off
 */
public record PlanRules(double minEndUserShare, int minRetailCustomers, double personalUseCap) {

    public static final Key<Double> MIN_END_USER_SHARE = Key.number("minEndUserShare", 0, Range.SHARE,
            "a member is paid only in months where at least this share of their own and their downline's volume "
                    + "is end-user (retail) sales; 0 = off");
    public static final Key<Integer> MIN_RETAIL_CUSTOMERS = Key.integer("minRetailCustomers", 0,
            Range.integers(0, 1_000_000), "a member is paid only in months with at least this many distinct retail "
                    + "customers; 0 = off").in("customers");
    public static final Key<Double> PERSONAL_USE_CAP = Key.number("personalUseCap", 0, Range.MONEY,
            "own purchases above this a month are not rewardable volume, dollars; 0 = off");

    public static final Schema<PlanRules> SCHEMA = Schema.<PlanRules>builder()
            .bind(MIN_END_USER_SHARE, PlanRules::minEndUserShare)
            .bind(MIN_RETAIL_CUSTOMERS, PlanRules::minRetailCustomers)
            .bind(PERSONAL_USE_CAP, PlanRules::personalUseCap)
            .build(v -> new PlanRules(v.get(MIN_END_USER_SHARE), v.get(MIN_RETAIL_CUSTOMERS),
                    v.get(PERSONAL_USE_CAP)));

    /** Every rule off. */
    public static final PlanRules OFF = SCHEMA.defaults();

    public PlanRules {
        new Checks()
                .check(MIN_END_USER_SHARE, minEndUserShare)
                .check(MIN_RETAIL_CUSTOMERS, minRetailCustomers)
                .check(PERSONAL_USE_CAP, personalUseCap)
                .throwIfAny();
    }
}
