package org.downline.engine;

import java.util.Arrays;
import org.downline.model.MlmSeries;
import org.downline.model.MlmWorld;
import org.downline.rng.ReplicationStreams;
import org.downline.scenario.Entrants;
import org.downline.scenario.RecruitmentModel;
import org.downline.scenario.Scenario;
import org.downline.stats.Metric;
import org.downline.stats.MetricValues;
import org.downline.stats.Outlook;
import org.downline.stats.ParticipantStats;
import org.downline.stats.World;
import org.downline.stats.WorldReplication;
import org.downline.traffic.AffiliateSeries;
import org.downline.traffic.AffiliateWorld;

/**
 * One worker's worlds, reused across the replications of one scenario it runs, and the partial
 * result of those replications. A replication runs the MLM world, then — on its own random streams
 * of the same replication seed — the affiliate world with as many entrants, in the same months, as
 * the MLM had joiners.
 */
final class Worker {

    private final Scenario scenario;
    private MlmWorld mlm;
    private AffiliateWorld affiliate;
    private final PartialResult.Pooled pooled = PartialResult.Pooled.empty();
    private final java.util.List<ReplicationResult> done = new java.util.ArrayList<>();

    Worker(Scenario scenario) {
        this.scenario = scenario;
    }

    /** The replications this worker has run, as a partial result; the worker must not run more after. */
    PartialResult partial() {
        return PartialResult.of(scenario, done.toArray(ReplicationResult[]::new), pooled);
    }

    /** Runs replication {@code r}, keeps its result for {@link #partial} and returns it. */
    ReplicationResult run(int r) {
        ReplicationResult result = simulate(r);
        done.add(result);
        return result;
    }

    private ReplicationResult simulate(int r) {
        if (mlm == null) {
            mlm = new MlmWorld(scenario);
        }
        final int months = scenario.months();
        final ReplicationStreams streams = ReplicationStreams.of(scenario.seed(), r);
        mlm.reset(streams, months);
        mlm.run(months);
        final WorldReplication mlmStats = mlmStats(mlm, months);
        final double[][] mlmSeries = mlmSeries(mlm, months);
        if (!scenario.affiliate().enabled()) {
            return new ReplicationResult(r, mlmStats, mlmSeries, null, null);
        }
        if (affiliate == null) {
            affiliate = new AffiliateWorld(scenario.affiliate());
        }
        affiliate.reset(streams, months, entrants(mlm.series(MlmSeries.NEW_RECRUITS), months));
        affiliate.run(months);
        return new ReplicationResult(r, mlmStats, mlmSeries, affiliateStats(affiliate, months),
                copy(affiliate::series, AffiliateSeries.values(), months));
    }

    /** Affiliates starting each month: the MLM's joiners (paired), or a fixed number in month 1. */
    private int[] entrants(double[] joined, int months) {
        int[] byMonth = new int[months + 1];
        Entrants e = scenario.affiliate().entrants();
        if (e.matchMlm()) {
            for (int t = 0; t <= months; t++) {
                byMonth[t] = (int) joined[t];
            }
        } else {
            byMonth[1] = e.count();
        }
        return byMonth;
    }

    void release() {
        mlm = null;
        affiliate = null;
    }

    private WorldReplication mlmStats(MlmWorld w, int months) {
        final int n = w.size();
        final long neverRecruited = w.withoutRecruits();    // in the spare doubles, before the statistics
        // months in the business and costs computed as needed, not held; the statistics work in
        // arrays the world is done with (no array of their own a participant)
        final double[] spareDoubles = w.spareDoubles();
        final long[] spareLongs = w.spareLongs();
        WorldReplication stats = ParticipantStats.compute(n, w.joinMonths(), w.quitMonths(),
                w.grossCommissions(), w.retailProfits(), scenario.economics().starterKit(),
                scenario.economics().monthlyCost(), months, pooled.mlmNet(), pooled.mlmGross(),
                w.highestRanks(), w.rankNames(), spareDoubles, spareLongs);
        double volume = sum(w.series(MlmSeries.SALES_VOLUME), months);
        final RecruitmentModel model = scenario.recruitment().model();
        MetricValues metrics = MetricValues.of(stats)
                .put(Metric.PAYOUT_RATIO, ratio(sum(w.series(MlmSeries.COMMISSIONS_PAID), months), volume))
                .put(Metric.MAX_PAYOUT_RATIO, ratio(sum(w.series(MlmSeries.MAX_PAYABLE), months), volume))
                .put(Metric.BREAKAGE_RATIO, ratio(sum(w.series(MlmSeries.BREAKAGE), months), volume))
                .put(Metric.CAPPED_RATIO, ratio(sum(w.series(MlmSeries.CAPPED), months), volume))
                .put(Metric.FLUSHED_VOLUME_RATIO, flushedShare(w, months, volume))
                .put(Metric.RULE_BREAKAGE_RATIO, ratio(sum(w.series(MlmSeries.RULE_BREAKAGE), months), volume))
                .put(Metric.SHARE_NEVER_RECRUITED, n == 0 ? Double.NaN : (double) neverRecruited / n)
                .put(Metric.PEAK_RECRUITING_MONTH, peakMonth(w.series(MlmSeries.NEW_RECRUITS), months));
        putEndUsers(metrics, w, months, volume);
        if (model == RecruitmentModel.CONTACTS) {
            double pitches = sum(w.series(MlmSeries.PITCHES), months);
            double recruited = sum(w.series(MlmSeries.NEW_RECRUITS), months);
            metrics.put(Metric.PITCHES_PER_RECRUIT, recruited > 0 ? pitches / recruited : Double.NaN);
        }
        Outlook outlook = Outlook.compute(n, w.joinMonths(), w.quitMonths(), w.firstYearIncomes(), w.paidInFirstYear(),
                scenario.economics().starterKit(), scenario.economics().monthlyCost(), months, spareLongs);
        return metrics.toReplication(Metric.reported(World.MLM, model), stats).withOutlook(outlook);
    }

    /**
     * Volume by source and the regulators' tests, whole run: sums of the monthly series over
     * member-months (shares of paid members over paid member-months).
     */
    private void putEndUsers(MetricValues metrics, MlmWorld w, int months, double volume) {
        final double retail = sum(w.series(MlmSeries.RETAIL_SALES), months);
        final double[] active = w.series(MlmSeries.ACTIVE);
        final double[] ownShare = w.series(MlmSeries.MEMBER_END_USER_SHARE);
        double activeMonths = 0;
        double ownShareSum = 0;
        for (int t = 1; t <= months; t++) {
            if (active[t] > 0) {
                activeMonths += active[t];
                ownShareSum += ownShare[t] * active[t];
            }
        }
        final double paid = sum(w.series(MlmSeries.PAID_MEMBERS), months);
        final double personalUse = activeMonths * Math.min(scenario.economics().requiredVolume(),
                org.downline.stats.Flag.HERBALIFE_PERSONAL_CAP);
        metrics.put(Metric.END_USER_SHARE, ratio(retail, volume))
                .put(Metric.MEMBER_END_USER_SHARE_MEAN, activeMonths > 0 ? ownShareSum / activeMonths : Double.NaN)
                .put(Metric.MEMBER_END_USER_SHARE_OVER_50,
                        share(sum(w.series(MlmSeries.MEMBERS_MOSTLY_END_USER), months), activeMonths))
                .put(Metric.FUNDED_BY_PARTICIPANTS, share(sum(w.series(MlmSeries.FUNDED_BY_PARTICIPANTS), months),
                        sum(w.series(MlmSeries.COMMISSIONS_PAID), months)))
                .put(Metric.PAID_CUSTOMER_MAJORITY,
                        share(sum(w.series(MlmSeries.PAID_CUSTOMER_MAJORITY), months), paid))
                .put(Metric.HERBALIFE_END_USER_VOLUME, ratio(retail + personalUse, volume))
                .put(Metric.HERBALIFE_REWARDABLE_TO_END_USERS, share(retail, retail + personalUse))
                .put(Metric.PAID_TEN_CUSTOMERS, share(sum(w.series(MlmSeries.PAID_TEN_CUSTOMERS), months), paid));
    }

    private static double share(double part, double whole) {
        return whole > 0 ? part / whole : Double.NaN;
    }

    /** The month 1..months with the most new recruits (the first of ties); NaN if nobody joined. */
    static double peakMonth(double[] newRecruits, int months) {
        int best = 0;
        for (int t = 1; t <= months; t++) {
            if (newRecruits[t] > (best == 0 ? 0 : newRecruits[best])) {
                best = t;
            }
        }
        return best == 0 ? Double.NaN : best;
    }

    /** The MLM series this scenario reports (the contacts model has more), months 0..months. */
    private double[][] mlmSeries(MlmWorld w, int months) {
        java.util.List<MlmSeries> reported = MlmSeries.reported(scenario.recruitment().model());
        double[][] out = new double[reported.size()][];
        for (int s = 0; s < out.length; s++) {
            out[s] = Arrays.copyOf(w.series(reported.get(s)), months + 1);
        }
        return out;
    }

    private static double ratio(double amount, double volume) {
        return volume > 0 ? amount / volume : Double.NaN;
    }

    /**
     * Binary leg volume flushed over the volume that entered legs (carry-in not counted again each
     * month: {@link MlmSeries#LEG_VOLUME}), whole run; without leg volume (plans without
     * legs), nothing is flushed: 0, or undefined as the other ratios when nothing was sold.
     */
    private static double flushedShare(MlmWorld w, int months, double volume) {
        double flushed = sum(w.series(MlmSeries.FLUSHED_VOLUME), months);
        double legs = sum(w.series(MlmSeries.LEG_VOLUME), months);
        return legs > 0 ? flushed / legs : ratio(flushed, volume);
    }

    private WorldReplication affiliateStats(AffiliateWorld w, int months) {
        final int n = w.size();
        // as for the MLM: months in the business (AffiliateWorld.monthsActive's) and costs
        // computed as needed, in arrays the world is done with
        final double[] spareDoubles = w.spareDoubles();
        final long[] spareLongs = w.spareLongs();
        final double startup = scenario.affiliate().startupCost();
        final double monthly = scenario.affiliate().costsPerMonth();
        WorldReplication stats = ParticipantStats.compute(n, w.startMonths(), w.quitMonths(),
                w.grossCommissions(), null, startup, monthly, months, pooled.affiliateNet(), pooled.affiliateGross(),
                null, null, spareDoubles, spareLongs);
        Outlook outlook = Outlook.compute(n, w.startMonths(), w.quitMonths(), w.firstYearGross(), null,
                startup, monthly, months, spareLongs);
        double paid = sum(w.series(AffiliateSeries.COMMISSIONS_PAID), months);
        double clicks = sum(w.series(AffiliateSeries.CLICKS), months);
        return MetricValues.of(stats).put(Metric.EARNINGS_PER_CLICK, clicks > 0 ? paid / clicks : Double.NaN)
                .toReplication(Metric.reported(World.AFFILIATE, scenario.recruitment().model()), stats)
                .withOutlook(outlook);
    }

    private static double sum(double[] monthly, int months) {
        double s = 0;
        for (int t = 1; t <= months; t++) {
            s += monthly[t];
        }
        return s;
    }

    private static <E extends Enum<E>> double[][] copy(java.util.function.Function<E, double[]> series,
                                                       E[] all, int months) {
        double[][] out = new double[all.length][];
        for (int s = 0; s < all.length; s++) {
            out[s] = Arrays.copyOf(series.apply(all[s]), months + 1);
        }
        return out;
    }
}
