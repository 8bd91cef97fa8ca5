package org.downline.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.SparkConf;
import org.apache.spark.SparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.downline.testing.Cli;

/** A Spark context on loopback for tests and the command lines they run. */
final class SparkTesting {

    private SparkTesting() {
    }

    /** Counts what Spark did, as its listener bus reports it. */
    static final class Counts extends SparkListener {
        final AtomicInteger jobs = new AtomicInteger();
        final AtomicInteger tasks = new AtomicInteger();
        final AtomicInteger failedTasks = new AtomicInteger();

        @Override
        public void onJobStart(SparkListenerJobStart jobStart) {
            jobs.incrementAndGet();
        }

        @Override
        public void onTaskEnd(SparkListenerTaskEnd taskEnd) {
            tasks.incrementAndGet();
            if (!taskEnd.taskInfo().successful()) {
                failedTasks.incrementAndGet();
            }
        }
    }

    /** A context on {@code master}, loopback only, no UI. */
    static SparkContext context(String master) {
        SparkConf conf = new SparkConf().setMaster(master).setAppName("downline-test")
                .set("spark.driver.host", "127.0.0.1")
                .set("spark.driver.bindAddress", "127.0.0.1")
                .set("spark.ui.enabled", "false")
                .set("spark.ui.showConsoleProgress", "false");
        return new SparkContext(conf);
    }

    /** Waits until the listeners have been told everything that happened so far. */
    static void drain(SparkContext sc) {
        try {
            sc.listenerBus().waitUntilEmpty();
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("Spark's listener bus did not drain", e);
        }
    }

    /** Runs a command line through SparkMain's commands on {@code sc}. */
    static Cli spark(SparkContext sc, String... args) {
        return Cli.capture((out, err) -> SparkCommands.execute(args, out, err, sc));
    }

    /** {@code base} followed by {@code more}. */
    static String[] args(String[] base, String... more) {
        List<String> all = new ArrayList<>(List.of(base));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }
}
