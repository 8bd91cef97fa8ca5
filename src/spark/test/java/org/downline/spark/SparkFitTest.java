package org.downline.spark;

import static org.downline.spark.SparkTesting.args;
import static org.downline.spark.SparkTesting.drain;
import static org.downline.spark.SparkTesting.spark;
import static org.downline.testing.Folders.assertSameFiles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.SparkConf;
import org.apache.spark.SparkContext;
import org.downline.spark.SparkTesting.Counts;
import org.downline.testing.Cli;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SparkMain's fit on local[2] writes exactly the files of one machine, resumed or not; one too large
 * for where its simulations run is refused as on one machine.
 */
class SparkFitTest {

    /** A small fit: three generations of 20 particles and 10 predictive draws on a market of 20,000. */
    private static final String[] FIT = fit(3, 10);

    /** A fit of 20 particles on a market of 20,000, of at most {@code generations} and {@code draws}. */
    static String[] fit(int generations, int draws) {
        return new String[] {"fit", "--set", "market.population=20000", "--disclosure", "doterra-us-2017",
            "--prior", "recruitment.imitation=uniform(0.05,0.9)", "--prior",
            "recruitment.effort.sigma=uniform(0.2,2.5)", "--particles", "20", "--budget", "200",
            "--max-generations", Integer.toString(generations), "--predictive-draws", Integer.toString(draws)};
    }

    private static SparkContext sc;
    private static Counts counts;

    @BeforeAll
    static void start() {
        sc = SparkTesting.context("local[2]");
        counts = new Counts();
        sc.addSparkListener(counts);
    }

    @AfterAll
    static void stop() {
        sc.stop();
    }

    @Test
    void fitWritesTheFilesOfOneMachineAndResumesToThem(@TempDir Path tmp) throws IOException {
        Path one = tmp.resolve("one");
        Cli expected = Cli.run(args(FIT, "--threads", "2", "--out", one.toString()));
        assertEquals(0, expected.exit(), expected.err());
        drain(sc);
        int jobsBefore = counts.jobs.get();
        Path out = tmp.resolve("spark");
        Cli actual = spark(sc, args(FIT, "--out", out.toString()));
        assertEquals(0, actual.exit(), actual.err());
        // fit.json, posterior.csv, generations.csv, fit-settings.json and the charts, byte for byte
        assertSameFiles(one, out);
        assertTrue(Files.exists(out.resolve("charts").resolve("posterior.png")));
        assertEquals(expected.out().replace(one.toString(), "OUT"), actual.out().replace(out.toString(), "OUT"));
        drain(sc);
        // the simulations ran as Spark jobs: at least one a generation (3) and one for the predictive draws
        int jobs = counts.jobs.get() - jobsBefore;
        assertTrue(jobs >= 4, "Spark jobs: " + jobs);

        // one simulation a task: the same bytes whatever the blocks
        Path single = tmp.resolve("single");
        Cli perTask = spark(sc, args(FIT, "--replications-per-task", "1", "--out", single.toString()));
        assertEquals(0, perTask.exit(), perTask.err());
        assertSameFiles(one, single);

        // interrupted after generation 0: generations.csv holds generation 0 only; resumed under Spark
        Path cut = tmp.resolve("cut");
        Files.createDirectories(cut);
        Files.copy(one.resolve("fit-settings.json"), cut.resolve("fit-settings.json"));
        List<String> kept = Files.readAllLines(one.resolve("generations.csv")).stream()
                .filter(l -> l.startsWith("#") || l.startsWith("generation") || l.startsWith("0,"))
                .toList();
        assertTrue(kept.size() > 20, "generation 0's 20 particles kept: " + kept.size());
        Files.write(cut.resolve("generations.csv"), kept);
        Cli resumed = spark(sc, args(FIT, "--resume", "--out", cut.toString()));
        assertEquals(0, resumed.exit(), resumed.err());
        assertTrue(resumed.out().contains("Resuming after generation 0"), resumed.out());
        assertSameFiles(one, cut);
    }

    /** A fit whose market reaches {@code population} (its prospects: the whole population). */
    private static String[] large(String population, Path out) {
        return new String[] {"fit", "--set", "market.prospectShare=1", "--disclosure", "doterra-us-2017",
            "--prior", "market.population=" + population, "--prior", "recruitment.imitation=uniform(0.05,0.9)",
            "--particles", "20", "--budget", "200", "--out", out.toString()};
    }

    /**
     * On a local master the simulations run in this JVM: a fit too large for its heap on Spark's two
     * threads is refused as FitCommandTest's on one machine, in one line, writing nothing, up front at
     * the priors' largest scenario (a normal prior's at its upper quantile). A draw beyond is refused by
     * its task (aTasksRefusalOfAScenarioReachesTheDriverAsItself).
     */
    @Test
    void aFitTooLargeForTheLocalMastersHeapIsRefusedWritingNothing(@TempDir Path tmp) {
        for (String population : List.of("uniform(100000,2e9)", "normal(-4e9,1e9)")) {
            Path out = tmp.resolve("large");
            Cli r = spark(sc, large(population, out));
            assertEquals(2, r.exit(), r.err());
            assertEquals(1, r.err().lines().count(), r.err());
            assertTrue(r.err().startsWith(population.startsWith("uniform")
                    ? "error: the fit's largest scenario (market.population=2000000000) is too large for the Java "
                            + "heap: 2000000000 members on 2 threads need "
                    : "error: the fit's largest scenario (market.population=18"), r.err());
            assertTrue(r.err().contains("; narrow --prior market.population, or use spark-submit --driver-memory "),
                    r.err());
            assertFalse(Files.exists(out), population);
            assertFalse(Files.exists(tmp.resolve("large.downline-partial")), population);
        }
    }

    /**
     * A simulation's refusal of its scenario inside a task (a draw too large for the memory it has, as
     * FitModel.at checks it) reaches the driver as the same ScenarioException, which the command says
     * in one line with exit 2, as on one machine, its problems with it; not wrapped in Spark's job failure (an
     * internal error).
     */
    @Test
    void aTasksRefusalOfAScenarioReachesTheDriverAsItself() {
        SparkEvaluator evaluator = new SparkEvaluator(() -> sc, sc.getConf(), 1);
        org.downline.scenario.ScenarioException e = assertThrows(org.downline.scenario.ScenarioException.class,
                () -> evaluator.map(4, i -> {
                    if (i == 2) {
                        throw new org.downline.scenario.ScenarioException("market.population", "is too large");
                    }
                    return new double[] {i};
                }));
        assertEquals("market.population is too large", e.getMessage());
        assertEquals(List.of(new org.downline.scenario.Problem("market.population", "is too large")), e.problems(),
                "its problems, which callers read, come with it");
    }

    /**
     * On a cluster each executor runs spark.executor.cores simulations at once in spark.executor.memory:
     * a fit too large for that is refused up front in SparkRunner's words, before any Spark context.
     */
    @Test
    void aFitTooLargeForTheExecutorsIsRefusedBeforeSparkStarts(@TempDir Path tmp) {
        SparkConf cluster = new SparkConf(false).setMaster("spark://nowhere:7077")
                .set("spark.executor.memory", "2g").set("spark.executor.cores", "4");
        Path out = tmp.resolve("large");
        Cli r = Cli.capture((o, e) -> SparkCommands.execute(large("uniform(100000,2e9)", out), o, e, cluster, () -> {
            throw new AssertionError("no context is needed to check memory");
        }));
        assertEquals(2, r.exit(), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("error: the fit's largest scenario (market.population=2000000000) is too large "
                + "for the executors: 4 tasks at once of about "), r.err());
        assertTrue(r.err().contains(" per executor, but spark.executor.memory is 2.0 GB; narrow --prior "
                + "market.population, or use spark-submit --executor-memory "), r.err());
        assertTrue(r.err().endsWith("g (or fewer --executor-cores)" + System.lineSeparator()), r.err());
        assertFalse(Files.exists(out));
        assertFalse(Files.exists(tmp.resolve("large.downline-partial")));
    }
}
