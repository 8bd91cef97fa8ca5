package org.downline.engine;

import java.util.List;
import java.util.function.IntFunction;
import org.downline.model.MlmSeries;
import org.downline.scenario.Scenario;
import org.downline.stats.Metric;
import org.downline.traffic.AffiliateSeries;

/**
 * Runs a scenario's Monte Carlo replications in parallel and merges them (or several scenarios'
 * on one pool: {@link #runCells}).
 *
 * <p>The threads take replications from a shared counter ({@link ThreadPoolRunner}, unless another
 * {@link Runner} was installed with {@link #useRunners}) and run them in
 * worlds of their own, reset per replication. Replication r draws only from generators seeded by
 * (seed, r, source); each thread's replications and pooled histograms form a {@link PartialResult},
 * and the partials merge exactly, so outputs are byte-identical at any thread count and across
 * shards.
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
    public static final List<Metric> PAIRED = List.of(Metric.SHARE_LOSING_MONEY, Metric.SHARE_NO_COMMISSION,
        Metric.NET_P50, Metric.NET_MEAN, Metric.NET_P90, Metric.GINI, Metric.TOP_ONE_PERCENT_SHARE,
        Metric.ANNUAL_GROSS_P50);

    /** Makes the runner of a run from its thread count; see {@link #useRunners}. */
    private static volatile IntFunction<Runner> runners = ThreadPoolRunner::new;

    private Simulation() {
    }

    /**
     * Installs where runs run from now on: {@code factory} makes a run's {@link Runner} from its thread
     * count. The default is {@link ThreadPoolRunner}; {@code org.downline.spark.SparkMain} installs a
     * Spark runner around the command line's own commands, so they parse, validate and write exactly as
     * on one machine.
     *
     * @return the factory installed until now, to put back when done
     */
    public static IntFunction<Runner> useRunners(IntFunction<Runner> factory) {
        IntFunction<Runner> before = runners;
        runners = java.util.Objects.requireNonNull(factory, "factory");
        return before;
    }

    /**
     * Runs every replication of {@code scenario}.
     *
     * @throws org.downline.scenario.ScenarioException if the scenario needs a capability that is not
     *                                                 available or does not fit in memory
     */
    public static Results run(Scenario scenario, RunOptions options, ProgressListener progress) {
        return partial(scenario, Shard.ALL, options, progress).finish();
    }

    /**
     * Runs the replications of {@code shard} and returns them unfinished, to be merged with the other
     * shards' partials.
     *
     * @throws org.downline.scenario.ScenarioException if the scenario does not fit in memory
     */
    public static PartialResult partial(Scenario scenario, Shard shard, RunOptions options,
                                        ProgressListener progress) {
        final int held = shard.replications(scenario.replications()).length;
        final int threads = Math.max(1, Math.min(options.threads(), held));
        Runner runner = runners.apply(threads);
        runner.checkMemory(scenario, threads);
        final PartialResult[] out = new PartialResult[1];
        runner.run(List.of(scenario), shard, progress, (cell, partial) -> out[0] = partial);
        return out[0];
    }

    /** Every replication's compact result, in replication order, before merging. */
    public static ReplicationResult[] replications(Scenario scenario, RunOptions options) {
        return partial(scenario, Shard.ALL, options, ProgressListener.NONE).replications();
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
        Runner runner = runners.apply(options.threads());
        if (largest != null) {
            runner.checkMemory(largest, options.threads());
        }
        runner.run(cells, Shard.ALL, progress,
                (cell, partial) -> onCell.accept(cell, partial.finish()));
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
}
