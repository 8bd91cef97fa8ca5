package org.downline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input of every kind: exit code 2, exactly one line on stderr naming the field (or option, or
 * file) and what was given, no stack trace, and no output directory.
 */
class BadInputTest {

    @TempDir
    static Path tmp;

    static Path file(String name, String text) {
        try {
            Path p = tmp.resolve(name);
            Files.writeString(p, text);
            return p;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Stream<Arguments> cases() {
        String bad = file("malformed.yaml", "market:\n  population: [1,\n").toString();
        String valid = file("valid.yaml", "months: 3\n").toString();
        String plan = file("plan.yaml", "plan: {type: unilevel, levels: [0.1]}\n").toString();
        String badPlan = file("bad-plan.yaml", "plan: {levels: [0.6, 0.6]}\n").toString();
        String csv = file("g.csv", "id,sponsor,volume\na,,100\nb,a,100\n").toString();
        String badCsv = file("bad.csv", "id,sponsor,volume\na,,100\nb,zz,100\n").toString();
        String notCsv = file("not.csv", "id;sponsor;volume\na;;100\n").toString();
        String aFile = file("a-file", "x").toString();
        String binaryPlan = file("binary.yaml", "plan: {type: binary}\n").toString();
        String matrixPlan = file("matrix.yaml", "plan: {type: matrix, width: 2}\n").toString();
        String legAlone = file("leg-alone.csv", "id,sponsor,volume,placement,leg\na,,100,,\nb,a,100,,L\n").toString();
        String sameLeg = file("same-leg.csv", "id,sponsor,volume,placement,leg\na,,100,,\nb,a,100,a,L\nc,a,100,a,l\n")
                .toString();
        String badLeg = file("bad-leg.csv", "id,sponsor,volume,placement,leg\na,,100,,\nb,a,100,a,X\n").toString();
        String full = file("full.csv", "id,sponsor,volume,placement\na,,100,\nb,a,100,a\nc,a,100,a\nd,b,100,a\n")
                .toString();
        return Stream.of(
            // values out of range
            of(new String[] {"run", "--set", "market.prospectShare=1.5"}, "market.prospectShare", "1.5"),
            of(new String[] {"run", "--set", "economics.retail.margin=-0.1"}, "economics.retail.margin", "-0.1"),
            of(new String[] {"run", "--set", "attrition.quitPerMonth=1.0000001"}, "attrition.quitPerMonth", "1.0000001"),
            of(new String[] {"run", "--replications", "0"}, "replications", "was 0"),
            of(new String[] {"run", "--months", "601"}, "months", "601"),
            of(new String[] {"run", "--threads", "-1"}, "--threads", "-1"),
            of(new String[] {"run", "--set", "plan.levels=[0.5, 0.7]"}, "plan.levels", "1.2"),
            // unknown keys and values, with suggestions
            of(new String[] {"run", "--set", "market.populaton=10"}, "market.populaton", "market.population"),
            of(new String[] {"run", "--set", "recruitment.model=bas"}, "recruitment.model", "'bas'"),
            of(new String[] {"run", "--preset", "nope"}, "--preset", "'nope'"),
            // wrong types
            of(new String[] {"run", "--set", "months=abc"}, "months", "'abc'"),
            of(new String[] {"run", "--set", "plan.levels=[0.5, abc]"}, "plan.levels[1]", "'abc'"),
            of(new String[] {"run", "--threads", "abc"}, "--threads", "'abc'"),
            of(new String[] {"run", "--seed", "1.5"}, "--seed", "'1.5'"),
            of(new String[] {"run", "--set", "months"}, "--set", "'months'"),
            // malformed and missing files
            of(new String[] {"run", "--scenario", bad}, "malformed.yaml", "line 2, column 17"),
            of(new String[] {"run", "--scenario", tmp.resolve("missing.yaml").toString()}, "missing.yaml", "does not exist"),
            of(new String[] {"payout", "--genealogy", tmp.resolve("missing.csv").toString(), "--plan", plan},
                    "missing.csv", "does not exist"),
            of(new String[] {"payout", "--genealogy", badCsv, "--plan", plan}, "bad.csv line 3", "'zz'"),
            of(new String[] {"payout", "--genealogy", notCsv, "--plan", plan}, "not.csv", "'id;sponsor;volume'"),
            of(new String[] {"payout", "--genealogy", csv, "--plan", badPlan}, "plan.levels", "1.2"),
            // given placements a plan cannot take
            of(new String[] {"payout", "--genealogy", legAlone, "--plan", binaryPlan}, "leg-alone.csv line 3: column leg",
                    "is L but column placement is empty"),
            of(new String[] {"payout", "--genealogy", sameLeg, "--plan", binaryPlan}, "same-leg.csv line 4: column leg",
                    "is L under 'a', but that leg is already taken by 'b'"),
            of(new String[] {"payout", "--genealogy", badLeg, "--plan", binaryPlan}, "bad-leg.csv line 3: column leg",
                    "'X'"),
            of(new String[] {"payout", "--genealogy", full, "--plan", matrixPlan}, "full.csv line 5: column placement",
                    "names 'a', whose 2 positions are already taken (a matrix 2 wide): 'b', 'c'"),
            of(new String[] {"run", "--set", "plan.type=matrix", "--set", "plan.depth=3"}, "plan.levels",
                    "was a list of 5"),
            // impossible combinations
            of(new String[] {"run", "--set", "market.population=100", "--set", "market.prospectShare=0.1",
                "--set", "recruitment.founders=11"}, "recruitment.founders", "was 11"),
            of(new String[] {"run", "--set", "recruitment.innovation=0.7", "--set", "recruitment.imitation=0.5"},
                    "recruitment.imitation", "0.5"),
            of(new String[] {"run", "--set", "recruitment.model=contacts", "--set", "market.population=100"},
                    "market.network.degree", "was 150"),
            of(new String[] {"run", "--set", "recruitment.model=contacts", "--set", "recruitment.effort.distribution=pareto",
                "--set", "recruitment.effort.alpha=1"}, "recruitment.effort.alpha", "was 1"),
            of(new String[] {"run", "--scenario", valid, "--preset", "default"}, "--scenario", "--preset"),
            of(new String[] {"run", "--out", aFile}, "--out", "a-file"),
            // a run too large for memory
            of(new String[] {"run", "--set", "market.population=2e9", "--set", "market.prospectShare=1"},
                    "market.population", "GB"),
            // sweeps
            of(new String[] {"sweep", "--vary", "recruitment.imitaton=0.1,0.2"}, "recruitment.imitaton",
                    "recruitment.imitation"),
            of(new String[] {"sweep", "--vary", "economics.monthlyFee=0:40:0"}, "--vary economics.monthlyFee", "0:40:0"),
            of(new String[] {"sweep", "--vary", "economics.monthlyFee=40:0:10"}, "--vary economics.monthlyFee", "40:0:10"),
            of(new String[] {"sweep", "--vary", "a=0:100:1", "--vary", "b=0:100:1"}, "--vary", "10201 cells"),
            of(new String[] {"sweep", "--vary", "economics.monthlyFee=0,10", "--metric", "happiness"}, "--metric",
                    "'happiness'"),
            // a contacts-only metric on a Bass sweep
            of(new String[] {"sweep", "--vary", "economics.monthlyFee=0,10", "--metric", "pitchesPerRecruit"},
                    "--metric", "'pitchesPerRecruit'"),
            of(new String[] {"sweep", "--vary", "market.prospectShare=0.5,1.5"}, "market.prospectShare", "1.5"),
            // command-line syntax
            of(new String[] {"run", "--unknown-option"}, "--unknown-option", "Unknown option"),
            of(new String[] {"payout", "--plan", plan}, "--genealogy", "Missing required option"));
    }

    private static Arguments of(String[] args, String field, String given) {
        return Arguments.of(args, field, given);
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @MethodSource("cases")
    void badInputIsOneLineExitTwoAndNoOutput(String[] args, String field, String given) {
        Path out = tmp.resolve("out-" + Math.abs(String.join(" ", args).hashCode()));
        List<String> all = new ArrayList<>(List.of(args));
        if ((args[0].equals("run") || args[0].equals("sweep")) && !all.contains("--out")) {
            all.add("--out");
            all.add(out.toString());
        }
        if (args[0].equals("payout")) {
            all.add("--out");
            all.add(out.resolve("payout.csv").toString());
        }
        Cli r = Cli.run(all.toArray(String[]::new));
        assertEquals(2, r.exit(), "exit code; stderr: " + r.err());
        String err = r.err().strip();
        assertEquals(1, err.lines().count(), "one line: " + err);
        assertTrue(err.startsWith("error: "), err);
        assertTrue(err.contains(field), "names " + field + ": " + err);
        assertTrue(err.contains(given), "shows " + given + ": " + err);
        assertFalse(err.contains("Exception") || err.contains("\tat "), "no stack trace: " + err);
        assertFalse(Files.exists(out), "no output written");
        assertEquals("", r.out(), "nothing on stdout");
    }
}
