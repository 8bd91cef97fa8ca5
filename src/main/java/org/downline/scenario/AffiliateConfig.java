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

    public static final AffiliateConfig DEFAULT = new AffiliateConfig(true, Entrants.MLM, 100_000_000, 5000,
            0.93, DistributionConfig.lognormal(4, 0.7), DistributionConfig.lognormal(1, 1.0), 0.5,
            0.10, 0.08, 80, 0.06, 0.3, true, 0, 40, 0.02, 12);

    public AffiliateConfig {
        new Checks()
                .require(entrants != null, "entrants", "must be 'mlm' or a number")
                .inRange("demandPerMonth", demandPerMonth, 0, 1e12)
                .inRange("incumbents", incumbents, 0, 10_000_000)
                .inRange("zipfExponent", zipfExponent, 0, 5)
                .require(postsPerMonth != null, "postsPerMonth", "must be given")
                .require(siteQuality != null, "siteQuality", "must be given")
                .inRange("rankNoise", rankNoise, 0, 5)
                .share("clickThrough", clickThrough)
                .share("conversion", conversion)
                .money("orderValue", orderValue)
                .share("commission", commission)
                .inRange("funnelVariation", funnelVariation, 0, 3)
                .money("startupCost", startupCost)
                .money("costsPerMonth", costsPerMonth)
                .share("quitPerMonth", quitPerMonth)
                .inRange("quitAfterMonthsInRed", quitAfterMonthsInRed, 0, 600)
                .throwIfAny();
    }
}
