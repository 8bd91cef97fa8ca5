package org.downline.cli;

import static org.downline.testing.Cli.smallRun;
import static org.downline.testing.Folders.files;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.downline.testing.Cli;
import org.downline.testing.Folders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An --out that a command would replace is refused, whole and untouched, when it holds one of the
 * command's inputs ({@code run --scenario s.yaml --out . --force} deleted s.yaml with the folder).
 */
class OutHoldsInputTest {

    private static final String SCENARIO = "months: 12\nreplications: 2\nmarket:\n  population: 2000\n";

    @TempDir
    Path tmp;

    @Test
    void aScenarioInsideTheReplacedOutIsRefusedWithOrWithoutForce() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("mine"));
        Path scenario = Files.writeString(out.resolve("small.yaml"), SCENARIO);
        refused(out, "--out '" + out + "' holds the input --scenario '" + scenario + "', which replacing the folder "
                + "would delete; choose another --out", "run", "--scenario", scenario.toString(), "--threads", "1",
                "--out", out.toString(), "--force");

        // an earlier run's set, replaced without --force, and a scenario kept in it (at depth)
        Path set = tmp.resolve("set");
        assertEquals(0, smallRun(set).exit());
        Path deep = Files.writeString(Files.createDirectories(set.resolve("keep/deeper")).resolve("s.yaml"), SCENARIO);
        refused(set, "holds the input --scenario '" + deep + "'", "run", "--scenario", deep.toString(),
                "--threads", "1", "--out", set.toString());
        // the same file by a symbolic link from outside, and the --out by a path of its own
        Path link = Files.createSymbolicLink(tmp.resolve("link.yaml"), deep);
        refused(set, "holds the input --scenario '" + link + "'", "run", "--scenario", link.toString(),
                "--threads", "1", "--out", tmp.resolve("set/keep/..").toString());
        // a file of arguments in it
        Path args = Files.writeString(set.resolve("keep/args"), "--threads 1\n");
        refused(set, "holds the input @FILE '" + args + "'", "run", "@" + args, "--out", set.toString());
        // a sweep's and a fit's --out too
        refused(set, "holds the input --scenario", "sweep", "--scenario", deep.toString(), "--vary",
                "economics.monthlyFee=10,20", "--out", set.toString(), "--force");
        Path disclosure = Files.writeString(set.resolve("keep/d.csv"), "# disclosure: x\n");
        refused(set, "holds the input --disclosure '" + disclosure + "'", "fit", "--disclosure", disclosure.toString(),
                "--prior", "economics.monthlyFee=uniform(10,20)", "--out", set.toString(), "--force");
    }

    @Test
    void mergeIntoTheFolderOfItsShardsIsRefusedAndKeepsThem() throws IOException {
        Path parts = tmp.resolve("parts");
        for (int i = 1; i <= 2; i++) {
            assertEquals(0, smallRun(parts, "--shard", i + "/2").exit());
        }
        // without --force a folder of shards is no result set, as before
        refused(parts, "holds files that are not a Downline result", "merge", parts.toString(), "--out",
                parts.toString());
        refused(parts, "holds the input SHARD '" + parts + "'", "merge", parts.toString(), "--out", parts.toString(),
                "--force");
        Path one = parts.resolve("shard-1-of-2.shard");
        refused(parts, "holds the input SHARD '" + one + "'", "merge", one.toString(),
                parts.resolve("shard-2-of-2.shard").toString(), "--out", parts.toString(), "--force");
        // an --out beside the shards is written as before
        Cli merged = Cli.run("merge", parts.toString(), "--out", parts.resolve("all").toString());
        assertEquals(0, merged.exit(), merged.err());
    }

    @Test
    void aSingleFileOutThatIsAnInputIsNotReplaced() throws IOException {
        Path genealogy = Files.writeString(tmp.resolve("g.csv"), "id,sponsor,volume\na,,100\nb,a,50\n");
        Path plan = Files.copy(Path.of("src/test/resources/scenarios/plan-unilevel.yaml"), tmp.resolve("p.yaml"));
        Map<String, byte[]> before = files(tmp);
        for (Path input : new Path[] {genealogy, plan}) {
            Cli r = Cli.run("payout", "--genealogy", genealogy.toString(), "--plan", plan.toString(), "--out",
                    input.toString(), "--force");
            assertEquals(2, r.exit(), r.err());
            assertTrue(r.err().startsWith("error: --out '" + input + "' is the input --"), r.err());
            assertTrue(r.err().endsWith("', which writing --out would replace; choose another --out\n"), r.err());
            Folders.assertSameFiles(before, files(tmp));
        }
        Path scenario = Files.writeString(tmp.resolve("s.yaml"), SCENARIO);
        Cli d = Cli.run("disclose", "--scenario", scenario.toString(), "--out", scenario.toString(), "--force");
        assertEquals(2, d.exit(), d.err());
        assertTrue(d.err().contains("is the input --scenario"), d.err());
        assertEquals(SCENARIO, Files.readString(scenario));
    }

    /** The command fails with exit 2, one line containing {@code why}, and {@code out} is as it was. */
    private static void refused(Path out, String why, String... args) {
        Map<String, byte[]> before = files(out);
        Cli r = Cli.run(args);
        assertEquals(2, r.exit(), r.out() + r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("error: ") && r.err().contains(why), r.err());
        Folders.assertSameFiles(before, files(out));
    }
}
