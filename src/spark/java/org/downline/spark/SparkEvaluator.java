package org.downline.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.apache.spark.SparkConf;
import org.apache.spark.SparkContext;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.Function;
import org.downline.engine.Evaluator;
import org.downline.engine.MemoryGuard;
import org.downline.scenario.ScenarioException;

/**
 * Runs a fit's simulations (a round of {@link org.downline.engine.AbcSmc}'s particles, or the
 * posterior predictive draws) as Spark tasks: one Spark job per call, its jobs cut into blocks of
 * consecutive indices, a task per block. The job — a pure function of its index and of what it
 * captures (the fit's {@code FitModel}: the scenario's YAML, the overrides, the keys, the disclosure;
 * the proposed parameters and seeds) — is serialised with the task and run on the executor; the
 * results come back in index order ({@code collect} keeps partition order), so a retried or
 * duplicated task changes nothing.
 */
final class SparkEvaluator implements Evaluator {

    private final Supplier<SparkContext> context;
    private final SparkConf conf;
    private final int perTask;

    /**
     * @param context asked for only when there are jobs to run
     * @param perTask jobs a task runs; 0 chooses ({@link SparkRunner#blockSize}: about
     *                {@link SparkRunner#TASKS_PER_CORE} tasks per core)
     */
    SparkEvaluator(Supplier<SparkContext> context, SparkConf conf, int perTask) {
        if (perTask < 0) {
            throw new IllegalArgumentException("jobs per task must be at least 0, was " + perTask);
        }
        this.context = context;
        this.conf = conf;
        this.perTask = perTask;
    }

    @Override
    public double[][] map(int count, Job job) {
        if (count == 0) {
            return new double[0][];
        }
        final int block = perTask > 0 ? perTask : SparkRunner.blockSize(count, SparkRunner.parallelism(conf, context));
        final List<int[]> blocks = new ArrayList<>();
        for (int from = 0; from < count; from += block) {
            blocks.add(new int[] {from, Math.min(count, from + block)});
        }
        SparkContext sc = context.get();
        sc.setJobDescription("downline fit: " + count + " simulations in " + blocks.size() + " tasks of up to "
                + block);
        final List<double[][]> parts;
        try {
            parts = new JavaSparkContext(sc).parallelize(blocks, blocks.size()).map(new Evaluate(job)).collect();
        } catch (Exception e) {                     // Scala throws checked exceptions undeclared
            if (e.getCause() instanceof ScenarioException refused) {
                throw refused;                      // a task's refusal of a scenario (its memory): as on one machine
            }
            throw e;
        } finally {
            sc.setJobDescription(null);
        }
        final double[][] out = new double[count][];
        for (int b = 0; b < blocks.size(); b++) {
            int from = blocks.get(b)[0];
            double[][] part = parts.get(b);
            if (part.length != blocks.get(b)[1] - from) {
                throw new IllegalStateException("task " + b + " returned " + part.length + " results, not "
                        + (blocks.get(b)[1] - from));
            }
            System.arraycopy(part, 0, out, from, part.length);
        }
        return out;
    }

    /**
     * On a local master, this JVM's heap, on as many threads as Spark's parallelism (or fewer jobs);
     * on a cluster, its executors' ({@link SparkRunner.Executors}). The driver holds only the fit's
     * tables (under a megabyte at the default settings), which the check leaves out as on one machine.
     * Asks for no Spark context.
     */
    @Override
    public Memory memory(int jobs) {
        return SparkRunner.local(conf)
                ? new Heap(Math.min(SparkRunner.parallelism(conf, context), jobs), MemoryGuard.availableBytes(),
                        MemoryGuard.Advice.SPARK_LOCAL)
                : SparkRunner.Executors.of(conf);
    }

    /** Nothing to release: the Spark context belongs to {@link SparkCommands}. */
    @Override
    public void close() {
    }

    /** A task: the job on every index of its block, in order. */
    private static final class Evaluate implements Function<int[], double[][]> {
        private static final long serialVersionUID = 1L;
        private final Job job;

        Evaluate(Job job) {
            this.job = job;
        }

        @Override
        public double[][] call(int[] block) {
            SparkRunner.failFirstAttemptIfAsked(TaskContext.get());
            double[][] out = new double[block[1] - block[0]][];
            for (int i = block[0]; i < block[1]; i++) {
                out[i - block[0]] = job.apply(i);
            }
            return out;
        }
    }
}
