package org.downline.engine;

import java.io.Serializable;
import java.util.concurrent.ForkJoinPool;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

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

    @Override
    void close();

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

    /**
     * Whether fits evaluate on the default, a pool of this JVM's threads (no other factory
     * installed): the one whose memory a fit checks against this JVM's heap.
     */
    static boolean isDefault() {
        return Installed.factory == Installed.POOL;
    }

    /** The installed factory (an interface has no mutable fields of its own). */
    final class Installed {
        private static final IntFunction<Evaluator> POOL = Pool::new;
        private static volatile IntFunction<Evaluator> factory = POOL;

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
        public void close() {
            pool.shutdownNow();
        }
    }
}
