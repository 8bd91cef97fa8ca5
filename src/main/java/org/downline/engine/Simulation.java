package org.downline.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.downline.Version;
import org.downline.model.MlmSeries;
import org.downline.model.MlmWorld;
import org.downline.rng.RandomStreams;
import org.downline.scenario.Scenario;
import org.downline.stats.Metrics;
import org.downline.stats.SignedLogHistogram;
import org.downline.stats.Summary;
import org.downline.stats.WorldReplication;
import org.downline.stats.WorldResults;
import org.downline.traffic.AffiliateSeries;

/**
 * Runs a scenario's Monte Carlo replications in parallel and merges them.
 *
 * <p>Each of the T workers takes the next replication index from a shared counter and runs it in
 * its own world (allocated once per worker, reset per replication). Replication r draws only from
 * generators seeded by (seed, r, source), writes its compact result into slot r, and records its
 * participants into the worker's own histograms. Results are merged in replication order and the
 * histograms hold exact integer sums, so outputs are byte-identical at any thread count.
 */
public final class Simulation {

    /** Names of the MLM series in {@code timeseries.csv}, in {@link MlmSeries} order. */
    public static final String[] MLM_SERIES_KEYS = java.util.Arrays.stream(MlmSeries.values())
            .map(MlmSeries::key).toArray(String[]::new);

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
        Batch batch = replicate(scenario, options, progress);
        return merge(scenario, batch.results(), batch.workers());
    }

    /** Every replication's compact result, in replication order, before merging. */
    public static ReplicationResult[] replications(Scenario scenario, RunOptions options) {
        return replicate(scenario, options, ProgressListener.NONE).results();
    }

    private record Batch(ReplicationResult[] results, Worker[] workers) {
    }

    private static Batch replicate(Scenario scenario, RunOptions options, ProgressListener progress) {
        final int reps = scenario.replications();
        final int threads = Math.min(options.threads(), reps);
        MlmWorld.requireSupported(scenario);
        MemoryGuard.check(scenario, threads);

        final ReplicationResult[] results = new ReplicationResult[reps];
        final Worker[] workers = new Worker[threads];
        final AtomicInteger next = new AtomicInteger();
        final AtomicBoolean failed = new AtomicBoolean();
        progress.started(reps);
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "downline-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int w = 0; w < threads; w++) {
                final Worker worker = new Worker(scenario);
                workers[w] = worker;
                futures.add(pool.submit(() -> {
                    int r;
                    while (!failed.get() && (r = next.getAndIncrement()) < reps) {
                        try {
                            results[r] = worker.run(r);
                        } catch (RuntimeException | Error e) {
                            failed.set(true);
                            throw e;
                        }
                        progress.advanced();
                    }
                    worker.release();
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                await(f);
            }
        } finally {
            pool.shutdownNow();
        }
        return new Batch(results, workers);
    }

    /** Runs replication {@code r} alone (tests: it must equal replication r inside a batch). */
    public static ReplicationResult runOne(Scenario scenario, int r) {
        MlmWorld.requireSupported(scenario);
        return new Worker(scenario).run(r);
    }

    private static void await(Future<?> f) {
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }

    private static Results merge(Scenario scenario, ReplicationResult[] results, Worker[] workers) {
        final int reps = results.length;
        final int months = scenario.months();
        SignedLogHistogram net = new SignedLogHistogram();
        SignedLogHistogram gross = new SignedLogHistogram();
        for (Worker w : workers) {
            net.add(w.mlmNet);
            gross.add(w.mlmGross);
        }
        WorldReplication[] mlm = new WorldReplication[reps];
        double[][][] mlmSeries = new double[reps][][];
        for (int r = 0; r < reps; r++) {
            mlm[r] = results[r].mlm();
            mlmSeries[r] = results[r].mlmSeries();
        }
        WorldResults mlmResults = WorldResults.aggregate("mlm", mlm, MLM_SERIES_KEYS, mlmSeries, months, net, gross);
        if (!scenario.affiliate().enabled()) {
            return new Results(scenario, Version.get(), RandomStreams.ALGORITHM, mlmResults, null, Map.of());
        }
        SignedLogHistogram affNet = new SignedLogHistogram();
        SignedLogHistogram affGross = new SignedLogHistogram();
        for (Worker w : workers) {
            affNet.add(w.affiliateNet);
            affGross.add(w.affiliateGross);
        }
        WorldReplication[] aff = new WorldReplication[reps];
        double[][][] affSeries = new double[reps][][];
        for (int r = 0; r < reps; r++) {
            aff[r] = results[r].affiliate();
            affSeries[r] = results[r].affiliateSeries();
        }
        WorldResults affResults = WorldResults.aggregate("affiliate", aff, AFFILIATE_SERIES_KEYS, affSeries, months,
                affNet, affGross);
        // Paired differences: both worlds of a replication share its seed (common random numbers),
        // so the spread of the differences, not of each world, sets the confidence interval.
        Map<String, Summary> paired = new LinkedHashMap<>();
        double[] d = new double[reps];
        for (String metric : PAIRED) {
            for (int r = 0; r < reps; r++) {
                d[r] = mlm[r].get(metric) - aff[r].get(metric);
            }
            paired.put(metric, Summary.of(d));
        }
        return new Results(scenario, Version.get(), RandomStreams.ALGORITHM, mlmResults, affResults, paired);
    }
}
