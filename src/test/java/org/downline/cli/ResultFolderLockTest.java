package org.downline.cli;

import static org.downline.testing.Folders.names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.downline.io.ResultFolder;
import org.downline.scenario.ScenarioException;
import org.downline.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One command at a time into an {@code --out}: while one JVM writes a folder, a command of another
 * JVM into it (or through a link to it) is refused, one line, exit 2, touching nothing; once the first
 * ends the folder takes commands again and no lock file is left. A lock file a killed process left
 * holds no lock.
 */
class ResultFolderLockTest {

    @TempDir
    Path tmp;

    @Test
    void aSecondCommandIntoAFolderBeingWrittenIsRefused() throws Exception {
        Path out = tmp.resolve("out");
        Path link = Files.createSymbolicLink(tmp.resolve("link"), out);
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Ddownline.test.pauseAfterEachFileMillis=300", "-cp", System.getProperty("java.class.path"),
                "org.downline.cli.Main"));
        cmd.addAll(Cli.smallRunArgs(out));
        assertEquals(0, Cli.smallRun(out, "--seed", "9").exit());   // a set to replace
        Process first = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            // the first holds the lock from its check of --out on; its work folder shows it is writing
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (first.isAlive() && names(tmp).stream().noneMatch(n -> n.startsWith("out.downline-tmp-"))
                    && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertTrue(first.isAlive(), "the first run ended before a second could start");
            assertTrue(names(tmp).contains("out.downline-lock"), names(tmp).toString());
            for (Path into : List.of(out, link)) {
                Cli second = Cli.smallRun(into);
                assertEquals(2, second.exit(), second.err());
                assertEquals(1, second.err().lines().count(), second.err());
                assertTrue(second.err().startsWith("error: --out '" + into + "' is being written by another "
                        + "Downline command"), second.err());
                assertTrue(second.out().isEmpty(), second.out());
            }
            // nor may report.html be written into the folder the run is replacing
            Cli report = Cli.run("report", out.toString());
            assertEquals(2, report.exit(), report.err());
            assertEquals(1, report.err().lines().count(), report.err());
            assertTrue(report.err().startsWith("error: DIR '" + out + "' is being written by another Downline "
                    + "command"), report.err());
            Cli third = Cli.smallSweep(out, "--vary", "economics.monthlyFee=0,20");
            assertEquals(2, third.exit(), third.err());
            assertTrue(third.err().contains("is being written by another Downline command"), third.err());
            assertTrue(first.waitFor(120, TimeUnit.SECONDS), "the first run is still running");
            assertEquals(0, first.exitValue());
        } finally {
            first.destroyForcibly();
        }
        assertEquals(List.of("link", "out"), names(tmp), "nothing left beside --out, the lock file neither");
        assertTrue(Files.isRegularFile(out.resolve("summary.json")));
        Cli after = Cli.smallRun(out);
        assertEquals(0, after.exit(), after.err());
        assertEquals(List.of("link", "out"), names(tmp));
    }

    /**
     * Two commands of one process into one folder: the second is refused, and refusing it leaves the
     * first command's lock whole, so a command of another process is still refused. (An OS lock
     * belongs to the process: opening the lock file a second time and closing it again would let go
     * of the first command's lock.)
     */
    @Test
    void aSecondCommandOfTheSameProcessIsRefusedAndTheFirstKeepsItsLock() throws Exception {
        Path out = Files.createDirectories(tmp.resolve("out"));
        Files.writeString(out.resolve("summary.json"), "{}");     // what report DIR asks for
        ExecutorService first = Executors.newSingleThreadExecutor();
        try {
            first.submit(() -> ResultFolder.check(out, false, "run")).get();     // the first command holds the lock
            ScenarioException second = assertThrows(ScenarioException.class,
                    () -> ResultFolder.check(out, false, "run"));
            assertTrue(second.getMessage().contains("'" + out + "' is being written by another Downline command"),
                    second.getMessage());
            Process other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "org.downline.cli.Main", "report", out.toString())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            String err = new String(other.getErrorStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertEquals(2, other.waitFor(), err);
            assertTrue(err.startsWith("error: DIR '" + out + "' is being written by another Downline command"), err);
        } finally {
            first.submit(ResultFolder::releaseLocks).get();
            first.shutdown();
        }
        assertEquals(List.of("out"), names(tmp), "the lock file goes with the first command");
    }

    @Test
    void aLockFileAKilledCommandLeftHoldsNoLock() throws IOException {
        Path out = tmp.resolve("out");
        Files.writeString(tmp.resolve("out.downline-lock"), "");
        Cli r = Cli.smallRun(out);
        assertEquals(0, r.exit(), r.err());
        assertEquals(List.of("out"), names(tmp));
        // and a command refused for bad input lets go of the folder
        Cli bad = Cli.run("run", "--out", out.toString(), "--set", "market.population=-1");
        assertEquals(2, bad.exit(), bad.err());
        assertEquals(List.of("out"), names(tmp));
        assertEquals(0, Cli.smallRun(out).exit());
    }
}
