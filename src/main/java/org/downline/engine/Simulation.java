package org.downline.engine;

import java.util.ArrayList;
import java.util.List;
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
import org.downline.scenario.RecruitmentModel;
import org.downline.scenario.Scenario;
import org.downline.stats.Metrics;
import org.downline.stats.ParticipantStats;
import org.downline.stats.SignedLogHistogram;
import org.downline.stats.WorldReplication;
import org.downline.stats.WorldResults;

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

    /** Names of the MLM series a run of {@code scenario} reports, in {@link MlmSeries} order. */
    public static String[] mlmSeriesKeys(Scenario scenario) {
        return MlmSeries.reported(scenario.recruitment().model()).stream().map(MlmSeries::key)
                .toArray(String[]::new);
    }

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
                    worker.releaseWorld();
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
        SignedLogHistogram net = new SignedLogHistogram();
        SignedLogHistogram gross = new SignedLogHistogram();
        for (Worker w : workers) {
            net.add(w.mlmNet);
            gross.add(w.mlmGross);
        }
        final int reps = results.length;
        WorldReplication[] mlm = new WorldReplication[reps];
        double[][][] mlmSeries = new double[reps][][];
        for (int r = 0; r < reps; r++) {
            mlm[r] = results[r].mlm();
            mlmSeries[r] = results[r].mlmSeries();
        }
        WorldResults mlmResults = WorldResults.aggregate("mlm", mlm, mlmSeriesKeys(scenario), mlmSeries,
                scenario.months(), net, gross);
        return new Results(scenario, Version.get(), RandomStreams.ALGORITHM, mlmResults, null);
    }

    /** A worker's world and accumulators, reused across the replications it runs. */
    private static final class Worker {
        private final Scenario scenario;
        private MlmWorld world;
        final SignedLogHistogram mlmNet = new SignedLogHistogram();
        final SignedLogHistogram mlmGross = new SignedLogHistogram();

        Worker(Scenario scenario) {
            this.scenario = scenario;
        }

        ReplicationResult run(int r) {
            if (world == null) {
                world = new MlmWorld(scenario);
            }
            final int months = scenario.months();
            world.reset(scenario.seed(), r, months);
            world.run(months);
            return new ReplicationResult(r, mlmStats(world, months), copySeries(world, months, scenario));
        }

        void releaseWorld() {
            world = null;
        }

        private WorldReplication mlmStats(MlmWorld w, int months) {
            final int n = w.size();
            final int[] monthsActive = new int[n];
            final int[] join = w.joinMonths();
            final int[] quit = w.quitMonths();
            final int[] recruits = w.personalRecruits();
            long neverRecruited = 0;
            long yearEligible = 0;
            long quitInYear = 0;
            for (int i = 0; i < n; i++) {
                int first = Math.max(1, join[i]);
                monthsActive[i] = w.monthsActive(i);
                if (recruits[i] == 0) {
                    neverRecruited++;
                }
                if (first + 11 <= months) {        // a whole first year simulated
                    yearEligible++;
                    if (quit[i] != 0 && quit[i] <= first + 11) {
                        quitInYear++;
                    }
                }
            }
            WorldReplication stats = ParticipantStats.compute(n, join, w.grossCommissions(),
                    w.retailProfits(), w.costs(), monthsActive, months, mlmNet, mlmGross);
            double paid = sum(w.series(MlmSeries.COMMISSIONS_PAID), months);
            double volume = sum(w.series(MlmSeries.SALES_VOLUME), months);
            double breakage = sum(w.series(MlmSeries.BREAKAGE), months);
            stats = stats.with(
                    new String[] {Metrics.PAYOUT_RATIO, Metrics.BREAKAGE_RATIO, Metrics.SHARE_NEVER_RECRUITED,
                        Metrics.SHARE_QUIT_WITHIN_YEAR, Metrics.PEAK_RECRUITING_MONTH},
                    new double[] {volume > 0 ? paid / volume : Double.NaN,
                            volume > 0 ? breakage / volume : Double.NaN,
                            n == 0 ? Double.NaN : (double) neverRecruited / n,
                            yearEligible == 0 ? Double.NaN : (double) quitInYear / yearEligible,
                            peakMonth(w.series(MlmSeries.NEW_RECRUITS), months)});
            if (scenario.recruitment().model() == RecruitmentModel.CONTACTS) {
                double pitches = sum(w.series(MlmSeries.PITCHES), months);
                double recruited = sum(w.series(MlmSeries.NEW_RECRUITS), months);
                stats = stats.with(new String[] {Metrics.PITCHES_PER_RECRUIT},
                        new double[] {recruited > 0 ? pitches / recruited : Double.NaN});
            }
            return stats;
        }

        /** The month 1..months with the most new recruits (the first of ties); NaN if none. */
        static double peakMonth(double[] newRecruits, int months) {
            int best = 0;
            for (int t = 1; t <= months; t++) {
                if (newRecruits[t] > (best == 0 ? 0 : newRecruits[best])) {
                    best = t;
                }
            }
            return best == 0 ? Double.NaN : best;
        }

        private static double sum(double[] monthly, int months) {
            double s = 0;
            for (int t = 1; t <= months; t++) {
                s += monthly[t];
            }
            return s;
        }

        private static double[][] copySeries(MlmWorld w, int months, Scenario scenario) {
            List<MlmSeries> reported = MlmSeries.reported(scenario.recruitment().model());
            double[][] out = new double[reported.size()][];
            for (int s = 0; s < out.length; s++) {
                out[s] = java.util.Arrays.copyOf(w.series(reported.get(s)), months + 1);
            }
            return out;
        }
    }
}
