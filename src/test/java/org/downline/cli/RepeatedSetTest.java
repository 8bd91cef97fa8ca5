package org.downline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.downline.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two {@code --set} options of one key are refused, naming the key and both options, as a key a
 * scenario file gives twice is: the last one silently won. So is a key that {@code sweep} is given by
 * both {@code --set} and {@code --vary}.
 */
class RepeatedSetTest {

    @TempDir
    Path tmp;

    @Test
    void runRefusesAKeySetTwice() {
        Path out = tmp.resolve("out");
        Cli r = Cli.run("run", "--set", "months=12", "--set", "market.population=5000", "--set", "months =13",
                "--replications", "2", "--out", out.toString());
        assertEquals(Main.BAD_INPUT, r.exit(), r.err());
        assertEquals("error: --set gives the key 'months' twice ('months=12', then 'months =13'): give each key once",
                r.err().strip());
        assertFalse(Files.exists(out));
    }

    /** A key both --set and --vary give: each cell's --vary value replaced the --set one without a word. */
    @Test
    void sweepRefusesAKeyBothSetAndVaried() {
        Path out = tmp.resolve("sweep");
        Cli r = Cli.run("sweep", "--set", "market.population=5000", "--set", "economics.monthlyFee =15", "--vary",
                "months=6,12", "--vary", "economics.monthlyFee=0,20", "--replications", "2", "--out", out.toString());
        assertEquals(Main.BAD_INPUT, r.exit(), r.err());
        assertEquals("error: --set gives the key 'economics.monthlyFee' that --vary gives too (--set "
                + "'economics.monthlyFee =15', and --vary 'economics.monthlyFee=0,20'): each cell's --vary value would "
                + "replace it; give the key once", r.err().strip());
        assertFalse(Files.exists(out));
        assertFalse(Files.exists(org.downline.io.ResultFolder.partialOf(out)));

        // the same key whatever whitespace surrounds it (here an ideographic space, U+3000), to both options
        Cli spaced = Cli.run("sweep", "--set", "market.population=5000", "--set", "\u3000economics.monthlyFee=15",
                "--vary", "economics.monthlyFee\u3000=0,20", "--replications", "2", "--out", out.toString());
        assertEquals(Main.BAD_INPUT, spaced.exit(), spaced.err());
        assertEquals("error: --set gives the key 'economics.monthlyFee' that --vary gives too (--set "
                + "'\u3000economics.monthlyFee=15', and --vary 'economics.monthlyFee\u3000=0,20'): each cell's --vary "
                + "value would replace it; give the key once", spaced.err().strip());
        assertFalse(Files.exists(out));
    }

    /** A key both --set and an option give (--months, --seed, --year-ending): the option silently won. */
    @Test
    void aKeyBothSetAndGivenByAnOptionIsRefused() {
        Path out = tmp.resolve("both");
        Cli r = Cli.run("run", "--set", "months=12", "--months", "24", "--replications", "2", "--out", out.toString());
        assertEquals(Main.BAD_INPUT, r.exit(), r.err());
        assertEquals("error: --set gives the key 'months' that --months gives too (--set 'months=12', and --months "
                + "24): give the key once", r.err().strip());
        assertFalse(Files.exists(out));

        Cli seed = Cli.run("sweep", "--set", "seed=3", "--seed", "4", "--vary", "economics.monthlyFee=0,20",
                "--replications", "2", "--out", out.toString());
        assertEquals(Main.BAD_INPUT, seed.exit(), seed.err());
        assertEquals("error: --set gives the key 'seed' that --seed gives too (--set 'seed=3', and --seed 4): give "
                + "the key once", seed.err().strip());

        Cli months = Cli.run("sweep", "--months", "12", "--vary", "months=6,12", "--replications", "2",
                "--out", out.toString());
        assertEquals(Main.BAD_INPUT, months.exit(), months.err());
        assertEquals("error: --months gives the key 'months' that --vary gives too (--months 12, and --vary "
                + "'months=6,12'): each cell's --vary value would replace it; give the key once", months.err().strip());

        // so --seed and --replications beside a --vary of their key: the cells' values replaced them unsaid
        Cli seedVaried = Cli.run("sweep", "--seed", "5", "--vary", "seed=1,2", "--replications", "2",
                "--out", out.toString());
        assertEquals(Main.BAD_INPUT, seedVaried.exit(), seedVaried.err());
        assertEquals("error: --seed gives the key 'seed' that --vary gives too (--seed 5, and --vary 'seed=1,2'): "
                + "each cell's --vary value would replace it; give the key once", seedVaried.err().strip());
        Cli replicationsVaried = Cli.run("sweep", "--replications", "2", "--vary", "replications=1,2",
                "--out", out.toString());
        assertEquals(Main.BAD_INPUT, replicationsVaried.exit(), replicationsVaried.err());
        assertEquals("error: --replications gives the key 'replications' that --vary gives too (--replications 2, and "
                + "--vary 'replications=1,2'): each cell's --vary value would replace it; give the key once",
                replicationsVaried.err().strip());

        Cli disclose = Cli.run("disclose", "--set", "months=12", "--year-ending", "10", "--replications", "2",
                "--out", tmp.resolve("d.csv").toString());
        assertEquals(Main.BAD_INPUT, disclose.exit(), disclose.err());
        assertEquals("error: --set gives the key 'months' that --year-ending gives too (--set 'months=12', and "
                + "--year-ending 10): give the key once", disclose.err().strip());
        // disclose's --replications (default 10) is what it averages: a --set replications was ignored unsaid
        Cli discloseReplications = Cli.run("disclose", "--set", "replications=50", "--out",
                tmp.resolve("d.csv").toString());
        assertEquals(Main.BAD_INPUT, discloseReplications.exit(), discloseReplications.err());
        assertEquals("error: --set gives the key 'replications' that --replications gives too (--set "
                + "'replications=50', and --replications 10 by default): give the key once",
                discloseReplications.err().strip());
        assertFalse(Files.exists(out));
        assertFalse(Files.exists(tmp.resolve("d.csv")));
    }

    /** fit: a key both --set and --prior give; each particle's value replaced the --set one unsaid. */
    @Test
    void fitRefusesAKeyBothSetAndGivenAPrior() {
        Path out = tmp.resolve("fit");
        Cli r = Cli.run("fit", "--disclosure", "doterra-us-2017", "--prior", "economics.monthlyFee=uniform(10,30)",
                "--set", "economics.monthlyFee=20", "--particles", "20", "--budget", "40", "--out", out.toString());
        assertEquals(Main.BAD_INPUT, r.exit(), r.err());
        assertEquals("error: --set gives the key 'economics.monthlyFee' that --prior gives too (--set "
                + "'economics.monthlyFee=20', and --prior 'economics.monthlyFee=uniform(10,30)'): give the key once",
                r.err().strip());
        assertFalse(Files.exists(out));
    }

    /**
     * Every command with --set refuses a key given twice in the same words, before it writes anything;
     * the list of commands is checked against the commands that have --set, so a new one is covered.
     */
    @Test
    void everyCommandWithSetRefusesAKeySetTwice() throws IOException {
        Path dir = tmp.resolve("every");
        Files.createDirectories(dir);
        Path yaml = Files.writeString(dir.resolve("s.yaml"), "months: 3\n");
        Path plan = Files.writeString(dir.resolve("plan.yaml"), "plan: {type: unilevel}\n");
        Path genealogy = Files.writeString(dir.resolve("g.csv"), "id,sponsor,volume\na,,100\n");
        Path out = dir.resolve("out");
        java.util.Map<String, List<String>> commands = new java.util.TreeMap<>(java.util.Map.of(
                "run", List.of("run", "--out", out.toString()),
                "sweep", List.of("sweep", "--vary", "months=6,12", "--out", out.toString()),
                "fit", List.of("fit", "--disclosure", "doterra-us-2017", "--prior",
                        "recruitment.imitation=uniform(0.1,0.5)", "--out", out.toString()),
                "disclose", List.of("disclose", "--out", out + ".csv"),
                "payout", List.of("payout", "--genealogy", genealogy.toString(), "--plan", plan.toString(),
                        "--out", out + ".csv"),
                "validate", List.of("validate", yaml.toString())));
        List<String> withSet = new ArrayList<>();
        for (String name : Main.commandLine(new String[0]).getSubcommands().keySet()) {
            var c = Main.commandLine(new String[] {name}).getSubcommands().get(name);
            if (c.getCommandSpec().findOption("--set") != null) {
                withSet.add(name);
            }
        }
        assertEquals(new java.util.TreeSet<>(withSet), commands.keySet());
        for (var e : commands.entrySet()) {
            List<String> args = new ArrayList<>(e.getValue());
            args.addAll(List.of("--set", "economics.monthlyFee=10", "--set", "economics.monthlyFee=20"));
            Cli r = Cli.run(args.toArray(String[]::new));
            assertEquals(Main.BAD_INPUT, r.exit(), e.getKey() + ": " + r.err());
            assertEquals("error: --set gives the key 'economics.monthlyFee' twice ('economics.monthlyFee=10', then "
                    + "'economics.monthlyFee=20'): give each key once", r.err().strip(), e.getKey());
            assertFalse(Files.exists(out), e.getKey());
            assertFalse(Files.exists(Path.of(out + ".csv")), e.getKey());
        }
        // help is help, whatever else the command line holds
        Cli help = Cli.run("run", "--help", "--set", "months=1", "--set", "months=2");
        assertEquals(0, help.exit(), help.err());
    }

    @Test
    void validateRefusesAKeySetTwice() throws IOException {
        Path file = Files.writeString(tmp.resolve("s.yaml"), "months: 3\n");
        Cli r = Cli.run("validate", file.toString(), "--set", "plan.type=binary", "--set", "plan.type=matrix");
        assertEquals(Main.BAD_INPUT, r.exit(), r.err());
        assertEquals("error: --set gives the key 'plan.type' twice ('plan.type=binary', then 'plan.type=matrix'): "
                + "give each key once", r.err().strip());
    }
}
