package org.downline.scenario;

/**
 * The finite market every recruit comes out of.
 *
 * @param population        people the business can reach; [1, 2e9]
 * @param prospectShare     share of them who would ever join; the others always refuse; [0, 1]
 * @param reapproachRefused whether a prospect who refused a pitch may be pitched again (contacts
 *                          model; the mean-field models have no individual pitches)
 * @param network           the acquaintance network (contacts model only)
 */
public record MarketConfig(long population, double prospectShare, boolean reapproachRefused,
                           NetworkConfig network) {

    /** Largest number of prospects: member ids are Java array indices. */
    public static final long MAX_PROSPECTS = Integer.MAX_VALUE - 16;

    public static final Key<Long> POPULATION = Key.longInteger("population", 1_000_000,
            Range.integers(1, 2_000_000_000L), "people the business can reach").in("people");
    public static final Key<Double> PROSPECT_SHARE = Key.number("prospectShare", 0.10, Range.SHARE,
            "share of the population who would ever join; the others always refuse");
    public static final Key<Boolean> REAPPROACH_REFUSED = Key.bool("reapproachRefused", false,
            "contacts: may a prospect who refused a pitch be pitched again?");
    public static final Group<NetworkConfig> NETWORK = Group.of("network", NetworkConfig.SCHEMA,
            "the acquaintance network of the whole population (contacts model only)");

    public static final Schema<MarketConfig> SCHEMA = Schema.<MarketConfig>builder()
            .bind(POPULATION, MarketConfig::population)
            .bind(PROSPECT_SHARE, MarketConfig::prospectShare)
            .bind(REAPPROACH_REFUSED, MarketConfig::reapproachRefused)
            .bind(NETWORK, MarketConfig::network)
            .build(v -> new MarketConfig(v.get(POPULATION), v.get(PROSPECT_SHARE), v.get(REAPPROACH_REFUSED),
                    v.get(NETWORK)));

    public static final MarketConfig DEFAULT = SCHEMA.defaults();

    public MarketConfig {
        new Checks()
                .check(POPULATION, population)
                .check(PROSPECT_SHARE, prospectShare)
                .check(REAPPROACH_REFUSED, reapproachRefused)
                .check(NETWORK, network)
                .throwIfAny();
    }

    /** People who would ever join: population × prospectShare, rounded to the nearest person. */
    public long prospects() {
        return Math.round(population * prospectShare);
    }
}
