package org.downline.spark;

import static org.downline.spark.SparkTesting.args;
import static org.downline.spark.SparkTesting.drain;
import static org.downline.spark.SparkTesting.spark;
import static org.downline.testing.Folders.assertSameFiles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.apache.spark.SparkContext;
import org.downline.spark.SparkTesting.Counts;
import org.downline.testing.Cli;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every task's first attempt fails; on {@code local[2,2]} (two cores, two attempts a task) Spark runs
 * each again, and the files are still those of one machine.
 */
class SparkRetryTest {

    private static SparkContext sc;
    private static Counts counts;

    @BeforeAll
    static void start() {
        System.setProperty(SparkRunner.FAIL_FIRST_ATTEMPT, "true");
        sc = SparkTesting.context("local[2,2]");
        counts = new Counts();
        sc.addSparkListener(counts);
    }

    @AfterAll
    static void stop() {
        System.clearProperty(SparkRunner.FAIL_FIRST_ATTEMPT);
        sc.stop();
    }

    @Test
    void retriedTasksGiveTheSameBytes(@TempDir Path tmp) {
        String[] sweep = {"sweep", "--set", "market.population=20000", "--set", "market.prospectShare=0.2",
            "--months", "12", "--seed", "9", "--replications", "5", "--vary", "economics.monthlyFee=0,40"};
        Path one = tmp.resolve("one");
        Cli expected = Cli.run(args(sweep, "--threads", "2", "--out", one.toString()));
        assertEquals(0, expected.exit(), expected.err());
        drain(sc);
        int failedBefore = counts.failedTasks.get();
        int tasksBefore = counts.tasks.get();
        Path out = tmp.resolve("spark");
        Cli actual = spark(sc, args(sweep, "--replications-per-task", "2", "--out", out.toString()));
        assertEquals(0, actual.exit(), actual.err());
        assertSameFiles(one, out);
        drain(sc);
        // two cells of 5 replications in blocks of 2: 6 tasks, each failing once and succeeding once
        assertEquals(6, counts.failedTasks.get() - failedBefore, "failed attempts");
        assertEquals(12, counts.tasks.get() - tasksBefore, "attempts");
    }

    @Test
    void retriedFitTasksGiveTheSameBytes(@TempDir Path tmp) {
        String[] fit = SparkFitTest.fit(2, 4);
        Path one = tmp.resolve("one");
        Cli expected = Cli.run(args(fit, "--threads", "2", "--out", one.toString()));
        assertEquals(0, expected.exit(), expected.err());
        drain(sc);
        int failedBefore = counts.failedTasks.get();
        int tasksBefore = counts.tasks.get();
        Path out = tmp.resolve("spark");
        Cli actual = spark(sc, args(fit, "--out", out.toString()));
        assertEquals(0, actual.exit(), actual.err());
        assertSameFiles(one, out);
        drain(sc);
        int failed = counts.failedTasks.get() - failedBefore;
        int attempts = counts.tasks.get() - tasksBefore;
        // every task failed once and then succeeded: half the attempts failed
        assertTrue(failed > 0, "no task failed");
        assertEquals(attempts, 2 * failed, "attempts");
    }
}
