package org.downline.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.downline.Version;
import org.downline.model.MlmSeries;
import org.downline.model.MlmWorld;
import org.downline.plans.Plans;
import org.downline.rng.RandomStreams;
import org.downline.scenario.RecruitmentModel;
import org.downline.scenario.Scenario;
import org.downline.stats.Metrics;
import org.downline.stats.SignedLogHistogram;
import org.downline.stats.Summary;
import org.downline.stats.WorldReplication;
import org.downline.stats.WorldResults;
import org.downline.traffic.AffiliateSeries;

/**
 * Runs a scenario's Monte Carlo replications in parallel and merges them (or several scenarios'
 * on one pool: {@link #runCells}).
 *
 * <p>The threads take replications from a shared counter ({@link BatchRunner}) and run them in
 * worlds of their own, reset per replication. Replication r draws only from generators seeded by
 * (seed, r, source), writes its compact result into slot r, and records its participants into the
 * worker's own histograms. Results are merged in replication order and the histograms hold exact
 * integer sums, so outputs are byte-identical at any thread count.
 */
public final class Simulation {

    /** Names of the MLM series a run of {@code scenario} reports, in {@link MlmSeries} order. */
    public static String[] mlmSeriesKeys(Scenario scenario) {
        return MlmSeries.reported(scenario.recruitment().model()).stream().map(MlmSeries::key)
                .toArray(String[]::new);
    }

    /** Names of the affiliate series, in {@link AffiliateSeries} order. */
    public static final String[] AFFILIATE_SERIES_KEYS = java.util.Arrays.stream(AffiliateSeries.values())
            .map(AffiliateSeries::key).toArray(String[]::new);

    /** Metrics whose paired difference, MLM − affiliate, is reported per replication. */
    public static final String[] PAIRED = {Metrics.SHARE_LOSING_MONEY, Metrics.SHARE_NO_COMMISSION,
        Metrics.NET_PERCENTILES[2], Metrics.NET_MEAN, Metrics.NET_PERCENTILES[4], Metrics.GINI,
        Metrics.TOP_ONE_PERCENT_SHARE, Metrics.ANNUAL_GROSS_MEDIAN};

    private Simulation() {
    }

    /**
     * Runs every replication of {@code scenario}.
     *
     * @throws org.downline.scenario.ScenarioException if the scenario needs a capability that is not
     *                                                 available or does not fit in memory
     */
    public static Results run(Scenario scenario, RunOptions options, ProgressListener progress) {
        return runWithReplications(scenario, options, progress).results();
    }

    /** Every replication's compact result, in replication order, before merging. */
    public static ReplicationResult[] replications(Scenario scenario, RunOptions options) {
        return runWithReplications(scenario, options, ProgressListener.NONE).replications();
    }

    private record Run(Results results, ReplicationResult[] replications) {
    }

    private static Run runWithReplications(Scenario scenario, RunOptions options, ProgressListener progress) {
        final int threads = Math.min(options.threads(), scenario.replications());
        MemoryGuard.check(scenario, threads);
        final Run[] out = new Run[1];
        BatchRunner.run(List.of(scenario), threads, progress, (cell, results, reps) -> out[0] = new Run(results, reps));
        return out[0];
    }

    /**
     * Runs several scenarios (the cells of a sweep) on one pool of {@code options.threads()}
     * threads. Each cell is merged as soon as its last replication finishes and handed to
     * {@code onCell} from a worker thread; cells finish roughly in the order given.
     *
     * @param progress told of each finished replication
     */
    public static void runCells(List<Scenario> cells, RunOptions options, ProgressListener progress,
                                CellConsumer onCell) {
        Scenario largest = null;
        long most = -1;
        for (Scenario s : cells) {
            long bytes = MemoryGuard.perWorkerBytes(s);
            if (bytes > most) {
                most = bytes;
                largest = s;
            }
        }
        if (largest != null) {
            MemoryGuard.check(largest, options.threads());
        }
        BatchRunner.run(cells, options.threads(), progress, (cell, results, reps) -> onCell.accept(cell, results));
    }

    /** Receives a finished cell. */
    @FunctionalInterface
    public interface CellConsumer {
        void accept(int cell, Results results);
    }

    /** Runs replication {@code r} alone (tests: it must equal replication r inside a batch). */
    public static ReplicationResult runOne(Scenario scenario, int r) {
        return new Worker(scenario).run(r);
    }

    /** What each rank of the scenario's plan means, or null for a plan without ranks. */
    private static String[] rankLabels(Scenario scenario) {
        return Plans.create(scenario.plan(), 0).rankNames();
    }

    static Results merge(Scenario scenario, ReplicationResult[] results, Worker[] workers) {
        final int reps = results.length;
        final int months = scenario.months();
        WorldResults mlmResults = aggregate("mlm", results, ReplicationResult::mlm, ReplicationResult::mlmSeries,
                mlmSeriesKeys(scenario), months, workers, w -> w.mlmNet, w -> w.mlmGross, rankLabels(scenario));
        if (!scenario.affiliate().enabled()) {
            return new Results(scenario, Version.get(), RandomStreams.ALGORITHM, mlmResults, null, Map.of());
        }
        WorldResults affResults = aggregate("affiliate", results, ReplicationResult::affiliate,
                ReplicationResult::affiliateSeries, AFFILIATE_SERIES_KEYS, months, workers, w -> w.affiliateNet,
                w -> w.affiliateGross, null);
        // Paired differences: both worlds of a replication share its seed (common random numbers),
        // so the spread of the differences, not of each world, sets the confidence interval.
        Map<String, Summary> paired = new LinkedHashMap<>();
        double[] d = new double[reps];
        for (String metric : PAIRED) {
            for (int r = 0; r < reps; r++) {
                d[r] = results[r].mlm().get(metric) - results[r].affiliate().get(metric);
            }
            paired.put(metric, Summary.of(d));
        }
        return new Results(scenario, Version.get(), RandomStreams.ALGORITHM, mlmResults, affResults, paired);
    }

    /**
     * One world's results: its replications in replication order, its workers' histograms summed
     * (exactly: they count cents in longs).
     */
    private static WorldResults aggregate(String world, ReplicationResult[] results,
                                          Function<ReplicationResult, WorldReplication> stats,
                                          Function<ReplicationResult, double[][]> series, String[] seriesKeys,
                                          int months, Worker[] workers,
                                          Function<Worker, SignedLogHistogram> netOf,
                                          Function<Worker, SignedLogHistogram> grossOf, String[] rankLabels) {
        SignedLogHistogram net = new SignedLogHistogram();
        SignedLogHistogram gross = new SignedLogHistogram();
        for (Worker w : workers) {
            net.add(netOf.apply(w));
            gross.add(grossOf.apply(w));
        }
        WorldReplication[] reps = new WorldReplication[results.length];
        double[][][] perReplication = new double[results.length][][];
        for (int r = 0; r < results.length; r++) {
            reps[r] = stats.apply(results[r]);
            perReplication[r] = series.apply(results[r]);
        }
        return WorldResults.aggregate(world, reps, seriesKeys, perReplication, months, net, gross, rankLabels);
    }
}
