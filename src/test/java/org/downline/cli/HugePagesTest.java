package org.downline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hint to start Java with transparent huge pages, given for large runs where it helps. */
class HugePagesTest {

    @TempDir
    Path tmp;

    private static final String MADVISE = "always [madvise] never\n";

    @Test
    void hintedOnlyForLargeRunsWhereJavaWouldAskForHugePagesAndWasNotToldEitherWay() {
        long large = HugePages.FROM_BYTES;
        assertTrue(HugePages.hint(large, MADVISE, false).isPresent());
        assertTrue(HugePages.hint(large, MADVISE, false).get().contains("java -XX:+UseTransparentHugePages -jar"));
        assertFalse(HugePages.hint(large - 1, MADVISE, false).isPresent(), "a smaller run gains nothing measurable");
        assertFalse(HugePages.hint(large, MADVISE, true).isPresent(), "the option given, either way");
        assertFalse(HugePages.hint(large, "[always] madvise never\n", false).isPresent(), "Java has them already");
        assertFalse(HugePages.hint(large, "always madvise [never]\n", false).isPresent(), "Linux gives none");
    }

    /**
     * Whole processes: SAT-BIN in a market of 6·10^6, which it fills in 24 months (arrays of about
     * 0.55 GB; a few seconds), prints the hint on standard error where this machine's Linux would give
     * Java huge pages on request, and never once Java is started with the option; the results are the
     * same files either way. The same market over 10 months, which it does not fill, is not hinted.
     */
    @Test
    void aLargeRunHintsUnlessJavaWasStartedWithTheOption() throws IOException, InterruptedException {
        Path modeFile = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");
        String mode = Files.exists(modeFile) ? Files.readString(modeFile) : "";
        assertEquals("", run(tmp.resolve("short"), 10), "a run that grows its arrays as it goes");
        String plain = run(tmp.resolve("plain"), 24);
        assertEquals(mode.contains("[madvise]"), plain.contains("-XX:+UseTransparentHugePages"), plain);
        assertEquals("", run(tmp.resolve("with"), 24, "-XX:+UseTransparentHugePages"));
        for (String f : List.of("summary.json", "timeseries.csv", "incomes.csv")) {
            assertEquals(Files.readString(tmp.resolve("plain").resolve(f)), Files.readString(tmp.resolve("with").resolve(f)),
                    f);
        }
    }

    /**
     * Sweeps and disclosures, which run such markets too, give the hint the same way: a sweep once, for
     * the first of its cells to run that is hinted (months=10 alone is not, as above), a disclosure as a
     * run; the hint goes to standard error, so the sweep's files and the disclosure are unchanged.
     */
    @Test
    void aLargeSweepOrDisclosureHintsAsARunDoes() throws IOException, InterruptedException {
        Path modeFile = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");
        boolean madvise = Files.exists(modeFile) && Files.readString(modeFile).contains("[madvise]");
        String sweep = downline(List.of("sweep", "--vary", "months=10,24", "--out", tmp.resolve("sweep").toString()));
        assertEquals(madvise ? 1 : 0, sweep.lines().filter(l -> l.contains("-XX:+UseTransparentHugePages")).count(),
                sweep);
        assertEquals("", downline(List.of("sweep", "--vary", "months=10,11", "--out", tmp.resolve("small").toString())),
                "cells that grow their arrays as they go");
        String disclose = downline(List.of("disclose", "--year-ending", "24", "--replications", "1", "--out",
                tmp.resolve("d.csv").toString()));
        assertEquals(madvise, disclose.contains("-XX:+UseTransparentHugePages"), disclose);
    }

    /** Standard error of {@code downline run} on SAT-BIN in a market of 6·10^6 for {@code months}, in a JVM given {@code jvm}. */
    private static String run(Path out, int months, String... jvm) throws IOException, InterruptedException {
        return downline(List.of("run", "--months", Integer.toString(months), "--out", out.toString()), jvm);
    }

    /**
     * Standard error of {@code downline command...} on SAT-BIN in a market of 6·10^6 on one thread, in a
     * JVM given {@code jvm}; the command must succeed.
     */
    private static String downline(List<String> command, String... jvm) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        cmd.addAll(List.of(jvm));
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.downline.cli.Main"));
        cmd.addAll(command);
        cmd.addAll(List.of("--scenario", "benchmarks/satbin.yaml", "--set", "market.population=6e6", "--threads", "1"));
        Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(p.getErrorStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), err);
        return err;
    }
}
