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

    public static final Key<String> NAME = Key.text("name", "default",
            "a label for outputs (default: the file's name without .yaml)");
    public static final Key<String> DESCRIPTION = Key.text("description", "",
            "one line shown by 'downline presets'");
    public static final Key<Integer> MONTHS = Key.integer("months", 36, Range.integers(1, MAX_MONTHS),
            "simulated months");
    public static final Key<Integer> REPLICATIONS = Key.integer("replications", 200,
            Range.integers(1, MAX_REPLICATIONS), "Monte Carlo replications (--replications overrides)");
    public static final Key<Long> SEED = Key.longInteger("seed", 1, null,
            "master seed of every random stream (--seed overrides)");
    public static final Group<MarketConfig> MARKET = Group.of("market", MarketConfig.SCHEMA,
            "the finite market every recruit comes out of");
    public static final Group<RecruitmentConfig> RECRUITMENT = Group.of("recruitment", RecruitmentConfig.SCHEMA,
            "who joins, when, and under whom");
    public static final Group<AttritionConfig> ATTRITION = Group.of("attrition", AttritionConfig.SCHEMA,
            "quitting");
    public static final Group<EconomicsConfig> ECONOMICS = Group.of("economics", EconomicsConfig.SCHEMA,
            "what participation costs and what it brings besides commissions");
    /** A variant group: {@code plan.type} chooses the record (the registry is {@code org.downline.plans.Plans}). */
    public static final Group<PlanConfig> PLAN = Group.variant("plan", UnilevelConfig.DEFAULT,
            "the compensation plan, chosen by plan.type");
    public static final Group<AffiliateConfig> AFFILIATE = Group.of("affiliate", AffiliateConfig.SCHEMA,
            "affiliate marketers run beside the MLM on the same random numbers");

    public static final Schema<Scenario> SCHEMA = Schema.<Scenario>builder()
            .bind(NAME, Scenario::name)
            .bind(DESCRIPTION, Scenario::description)
            .bind(MONTHS, Scenario::months)
            .bind(REPLICATIONS, Scenario::replications)
            .bind(SEED, Scenario::seed)
            .bind(MARKET, Scenario::market)
            .bind(RECRUITMENT, Scenario::recruitment)
            .bind(ATTRITION, Scenario::attrition)
            .bind(ECONOMICS, Scenario::economics)
            .bind(PLAN, Scenario::plan)
            .bind(AFFILIATE, Scenario::affiliate)
            .build(v -> new Scenario(v.get(NAME), v.get(DESCRIPTION), v.get(MONTHS), v.get(REPLICATIONS),
                    v.get(SEED), v.get(MARKET), v.get(RECRUITMENT), v.get(ATTRITION), v.get(ECONOMICS),
                    v.get(PLAN), v.get(AFFILIATE)));

    public static final Scenario DEFAULT = SCHEMA.defaults();

    public Scenario {
        new Checks()
                .check(NAME, name)
                .check(MONTHS, months)
                .check(REPLICATIONS, replications)
                .check(MARKET, market)
                .check(RECRUITMENT, recruitment)
                .check(ATTRITION, attrition)
                .check(ECONOMICS, economics)
                .check(PLAN, plan)
                .check(AFFILIATE, affiliate)
                .throwIfAny();
        description = description == null ? "" : description;
        crossChecks(market, recruitment);
    }

    /** The dotted path of a key through its mappings: {@code path(MARKET, MarketConfig.POPULATION)}. */
    public static String path(Field<?>... fields) {
        StringBuilder out = new StringBuilder();
        for (Field<?> f : fields) {
            out.append(out.length() == 0 ? "" : ".").append(f.name());
        }
        return out.toString();
    }

    /** Combinations that are each in range but impossible together (the keys named from their declarations). */
    private static void crossChecks(MarketConfig market, RecruitmentConfig recruitment) {
        String population = path(MARKET, MarketConfig.POPULATION);
        String prospectShare = path(MARKET, MarketConfig.PROSPECT_SHARE);
        String founders = path(RECRUITMENT, RecruitmentConfig.FOUNDERS);
        String innovation = path(RECRUITMENT, RecruitmentConfig.INNOVATION);
        String model = path(RECRUITMENT, RecruitmentConfig.MODEL);
        Checks c = new Checks();
        long prospects = market.prospects();
        c.require(prospects <= MarketConfig.MAX_PROSPECTS, prospectShare,
                "gives " + prospects + " prospects (" + population + " × " + prospectShare + "), more than the "
                        + MarketConfig.MAX_PROSPECTS + " one run can hold");
        c.require(recruitment.founders() <= prospects, founders,
                "must be at most the prospects in the market (" + population + " × " + prospectShare + " = "
                        + prospects + "), was " + recruitment.founders());
        switch (recruitment.model()) {
            case BASS -> {
                c.require(recruitment.innovation() + recruitment.imitation() <= 1,
                        path(RECRUITMENT, RecruitmentConfig.IMITATION),
                        "plus " + innovation + " must be at most 1 (a monthly probability), was "
                                + Checks.show(recruitment.imitation()) + " + "
                                + Checks.show(recruitment.innovation()));
                c.require(recruitment.founders() > 0 || recruitment.innovation() > 0, founders,
                        "must be at least 1 when " + innovation + " is 0 (nobody could ever join), was 0");
            }
            case FIXED, CONTACTS -> c.require(recruitment.founders() > 0, founders,
                    "must be at least 1 with " + model + "=" + Wire.name(recruitment.model())
                            + " (nobody could ever join), was 0");
        }
        if (recruitment.model() == RecruitmentModel.CONTACTS) {
            NetworkConfig network = market.network();
            c.require(network.kind() != NetworkKind.SMALL_WORLD || network.degree() < market.population(),
                    path(MARKET, MarketConfig.NETWORK, NetworkConfig.DEGREE), "must be below " + population + " ("
                            + market.population()
                            + ") on a small-world network: everybody's acquaintances are other people, was "
                            + network.degree());
        }
        c.throwIfAny();
    }

    public Scenario withName(String newName) {
        return new Scenario(newName, description, months, replications, seed, market, recruitment,
                attrition, economics, plan, affiliate);
    }
}
