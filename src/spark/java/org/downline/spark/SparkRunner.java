package org.downline.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.apache.spark.SparkConf;
import org.apache.spark.SparkContext;
import org.apache.spark.SparkDriverExecutionException;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.rdd.RDD;
import org.downline.Version;
import org.downline.engine.Evaluator;
import org.downline.engine.MemoryGuard;
import org.downline.engine.PartialResult;
import org.downline.engine.ProgressListener;
import org.downline.engine.Runner;
import org.downline.engine.Shard;
import org.downline.io.ScenarioReader;
import org.downline.io.ScenarioWriter;
import org.downline.io.ShardFile;
import org.downline.rng.RandomStreams;
import org.downline.scenario.Scenario;
import org.downline.scenario.ScenarioException;
import scala.runtime.BoxedUnit;

/**
 * Runs replications as Spark tasks: one task per (cell, block of replications), each the pure
 * function {@link Runner#replicate} of the cell's scenario (shipped as its YAML) and the block's
 * replication indices, its partial result shipped back in the shard-file format
 * ({@link ShardFile#toBytes}). The driver merges each cell's partials as they arrive, in whatever
 * order tasks finish — the merge is exact and associative, so the bytes are those of one machine —
 * and hands the cell on as soon as its last block is in.
 *
 * <p>A task has no side effects and draws every random number from (seed, replication, source), so a
 * retried or speculatively duplicated task returns the same bytes; Spark keeps the first successful
 * result of each task and the driver ignores any other.
 */
public final class SparkRunner implements Runner {

    /**
     * Test hook: when this system property is {@code true} in the executor's JVM, every task's first
     * attempt fails, to show that Spark's retries change nothing.
     */
    static final String FAIL_FIRST_ATTEMPT = "downline.spark.test.failFirstAttempt";

    /** Tasks per core the automatic block size aims at: enough to even out cells of unequal cost. */
    static final int TASKS_PER_CORE = 4;

    /** What Spark keeps of an executor's heap for itself (its "reserved memory"). */
    private static final long RESERVED_BYTES = 300L << 20;

    private final Supplier<SparkContext> context;
    private final SparkConf conf;
    private final int replicationsPerTask;

    /**
     * @param context             the Spark context, asked for only when there is work to run (so bad
     *                            input never starts Spark)
     * @param conf                the driver's configuration (master, executor memory and cores), for
     *                            the block size and the memory check before anything runs
     * @param replicationsPerTask replications a task runs; 0 chooses ({@link #blockSize})
     */
    public SparkRunner(Supplier<SparkContext> context, SparkConf conf, int replicationsPerTask) {
        if (replicationsPerTask < 0) {
            throw new IllegalArgumentException("replications per task must be at least 0, was " + replicationsPerTask);
        }
        this.context = context;
        this.conf = conf;
        this.replicationsPerTask = replicationsPerTask;
    }

    /** One task: a block of a cell's replications. */
    record Task(int cell, int[] replications) implements Serializable {
    }

    @Override
    public void run(List<Scenario> cells, Shard shard, ProgressListener progress, CellListener onCell) {
        final int n = cells.size();
        final String[] yamls = new String[n];
        final String[] names = new String[n];
        final int[][] reps = new int[n][];
        long total = 0;
        for (int c = 0; c < n; c++) {
            Scenario s = cells.get(c);
            yamls[c] = ScenarioWriter.toYaml(s);
            names[c] = s.name();
            if (!ScenarioReader.fromText(yamls[c], List.of(), names[c]).equals(s)) {
                throw new IllegalStateException("cell " + c + "'s scenario does not survive its YAML: "
                        + "executors would run another scenario");
            }
            reps[c] = shard.replications(s.replications());
            total += reps[c].length;
        }
        progress.started(total);
        final int block = replicationsPerTask > 0 ? replicationsPerTask : blockSize(total, parallelism());
        final List<Task> tasks = new ArrayList<>();
        final int[] blocksLeft = new int[n];
        final PartialResult[] merged = new PartialResult[n];
        for (int c = 0; c < n; c++) {
            merged[c] = PartialResult.empty(cells.get(c));
            for (int from = 0; from < reps[c].length; from += block) {
                tasks.add(new Task(c, Arrays.copyOfRange(reps[c], from, Math.min(reps[c].length, from + block))));
                blocksLeft[c]++;
            }
            if (blocksLeft[c] == 0) {
                onCell.cellDone(c, merged[c]);
            }
        }
        if (tasks.isEmpty()) {
            return;
        }
        SparkContext sc = context.get();
        // one task per slice: parallelize cuts a list of k elements into k slices of one
        RDD<Task> rdd = new JavaSparkContext(sc).parallelize(tasks, tasks.size()).rdd();
        rdd.setName("downline: " + n + " cell" + (n == 1 ? "" : "s") + ", " + total + " replications");
        final boolean[] received = new boolean[tasks.size()];
        // results arrive on the driver one at a time, as tasks finish
        scala.Function2<Object, byte[], BoxedUnit> handler = (partition, bytes) -> {
            int p = (Integer) partition;
            if (received[p]) {
                return BoxedUnit.UNIT;
            }
            received[p] = true;
            Task t = tasks.get(p);
            ShardFile f = ShardFile.fromBytes(bytes, "task " + p + " (cell " + t.cell() + ")");
            if (!f.version().equals(Version.get()) || !f.generator().equals(RandomStreams.ALGORITHM)) {
                throw new IllegalStateException("task " + p + " ran Downline " + f.version() + " with "
                        + f.generator() + "; the driver is Downline " + Version.get() + " with "
                        + RandomStreams.ALGORITHM + " (submit one jar)");
            }
            if (!Arrays.equals(f.partial().indices(), t.replications())) {
                throw new IllegalStateException("task " + p + " returned replications "
                        + Arrays.toString(f.partial().indices()) + ", not " + Arrays.toString(t.replications()));
            }
            int c = t.cell();
            merged[c] = merged[c].merge(f.partial());
            for (int k = 0; k < t.replications().length; k++) {
                progress.advanced();
            }
            if (--blocksLeft[c] == 0) {
                PartialResult done = merged[c];
                merged[c] = null;
                onCell.cellDone(c, done);
            }
            return BoxedUnit.UNIT;
        };
        sc.setJobDescription("downline: " + n + " cell" + (n == 1 ? "" : "s") + ", " + tasks.size()
                + " tasks of up to " + block + " replications");
        try {
            sc.runJob(rdd, new Replicate(yamls, names), handler, scala.reflect.ClassTag$.MODULE$.apply(byte[].class));
        } catch (Exception e) {                     // Scala throws checked exceptions undeclared
            if (e instanceof SparkDriverExecutionException && e.getCause() instanceof RuntimeException driver) {
                throw driver;                       // from the driver's own work on a cell (writing it, say): as on one machine
            }
            if (e instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException("the Spark job failed: " + e.getMessage(), e);
        } finally {
            sc.setJobDescription(null);
        }
    }

    /**
     * Replications a task runs when not given: the run's replications over {@link #TASKS_PER_CORE}
     * tasks per core, rounded up, so that every core stays busy while the slowest tasks finish, and
     * each task still runs enough replications to amortise building its world and Spark's per-task
     * cost (some tens of milliseconds).
     */
    static int blockSize(long replications, int cores) {
        long tasks = (long) TASKS_PER_CORE * Math.max(1, cores);
        return (int) Math.max(1, (replications + tasks - 1) / tasks);
    }

    /** Cores the run has: the local master's threads, or executors × cores each, or Spark's default. */
    int parallelism() {
        return parallelism(conf, context);
    }

    /** As {@link #parallelism()}, for a configuration and a context asked for only if needed. */
    static int parallelism(SparkConf conf, Supplier<SparkContext> context) {
        java.util.regex.Matcher local = LOCAL.matcher(conf.get("spark.master", "local[*]"));
        if (local.matches()) {
            return local.group(1) == null ? 1 : local.group(1).equals("*")
                    ? Runtime.getRuntime().availableProcessors() : Integer.parseInt(local.group(1));
        }
        if (conf.contains("spark.default.parallelism")) {
            return conf.getInt("spark.default.parallelism", 2);
        }
        if (conf.contains("spark.executor.instances")) {
            return conf.getInt("spark.executor.instances", 2) * conf.getInt("spark.executor.cores", 1);
        }
        return context.get().defaultParallelism();
    }

    /**
     * A master whose tasks run in this JVM: {@code local}, {@code local[N]}, {@code local[*]}, with a number of
     * task failures allowed or not ({@code local[N,F]}); its group 1 is the threads, if given. Not
     * {@code local-cluster[...]}, whose executors are JVMs of their own.
     */
    private static final java.util.regex.Pattern LOCAL = java.util.regex.Pattern.compile("local(?:\\[(\\*|\\d+)(?:,\\d+)?])?");

    /** Whether the tasks run in this JVM ({@link #LOCAL}). */
    static boolean local(SparkConf conf) {
        return LOCAL.matcher(conf.get("spark.master", "local[*]")).matches();
    }

    /**
     * On a local master, tasks run in this JVM: the memory guard's check on as many workers as there
     * are cores. On a cluster, each executor runs {@code spark.executor.cores} tasks at once, each
     * needing what one worker needs on one machine ({@link Executors}); the driver holds the results.
     */
    @Override
    public void checkMemory(Scenario largest, int threads) {
        if (local(conf)) {
            MemoryGuard.check(largest, parallelism(), MemoryGuard.Advice.SPARK_LOCAL);
            return;
        }
        long results = MemoryGuard.resultBytes(largest);
        if (results > MemoryGuard.availableBytes()) {
            throw new ScenarioException("replications", String.format(Locale.ROOT,
                    "are too many for the driver's Java heap: their results need about %.1f GB, but only %.1f GB "
                            + "is available; use spark-submit --driver-memory %dg", gb(results),
                    gb(MemoryGuard.availableBytes()), (long) Math.ceil(results / MemoryGuard.USABLE / (1L << 30)) + 1));
        }
        Executors.of(conf).check(MemoryGuard.perWorkerBytes(largest), MemoryGuard.MARKET, null);
    }

    /**
     * A cluster's executors, as the driver's configuration gives them: each runs {@code cores} tasks at
     * once ({@code spark.executor.cores}) in a heap of {@code memory} bytes ({@code spark.executor.memory}),
     * of which Spark keeps {@link #RESERVED_BYTES}. A fit's simulations are checked against it on the
     * driver, up front, and in each task, before it simulates: the same figures wherever it is checked.
     */
    record Executors(int cores, long memory) implements Evaluator.Memory {

        static Executors of(SparkConf conf) {
            return new Executors(conf.getInt("spark.executor.cores", 1),
                    conf.getSizeAsBytes("spark.executor.memory", "1g"));
        }

        /**
         * Throws unless {@link #cores} tasks of {@code perTask} bytes each, Spark's reserved memory and
         * the guard's headroom fit in an executor's memory.
         *
         * @param field what the refusal names
         * @param lower what to lower or narrow besides asking for more memory; null: nothing
         */
        void check(long perTask, String field, String lower) {
            long need = perTask * cores + RESERVED_BYTES;
            if ((long) (need / MemoryGuard.USABLE) > memory) {
                throw new ScenarioException(field, String.format(Locale.ROOT,
                        "is too large for the executors: %d task%s at once of about %.1f GB each need about %.1f GB "
                                + "per executor, but spark.executor.memory is %.1f GB; %suse spark-submit "
                                + "--executor-memory %dg (or fewer --executor-cores)",
                        cores, cores == 1 ? "" : "s", gb(perTask), gb(need / MemoryGuard.USABLE), gb(memory),
                        lower == null ? "" : lower + ", or ",
                        (long) Math.ceil(need / MemoryGuard.USABLE / (1L << 30))));
            }
        }

        /** A fit's simulations of {@code s}, one a task ({@link MemoryGuard#fittingBytes}). */
        @Override
        public void check(Scenario s, String field, String lower) {
            check(MemoryGuard.fittingBytes(s), field, lower);
        }
    }

    /** Fails {@code task}'s first attempt when {@link #FAIL_FIRST_ATTEMPT} is set (tests); {@code task} may be null. */
    static void failFirstAttemptIfAsked(TaskContext task) {
        if (Boolean.getBoolean(FAIL_FIRST_ATTEMPT) && task != null && task.attemptNumber() == 0) {
            throw new IllegalStateException("failure injected into the first attempt of task "
                    + task.partitionId() + " (" + FAIL_FIRST_ATTEMPT + ")");
        }
    }

    private static double gb(double bytes) {
        return bytes / (1L << 30);
    }

    /** What a task runs: a pure function of the task and the cells' YAML. */
    static final class Replicate implements scala.Function2<TaskContext, scala.collection.Iterator<Task>, byte[]>,
            Serializable {

        private static final long serialVersionUID = 1L;
        private final String[] yamls;
        private final String[] names;

        Replicate(String[] yamls, String[] names) {
            this.yamls = yamls;
            this.names = names;
        }

        @Override
        public byte[] apply(TaskContext task, scala.collection.Iterator<Task> slice) {
            Task t = slice.next();
            if (slice.hasNext()) {
                throw new IllegalStateException("a slice of more than one task");
            }
            failFirstAttemptIfAsked(task);
            Scenario s = ScenarioReader.fromText(yamls[t.cell()], List.of(), names[t.cell()]);
            PartialResult p = Runner.replicate(s, t.replications());
            return ShardFile.toBytes(Version.get(), RandomStreams.ALGORITHM, Shard.ALL, p);
        }
    }
}
