package org.downline.engine;

import java.util.List;
import org.downline.scenario.Scenario;

/**
 * Runs replications and hands back {@link PartialResult}s: the seam between what is simulated and
 * where. {@link ThreadPoolRunner} runs them on this machine's cores; a cluster runner runs the same
 * pure function, {@link #replicate}, in its tasks. Whatever the runner, a cell's partials merged in
 * any order finish to the same bytes.
 */
public interface Runner {

    /**
     * Runs {@code shard}'s replications of every cell.
     *
     * @param progress told of each finished replication (from any thread)
     * @param onCell   given each cell's partial as soon as the cell's last replication is done (from
     *                 any thread, one call per cell; a cell with no replication in the shard gets an
     *                 empty partial)
     */
    void run(List<Scenario> cells, Shard shard, ProgressListener progress, CellListener onCell);

    /**
     * Refuses, before anything runs, a run whose largest cell would not fit where this runner runs
     * it; by default in this JVM's heap on {@code threads} workers ({@link MemoryGuard}).
     *
     * @throws org.downline.scenario.ScenarioException naming what is needed and what to change
     */
    default void checkMemory(Scenario largest, int threads) {
        MemoryGuard.check(largest, threads);
    }

    /** Told that a cell is complete. */
    @FunctionalInterface
    interface CellListener {
        void cellDone(int cell, PartialResult partial);
    }

    /**
     * Replications {@code replications} of {@code scenario}, run in the calling thread in the order
     * given: a pure function of its arguments (every random stream comes from the scenario's seed and
     * the replication index), so a task that is retried or run twice returns the same value.
     */
    static PartialResult replicate(Scenario scenario, int[] replications) {
        Worker worker = new Worker(scenario);
        for (int r : replications) {
            worker.run(r);
        }
        return worker.partial();
    }
}
