package org.downline.cli;

import static org.downline.testing.Cli.smallRun;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.downline.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A seed is any 64-bit integer, negatives too (README): a sweep cell's seed, which its printed
 * command gives to --seed to reproduce it, is a mixed 64-bit value and half of them are negative.
 */
class SeedRangeTest {

    @Test
    void everyLongIsASeedAndNothingBeyond(@TempDir Path tmp) throws IOException {
        for (String seed : new String[] {"-1", String.valueOf(Long.MIN_VALUE)}) {
            Path out = tmp.resolve("s" + seed);
            Cli r = smallRun(out, "--seed", seed);
            assertEquals(0, r.exit(), r.err());
            assertTrue(Files.readString(out.resolve("summary.json")).contains("\"seed\": " + seed),
                    "the seed recorded as given");
        }
        Cli over = smallRun(tmp.resolve("over"), "--seed", "9223372036854775808");
        assertEquals(2, over.exit(), over.err());
        assertEquals(1, over.err().lines().count(), over.err());
    }
}
