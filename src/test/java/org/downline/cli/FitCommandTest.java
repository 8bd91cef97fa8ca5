package org.downline.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.downline.engine.Evaluator;
import org.downline.scenario.ScenarioException;
import org.downline.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FitCommandTest {

    @TempDir
    Path tmp;

    private static final String[] FIT = {"fit", "--set", "market.population=20000", "--disclosure", "doterra-us-2017",
        "--prior", "recruitment.imitation=uniform(0.05,0.9)", "--prior", "recruitment.effort.sigma=uniform(0.2,2.5)",
        "--particles", "20", "--budget", "200", "--max-generations", "3", "--predictive-draws", "30"};

    private static Cli fit(Path out, String... more) {
        List<String> args = new ArrayList<>(List.of(FIT));
        args.addAll(List.of(more));
        args.addAll(List.of("--out", out.toString()));
        return Cli.run(args.toArray(String[]::new));
    }

    @Test
    void sameFilesAtOneAndTwoThreadsAndAfterResumingAnInterruptedFit() throws IOException {
        Path one = tmp.resolve("one");
        Path two = tmp.resolve("two");
        Cli a = fit(one, "--threads", "1");
        assertEquals(0, a.exit(), a.err());
        assertTrue(a.out().contains("recruitment.imitation"), a.out());
        assertEquals(0, fit(two, "--threads", "2").exit());
        for (String f : List.of("fit.json", "posterior.csv", "generations.csv", "fit-settings.json", "report.html")) {
            assertEquals(Files.readString(one.resolve(f)), Files.readString(two.resolve(f)), f);
        }
        assertArrayEquals(Files.readAllBytes(one.resolve("report.html")), Files.readAllBytes(two.resolve("report.html")));
        // the comparisons of fit.json cover the posterior predictive and the implications, simulated in parallel
        String json = Files.readString(one.resolve("fit.json"));
        for (String field : List.of("\"predictive\"", "\"implications\"", "\"topOnePercentShare\"",
                "\"shareLosingMoneyInPeriod\"", "\"sharePayFromOwnPurchases\"", "\"draws\" : 30", "\"outlook\"",
                "\"shareQuit\"", "\"sharePaid\"")) {
            assertTrue(json.contains(field), field + " in " + json);
        }
        // the terminal says what report.html's predictive check and implications say (FitReport.findings, which
        // the report's page is made of too)
        String said = a.out().replaceAll("\\s*\\R", " ");
        List<String> findings = org.downline.io.FitReport.findings((com.fasterxml.jackson.databind.node.ObjectNode)
                new com.fasterxml.jackson.databind.ObjectMapper().readTree(json));
        assertEquals(3, findings.size());
        for (String finding : findings) {
            assertTrue(said.contains(finding), finding + " in " + a.out());
        }
        // the charts: PNG files of a plausible size (looked at by eye when they were made)
        for (String png : List.of("posterior.png", "posterior-pairs.png", "predictive-check.png", "tolerance.png")) {
            byte[] b = Files.readAllBytes(one.resolve("charts").resolve(png));
            assertTrue(b.length > 10_000 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G', png + ": " + b.length);
        }
        // an interruption after generation 1: generations.csv holds generations 0 and 1, nothing else written
        Path cut = tmp.resolve("cut");
        Files.createDirectories(cut);
        Files.copy(one.resolve("fit-settings.json"), cut.resolve("fit-settings.json"));
        List<String> kept = Files.readAllLines(one.resolve("generations.csv")).stream()
                .filter(l -> l.startsWith("#") || l.startsWith("generation") || l.startsWith("0,") || l.startsWith("1,"))
                .toList();
        Files.write(cut.resolve("generations.csv"), kept);
        Cli resumed = fit(cut, "--threads", "2", "--resume");
        assertEquals(0, resumed.exit(), resumed.err());
        assertTrue(resumed.out().contains("Resuming after generation 1"), resumed.out());
        for (String f : List.of("fit.json", "posterior.csv", "generations.csv", "report.html")) {
            assertEquals(Files.readString(one.resolve(f)), Files.readString(cut.resolve(f)), f);
        }
    }

    @Test
    void refusesBadPriorsAndSettingsWritingNothing() {
        Path out = tmp.resolve("bad");
        String[][] cases = {
            {"--prior", "recruitment.imitaton=uniform(0.1,0.5)", "is not a scenario key (did you mean 'recruitment.imitation'?)"},
            {"--prior", "imitation=uniform(0.1,0.5)", "is not a scenario key (did you mean 'recruitment.imitation'?)"},
            {"--prior", "plan.placement=uniform(0,1)", "must be a numeric scenario key"},
            {"--prior", "seed=uniform(1,5)", "--prior key 'seed' cannot be fitted: its values, an integer (any 64-bit value), have no "
                + "bounds for a prior; the fit sets every simulation's seed itself (--seed sets the fit's)"},
            {"--prior", "recruitment.innovation=uniform(0.5,2)", "bounds must lie in the key's valid range [0, 1]"},
            {"--prior", "recruitment.innovation=uniform(0.5,0.1)", "needs a < b"},
            {"--prior", "months=uniform(6,60)", "must stay at or above the disclosure's period-months (12)"},
            {"--prior", "recruitment.founders=uniform(30000,40000)", "not every particle of generation 0 found values "
                + "whose simulation could run; at the priors' middle values: recruitment.founders must be at most"},
            // FIT --sets market.population: a prior on it too would replace it unsaid
            {"--prior", "market.population=uniform(1,2)", "--set gives the key 'market.population' that --prior gives "
                + "too (--set 'market.population=20000', and --prior 'market.population=uniform(1,2)'): give the key once"},
            // in the words of a key --set or --vary gives twice
            {"--prior", "recruitment.imitation=uniform(0.1,0.2)", "error: --prior gives the key 'recruitment.imitation' "
                + "twice ('recruitment.imitation=uniform(0.05,0.9)', then 'recruitment.imitation=uniform(0.1,0.2)'): "
                + "give each key once"},
            {"--budget", "10", "error: --budget must be at least --particles (20), was 10 (see 'downline fit --help')\n"},
            // worded as run's and disclose's number options: the same text, and the same ending, for a number out of
            // range and no number
            {"--predictive-draws", "0", "error: --predictive-draws must be an integer in [1, 100000], was 0 (see 'downline fit --help')\n"},
            {"--predictive-draws", "x", "error: --predictive-draws must be an integer in [1, 100000], was 'x'"},
            {"--particles", "1", "error: --particles must be an integer in [2, 1000000], was 1 (see 'downline fit --help')\n"},
            {"--particles", "1e3", "error: --particles must be an integer in [2, 1000000], was 1e3 (see 'downline fit --help')\n"},
            {"--disclosure", "nowhere.csv", "--disclosure must be a bundled disclosure"}};
        for (String[] c : cases) {
            List<String> args = new ArrayList<>(List.of(FIT));
            if (c[0].equals("--budget") || c[0].equals("--disclosure") || c[0].equals("--predictive-draws")
                    || c[0].equals("--particles")) {
                int at = args.indexOf(c[0]);
                args.set(at + 1, c[1]);
            } else {
                args.addAll(List.of(c[0], c[1]));
            }
            args.addAll(List.of("--out", out.toString()));
            Cli r = Cli.run(args.toArray(String[]::new));
            assertEquals(2, r.exit(), String.join(" ", c) + ": " + r.err());
            assertTrue(r.err().contains(c[c.length - 1]), r.err());
            assertEquals(1, r.err().lines().count(), r.err());
            assertFalse(Files.exists(out), "nothing may be written: " + String.join(" ", c));
        }
    }

    /**
     * A fit whose priors reach a market too large for the heap is refused before anything is written,
     * in one line naming the prior's key at the value that makes it large (a market of 2·10^9 needs
     * hundreds of GB, more than any test's heap): a uniform prior at its top, and a normal prior whose
     * mean lies far below the key's range at its upper quantile, where its draws reach (its mean plus
     * four standard deviations lies below the range). A draw beyond what was checked up front is
     * refused before it is simulated (FitMemoryTest).
     */
    @Test
    void refusesAFitTooLargeForTheHeapWritingNothing() {
        for (String population : List.of("uniform(100000,2e9)", "normal(-4e9,1e9)")) {
            Path out = tmp.resolve("large");
            Cli r = Cli.run("fit", "--set", "market.prospectShare=1", "--disclosure", "doterra-us-2017",
                    "--prior", "market.population=" + population, "--prior", "recruitment.imitation=uniform(0.05,0.9)",
                    "--particles", "20", "--budget", "200", "--threads", "1", "--out", out.toString());
            assertEquals(2, r.exit(), r.err());
            assertEquals(1, r.err().lines().count(), r.err());
            assertTrue(r.err().startsWith(population.startsWith("uniform")
                    ? "error: the fit's largest scenario (market.population=2000000000) is too large for the Java "
                            + "heap: 2000000000 members on 1 thread need "
                    : "error: the fit's largest scenario (market.population=18"), r.err());
            assertTrue(r.err().contains("; narrow --prior market.population, or use java -Xmx"), r.err());
            assertFalse(Files.exists(out), population);
            assertFalse(Files.exists(tmp.resolve("large.downline-partial")), population);
        }
    }

    /**
     * A scenario drawn beyond what was checked up front, refused by its simulation's check (FitMemoryTest), stops
     * the fit in one line with exit 2, its work folder removed: here the memory where the simulations run refuses
     * the middle of the population's prior, whose ends, all that the check up front tries, it lets through.
     */
    @Test
    void aDrawnScenarioRefusedByItsSimulationStopsTheFitInOneLineLeavingNothing() {
        Evaluator.Memory middle = (s, field, lower) -> {
            if (s.market().population() > 21_000 && s.market().population() < 39_000) {
                throw new ScenarioException(field, "is too large for this test's memory; " + lower);
            }
        };
        IntFunction<Evaluator> before = Evaluator.use(threads -> new Evaluator() {
            private final Evaluator pool = new Evaluator.Pool(threads);

            @Override
            public double[][] map(int count, Job job) {
                return pool.map(count, job);
            }

            @Override
            public Evaluator.Memory memory(int jobs) {
                return middle;
            }

            @Override
            public void close() {
                pool.close();
            }
        });
        try {
            Path out = tmp.resolve("drawn");
            Cli r = Cli.run("fit", "--disclosure", "doterra-us-2017", "--prior", "market.population=uniform(20000,40000)",
                    "--particles", "20", "--budget", "200", "--threads", "1", "--out", out.toString());
            assertEquals(2, r.exit(), r.err());
            assertEquals(1, r.err().lines().count(), r.err());
            // (within the priors' box, so named as run names it)
            assertEquals("error: market.population is too large for this test's memory; lower market.population or "
                    + "market.prospectShare" + System.lineSeparator(), r.err());
            assertFalse(Files.exists(out));
            assertFalse(Files.exists(tmp.resolve("drawn.downline-partial")), "the work folder was removed");
        } finally {
            Evaluator.use(before);
        }
    }

    @Test
    void resumeRefusesAFolderOfAnotherFit() {
        Path out = tmp.resolve("fit");
        assertEquals(0, fit(out, "--seed", "3").exit());
        Cli other = fit(out, "--seed", "4", "--resume");
        assertEquals(2, other.exit());
        assertTrue(other.err().contains("holds a fit of other settings (seed 3, now 4); resume it with the options it "
                + "was started with"), other.err());
        // what differs is named, as sweep --resume names it: settings, and the scenario by its keys
        List<String> changed = new ArrayList<>();
        for (String a : FIT) {
            changed.add(a.equals("market.population=20000") ? "market.population=30000" : a);
        }
        changed.set(changed.indexOf("--particles") + 1, "30");
        changed.addAll(List.of("--seed", "3", "--resume", "--out", out.toString()));
        Cli settings = Cli.run(changed.toArray(String[]::new));
        assertEquals(2, settings.exit(), settings.err());
        assertEquals(1, settings.err().lines().count(), settings.err());
        assertTrue(settings.err().contains("holds a fit of other settings (particles 20, now 30; market.population "
                + "20000, now 30000); resume it"), settings.err());
        // an interrupted fit (its work folder beside --out) is continued with --resume, not overwritten
        Path partial = tmp.resolve("fit.downline-partial");
        try {
            Files.createDirectories(partial);
            Files.copy(out.resolve("fit-settings.json"), partial.resolve("fit-settings.json"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Cli again = fit(out, "--seed", "3");
        assertEquals(2, again.exit());
        assertTrue(again.err().contains("has an interrupted fit in"), again.err());
        Cli none = fit(tmp.resolve("empty"), "--resume");
        assertEquals(2, none.exit());
        assertTrue(none.err().contains("needs a folder holding an interrupted fit"), none.err());
    }

    /**
     * A generations.csv with a cell that is no number is refused in one line naming the file, the line,
     * the column, what it allows and what was there, as every reader does (it gave Java's "For input
     * string: ..."), exit 2, and nothing is written.
     */
    @Test
    void resumeNamesACorruptCellOfGenerationsCsv() throws IOException {
        Path out = tmp.resolve("fit");
        assertEquals(0, fit(out).exit());
        Path corrupt = tmp.resolve("corrupt");
        Files.createDirectories(corrupt);
        Files.copy(out.resolve("fit-settings.json"), corrupt.resolve("fit-settings.json"));
        List<String> rows = new ArrayList<>(Files.readAllLines(out.resolve("generations.csv")));
        int at = 0;
        while (!rows.get(at).startsWith("1,")) {
            at++;
        }
        String[] cells = rows.get(at).split(",", -1);
        assertEquals("weight", rows.get(at - 20 - 1).split(",", -1)[5], "generation 0's 20 rows, then the header's");
        cells[5] = "0.5.1";
        rows.set(at, String.join(",", cells));
        Files.write(corrupt.resolve("generations.csv"), rows);
        byte[] settingsBefore = Files.readAllBytes(corrupt.resolve("fit-settings.json"));
        byte[] generationsBefore = Files.readAllBytes(corrupt.resolve("generations.csv"));
        Cli bad = fit(corrupt, "--resume");
        assertEquals(2, bad.exit(), bad.err());
        assertEquals("error: --resume " + corrupt.resolve("generations.csv") + " line " + (at + 1) + " column weight "
                + "must be a number, was '0.5.1'", bad.err().strip());
        assertEquals("", bad.out());
        assertArrayEquals(settingsBefore, Files.readAllBytes(corrupt.resolve("fit-settings.json")));
        assertArrayEquals(generationsBefore, Files.readAllBytes(corrupt.resolve("generations.csv")));
        try (var files = Files.list(corrupt)) {
            assertEquals(2, files.count(), "nothing written into the fit's folder");
        }
        assertFalse(Files.exists(tmp.resolve("corrupt.downline-partial")), "no work folder");
    }

    /**
     * A fit killed with SIGKILL in another JVM, as soon as its first generation is on disk, and then
     * resumed, writes the same files as the fit run without interruption.
     */
    @Test
    void resumeAfterARealKillEqualsAnUninterruptedFit() throws Exception {
        String[] longer = {"fit", "--set", "market.population=20000", "--disclosure", "doterra-us-2017",
            "--prior", "recruitment.imitation=uniform(0.05,0.9)", "--particles", "20", "--budget", "2000",
            "--max-generations", "8", "--predictive-draws", "10", "--threads", "1"};
        Path whole = tmp.resolve("whole");
        List<String> args = new ArrayList<>(List.of(longer));
        args.addAll(List.of("--out", whole.toString()));
        assertEquals(0, Cli.run(args.toArray(String[]::new)).exit());

        Path killed = tmp.resolve("killed");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.downline.cli.Main"));
        cmd.addAll(List.of(longer));
        cmd.addAll(List.of("--out", killed.toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        Path gens = tmp.resolve("killed.downline-partial").resolve("generations.csv");   // the fit's work folder
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (!Files.exists(gens) && p.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertTrue(p.isAlive(), "the fit ended before it could be killed (exit " + (p.isAlive() ? "" : p.exitValue())
                + ")");
        p.destroyForcibly();                                // SIGKILL on Unix
        p.waitFor();
        assertFalse(Files.exists(killed), "killed before it finished: no --out folder yet");
        List<String> resume = new ArrayList<>(args.subList(0, args.size() - 2));
        resume.addAll(List.of("--out", killed.toString(), "--resume"));
        Cli r = Cli.run(resume.toArray(String[]::new));
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("Resuming after generation"), r.out());
        for (String f : List.of("fit.json", "posterior.csv", "generations.csv", "report.html")) {
            assertEquals(Files.readString(whole.resolve(f)), Files.readString(killed.resolve(f)), f);
        }
    }
}
