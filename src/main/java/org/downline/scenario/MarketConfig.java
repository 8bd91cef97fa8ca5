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

    public static final MarketConfig DEFAULT = new MarketConfig(1_000_000, 0.10, false, NetworkConfig.DEFAULT);

    public MarketConfig {
        Checks c = new Checks()
                .inRange("population", population, 1, 2_000_000_000L)
                .share("prospectShare", prospectShare)
                .require(network != null, "network", "must be given");
        c.throwIfAny();
    }

    /** People who would ever join: population × prospectShare, rounded to the nearest person. */
    public long prospects() {
        return Math.round(population * prospectShare);
    }
}
