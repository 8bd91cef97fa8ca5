package org.downline.engine;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Function;
import org.downline.Version;
import org.downline.plans.Plans;
import org.downline.rng.RandomStreams;
import org.downline.scenario.Scenario;
import org.downline.stats.Metric;
import org.downline.stats.SignedLogHistogram;
import org.downline.stats.Summary;
import org.downline.stats.WorldReplication;
import org.downline.stats.World;
import org.downline.stats.WorldResults;

/**
 * Part of a run's result, as a value: the replications it holds (each a compact {@link
 * ReplicationResult}) and the participants of those replications pooled into exact histograms.
 *
 * <p>{@link #empty} holds nothing; {@link #merge} holds both sides' replications (they must be
 * disjoint) and the sums of their histograms; {@link #finish} turns a partial holding every
 * replication into {@link Results}. Merging is exact and associative: histograms hold integer sums
 * of cents, and every floating-point sum across replications is taken in {@link #finish}, in
 * replication order, so a run cut into any shards merged in any grouping and order finishes to the
 * same bytes as the run in one piece. Threads, shards on several machines ({@code downline merge})
 * and cluster tasks all produce and merge partials.
 *
 * <p>Instances are not changed once built: {@link #merge} returns a new value.
 */
public final class PartialResult {

    private final Scenario scenario;
    /** Ascending by replication index, no index twice. */
    private final ReplicationResult[] replications;
    private final Pooled pooled;

    /**
     * Every participant of the held replications, one histogram per world and quantity.
     *
     * @param mlmNet         MLM net income
     * @param mlmGross       MLM gross commissions
     * @param affiliateNet   affiliate net income (empty when the affiliate world is off)
     * @param affiliateGross affiliate gross commissions (empty when the affiliate world is off)
     */
    public record Pooled(SignedLogHistogram mlmNet, SignedLogHistogram mlmGross, SignedLogHistogram affiliateNet,
                         SignedLogHistogram affiliateGross) {

        /** Four empty histograms. */
        public static Pooled empty() {
            return new Pooled(new SignedLogHistogram(), new SignedLogHistogram(), new SignedLogHistogram(),
                    new SignedLogHistogram());
        }

        Pooled plus(Pooled other) {
            Pooled sum = empty();
            for (Pooled p : new Pooled[] {this, other}) {
                sum.mlmNet.add(p.mlmNet);
                sum.mlmGross.add(p.mlmGross);
                sum.affiliateNet.add(p.affiliateNet);
                sum.affiliateGross.add(p.affiliateGross);
            }
            return sum;
        }
    }

    private PartialResult(Scenario scenario, ReplicationResult[] replications, Pooled pooled) {
        this.scenario = scenario;
        this.replications = replications;
        this.pooled = pooled;
    }

    /** Holds no replication of {@code scenario}. */
    public static PartialResult empty(Scenario scenario) {
        return new PartialResult(scenario, new ReplicationResult[0], Pooled.empty());
    }

    /**
     * A partial of {@code scenario} holding {@code replications} (any order) with their participants
     * pooled in {@code pooled}.
     *
     * @throws IllegalArgumentException if an index is outside the scenario's replications or held twice,
     *                                  or a replication's worlds or metrics do not match the scenario
     */
    public static PartialResult of(Scenario scenario, ReplicationResult[] replications, Pooled pooled) {
        ReplicationResult[] sorted = replications.clone();
        Arrays.sort(sorted, (a, b) -> Integer.compare(a.replication(), b.replication()));
        String[] mlmMetrics = Metric.keys(Metric.reported(World.MLM, scenario.recruitment().model()));
        String[] affiliateMetrics = Metric.keys(Metric.reported(World.AFFILIATE, scenario.recruitment().model()));
        for (int k = 0; k < sorted.length; k++) {
            int r = sorted[k].replication();
            if (r < 0 || r >= scenario.replications()) {
                throw new IllegalArgumentException("replication " + r + " is outside 0.."
                        + (scenario.replications() - 1));
            }
            if (k > 0 && sorted[k - 1].replication() == r) {
                throw new IllegalArgumentException("replication " + r + " is held twice");
            }
            if ((sorted[k].affiliate() != null) != scenario.affiliate().enabled()) {
                throw new IllegalArgumentException("replication " + r + " does not match the scenario's "
                        + "affiliate.enabled");
            }
            // as the worlds computed them (a shard's bytes could say otherwise), so that replications agree
            if (!Arrays.equals(sorted[k].mlm().names(), mlmMetrics) || sorted[k].affiliate() != null
                    && !Arrays.equals(sorted[k].affiliate().names(), affiliateMetrics)) {
                throw new IllegalArgumentException("replication " + r + " does not hold the metrics the scenario "
                        + "reports");
            }
        }
        return new PartialResult(scenario, sorted, pooled);
    }

    /**
     * Both partials together.
     *
     * @throws IllegalArgumentException if they are of different scenarios or share a replication
     */
    public PartialResult merge(PartialResult other) {
        if (scenario != other.scenario && !scenario.equals(other.scenario)) {
            throw new IllegalArgumentException("the partial results are of different scenarios");
        }
        ReplicationResult[] both = new ReplicationResult[replications.length + other.replications.length];
        int i = 0;
        int j = 0;
        int k = 0;
        while (i < replications.length || j < other.replications.length) {
            if (j == other.replications.length || (i < replications.length
                    && replications[i].replication() < other.replications[j].replication())) {
                both[k++] = replications[i++];
            } else if (i == replications.length
                    || other.replications[j].replication() < replications[i].replication()) {
                both[k++] = other.replications[j++];
            } else {
                throw new IllegalArgumentException("replication " + replications[i].replication()
                        + " is held twice");
            }
        }
        return new PartialResult(scenario, both, pooled.plus(other.pooled));
    }

    public Scenario scenario() {
        return scenario;
    }

    /** The held replications, ascending by index (a copy). */
    public ReplicationResult[] replications() {
        return replications.clone();
    }

    /** The held replications' indices, ascending. */
    public int[] indices() {
        return Arrays.stream(replications).mapToInt(ReplicationResult::replication).toArray();
    }

    public Pooled pooled() {
        return pooled;
    }

    /** The first replication of the scenario not held, or -1 if every one is. */
    public int firstMissing() {
        for (int r = 0; r < replications.length; r++) {
            if (replications[r].replication() != r) {
                return r;
            }
        }
        return replications.length < scenario.replications() ? replications.length : -1;
    }

    /**
     * The run's results.
     *
     * @throws IllegalStateException if a replication is missing
     */
    public Results finish() {
        final int missing = firstMissing();
        if (missing >= 0) {
            throw new IllegalStateException("replication " + missing + " of " + scenario.replications()
                    + " is missing");
        }
        final int months = scenario.months();
        // the affiliate world is aggregated beside the MLM's, on the common pool (named: with one
        // worker, the default would start a thread for it): neither reads what the other writes, so
        // the results are the same as one after the other, sooner
        CompletableFuture<WorldResults> affiliateWorld = !scenario.affiliate().enabled() ? null
                : CompletableFuture.supplyAsync(() -> aggregate("affiliate", ReplicationResult::affiliate,
                        ReplicationResult::affiliateSeries, Simulation.AFFILIATE_SERIES_KEYS, months,
                        pooled.affiliateNet(), pooled.affiliateGross(), null), ForkJoinPool.commonPool());
        WorldResults mlm = aggregate("mlm", ReplicationResult::mlm, ReplicationResult::mlmSeries,
                Simulation.mlmSeriesKeys(scenario), months, pooled.mlmNet(), pooled.mlmGross(),
                Plans.create(scenario.plan(), 0).rankNames());
        if (affiliateWorld == null) {
            return new Results(scenario, Version.get(), RandomStreams.ALGORITHM, mlm, null, Map.of());
        }
        WorldResults affiliate;
        try {
            affiliate = affiliateWorld.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
        // Paired differences: both worlds of a replication share its seed (common random numbers),
        // so the spread of the differences, not of each world, sets the confidence interval.
        Map<String, Summary> paired = new LinkedHashMap<>();
        double[] d = new double[replications.length];
        for (Metric metric : Simulation.PAIRED) {
            for (int r = 0; r < d.length; r++) {
                d[r] = replications[r].mlm().get(metric.key()) - replications[r].affiliate().get(metric.key());
            }
            paired.put(metric.key(), Summary.of(d, metric.range().ofDifference()));
        }
        return new Results(scenario, Version.get(), RandomStreams.ALGORITHM, mlm, affiliate, paired);
    }

    /** One world's results: its replications in replication order, with its pooled histograms. */
    private WorldResults aggregate(String world, Function<ReplicationResult, WorldReplication> stats,
                                   Function<ReplicationResult, double[][]> series, String[] seriesKeys, int months,
                                   SignedLogHistogram net, SignedLogHistogram gross, String[] rankLabels) {
        WorldReplication[] reps = new WorldReplication[replications.length];
        double[][][] perReplication = new double[replications.length][][];
        for (int r = 0; r < replications.length; r++) {
            reps[r] = stats.apply(replications[r]);
            perReplication[r] = series.apply(replications[r]);
        }
        return WorldResults.aggregate(world, reps, seriesKeys, perReplication, months, net, gross, rankLabels);
    }
}
