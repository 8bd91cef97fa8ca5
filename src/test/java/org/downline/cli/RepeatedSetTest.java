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
 * scenario file gives twice is: the last one silently won.
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

    @Test
    void validateRefusesAKeySetTwice() throws IOException {
        Path file = Files.writeString(tmp.resolve("s.yaml"), "months: 3\n");
        Cli r = Cli.run("validate", file.toString(), "--set", "plan.type=binary", "--set", "plan.type=matrix");
        assertEquals(Main.BAD_INPUT, r.exit(), r.err());
        assertEquals("error: --set gives the key 'plan.type' twice ('plan.type=binary', then 'plan.type=matrix'): "
                + "give each key once", r.err().strip());
    }
}
