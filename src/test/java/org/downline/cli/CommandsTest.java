package org.downline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandsTest {

    @TempDir
    Path tmp;

    @Test
    void runWritesEveryOutputAndPrintsTheTable() {
        Path out = tmp.resolve("out");
        Cli r = Cli.run("run", "--set", "market.population=20000", "--replications", "4", "--months", "6",
                "--threads", "2", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("Lost money (net income < $0)"), r.out());
        assertTrue(r.out().contains("4 replications x 6 months | seed 1"), r.out());
        for (String f : List.of("summary.json", "timeseries.csv", "incomes.csv", "cohorts.csv", "bands.csv",
                "lorenz.csv", "charts/growth.png", "charts/net-income-distribution.png",
                "charts/who-earns-what.png", "charts/lorenz.png", "charts/cohort-net-income.png",
                "charts/cohort-losing-money.png")) {
            assertTrue(Files.isRegularFile(out.resolve(f)), f);
        }
        // no temporary files left behind
        try (var files = Files.walk(out)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void helpExplainsEveryOptionWithDefaults() {
        Cli top = Cli.run("--help");
        assertEquals(0, top.exit());
        for (String c : List.of("run", "payout", "presets", "validate")) {
            assertTrue(top.out().contains(c), c);
        }
        Cli run = Cli.run("run", "--help");
        for (String o : List.of("--scenario", "--preset", "--replications", "--seed", "--threads", "--months",
                "--out", "--set", "default: downline-out", "default, pyramid-math")) {
            assertTrue(run.out().contains(o), o + " in:\n" + run.out());
        }
        assertTrue(Cli.run("--version").out().startsWith("downline "));
    }

    @Test
    void presetsAreListedOneLineEach() {
        Cli r = Cli.run("presets");
        assertEquals(0, r.exit());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("default ")));
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("pyramid-math ")));
        assertTrue(Cli.run("presets", "--show", "default").out().contains("Calibration"));
    }

    @Test
    void validateListsEveryProblem() throws IOException {
        Path bad = tmp.resolve("bad.yaml");
        Files.writeString(bad, "months: 0\nmarket: {prospectShare: 2, nope: 1}\n");
        Cli r = Cli.run("validate", bad.toString());
        assertEquals(2, r.exit());
        List<String> lines = r.err().lines().toList();
        assertEquals(4, lines.size(), r.err());
        assertTrue(lines.get(lines.size() - 1).startsWith("3 problems in"));
        Path good = tmp.resolve("good.yaml");
        Files.writeString(good, "months: 12\n");
        Cli ok = Cli.run("validate", good.toString());
        assertEquals(0, ok.exit(), ok.err());
        assertTrue(ok.out().contains("valid"));
        Cli printed = Cli.run("validate", "--print", good.toString());
        assertTrue(printed.out().contains("prospectShare: 0.1"), printed.out());
    }

    /** The genealogy of the unilevel hand test (UnilevelPlanTest), rows shuffled, through the CLI. */
    @Test
    void payoutWritesCommissionsByLevel() throws IOException {
        Path out = tmp.resolve("payout.csv");
        Cli r = Cli.run("payout", "--genealogy", "src/test/resources/scenarios/genealogy-unilevel.csv",
                "--plan", "src/test/resources/scenarios/plan-unilevel.yaml", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("total paid                    72.00"), r.out());
        assertTrue(r.out().contains("total volume                 650.00"), r.out());
        List<String> rows = Files.readAllLines(out);
        assertEquals("id,commission,level1,level2,level3", rows.get(0));
        assertEquals(List.of("e,0.00,0.00,0.00,0.00", "a,37.00,25.00,10.00,2.00", "b,0.00,0.00,0.00,0.00",
                "c,10.00,10.00,0.00,0.00", "d,15.00,10.00,5.00,0.00", "f,10.00,10.00,0.00,0.00",
                "g,0.00,0.00,0.00,0.00"), rows.subList(1, rows.size()));
    }
}
