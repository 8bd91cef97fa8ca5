package org.downline.cli;

import static org.downline.testing.Cli.smallRun;
import static org.downline.testing.Folders.assertSameFiles;
import static org.downline.testing.Folders.files;
import static org.downline.testing.Folders.names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.downline.testing.Cli;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An {@code --out} folder this user cannot write to — made read-only, or holding a read-only folder —
 * is refused before anything runs, one line, exit 2, nothing changed: a command replaces its
 * {@code --out} whole, and renaming a read-only folder aside only takes a writable parent, so it was
 * silently replaced (or replaced and then its old copy left undeletable beside it).
 *
 * <p>What can be tested honestly: the check asks the system ({@code Files.isWritable}, access(2)),
 * for which a folder's mode does not bind root. As another user the test protects a folder with
 * {@code chmod a-w}; as root (a container, CI) with the immutable attribute ({@code chattr +i}),
 * which binds root too. Where neither protects (root on a file system without the attribute) the
 * test is skipped, as it then could not fail.
 */
class ReadOnlyOutTest {

    @TempDir
    Path tmp;

    @Test
    void aReadOnlyEmptyFolderIsRefusedUnchanged() throws IOException {
        Path out = Files.createDirectory(tmp.resolve("ro3"));
        protect(out);
        try {
            Cli refused = smallRun(out);
            assertRefused(refused, "'" + out + "' is not writable: ");
            assertTrue(Files.isDirectory(out));
            assertEquals(List.of(), names(out));
            assertEquals(List.of("ro3"), names(tmp), "no work folder, no earlier set left beside --out");
        } finally {
            unprotect(out);
        }
    }

    @Test
    void anEarlierSetHoldingAReadOnlyFolderIsRefusedUnchanged() throws IOException {
        Path out = tmp.resolve("ro4");
        Cli first = smallRun(out);
        assertEquals(0, first.exit(), first.err());
        Map<String, byte[]> before = files(out);
        Path charts = out.resolve("charts");
        protect(charts);
        try {
            Cli refused = smallRun(out, "--seed", "7");
            assertRefused(refused, "'" + out + "' is not writable (the folder '" + charts + "' in it is not): ");
            assertSameFiles(before, files(out));
            assertEquals(List.of("ro4"), names(tmp), "no work folder, no earlier set left beside --out");
        } finally {
            // wherever it is now: without the check, the set (charts in it) was renamed aside
            try (java.util.stream.Stream<Path> all = Files.walk(tmp)) {
                for (Path dir : all.filter(Files::isDirectory).toList()) {
                    unprotect(dir);
                }
            }
        }
    }

    /**
     * {@code payout --out FILE} and {@code disclose --out FILE} write a new file and rename it onto
     * FILE, which a writable folder allows whatever FILE's mode: a read-only FILE was replaced. Refused
     * now, with or without {@code --force}, the file unchanged.
     */
    @Test
    void aReadOnlyFileIsRefusedUnchangedByPayoutAndDisclose() throws IOException {
        Path csv = tmp.resolve("pay.csv");
        String[] payout = {"payout", "--genealogy", "src/test/resources/scenarios/genealogy-unilevel.csv", "--plan",
            "src/test/resources/scenarios/plan-unilevel.yaml", "--out", csv.toString()};
        assertEquals(0, Cli.run(payout).exit());
        Path disclosure = tmp.resolve("disclosure.csv");
        String[] disclose = {"disclose", "--set", "market.population=2000", "--replications", "2", "--threads", "1",
            "--out", disclosure.toString()};
        Cli written = Cli.run(disclose);
        assertEquals(0, written.exit(), written.err());
        for (String[] command : List.of(payout, disclose)) {
            Path file = Path.of(command[command.length - 1]);
            // as they would be replaced: another run's file (a different seed) or one edited by hand
            Files.writeString(file, Files.readString(file) + "# kept\n");
            byte[] before = Files.readAllBytes(file);
            protect(file);
            try {
                for (boolean force : new boolean[] {false, true}) {
                    List<String> args = new java.util.ArrayList<>(List.of(command));
                    if (force) {
                        args.add("--force");
                    }
                    Cli refused = Cli.run(args.toArray(String[]::new));
                    assertRefused(refused, "'" + file + "' is not writable: ");
                    org.junit.jupiter.api.Assertions.assertArrayEquals(before, Files.readAllBytes(file));
                }
            } finally {
                unprotect(file);
            }
        }
        assertEquals(List.of("disclosure.csv", "pay.csv"), names(tmp), "no temporary file left");
    }

    private static void assertRefused(Cli r, String message) {
        assertEquals(Main.BAD_INPUT, r.exit(), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("error: --out " + message), r.err());
        assertTrue(r.out().isEmpty(), "refused before running: " + r.out());
    }

    /** Makes {@code dir} (or a file) unwritable for this user, or skips the test where nothing can. */
    private static void protect(Path dir) throws IOException {
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString(Files.isDirectory(dir) ? "r-xr-xr-x"
                : "r--r--r--"));
        if (Files.isWritable(dir) && !chattr("+i", dir)) {
            unprotect(dir);
        }
        Assumptions.assumeFalse(Files.isWritable(dir),
                "this user (root) can write to a folder of mode 555, and 'chattr +i' is not available here");
    }

    private static void unprotect(Path dir) throws IOException {
        chattr("-i", dir);
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString(Files.isDirectory(dir) ? "rwxr-xr-x"
                : "rw-r--r--"));
    }

    private static boolean chattr(String flag, Path dir) {
        try {
            Process p = new ProcessBuilder("chattr", flag, dir.toString()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
