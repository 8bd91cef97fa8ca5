package org.downline.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs the replications of one or more scenarios ("cells" of a sweep) on one fixed pool of
 * threads, so cells and replications share the cores without oversubscribing them.
 *
 * <p>Work is handed out as (cell, replication) pairs in cell-major order from one counter; a thread
 * keeps one world, for the cell it is working on, and builds a new one when it moves to the next
 * cell, so at most one world per thread is alive. Each replication's compact result goes into its
 * slot; the thread that finishes a cell's last replication merges the cell — results in
 * replication order, histograms by exact integer sums — so nothing depends on which thread ran
 * what, and hands it to the listener at once.
 */
final class BatchRunner {

    /** Told, from a worker thread, that a cell is complete. */
    @FunctionalInterface
    interface CellListener {
        void cellDone(int cell, Results results, ReplicationResult[] replications);
    }

    private BatchRunner() {
    }

    /**
     * Runs every replication of every cell.
     *
     * @param threads  worker threads
     * @param progress told of each finished replication
     * @param listener told of each finished cell
     */
    static void run(List<org.downline.scenario.Scenario> cells, int threads, ProgressListener progress,
                    CellListener listener) {
        final int n = cells.size();
        final long[] start = new long[n + 1];
        for (int c = 0; c < n; c++) {
            start[c + 1] = start[c] + cells.get(c).replications();
        }
        final long total = start[n];
        final ReplicationResult[][] results = new ReplicationResult[n][];
        final Worker[][] workers = new Worker[n][threads];
        final AtomicInteger[] remaining = new AtomicInteger[n];
        for (int c = 0; c < n; c++) {
            results[c] = new ReplicationResult[cells.get(c).replications()];
            remaining[c] = new AtomicInteger(cells.get(c).replications());
        }
        final AtomicLong next = new AtomicLong();
        final AtomicBoolean failed = new AtomicBoolean();
        progress.started(total);
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "downline-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                final int thread = t;
                futures.add(pool.submit(() -> {
                    Worker current = null;
                    int currentCell = -1;
                    long k;
                    try {
                        while (!failed.get() && (k = next.getAndIncrement()) < total) {
                            final int c = cellOf(start, k);
                            final int r = (int) (k - start[c]);
                            if (c != currentCell) {
                                if (current != null) {
                                    current.release();          // free the world before building the next
                                }
                                current = new Worker(cells.get(c));
                                workers[c][thread] = current;
                                currentCell = c;
                            }
                            results[c][r] = current.run(r);
                            progress.advanced();
                            if (remaining[c].decrementAndGet() == 0) {
                                Results merged = Simulation.merge(cells.get(c), results[c], present(workers[c]));
                                ReplicationResult[] done = results[c];
                                results[c] = null;
                                workers[c] = null;
                                listener.cellDone(c, merged, done);
                            }
                        }
                    } catch (RuntimeException | Error e) {
                        failed.set(true);
                        throw e;
                    } finally {
                        if (current != null) {
                            current.release();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                await(f);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static int cellOf(long[] start, long k) {
        int lo = 0;
        int hi = start.length - 2;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (start[mid] <= k) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    private static Worker[] present(Worker[] workers) {
        return java.util.Arrays.stream(workers).filter(java.util.Objects::nonNull).toArray(Worker[]::new);
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
}
