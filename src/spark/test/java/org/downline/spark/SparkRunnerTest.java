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
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.apache.spark.SparkConf;
import org.apache.spark.SparkContext;
import org.downline.engine.ProgressListener;
import org.downline.engine.Shard;
import org.downline.io.Presets;
import org.downline.scenario.ScenarioException;
import org.downline.spark.SparkTesting.Counts;
import org.downline.testing.Cli;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SparkMain's run and sweep on local[2] write exactly the files of one machine. */
class SparkRunnerTest {

    /** A small market, so that a replication takes milliseconds; both worlds on. */
    private static final String[] SMALL = {"--set", "market.population=20000", "--set", "market.prospectShare=0.2",
        "--months", "12", "--seed", "5"};

    private static SparkContext sc;

    /** {@code run} on the small market with {@code more} options. */
    private static String[] run(String... more) {
        return args(args(new String[] {"run"}, SMALL), more);
    }
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
    void runWritesTheFilesOfOneMachineWhateverTheBlocks(@TempDir Path tmp) {
        Path one = tmp.resolve("one");
        Cli expected = Cli.run(run("--replications", "9", "--threads", "2", "--out", one.toString()));
        assertEquals(0, expected.exit(), expected.err());
        for (String perTask : List.of("auto", "1", "4", "9")) {
            Path out = tmp.resolve("spark-" + perTask);
            String[] run = run("--replications", "9", "--out", out.toString());
            if (!perTask.equals("auto")) {
                run = args(run, "--replications-per-task", perTask);
            }
            drain(sc);
            int tasksBefore = counts.tasks.get();
            Cli actual = spark(sc, run);
            assertEquals(0, actual.exit(), actual.err());
            assertSameFiles(one, out);
            assertEquals(expected.out().replace(one.toString(), "OUT"), actual.out().replace(out.toString(), "OUT"));
            drain(sc);
            int tasks = counts.tasks.get() - tasksBefore;
            // auto: 9 replications over 4 tasks per core on 2 cores, blocks of 2
            int expectedTasks = switch (perTask) {
                case "auto" -> 5;
                case "1" -> 9;
                case "4" -> 3;
                default -> 1;
            };
            assertEquals(expectedTasks, tasks, "tasks at --replications-per-task " + perTask);
        }
    }

    @Test
    void aShardOnSparkIsTheShardFileOfOneMachine(@TempDir Path tmp) {
        Path one = tmp.resolve("one");
        Path out = tmp.resolve("spark");
        assertEquals(0, Cli.run(run("--replications", "7", "--shard", "2/3", "--out", one.toString())).exit());
        Cli actual = spark(sc, run("--replications", "7", "--shard", "2/3", "--replications-per-task", "1",
                "--out", out.toString()));
        assertEquals(0, actual.exit(), actual.err());
        assertSameFiles(one, out);
    }

    @Test
    void aSweepOfTwoByThreeCellsIsByteIdenticalAndResumes(@TempDir Path tmp) throws IOException {
        String[] sweep = args(new String[] {"sweep"}, args(SMALL, "--replications", "4",
                "--vary", "economics.monthlyFee=0,40", "--vary", "recruitment.imitation=0.2:0.4:0.1",
                "--metric", "shareLosingMoney", "--metric", "netIncome.p50"));
        Path one = tmp.resolve("one");
        Cli expected = Cli.run(args(sweep, "--threads", "2", "--out", one.toString()));
        assertEquals(0, expected.exit(), expected.err());
        Path out = tmp.resolve("spark");
        drain(sc);
        int jobsBefore = counts.jobs.get();
        Cli actual = spark(sc, args(sweep, "--replications-per-task", "3", "--out", out.toString()));
        assertEquals(0, actual.exit(), actual.err());
        assertSameFiles(one, out);
        assertEquals(expected.out().replace(one.toString(), "OUT"), actual.out().replace(out.toString(), "OUT"));
        drain(sc);
        assertEquals(1, counts.jobs.get() - jobsBefore, "every cell in one job");

        // an interrupted sweep: one cell's file is missing; --resume runs that cell alone
        Path cells = out.resolve("cells");
        Path lost;
        try (Stream<Path> list = Files.list(cells)) {
            lost = list.sorted().toList().get(4);
        }
        Files.delete(lost);
        int tasksBefore = counts.tasks.get();
        Cli resumed = spark(sc, args(sweep, "--replications-per-task", "3", "--resume", "--out", out.toString()));
        assertEquals(0, resumed.exit(), resumed.err());
        assertTrue(resumed.err().contains("resuming: 5 of 6 cells already finished"), resumed.err());
        assertSameFiles(one, out);
        drain(sc);
        assertEquals(2, counts.tasks.get() - tasksBefore, "one cell of 4 replications, 3 a task");
    }

    /** Bad input: one line, exit 2, no files, and no Spark context asked for, so no job. */
    @Test
    void badInputIsRefusedOnTheDriverBeforeAnySparkJob(@TempDir Path tmp) {
        Path out = tmp.resolve("out");
        String o = out.toString();
        List<String[]> bad = List.of(
                new String[] {"run", "--set", "market.population=-5", "--out", o},
                new String[] {"run", "--set", "plan.levls=[0.1]", "--out", o},
                new String[] {"run", "--threads", "5000", "--out", o},
                new String[] {"run", "--replications-per-task", "0", "--out", o},
                new String[] {"run", "--replications-per-task", "many", "--out", o},
                new String[] {"run", "--replications-per-task", "1000001", "--out", o},
                new String[] {"run", "--set", "market.population=2e9", "--set", "market.prospectShare=1", "--out", o},
                new String[] {"sweep", "--vary", "no.such.key=1,2", "--out", o},
                new String[] {"sweep", "--vary", "economics.monthlyFee=0,10", "--metric", "nonsense", "--out", o},
                new String[] {"fit", "--disclosure", "monavie-2009", "--out", o},
                new String[] {"fit", "--disclosure", "monavie-2009", "--prior", "recruitment.imitaton=uniform(0.1,0.5)",
                    "--out", o},
                new String[] {"fit", "--disclosure", "monavie-2009", "--prior", "recruitment.imitation=uniform(0.1,0.5)",
                    "--particles", "1", "--out", o},
                new String[] {"fit", "--disclosure", "no-such-disclosure", "--prior",
                    "recruitment.imitation=uniform(0.1,0.5)", "--out", o},
                new String[] {"disclose", "--out", o},
                new String[] {"x".repeat(5000), "--out", o},
                new String[] {});
        drain(sc);
        int jobsBefore = counts.jobs.get();
        for (String[] a : bad) {
            AtomicBoolean asked = new AtomicBoolean();
            Cli r = Cli.capture((stdout, stderr) -> SparkCommands.execute(a, stdout, stderr, sc.getConf(), () -> {
                asked.set(true);
                return sc;
            }));
            String line = r.err();
            String what = String.join(" ", a);
            assertEquals(2, r.exit(), what + ": " + line);
            assertTrue(line.startsWith("error: ") && line.strip().lines().count() == 1, what + ": " + line);
            assertFalse(asked.get(), what + ": Spark was asked for");
            assertFalse(Files.exists(out), what + ": wrote " + out);
            // a command-line value is echoed cut at 60 characters with its length, as on one machine
            assertTrue(line.length() < 400, what.length() + " characters given, " + line.length() + " echoed");
            if (what.contains("--replications-per-task")) {
                // in the words of every number option of the commands it runs: a number as typed, text quoted
                String given = a[2].equals("many") ? "'many'" : a[2];
                assertEquals("error: --replications-per-task must be an integer in [1, 1000000], was " + given
                        + " (see 'SparkMain --help')", line.strip(), what);
            }
        }
        drain(sc);
        assertEquals(jobsBefore, counts.jobs.get());
    }

    /** SparkMain's help names its own option; a command's help is the command line's own. */
    @Test
    void helpDescribesTheOptionOfItsOwnAndTheCommandsHelpIsTheCliS() {
        Cli help = spark(sc, "--help");
        assertEquals(0, help.exit(), help.err());
        assertTrue(help.out().contains("--replications-per-task K") && help.out().contains("run|sweep"), help.out());
        // the range its refusals state, from the same bounds
        assertTrue(help.out().contains("Replications a Spark task runs (an integer in [1, 1000000];"), help.out());
        Cli run = spark(sc, "run", "--help");
        assertEquals(0, run.exit(), run.err());
        assertEquals(Cli.run("run", "--help").out(), run.out());
    }

    /** What goes wrong on the driver while it handles a finished cell comes out as it would on one machine. */
    @Test
    void anErrorHandlingACellOnTheDriverIsThrownAsItIs() {
        var s = Presets.load(Presets.DEFAULT, List.of("market.population=20000", "months=6", "replications=2"));
        SparkRunner runner = new SparkRunner(() -> sc, sc.getConf(), 1);
        ScenarioException e = assertThrows(ScenarioException.class, () -> runner.run(List.of(s), Shard.ALL,
                ProgressListener.NONE, (cell, partial) -> {
                    throw new ScenarioException("--out", "cannot be written");
                }));
        assertTrue(e.getMessage().contains("cannot be written"), e.getMessage());
    }

    /** On a cluster, each executor must hold its cores' worlds; the message says what to ask for. */
    @Test
    void executorMemoryIsCheckedBeforeAnythingRuns() {
        SparkConf cluster = new SparkConf(false).setMaster("spark://nowhere:7077")
                .set("spark.executor.memory", "2g").set("spark.executor.cores", "4");
        SparkRunner runner = new SparkRunner(() -> {
            throw new AssertionError("no context is needed to check memory");
        }, cluster, 0);
        var big = Presets.load(Presets.DEFAULT, List.of("market.population=2e7", "market.prospectShare=0.5"));
        ScenarioException e = assertThrows(ScenarioException.class, () -> runner.checkMemory(big, 1));
        assertTrue(e.getMessage().contains("--executor-memory") && e.getMessage().contains("4 tasks at once"),
                e.getMessage());
        var small = Presets.load(Presets.DEFAULT, List.of("market.population=20000"));
        runner.checkMemory(small, 1);
    }

    /**
     * A local master runs the tasks in this JVM, and its refusal asks for what spark-submit sets (the master's
     * threads, the driver's memory); local-cluster's executors are JVMs of their own, checked as a cluster's.
     */
    @Test
    void aLocalMastersRefusalSaysWhatSparkSubmitSets() {
        var big = Presets.load(Presets.DEFAULT, List.of("market.population=2e9", "market.prospectShare=1"));
        SparkRunner local = new SparkRunner(() -> {
            throw new AssertionError("no context is needed to check memory");
        }, new SparkConf(false).setMaster("local[2]"), 0);
        String m = assertThrows(ScenarioException.class, () -> local.checkMemory(big, 1)).getMessage();
        assertTrue(m.contains("members on 2 threads") && m.contains("or use spark-submit --driver-memory "), m);
        for (String master : List.of("local", "local[4]", "local[*]", "local[2,3]", "local[*,2]")) {
            assertTrue(SparkRunner.local(new SparkConf(false).setMaster(master)), master);
        }
        SparkConf cluster = new SparkConf(false).setMaster("local-cluster[2,1,1024]");
        assertFalse(SparkRunner.local(cluster));
        SparkRunner runner = new SparkRunner(() -> {
            throw new AssertionError("no context is needed to check memory");
        }, cluster, 0);
        String c = assertThrows(ScenarioException.class, () -> runner.checkMemory(big, 1)).getMessage();
        assertTrue(c.contains("is too large for the executors") && c.contains("--executor-memory"), c);
    }

    @Test
    void blocksKeepFourTasksPerCoreAndAtLeastOneReplication() {
        assertEquals(125, SparkRunner.blockSize(1000, 2));
        assertEquals(126, SparkRunner.blockSize(1001, 2));
        assertEquals(1, SparkRunner.blockSize(3, 8));
        assertEquals(1, SparkRunner.blockSize(0, 8));
    }
}
