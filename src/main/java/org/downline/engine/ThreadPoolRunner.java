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
import org.downline.scenario.Scenario;

/**
 * Runs the replications of one or more scenarios ("cells" of a sweep) on one fixed pool of
 * threads, so cells and replications share the cores without oversubscribing them.
 *
 * <p>Work is handed out as (cell, replication) pairs in cell-major order from one counter; a thread
 * keeps one {@link Worker}, for the cell it is working on, and builds a new one when it moves to the
 * next cell, so at most one world per thread is alive. The thread that finishes a cell's last
 * replication merges the cell's workers' partial results — exact, so nothing depends on which
 * thread ran what — and hands the cell to the listener at once.
 */
public final class ThreadPoolRunner implements Runner {

    private final int threads;

    /** @param threads worker threads, at least 1 */
    public ThreadPoolRunner(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        this.threads = threads;
    }

    @Override
    public void run(List<Scenario> cells, Shard shard, ProgressListener progress, CellListener listener) {
        final int n = cells.size();
        final int[][] reps = new int[n][];
        final long[] start = new long[n + 1];
        for (int c = 0; c < n; c++) {
            reps[c] = shard.replications(cells.get(c).replications());
            start[c + 1] = start[c] + reps[c].length;
        }
        final long total = start[n];
        final Worker[][] workers = new Worker[n][threads];
        final AtomicInteger[] remaining = new AtomicInteger[n];
        for (int c = 0; c < n; c++) {
            remaining[c] = new AtomicInteger(reps[c].length);
        }
        progress.started(total);
        for (int c = 0; c < n; c++) {
            if (reps[c].length == 0) {
                listener.cellDone(c, PartialResult.empty(cells.get(c)));
            }
        }
        final AtomicLong next = new AtomicLong();
        final AtomicBoolean failed = new AtomicBoolean();
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
                            final int r = reps[c][(int) (k - start[c])];
                            if (c != currentCell) {
                                if (current != null) {
                                    current.release();          // free the world before building the next
                                }
                                current = new Worker(cells.get(c));
                                workers[c][thread] = current;
                                currentCell = c;
                            }
                            current.run(r);
                            progress.advanced();
                            if (remaining[c].decrementAndGet() == 0) {
                                PartialResult merged = PartialResult.empty(cells.get(c));
                                for (Worker w : workers[c]) {
                                    if (w != null) {
                                        merged = merged.merge(w.partial());
                                    }
                                }
                                workers[c] = null;
                                listener.cellDone(c, merged);
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

    /** Waits for {@code f}, rethrowing what it threw (an unchecked exception or error as it is). */
    static void await(Future<?> f) {
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
