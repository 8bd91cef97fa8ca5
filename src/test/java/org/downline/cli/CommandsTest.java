package org.downline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.downline.testing.Cli;
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
                "charts/cohort-losing-money.png", "outlook.csv")) {
            assertTrue(Files.isRegularFile(out.resolve(f)), f);
        }
        // six months: no join month has a whole first year, so no outlook rows, chart or line
        try {
            assertEquals(2, Files.readAllLines(out.resolve("outlook.csv")).size());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertFalse(Files.exists(out.resolve("charts/outlook.png")));
        assertFalse(r.out().contains("If you join"), r.out());
        // ... and the table says why, as the report does
        assertTrue(r.out().contains("\nNo first-year outlook: this run is 6 months long, shorter than a newcomer's "
                + "first year of 12 months.\n"), r.out());
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
    void everyCommandsVersionOptionPrintsTheVersion() {
        String version = Cli.run("--version").out();
        assertTrue(version.startsWith("downline "), version);
        for (String c : List.of("run", "merge", "report", "disclosures", "disclose", "fit", "sweep", "payout",
                "presets", "validate")) {
            for (String option : List.of("-V", "--version")) {
                Cli v = Cli.run(c, option);
                assertEquals(0, v.exit(), c + " " + option + ": " + v.err());
                assertEquals(version, v.out(), c + " " + option);
                assertTrue(v.err().isEmpty(), v.err());
            }
        }
    }

    @Test
    void topLevelHelpFromNamesAndHeadersIsTheFullTreesHelp() {
        // '--help' registers the commands by name and header only; 'help' reads every command in full
        Cli listed = Cli.run("--help");
        Cli full = Cli.run("help");
        assertEquals(0, listed.exit());
        assertEquals(0, full.exit());
        assertTrue(full.out().contains("Run a scenario: summary table"), full.out());
        assertEquals(full.out(), listed.out());
    }

    @Test
    void aMistypedCommandOrOptionGetsTheClosestNamesOnItsOneLine() {
        Cli command = Cli.run("runn");
        assertEquals(2, command.exit());
        assertEquals("error: Unmatched argument at index 0: 'runn'; did you mean 'run'? (see 'downline --help')",
                command.err().strip());
        Cli option = Cli.run("run", "--sed", "3");
        assertEquals(2, option.exit());
        assertEquals(1, option.err().strip().lines().count(), option.err());
        assertTrue(option.err().contains("did you mean '--set' or '--seed'?"), option.err());
        // nothing close: no suggestion
        assertFalse(Cli.run("xyz").err().contains("did you mean"));
    }

    @Test
    void noOptionNeedsTheConvertersMainExcludes() {
        // Main.execute turns these picocli converters off; an option of such a type would fail to convert
        var top = Main.commandLine(new String[] {"help"});
        int checked = 0;
        for (var command : top.getSubcommands().values()) {
            for (var arg : command.getCommandSpec().args()) {
                for (Class<?> type : arg.auxiliaryTypes()) {
                    assertFalse(type.getName().matches(Main.EXCLUDED_CONVERTERS),
                            command.getCommandName() + " " + arg + ": " + type);
                    checked++;
                }
            }
        }
        assertTrue(checked > 50, "options checked: " + checked);
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

    /** validate counts in English: "1 replication × 1 month" (it printed "1 replications × 1 months"). */
    @Test
    void validateSaysOneMonthInTheSingular() throws IOException {
        Path one = tmp.resolve("one.yaml");
        Files.writeString(one, "months: 1\nreplications: 1\nmarket: {population: 20000, prospectShare: 0.1}\n");
        Cli ok = Cli.run("validate", one.toString());
        assertEquals(0, ok.exit(), ok.err());
        assertTrue(ok.out().contains(": valid (1 replication × 1 month, 2,000 prospects)"), ok.out());
    }

    /** The first line counts members in words: one member, not "1 members". */
    @Test
    void payoutCountsOneMemberInTheSingular(@TempDir Path dir) throws IOException {
        Path one = Files.writeString(dir.resolve("one.csv"), "id,sponsor,volume\na,,100\n");
        Cli r = Cli.run("payout", "--genealogy", one.toString(), "--plan",
                "src/test/resources/scenarios/plan-unilevel.yaml");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().startsWith("unilevel plan on " + one + ": 1 member (1 active)\n"), r.err());
        Path two = Files.writeString(dir.resolve("two.csv"), "id,sponsor,volume,active\na,,100,true\nb,a,0,false\n");
        Cli r2 = Cli.run("payout", "--genealogy", two.toString(), "--plan",
                "src/test/resources/scenarios/plan-unilevel.yaml");
        assertEquals(0, r2.exit(), r2.err());
        assertTrue(r2.err().startsWith("unilevel plan on " + two + ": 2 members (1 active)\n"), r2.err());
    }

    /** Without --out the per-member CSV goes to standard output and the totals to standard error. */
    @Test
    void payoutWithoutOutWritesTheCsvToStandardOutput() {
        Cli r = Cli.run("payout", "--genealogy", "src/test/resources/scenarios/genealogy-unilevel.csv",
                "--plan", "src/test/resources/scenarios/plan-unilevel.yaml");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("id,commission,level1,level2,level3\n"), r.out());
        assertTrue(r.out().contains("a,37.00,25.00,10.00,2.00"), r.out());
        assertTrue(r.err().contains("total paid"), r.err());
    }

    /** A payout --out that cannot be created is one line naming it as given and why, exit 2, nothing written. */
    @Test
    void payoutOutThatCannotBeCreatedIsOneLineNamingIt() throws IOException {
        Path file = Files.writeString(tmp.resolve("file"), "x");
        Path out = file.resolve("payout.csv");
        Cli r = Cli.run("payout", "--genealogy", "src/test/resources/scenarios/genealogy-unilevel.csv",
                "--plan", "src/test/resources/scenarios/plan-unilevel.yaml", "--out", out.toString());
        assertEquals(2, r.exit(), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("error: --out '" + out + "' cannot be created: '" + file + "' is a file"),
                r.err());
        assertEquals(List.of("file"), org.downline.testing.Folders.names(tmp));
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

    /*
     * Six members in a line, 100 each, unilevel 10/5/3/2/1%, no qualification: everyone is paid what
     * the levels below them hold, 21 + 20 + 18 + 15 + 10 + 0 = 84. The plan's maximum, 21% of 600 = 126,
     * counts every level above every member; the 42 of breakage are levels above the top of the tree,
     * which the totals must say rather than call the maximum what everyone qualified would be paid.
     */
    @Test
    void payoutSaysWhatThePlanMaximumAndItsBreakageAre() throws IOException {
        Cli r = payout("line", "id,sponsor,volume\na,,100\nb,a,100\nc,b,100\nd,c,100\ne,d,100\nf,e,100\n",
                "plan:\n  type: unilevel\n  levels: [0.10, 0.05, 0.03, 0.02, 0.01]\n");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().contains("total paid                    84.00\n"), r.err());
        // the ratios read as run's table writes payoutRatio and maxPayoutRatio: shares (were 0.1400, 0.2100)
        assertTrue(r.err().contains("payout ratio                  14.0%\n"), r.err());
        assertTrue(r.err().contains("plan maximum                 126.00  (the plan's full rate on every dollar, "
                + "as if every member had a full upline, all qualified, no caps; ratio 21.0%)\n"), r.err());
        assertTrue(r.err().contains("breakage                      42.00  (maximum - paid: levels above the top "
                + "of the tree, unqualified members, caps)\n"), r.err());
        Cli binary = Cli.run("payout", "--genealogy", "src/test/resources/scenarios/genealogy-binary.csv",
                "--plan", "src/test/resources/scenarios/plan-binary.yaml");
        assertTrue(binary.err().contains("plan maximum                  35.00  (every member qualified and "
                + "uncapped, on the legs they have; ratio 3.7%)\n"), binary.err());
        assertTrue(binary.err().contains("(maximum - paid: unqualified members, caps)\n"), binary.err());
    }

    /*
     * a, b, c in a line, 100 each, b departed (active=false); unilevel 10/5/2/1%, dynamic compression.
     * A departed member buys nothing, as in a run: b's 100 is not paid on, and a is paid 10% of c's 100
     * (b compressed out) = 10, where it was paid 20 counting b's 100. The rules, which a genealogy
     * cannot apply, are named in a note rather than silently ignored; and a plan without legs prints
     * no leg lines (flushed, carried, leg volume 0.00).
     */
    @Test
    void payoutPaysNothingOnADepartedMemberNotesRulesItCannotApplyAndPrintsLegsForBinaryOnly() throws IOException {
        String genealogy = "id,sponsor,volume,active\na,,100,true\nb,a,100,false\nc,b,100,true\n";
        String plan = "plan:\n  type: unilevel\n  levels: [0.10, 0.05, 0.02, 0.01]\n  compression: dynamic\n";
        Cli r = payout("departed", genealogy, plan);
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("id,commission,level1,level2,level3,level4\na,10.00,10.00,0.00,0.00,0.00\n"),
                r.out());
        assertTrue(r.err().contains("  note: 1 departed member (active=false) has volume 100.00 in the file: a departed "
                + "member buys nothing, so it counts as 0, not paid on\n"), r.err());
        assertTrue(r.err().contains("total volume                 200.00\n"), r.err());
        assertFalse(r.err().contains("plan.rules"), r.err());
        for (String leg : List.of("flushed volume", "carried out", "leg volume")) {
            assertFalse(r.err().contains(leg), leg + " in a unilevel payout: " + r.err());
        }
        Cli ruled = payout("departed", genealogy, plan,
                "--set", "plan.rules.minRetailCustomers=3", "--set", "plan.rules.personalUseCap=50");
        assertEquals(0, ruled.exit(), ruled.err());
        assertEquals(r.out(), ruled.out(), "paid as without the rules");
        assertEquals(1, ruled.err().lines().filter(l -> l.contains("plan.rules")).count(), ruled.err());
        assertTrue(ruled.err().contains("  note: plan.rules are not applied (minRetailCustomers=3, personalUseCap=50): "),
                ruled.err());
    }

    /*
     * Binary, given placements (BinaryPlanTest's tree with carry-in), 10%, cap 20, one recruit on
     * each leg:
     *   ann: left bob+dan+eve 250 + 50 carried = 300, right cat+fay+gus 600; recruits bob and dan on
     *        the left, cat on the right: qualified; due 30, paid 20, 10 capped, the 100 of pairs behind
     *        it flushed from both legs (200); carries 300 right
     *   bob: left 100, right 50, but his only recruit (eve) is on his right: not qualified, both legs
     *        carry; cat and fay likewise with one leg each; eve buys 50 (below 100)
     *   plan maximum: 10% of the weaker legs of ann (300) and bob (50) = 35
     *   leg volume: ann 900, bob 150, cat 300, fay 100 = 1450 = 400 paid on (20 at 10%) + 850 carried
     *        + 200 flushed; 13.8% of it flushed
     */
    @Test
    void payoutOfABinaryPlanWithGivenPlacementsAndCarry() throws IOException {
        Path out = tmp.resolve("binary.csv");
        Cli r = Cli.run("payout", "--genealogy", "src/test/resources/scenarios/genealogy-binary.csv",
                "--plan", "src/test/resources/scenarios/plan-binary.yaml", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        for (String line : List.of("total volume                 950.00", "total paid                    20.00",
                "plan maximum                  35.00", "breakage                      15.00",
                "capped                        10.00", "flushed volume               200.00",
                "carried out                  850.00", "leg volume                 1,450.00  (both legs of every "
                        + "member, carry-in included: paid on, carried or flushed; 13.8% flushed)")) {
            assertTrue(r.out().contains(line), line + " in\n" + r.out());
        }
        List<String> rows = Files.readAllLines(out);
        assertEquals("id,commission,binary,leftVolume,rightVolume,capped,flushed,carryLeft,carryRight,rank",
                rows.get(0));
        assertEquals(List.of(
                "ann,20.00,20.00,300.00,600.00,10.00,200.00,0.00,300.00,2",
                "bob,0.00,0.00,100.00,50.00,0.00,0.00,100.00,50.00,0",
                "cat,0.00,0.00,0.00,300.00,0.00,0.00,0.00,300.00,0",
                "dan,0.00,0.00,0.00,0.00,0.00,0.00,0.00,0.00,0",
                "eve,0.00,0.00,0.00,0.00,0.00,0.00,0.00,0.00,0",
                "fay,0.00,0.00,100.00,0.00,0.00,0.00,100.00,0.00,0",
                "gus,0.00,0.00,0.00,0.00,0.00,0.00,0.00,0.00,0"), rows.subList(1, rows.size()));
    }

    /*
     * Matrix 2 wide, 10/5/2% on 3 levels. bob and cat fill ann's two positions; dan and eve spill to
     * bob; fay is placed under dan; gus spills to cat:
     *   ann{bob{dan{fay}, eve}, cat{gus}}
     *   ann: {bob, cat} 20 + {dan, eve, gus} 15 + {fay} 2 = 37; bob: 20 + 5; cat: 10; dan: 10
     */
    @Test
    void payoutOfAMatrixWithSpilloverAndAGivenPlacement() throws IOException {
        Path out = tmp.resolve("matrix.csv");
        Cli r = Cli.run("payout", "--genealogy", "src/test/resources/scenarios/genealogy-matrix.csv",
                "--plan", "src/test/resources/scenarios/plan-matrix.yaml", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("total paid                    82.00"), r.out());
        assertTrue(r.out().contains("plan maximum                 119.00"), r.out());
        assertEquals(List.of("id,commission,level1,level2,level3", "ann,37.00,20.00,15.00,2.00",
                "bob,25.00,20.00,5.00,0.00", "cat,10.00,10.00,0.00,0.00", "dan,10.00,10.00,0.00,0.00",
                "eve,0.00,0.00,0.00,0.00", "fay,0.00,0.00,0.00,0.00", "gus,0.00,0.00,0.00,0.00"),
                Files.readAllLines(out));
    }

    /** Breakaway: BreakawayPlanTest's breakaway leg with override, through the CLI. */
    @Test
    void payoutOfABreakawayPlanWithRanks() throws IOException {
        Path out = tmp.resolve("breakaway.csv");
        Cli r = Cli.run("payout", "--genealogy", "src/test/resources/scenarios/genealogy-breakaway.csv",
                "--plan", "src/test/resources/scenarios/plan-breakaway.yaml", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("total paid                 2,025.00"), r.out());
        assertTrue(r.out().contains("plan maximum               2,250.00"), r.out());
        assertEquals(List.of("id,commission,performanceBonus,override,groupVolume,rank",
                "ann,925.00,700.00,225.00,4500.00,4", "bob,825.00,825.00,0.00,4500.00,4",
                "cat,200.00,200.00,0.00,2000.00,3", "dan,75.00,75.00,0.00,1500.00,2"), Files.readAllLines(out));
    }

    /**
     * {@code downline payout} on {@code genealogy} and {@code plan}, written to {@code name}.csv and
     * {@code name}.yaml, with {@code more} options.
     */
    private Cli payout(String name, String genealogy, String plan, String... more) throws IOException {
        Path csv = Files.writeString(tmp.resolve(name + ".csv"), genealogy);
        Path yaml = Files.writeString(tmp.resolve(name + ".yaml"), plan);
        List<String> args = new java.util.ArrayList<>(List.of("payout", "--genealogy", csv.toString(), "--plan",
                yaml.toString()));
        args.addAll(List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }
}
