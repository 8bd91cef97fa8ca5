package org.downline.engine;

import java.io.Serializable;
import java.util.concurrent.ForkJoinPool;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.downline.scenario.Scenario;

/**
 * Evaluates independent jobs and hands back their results in index order: the seam between a fit's
 * simulations ({@link AbcSmc}'s rounds, {@link Predictive}'s draws) and where they run. The default
 * runs them on a {@link ForkJoinPool} of this machine; {@code org.downline.spark.SparkMain} installs
 * one that runs them as Spark tasks ({@link #use}). A job is a pure function of its index and of what
 * it captures (serialisable, so that it can be shipped), so where and how often it runs never changes
 * its result.
 */
public interface Evaluator extends AutoCloseable {

    /** One job: a pure function of its index; what it captures must be serialisable. */
    @FunctionalInterface
    interface Job extends Serializable {
        double[] apply(int index);
    }

    /** {@code out[i] = job.apply(i)} for i in [0, count), in index order. */
    double[][] map(int count, Job job);

    /**
     * How much memory a fit's simulations have where this evaluator runs them, at most {@code jobs}
     * at once: the default's is this JVM's heap, as free now, on as many of its threads as run at once.
     */
    Memory memory(int jobs);

    @Override
    void close();

    /**
     * Refuses a scenario whose simulations will not fit where they run. It holds figures taken when
     * the fit started, and travels with the fit's model to where each simulation runs (so it is
     * serialisable), so every scenario of the fit is judged by the same budget, wherever it is checked.
     */
    @FunctionalInterface
    interface Memory extends Serializable {
        /**
         * Throws unless the simulations of {@code s} fit ({@link MemoryGuard#fittingBytes} each).
         *
         * @param field what the refusal names: {@link MemoryGuard#MARKET}, or the prior that makes {@code s} large
         * @param lower what to lower or narrow, if fewer workers are not enough
         * @throws org.downline.scenario.ScenarioException naming what is needed and what to change
         */
        void check(Scenario s, String field, String lower);
    }

    /**
     * This JVM's heap: {@code available} bytes ({@link MemoryGuard#availableBytes}) for {@code threads} workers,
     * a refusal's remedy said as {@code advice} says it.
     */
    record Heap(int threads, long available, MemoryGuard.Advice advice) implements Memory {

        /** For {@code java -jar}'s threads and heap. */
        public Heap(int threads, long available) {
            this(threads, available, MemoryGuard.Advice.JAVA);
        }

        @Override
        public void check(Scenario s, String field, String lower) {
            MemoryGuard.checkFitting(s, threads, available, field, lower, advice);
        }
    }

    /** The evaluator for a fit on {@code threads} threads (the installed factory's). */
    static Evaluator of(int threads) {
        return Installed.factory.apply(threads);
    }

    /**
     * Installs where fits evaluate from now on: {@code factory} makes an evaluator from a thread
     * count. The default is a {@link ForkJoinPool} of that many threads.
     *
     * @return the factory installed until now, to put back when done
     */
    static IntFunction<Evaluator> use(IntFunction<Evaluator> factory) {
        IntFunction<Evaluator> before = Installed.factory;
        Installed.factory = java.util.Objects.requireNonNull(factory, "factory");
        return before;
    }

    /** The installed factory (an interface has no mutable fields of its own). */
    final class Installed {
        private static volatile IntFunction<Evaluator> factory = Pool::new;

        private Installed() {
        }
    }

    /** The default: a fork-join pool of its own, the jobs spread over it by a parallel stream. */
    final class Pool implements Evaluator {
        private final ForkJoinPool pool;

        public Pool(int threads) {
            this.pool = new ForkJoinPool(threads);
        }

        @Override
        public double[][] map(int count, Job job) {
            final double[][] out = new double[count][];
            ThreadPoolRunner.await(pool.submit(
                    () -> IntStream.range(0, count).parallel().forEach(i -> out[i] = job.apply(i))));
            return out;
        }

        @Override
        public Memory memory(int jobs) {
            return new Heap(Math.min(pool.getParallelism(), jobs), MemoryGuard.availableBytes());
        }

        @Override
        public void close() {
            pool.shutdownNow();
        }
    }
}
