package org.downline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.downline.io.Words;
import org.downline.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the commands say when something is wrong, word for word where it matters. */
class MessagesTest {

    @TempDir
    Path tmp;

    @Test
    void picocliErrorsSayErrorOnce() {
        Cli r = Cli.run("run", "--preset", "default", "--scenario", "x");
        assertEquals(2, r.exit(), r.err());
        assertEquals("error: --scenario=FILE, --preset=NAME are mutually exclusive (specify only one) "
                + "(see 'downline run --help')", r.err().strip());
    }

    /**
     * A number option's value out of range ends as one that is no number does, with where to read what it
     * allows: run's, sweep's and disclose's --months/--replications and --threads alike.
     */
    @Test
    void aNumberOutOfRangeEndsAsANonNumberDoes() {
        String[][] cases = {
            {"run", "--months", "0", "error: --months must be an integer in [1, 600], was 0 (see 'downline run --help')"},
            {"run", "--months", "x", "error: --months must be an integer in [1, 600], was 'x' (see 'downline run --help')"},
            {"run", "--replications", "0",
                "error: --replications must be an integer in [1, 1000000], was 0 (see 'downline run --help')"},
            {"sweep", "--months", "601",
                "error: --months must be an integer in [1, 600], was 601 (see 'downline sweep --help')"},
            {"run", "--threads", "2000",
                "error: --threads must be an integer in [0, 1024] (0: all cores), was 2000 (see 'downline run --help')"}};
        for (String[] c : cases) {
            Path out = tmp.resolve("out-" + c[0] + c[2]);
            List<String> args = new java.util.ArrayList<>(List.of(c[0], c[1], c[2], "--out", out.toString()));
            if (c[0].equals("sweep")) {
                args.addAll(List.of("--vary", "seed=1,2"));
            }
            Cli r = Cli.run(args.toArray(String[]::new));
            assertEquals(2, r.exit(), r.err());
            assertEquals(c[3], r.err().strip());
            assertFalse(Files.exists(out));
        }
    }

    /**
     * A command-line value a refusal echoes is cut at 60 characters with its length, as a file's are: an
     * unknown preset echoed 5,000 characters whole, and an argument file ({@code @FILE}) of a picture's bytes
     * gave a line of 125 KB (picocli's list of the arguments it could not match: the first 3 are shown).
     */
    @Test
    void longCommandLineValuesAreEchoedCut() throws IOException {
        String x = "x".repeat(5000);
        String cut = "'" + "x".repeat(60) + "…' (5,000 characters)";
        Cli preset = Cli.run("run", "--preset", x, "--out", tmp.resolve("p").toString());
        assertEquals(2, preset.exit(), preset.err());
        assertEquals("error: --preset must be one of default, pyramid-math, binary-typical, matrix-3x7, "
                + "breakaway-stair-step, warm-market, customer-rule, was " + cut, preset.err().strip());
        Cli metric = Cli.run("sweep", "--vary", "economics.monthlyFee=0,20", "--metric", x, "--out",
                tmp.resolve("m").toString());
        assertEquals(2, metric.exit(), metric.err());
        assertTrue(metric.err().strip().endsWith(", was " + cut), metric.err());
        Path picture = tmp.resolve("some.png");
        byte[] bytes = new byte[200_000];
        new java.util.Random(1).nextBytes(bytes);
        Files.write(picture, bytes);
        Cli unmatched = Cli.run("run", "@" + picture, "--out", tmp.resolve("u").toString());
        assertEquals(2, unmatched.exit(), unmatched.err());
        assertEquals(1, unmatched.err().lines().count(), unmatched.err());
        assertTrue(unmatched.err().length() < 400, unmatched.err());
        assertTrue(unmatched.err().matches("(?s)error: Unmatched arguments from index 1: '.*' and [\\d,]+ more "
                + "\\(see 'downline run --help'\\)\\s*"), unmatched.err());
        assertFalse(Files.exists(tmp.resolve("p")) || Files.exists(tmp.resolve("m")) || Files.exists(tmp.resolve("u")));
    }

    /** A bad value given with --set is the --set's, as written, not the file's (which does not hold it). */
    @Test
    void aBadSetValueIsBlamedOnTheSetAsWritten() throws IOException {
        Path empty = Files.writeString(tmp.resolve("empty.yaml"), "");
        Cli v = Cli.run("validate", empty.toString(), "--set", "months=010000");
        assertEquals(2, v.exit(), v.err());
        assertEquals("error: --set months=010000: months must be an integer in [1, 600], was 10000",
                v.err().strip());
        Cli two = Cli.run("validate", empty.toString(), "--set", "months=0", "--set", "market.populaton=5");
        assertEquals(List.of("error: --set months=0: months must be an integer in [1, 600], was 0",
                "error: --set market.populaton=5: market.populaton is not a known key; did you mean "
                        + "'market.population'?",
                "2 problems in " + empty + " with the --set options"), two.err().lines().toList());
        Path bad = Files.writeString(tmp.resolve("bad.yaml"), "months: 0\n");
        Cli file = Cli.run("validate", bad.toString(), "--set", "market.population=2000");
        assertEquals(bad + ": months must be an integer in [1, 600], was 0", file.err().strip());
        Cli run = Cli.run("run", "--set", "months=010000", "--out", tmp.resolve("out").toString());
        assertEquals(2, run.exit(), run.err());
        assertEquals("error: --set months=010000: months must be an integer in [1, 600], was 10000",
                run.err().strip());
        Cli payout = Cli.run("payout", "--genealogy", "src/test/resources/scenarios/genealogy-unilevel.csv",
                "--plan", "src/test/resources/scenarios/plan-unilevel.yaml", "--set", "plan.levels=[2]");
        assertTrue(payout.err().startsWith("error: --set plan.levels=[2]: plan.levels[0] must be in [0, 1], was 2"),
                payout.err());
    }

    /**
     * A number the user did not type (a default, a sum) is shown as a preset writes it: the default
     * innovation 0.0005, which the message used to give as Java's 5.0E-4.
     */
    @Test
    void valuesNobodyTypedAreShownInPlainDecimals() {
        Cli r = Cli.run("run", "--set", "recruitment.imitation=1", "--out", tmp.resolve("out").toString());
        assertEquals(2, r.exit());
        assertEquals("error: --set recruitment.imitation=1: recruitment.imitation plus recruitment.innovation must be "
                + "at most 1 (a monthly probability), was 1 + 0.0005", r.err().strip());
        assertEquals("0.0005", org.downline.scenario.Checks.show(5e-4));
        assertEquals("-2.5", org.downline.scenario.Checks.show(-2.5));
        assertEquals("1e-300", org.downline.scenario.Checks.show(1e-300));
        assertEquals("2.5e-7", org.downline.scenario.Checks.show(2.5e-7));
        assertEquals("1e99", org.downline.scenario.Checks.show(1e99));
        assertEquals("NaN", org.downline.scenario.Checks.show(Double.NaN));
    }

    @Test
    void resolvedWithoutShowIsRefused() {
        Cli r = Cli.run("presets", "--resolved");
        assertEquals(2, r.exit(), r.err());
        assertEquals("error: --resolved needs --show NAME (the preset to print resolved), was given alone",
                r.err().strip());
        assertEquals("", r.out());
    }

    @Test
    void countsAreSingularForOne() {
        assertEquals("1 key", Words.count(1, "key"));
        assertEquals("0 charts", Words.count(0, "chart"));
        assertEquals("2 generations", Words.count(2, "generation"));
        Cli r = Cli.run("run", "--months", "1", "--replications", "1", "--set", "market.population=2000",
                "--out", tmp.resolve("one").toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("| 1 replication x 1 month | seed 1"), r.out());
        assertTrue(r.out().contains("No first-year outlook: this run is 1 month long"), r.out());
        // disclose's title, and its refusal when nobody covered was paid
        Cli d = Cli.run("disclose", "--set", "market.population=2000", "--replications", "1", "--out",
                tmp.resolve("one.csv").toString());
        assertEquals(0, d.exit(), d.err());
        assertTrue(d.out().contains(", mean of 1 replication\n"), d.out());
        Cli none = Cli.run("disclose", "--set", "market.population=1000", "--set", "market.prospectShare=0.001",
                "--replications", "1", "--out", tmp.resolve("none.csv").toString());
        assertEquals(2, none.exit(), none.err());
        assertTrue(none.err().contains(" in the one replication ("), none.err());
    }

    /** A --out under folders that do not exist creates them, as every command does, and says so. */
    @Test
    void foldersCreatedForAnOutAreNamed() {
        Path csv = tmp.resolve("new").resolve("sub").resolve("payout.csv");
        Cli payout = Cli.run("payout", "--genealogy", "src/test/resources/scenarios/genealogy-unilevel.csv",
                "--plan", "src/test/resources/scenarios/plan-unilevel.yaml", "--out", csv.toString());
        assertEquals(0, payout.exit(), payout.err());
        assertTrue(Files.isRegularFile(csv));
        assertTrue(payout.out().contains("per-member commissions written to " + csv + "; created the folder '"
                + tmp.resolve("new").toAbsolutePath() + "', which did not exist\n"), payout.out());
        Path dir = tmp.resolve("other").resolve("run");
        String[] run = {"run", "--months", "1", "--set", "market.population=2000", "--replications", "2",
            "--out", dir.toString()};
        Cli first = Cli.run(run);
        assertEquals(0, first.exit(), first.err());
        assertTrue(first.out().contains("(charts in " + dir.resolve("charts") + "); created the folder '"
                + tmp.resolve("other").toAbsolutePath() + "', which did not exist\n"), first.out());
        Cli again = Cli.run(run);
        assertFalse(again.out().contains("created the folder"), again.out());
    }

    /** A report whose folder misses a file says it is missing, not the bare path. */
    @Test
    void aReportOfAFolderMissingAFileSaysItIsMissing() throws IOException {
        Path out = tmp.resolve("w");
        Cli run = Cli.run("run", "--months", "1", "--set", "market.population=2000", "--replications", "2",
                "--out", out.toString());
        assertEquals(0, run.exit(), run.err());
        // --months and --replications from the command line, market.population from --set: three keys changed
        assertTrue(Files.readString(out.resolve("report.html")).contains("(3 keys)"));
        Files.delete(out.resolve("outlook.csv"));
        Cli r = Cli.run("report", out.toString());
        assertEquals(2, r.exit(), r.err());
        assertEquals("error: cannot read the results in '" + out + "': " + out.resolve("outlook.csv")
                + " is missing", r.err().strip());
        assertFalse(Files.exists(out.resolve("report.html.tmp")));
    }
}
