package org.downline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.downline.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files of arguments ({@code @FILE}) that picocli would read silently wrong are refused in one line: one
 * named again (picocli skipped it, so {@code run @loop.txt} with {@code @loop.txt} inside ran the default
 * scenario), and a nested name of a folder; nested files are inputs an --out must not hold; and files given
 * once, nested or not, still work.
 */
class ArgumentFilesTest {

    @TempDir
    Path tmp;

    @Test
    void aFileNamingItselfOrNamedTwiceIsRefused() throws IOException {
        Path loop = tmp.resolve("loop.txt");
        Files.writeString(loop, "--threads 1 @" + loop + "\n");
        refused("the file of arguments '" + loop + "' is named again in '" + loop
                + "'; each file of arguments may be given once", "run", "@" + loop);

        Path a = tmp.resolve("a.txt");
        Path b = tmp.resolve("b.txt");
        Files.writeString(a, "# months and the other file\n--months 3 '@" + b + "'\n");
        Files.writeString(b, "--threads 1\n\"@" + a + "\"\n");
        refused("the file of arguments '" + a + "' is named again in '" + b + "'", "run", "@" + a);

        Path plain = Files.writeString(tmp.resolve("plain.txt"), "--threads 1\n");
        refused("the file of arguments '" + plain + "' is named twice; each file of arguments may be given once",
                "run", "@" + plain, "@" + plain);

        Path folder = Files.createDirectory(tmp.resolve("folder"));
        Path nests = Files.writeString(tmp.resolve("nests.txt"), "@" + folder + "\n");
        refused("the argument '@" + folder + "' (in '" + nests + "') names a folder, not a file of arguments",
                "run", "@" + nests);
    }

    @Test
    void nestedFilesAreReadAndKeptFromTheOut() throws IOException {
        Path out = tmp.resolve("out");
        Path inner = Files.writeString(tmp.resolve("inner.txt"), "--months 2 --replications 2\n");
        Path outer = Files.writeString(tmp.resolve("outer.txt"),
                "--threads 1 @" + inner + " --set market.population=2000 # a comment @" + outer() + "\n");
        Cli ok = Cli.run("run", "@" + outer, "--out", out.toString());
        assertEquals(0, ok.exit(), ok.err());
        assertTrue(Files.readString(out.resolve("summary.json")).contains("\"months\": 2"));

        // the nested file inside the folder a forced run would replace
        Path set = Files.createDirectories(tmp.resolve("set"));
        Path kept = Files.writeString(set.resolve("inner.txt"), "--months 2 --replications 2\n");
        Path outside = Files.writeString(tmp.resolve("outside.txt"),
                "--threads 1 @" + kept + " --set market.population=2000\n");
        Cli r = Cli.run("run", "@" + outside, "--out", set.toString(), "--force");
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains("holds the input @FILE '" + kept + "'"), r.err());
        assertTrue(Files.exists(kept));
    }

    /** A name in a comment, never read. */
    private String outer() {
        return tmp.resolve("never.txt").toString();
    }

    private void refused(String message, String... args) {
        Path out = tmp.resolve("refused-out");
        String[] all = java.util.Arrays.copyOf(args, args.length + 2);
        all[args.length] = "--out";
        all[args.length + 1] = out.toString();
        Cli r = Cli.run(all);
        assertEquals(2, r.exit(), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().strip().startsWith("error: " + message), r.err());
        assertEquals("", r.out());
        assertFalse(Files.exists(out));
    }
}
