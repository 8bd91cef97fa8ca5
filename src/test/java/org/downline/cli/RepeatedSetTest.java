package org.downline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
        assertEquals("error: --set gives the key 'economics.monthlyFee' that --vary varies ('economics.monthlyFee =15', "
                + "and --vary 'economics.monthlyFee=0,20'): each cell's --vary value would replace it; give the key "
                + "with one of the two", r.err().strip());
        assertFalse(Files.exists(out));
        assertFalse(Files.exists(org.downline.io.ResultFolder.partialOf(out)));
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
