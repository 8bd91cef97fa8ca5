package org.downline.scenario;

/**
 * Everything a run needs, validated: an immutable value. {@link #DEFAULT} is the scenario of an
 * empty file (and of the {@code default} preset).
 *
 * @param name         a label for outputs
 * @param description  one line shown by {@code downline presets}
 * @param months       simulated months; [1, 600]
 * @param replications Monte Carlo replications; [1, 1e6]
 * @param seed         master seed of every random stream
 */
public record Scenario(String name, String description, int months, int replications, long seed,
                       MarketConfig market, RecruitmentConfig recruitment, AttritionConfig attrition,
                       EconomicsConfig economics, PlanConfig plan, AffiliateConfig affiliate) {

    public static final int MAX_MONTHS = 600;
    public static final int MAX_REPLICATIONS = 1_000_000;

    public static final Scenario DEFAULT = new Scenario("default", "", 36, 200, 1,
            MarketConfig.DEFAULT, RecruitmentConfig.DEFAULT, AttritionConfig.DEFAULT,
            EconomicsConfig.DEFAULT, PlanConfig.DEFAULT, AffiliateConfig.DEFAULT);

    public Scenario {
        Checks c = new Checks()
                .require(name != null, "name", "must be given")
                .inRange("months", months, 1, MAX_MONTHS)
                .inRange("replications", replications, 1, MAX_REPLICATIONS);
        for (Object part : new Object[] {market, recruitment, attrition, economics, plan, affiliate}) {
            c.require(part != null, "", "every section must be given");
        }
        c.throwIfAny();
        description = description == null ? "" : description;
        crossChecks(market, recruitment);
    }

    /** Combinations that are each in range but impossible together. */
    private static void crossChecks(MarketConfig market, RecruitmentConfig recruitment) {
        Checks c = new Checks();
        long prospects = market.prospects();
        c.require(prospects <= MarketConfig.MAX_PROSPECTS, "market.prospectShare",
                "gives " + prospects + " prospects (market.population × market.prospectShare), more than the "
                        + MarketConfig.MAX_PROSPECTS + " one run can hold");
        c.require(recruitment.founders() <= prospects, "recruitment.founders",
                "must be at most the prospects in the market (market.population × market.prospectShare = "
                        + prospects + "), was " + recruitment.founders());
        switch (recruitment.model()) {
            case BASS -> {
                c.require(recruitment.innovation() + recruitment.imitation() <= 1, "recruitment.imitation",
                        "plus recruitment.innovation must be at most 1 (a monthly probability), was "
                                + Checks.show(recruitment.imitation()) + " + "
                                + Checks.show(recruitment.innovation()));
                c.require(recruitment.founders() > 0 || recruitment.innovation() > 0, "recruitment.founders",
                        "must be at least 1 when recruitment.innovation is 0 (nobody could ever join), was 0");
            }
            case FIXED, CONTACTS -> c.require(recruitment.founders() > 0, "recruitment.founders",
                    "must be at least 1 with recruitment.model=" + Wire.name(recruitment.model())
                            + " (nobody could ever join), was 0");
        }
        if (recruitment.model() == RecruitmentModel.CONTACTS) {
            NetworkConfig network = market.network();
            c.require(network.kind() != NetworkKind.SMALL_WORLD || network.degree() < market.population(),
                    "market.network.degree", "must be below market.population (" + market.population()
                            + ") on a small-world network: everybody's acquaintances are other people, was "
                            + network.degree());
            c.require(recruitment.effort().mean() < Double.POSITIVE_INFINITY, "recruitment.effort.alpha",
                    "must be above 1 with recruitment.model=contacts (pitches a month are contactsPerMonth"
                            + " × effort / mean effort, and a Pareto with alpha <= 1 has no mean), was "
                            + Checks.show(recruitment.effort().alpha()));
        }
        c.throwIfAny();
    }

    public Scenario withName(String newName) {
        return new Scenario(newName, description, months, replications, seed, market, recruitment,
                attrition, economics, plan, affiliate);
    }
}
