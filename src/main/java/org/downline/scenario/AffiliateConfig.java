package org.downline.scenario;

/**
 * The affiliate-marketing world run beside the MLM on the same replication seeds.
 *
 * @param enabled              whether to run it
 * @param entrants             "mlm" or a number
 * @param demandPerMonth       search visits a month in the niche, shared by all affiliate sites
 * @param zipfExponent         how unequally demand is shared by site rank; [0, 5]
 * @param postsPerMonth        posts each affiliate publishes a month (varies between people)
 * @param clickThrough         mean share of visitors who click an affiliate link; [0, 1]
 * @param conversion           mean share of clicks that become an order; [0, 1]
 * @param orderValue           mean dollars per order
 * @param commission           share of the order paid to the affiliate; [0, 1]
 * @param costsPerMonth        hosting and tools, dollars per active month
 * @param quitAfterMonthsInRed quit after this many consecutive months with negative net; 0 = never
 */
public record AffiliateConfig(boolean enabled, Entrants entrants, double demandPerMonth,
                              double zipfExponent, DistributionConfig postsPerMonth,
                              double clickThrough, double conversion, double orderValue,
                              double commission, double costsPerMonth, int quitAfterMonthsInRed) {

    public static final AffiliateConfig DEFAULT = new AffiliateConfig(false, Entrants.MLM, 2_000_000,
            0.93, DistributionConfig.lognormal(4, 0.7), 0.05, 0.04, 80, 0.04, 40, 12);

    public AffiliateConfig {
        new Checks()
                .require(entrants != null, "entrants", "must be 'mlm' or a number")
                .inRange("demandPerMonth", demandPerMonth, 0, 1e12)
                .inRange("zipfExponent", zipfExponent, 0, 5)
                .require(postsPerMonth != null, "postsPerMonth", "must be given")
                .share("clickThrough", clickThrough)
                .share("conversion", conversion)
                .money("orderValue", orderValue)
                .share("commission", commission)
                .money("costsPerMonth", costsPerMonth)
                .inRange("quitAfterMonthsInRed", quitAfterMonthsInRed, 0, 600)
                .throwIfAny();
    }
}
