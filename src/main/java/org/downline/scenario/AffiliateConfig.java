package org.downline.scenario;

/**
 * The affiliate-marketing world run beside the MLM on the same replication seeds (common random
 * numbers): each entrant builds a content site, the niche's finite search demand is shared among
 * the sites by Zipf rank, and visitors become commissions through a click-through and conversion
 * funnel.
 *
 * @param enabled              whether to run it
 * @param entrants             "mlm" (as many as joined the MLM, in the same months) or a number
 *                             (all starting in month 1)
 * @param demandPerMonth       search visits a month in the niche, shared by all active sites; [0, 1e12]
 * @param incumbents           established sites already in the niche, competing for the same
 *                             demand (they are not participants); [0, 1e7]
 * @param zipfExponent         how unequally demand is shared by site rank, s in rank^−s; [0, 5]
 * @param postsPerMonth        posts each affiliate publishes a month (varies between people; a
 *                             person's rate is drawn once)
 * @param siteQuality          a site's lasting pull per post relative to others (SEO skill, domain
 *                             authority; median 1)
 * @param rankNoise            σ of the month-to-month noise on a site's ranking score, in natural-log
 *                             units; 0 = rank follows pull × quality exactly; [0, 5]
 * @param clickThrough         mean share of visitors who click an affiliate link; [0, 1]
 * @param conversion           mean share of clicks that become an order; [0, 1]
 * @param orderValue           mean dollars per order
 * @param commission           share of the order paid to the affiliate; [0, 1]
 * @param funnelVariation      σ of each affiliate's lognormal multipliers (mean 1) on click-through,
 *                             conversion and order value; 0 = everyone at the mean; [0, 3]
 * @param orderNoise           whether a month's orders are Poisson around their expectation (true)
 *                             or exactly the expectation (false)
 * @param startupCost          one-off cost of starting a site (domain, theme, course), dollars
 * @param costsPerMonth        hosting and tools, dollars per active month
 * @param quitPerMonth         monthly probability of giving up regardless of results; [0, 1]
 * @param quitAfterMonthsInRed quit after this many consecutive months with negative net; 0 = never
 */
public record AffiliateConfig(boolean enabled, Entrants entrants, double demandPerMonth,
                              int incumbents, double zipfExponent, DistributionConfig postsPerMonth,
                              DistributionConfig siteQuality, double rankNoise,
                              double clickThrough, double conversion, double orderValue,
                              double commission, double funnelVariation, boolean orderNoise,
                              double startupCost, double costsPerMonth, double quitPerMonth,
                              int quitAfterMonthsInRed) {

    public static final Key<Boolean> ENABLED = Key.bool("enabled", true,
            "run affiliate marketers beside the MLM, on the same random numbers");
    public static final Key<Entrants> ENTRANTS = Key.mlmOrCount("entrants", Entrants.MLM, Entrants.COUNT,
            "'mlm': as many affiliates as joined the MLM, in the same months; or a number, all in month 1");
    public static final Key<Double> DEMAND_PER_MONTH = Key.number("demandPerMonth", 100_000_000,
            Range.closed(0, 1e12), "search visits a month in the niche, shared by all active sites")
            .in("visits a month");
    public static final Key<Integer> INCUMBENTS = Key.integer("incumbents", 5000, Range.integers(0, 10_000_000),
            "established sites already competing for the same demand (not participants)").in("sites");
    public static final Key<Double> ZIPF_EXPONENT = Key.number("zipfExponent", 0.93, Range.closed(0, 5),
            "how unequally demand is shared by site rank: s in rank^-s");
    public static final Group<DistributionConfig> POSTS_PER_MONTH = Group.of("postsPerMonth",
            DistributionConfig.SCHEMA, DistributionConfig.lognormal(4, 0.7),
            "posts each affiliate publishes a month (drawn once a person)");
    public static final Group<DistributionConfig> SITE_QUALITY = Group.of("siteQuality",
            DistributionConfig.SCHEMA, DistributionConfig.lognormal(1, 1.0),
            "a site's lasting pull per post relative to others (SEO skill, domain authority; median 1)");
    public static final Key<Double> RANK_NOISE = Key.number("rankNoise", 0.5, Range.closed(0, 5),
            "sigma of the monthly noise on a site's ranking score, natural-log units (0 = none)");
    public static final Key<Double> CLICK_THROUGH = Key.number("clickThrough", 0.10, Range.SHARE,
            "mean share of visitors who click an affiliate link");
    public static final Key<Double> CONVERSION = Key.number("conversion", 0.08, Range.SHARE,
            "mean share of clicks that become an order");
    public static final Key<Double> ORDER_VALUE = Key.number("orderValue", 80, Range.MONEY,
            "mean dollars per order");
    public static final Key<Double> COMMISSION = Key.number("commission", 0.06, Range.SHARE,
            "share of the order paid to the affiliate");
    public static final Key<Double> FUNNEL_VARIATION = Key.number("funnelVariation", 0.3, Range.closed(0, 3),
            "sigma of each affiliate's lognormal multipliers (mean 1) on click-through, conversion, order value");
    public static final Key<Boolean> ORDER_NOISE = Key.bool("orderNoise", true,
            "a month's orders are Poisson around their expectation (false: exactly the expectation)");
    public static final Key<Double> STARTUP_COST = Key.number("startupCost", 0, Range.MONEY,
            "one-off cost of starting a site (domain, theme, course), dollars");
    public static final Key<Double> COSTS_PER_MONTH = Key.number("costsPerMonth", 40, Range.MONEY,
            "hosting and tools, dollars per active month");
    public static final Key<Double> QUIT_PER_MONTH = Key.number("quitPerMonth", 0.02, Range.SHARE,
            "monthly probability of giving up regardless of results");
    public static final Key<Integer> QUIT_AFTER_MONTHS_IN_RED = Key.integer("quitAfterMonthsInRed", 12,
            Range.integers(0, 600), "quit after this many consecutive months of negative net (0 = never)").in("months");

    /**
     * The {@code market.population} the affiliate defaults are calibrated for: the default
     * scenario's (presets/default.yaml, whose calibration block gives the published figures, measured
     * at its population of 1,000,000, {@link MarketConfig#POPULATION}'s default). With {@code entrants:
     * mlm} the affiliates are as many as joined the MLM, which grows with the population, while the
     * niche's {@code demandPerMonth} and {@code incumbents} do not: at another population each
     * affiliate gets more (smaller market) or less of the same demand than calibrated.
     */
    public static final long CALIBRATED_POPULATION = 1_000_000;

    public static final Schema<AffiliateConfig> SCHEMA = Schema.<AffiliateConfig>builder()
            .bind(ENABLED, AffiliateConfig::enabled)
            .bind(ENTRANTS, AffiliateConfig::entrants)
            .bind(DEMAND_PER_MONTH, AffiliateConfig::demandPerMonth)
            .bind(INCUMBENTS, AffiliateConfig::incumbents)
            .bind(ZIPF_EXPONENT, AffiliateConfig::zipfExponent)
            .bind(POSTS_PER_MONTH, AffiliateConfig::postsPerMonth)
            .bind(SITE_QUALITY, AffiliateConfig::siteQuality)
            .bind(RANK_NOISE, AffiliateConfig::rankNoise)
            .bind(CLICK_THROUGH, AffiliateConfig::clickThrough)
            .bind(CONVERSION, AffiliateConfig::conversion)
            .bind(ORDER_VALUE, AffiliateConfig::orderValue)
            .bind(COMMISSION, AffiliateConfig::commission)
            .bind(FUNNEL_VARIATION, AffiliateConfig::funnelVariation)
            .bind(ORDER_NOISE, AffiliateConfig::orderNoise)
            .bind(STARTUP_COST, AffiliateConfig::startupCost)
            .bind(COSTS_PER_MONTH, AffiliateConfig::costsPerMonth)
            .bind(QUIT_PER_MONTH, AffiliateConfig::quitPerMonth)
            .bind(QUIT_AFTER_MONTHS_IN_RED, AffiliateConfig::quitAfterMonthsInRed)
            .build(v -> new AffiliateConfig(v.get(ENABLED), v.get(ENTRANTS), v.get(DEMAND_PER_MONTH),
                    v.get(INCUMBENTS), v.get(ZIPF_EXPONENT), v.get(POSTS_PER_MONTH), v.get(SITE_QUALITY),
                    v.get(RANK_NOISE), v.get(CLICK_THROUGH), v.get(CONVERSION), v.get(ORDER_VALUE),
                    v.get(COMMISSION), v.get(FUNNEL_VARIATION), v.get(ORDER_NOISE), v.get(STARTUP_COST),
                    v.get(COSTS_PER_MONTH), v.get(QUIT_PER_MONTH), v.get(QUIT_AFTER_MONTHS_IN_RED)));

    public static final AffiliateConfig DEFAULT = SCHEMA.defaults();

    public AffiliateConfig {
        new Checks()
                .check(ENABLED, enabled)
                .check(ENTRANTS, entrants)
                .check(DEMAND_PER_MONTH, demandPerMonth)
                .check(INCUMBENTS, incumbents)
                .check(ZIPF_EXPONENT, zipfExponent)
                .check(POSTS_PER_MONTH, postsPerMonth)
                .check(SITE_QUALITY, siteQuality)
                .check(RANK_NOISE, rankNoise)
                .check(CLICK_THROUGH, clickThrough)
                .check(CONVERSION, conversion)
                .check(ORDER_VALUE, orderValue)
                .check(COMMISSION, commission)
                .check(FUNNEL_VARIATION, funnelVariation)
                .check(ORDER_NOISE, orderNoise)
                .check(STARTUP_COST, startupCost)
                .check(COSTS_PER_MONTH, costsPerMonth)
                .check(QUIT_PER_MONTH, quitPerMonth)
                .check(QUIT_AFTER_MONTHS_IN_RED, quitAfterMonthsInRed)
                .throwIfAny();
    }
}
