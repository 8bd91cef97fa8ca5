package org.downline.cli;

import static org.downline.testing.Cli.smallRun;
import static org.downline.testing.Folders.assertSameFiles;
import static org.downline.testing.Folders.files;
import static org.downline.testing.Folders.names;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.downline.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Result sets are atomic: a reader of {@code --out} sees the previous set or the new one whole,
 * never a mixture, never a partial set — after a normal run, a failure, SIGINT or SIGKILL — and the
 * files follow the umask.
 */
class ResultSetsTest {

    @TempDir
    Path tmp;

    @Test
    void runningTwiceIntoOneFolderLeavesExactlyTheSecondSet() throws IOException {
        Path out = tmp.resolve("out");
        Cli first = smallRun(out, "--preset", "breakaway-stair-step");
        assertEquals(0, first.exit(), first.err());
        assertTrue(Files.isRegularFile(out.resolve("ranks.csv")));
        assertTrue(Files.isRegularFile(out.resolve("charts/ranks.png")));
        Cli second = smallRun(out, "--seed", "5");
        assertEquals(0, second.exit(), second.err());
        Path fresh = tmp.resolve("fresh");
        assertEquals(0, smallRun(fresh, "--seed", "5").exit());
        // the breakaway run's ranks.csv and ranks.png are gone with the rest of its set
        assertSameFiles(fresh, out);
        assertEquals(List.of("fresh", "out"), names(tmp), "no work folder or earlier set left beside --out");
        assertTrue(Files.readString(out.resolve(".downline")).contains("\"results\" : \"run\""));
    }

    @Test
    void aFolderOfOtherFilesIsRefusedUnchangedUnlessForced() throws IOException {
        Path out = tmp.resolve("mine");
        Files.createDirectories(out.resolve("sub"));
        Files.writeString(out.resolve("notes.txt"), "my notes");
        Files.writeString(out.resolve("sub/data.csv"), "a,b\n");
        Map<String, byte[]> before = files(out);
        Cli refused = smallRun(out);
        assertEquals(2, refused.exit());
        assertEquals(1, refused.err().lines().count(), refused.err());
        assertTrue(refused.err().contains("'" + out + "' holds files that are not a Downline result (such as "
                + "'notes.txt')") && refused.err().contains("--force"), refused.err());
        assertSameFiles(before, files(out));
        assertEquals(List.of("mine"), names(tmp));
        // with --force the folder is replaced whole
        Cli forced = smallRun(out, "--force");
        assertEquals(0, forced.exit(), forced.err());
        assertFalse(Files.exists(out.resolve("notes.txt")));
        assertFalse(Files.exists(out.resolve("sub")));
        assertTrue(Files.isRegularFile(out.resolve("summary.json")));
        // an empty folder is simply used
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        assertEquals(0, smallRun(empty).exit());
        assertTrue(Files.isRegularFile(empty.resolve("summary.json")));
    }

    /**
     * A set whose marker is broken is refused unchanged, in one line naming the marker and what is
     * wrong, by a run into it (it was replaced as if it held no set), a shard and report; --force
     * replaces it.
     */
    @Test
    void aBrokenMarkerIsRefusedUnchangedUnlessForced() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("broken"));
        Path marker = out.resolve(".downline");
        Files.writeString(marker, "{\"results\" : \"sweep\",\n");
        Files.writeString(out.resolve("sweep.json"), "{}\n");
        Map<String, byte[]> before = files(out);
        String why = "cannot read " + marker + ": not valid JSON at line 2, column 1: the file ends before its JSON "
                + "does (cut short?)";
        Cli run = smallRun(out);
        assertEquals(2, run.exit(), run.err());
        assertEquals("error: --out " + why + "; choose another folder, or add --force to replace it\n", run.err());
        Cli shard = smallRun(out, "--shard", "1/2");
        assertEquals(2, shard.exit(), shard.err());
        assertEquals("error: --out " + why + "\n", shard.err());
        Cli report = Cli.run("report", out.toString());
        assertEquals(2, report.exit(), report.err());
        assertEquals("error: DIR " + why + "\n", report.err());
        assertSameFiles(before, files(out));
        Cli forced = smallRun(out, "--force");
        assertEquals(0, forced.exit(), forced.err());
        assertTrue(Files.readString(marker).contains("\"results\" : \"run\""));
    }

    @Test
    void aResultOfAnotherKindIsRefusedUnchangedUnlessForced() throws IOException {
        // a finished sweep, then a run into its folder
        Path sweep = tmp.resolve("sweep");
        Cli swept = Cli.smallSweep(sweep, "--vary", "economics.monthlyFee=0,20");
        assertEquals(0, swept.exit(), swept.err());
        Map<String, byte[]> before = files(sweep);
        Cli run = smallRun(sweep);
        assertEquals(2, run.exit(), run.err());
        assertEquals("error: --out '" + sweep + "' holds the results of 'sweep', which the results of 'run' would "
                + "replace whole: choose another folder, or add --force to replace it\n", run.err());
        assertTrue(run.out().isEmpty(), "refused before running: " + run.out());
        assertSameFiles(before, files(sweep));
        // a fit's folder (its marker), and one a version without the marker wrote (its fit-settings.json)
        Path fit = Files.createDirectories(tmp.resolve("fit"));
        Files.writeString(fit.resolve(".downline"), "{\"downline\" : \"0.1.0\", \"results\" : \"fit\"}\n");
        Files.writeString(fit.resolve("fit.json"), "{}\n");
        Path oldFit = Files.createDirectories(tmp.resolve("old-fit"));
        Files.writeString(oldFit.resolve("fit-settings.json"), "{}\n");
        for (Path f : List.of(fit, oldFit)) {
            Map<String, byte[]> fitBefore = files(f);
            for (String command : List.of("sweep", "run", "merge")) {
                List<String> args = new ArrayList<>(List.of(command));
                args.addAll(switch (command) {
                    case "sweep" -> List.of("--vary", "economics.monthlyFee=0,20", "--replications", "2");
                    case "merge" -> List.of(tmp.resolve("no-such-shards").toString());
                    default -> Cli.SMALL_RUN;
                });
                args.addAll(List.of("--out", f.toString()));
                Cli r = Cli.run(args.toArray(String[]::new));
                assertEquals(2, r.exit(), command + ": " + r.err());
                assertEquals(1, r.err().lines().count(), r.err());
                assertTrue(r.err().contains("'" + f + "' holds the results of 'fit', which the results of '"
                        + (command.equals("sweep") ? "sweep" : "run") + "' would replace whole"), r.err());
                assertSameFiles(fitBefore, files(f));
            }
        }
        // a run into a run's folder replaces it as before; with --force a run replaces the sweep whole
        assertEquals(0, smallRun(tmp.resolve("run")).exit());
        assertEquals(0, smallRun(tmp.resolve("run"), "--seed", "2").exit());
        // a shard is not written into a result set of any kind, --force or not (it would be mixed in)
        for (Path f : List.of(sweep, fit, oldFit, tmp.resolve("run"))) {
            String held = f == sweep ? "sweep" : f.getFileName().toString().endsWith("fit") ? "fit" : "run";
            Map<String, byte[]> setBefore = files(f);
            for (boolean forced : new boolean[] {false, true}) {
                Cli shard = forced ? smallRun(f, "--shard", "1/2", "--force") : smallRun(f, "--shard", "1/2");
                assertEquals(2, shard.exit(), shard.err());
                assertEquals("error: --out '" + f + "' holds the results of '" + held + "', which a shard file "
                        + "would be mixed into: choose another folder for the shards (--force does not apply: "
                        + "shards are written beside each other, not replacing the folder)\n", shard.err());
                assertTrue(shard.out().isEmpty(), shard.out());
                assertSameFiles(setBefore, files(f));
            }
        }
        Cli forced = smallRun(sweep, "--force");
        assertEquals(0, forced.exit(), forced.err());
        assertFalse(Files.exists(sweep.resolve("sweep.json")));
        assertTrue(Files.readString(sweep.resolve(".downline")).contains("\"results\" : \"run\""));
        assertEquals(List.of("fit", "old-fit", "run", "sweep"), names(tmp));
        // shards beside each other in their own folder, as before
        Path parts = tmp.resolve("parts");
        assertEquals(0, smallRun(parts, "--shard", "1/2").exit());
        assertEquals(0, smallRun(parts, "--shard", "2/2").exit());
        assertEquals(List.of("shard-1-of-2.shard", "shard-2-of-2.shard"), names(parts));
    }

    @Test
    void unusableOutFoldersAreOneLineBeforeAnythingRuns() throws IOException {
        Path file = Files.writeString(tmp.resolve("file"), "x");
        String[][] cases = {
            {"", "--out must name a folder, was ''"},
            {file.toString(), "--out must be a directory, was the file '" + file + "'"},
            {file.resolve("below").toString(), "' is a file"},
            {"/proc/downline-test", "--out '/proc/downline-test' cannot be created: the folder '/proc' does not take "
                + "new folders"}};
        for (String[] c : cases) {
            if (c[0].startsWith("/proc") && !Files.isDirectory(Path.of("/proc"))) {
                continue;
            }
            List<String> args = new ArrayList<>(List.of("run"));
            args.addAll(Cli.SMALL_RUN);
            args.addAll(List.of("--out", c[0]));
            Cli r = Cli.run(args.toArray(String[]::new));
            assertEquals(2, r.exit(), c[0] + ": " + r.err());
            assertEquals(1, r.err().lines().count(), r.err());
            assertTrue(r.err().startsWith("error: ") && r.err().contains(c[1]), r.err());
            assertTrue(r.out().isEmpty(), "refused before running: " + r.out());
        }
        assertEquals(List.of("file"), names(tmp));
    }

    @Test
    void sweepResumeRefusesAnotherScenarioOrSeedTouchingNothing() throws IOException {
        Path out = tmp.resolve("s");
        List<String> sweep = new ArrayList<>(List.of("sweep", "--vary", "economics.monthlyFee=0,20",
                "--replications", "2", "--months", "12", "--set", "market.population=3000", "--threads", "1"));
        List<String> args = new ArrayList<>(sweep);
        args.addAll(List.of("--out", out.toString()));
        Cli first = Cli.run(args.toArray(String[]::new));
        assertEquals(0, first.exit(), first.err());
        Map<String, byte[]> before = files(out);
        String[][] others = {
            {"--seed", "99", "holds a sweep of another seed"},
            // the default preset's imitation is 0.35: the message names what differs
            {"--set", "recruitment.imitation=0.3", "holds a sweep of another scenario (recruitment.imitation 0.35, "
                + "now 0.3); "},
            {"--common-random-numbers", "", "holds a sweep of another --common-random-numbers"}};
        for (String[] o : others) {
            List<String> a = new ArrayList<>(args);
            a.add(o[0]);
            if (!o[1].isEmpty()) {
                a.add(o[1]);
            }
            a.add("--resume");
            Cli r = Cli.run(a.toArray(String[]::new));
            assertEquals(2, r.exit(), r.err());
            assertEquals(1, r.err().lines().count(), r.err());
            assertTrue(r.err().contains(o[2]), r.err());
            assertSameFiles(before, files(out));
            assertEquals(List.of("s"), names(tmp), "nothing written beside --out");
        }
        // a run's results are not a sweep to resume
        Path runOut = tmp.resolve("r");
        assertEquals(0, smallRun(runOut).exit());
        List<String> a = new ArrayList<>(sweep);
        a.addAll(List.of("--out", runOut.toString(), "--resume"));
        Cli r = Cli.run(a.toArray(String[]::new));
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains("holds the results of 'run'"), r.err());
        // the same sweep resumes: every cell is finished already
        a = new ArrayList<>(args);
        a.add("--resume");
        Cli same = Cli.run(a.toArray(String[]::new));
        assertEquals(0, same.exit(), same.err());
        assertTrue(same.err().contains("resuming: 2 of 2 cells already finished"), same.err());
        assertEquals(List.of("r", "s"), names(tmp));
        // resumed on a smaller grid, the set holds that grid's cells only
        a = new ArrayList<>(args);
        a.set(a.indexOf("economics.monthlyFee=0,20"), "economics.monthlyFee=20");
        a.add("--resume");
        Cli smaller = Cli.run(a.toArray(String[]::new));
        assertEquals(0, smaller.exit(), smaller.err());
        assertTrue(smaller.err().contains("resuming: 1 of 1 cells already finished"), smaller.err());
        assertEquals(1, names(out.resolve("cells")).size());
        // an interrupted sweep's work folder is continued with --resume, not discarded by a new sweep
        Files.createDirectories(tmp.resolve("s.downline-partial"));
        Cli fresh = Cli.run(args.toArray(String[]::new));
        assertEquals(2, fresh.exit());
        assertTrue(fresh.err().contains("holds an interrupted sweep into --out"), fresh.err());
    }

    @Test
    void payoutReplacesItsOwnCsvButNotAnotherFileUnlessForced() throws IOException {
        Path csv = tmp.resolve("pay.csv");
        String[] payout = {"payout", "--genealogy", "src/test/resources/scenarios/genealogy-unilevel.csv", "--plan",
            "src/test/resources/scenarios/plan-unilevel.yaml", "--out", csv.toString()};
        assertEquals(0, Cli.run(payout).exit());
        byte[] first = Files.readAllBytes(csv);
        assertEquals(0, Cli.run(payout).exit(), "its own CSV is replaced");
        assertArrayEquals(first, Files.readAllBytes(csv));
        Files.writeString(csv, "precious,data\n");
        Cli refused = Cli.run(payout);
        assertEquals(2, refused.exit());
        assertEquals(1, refused.err().lines().count(), refused.err());
        assertTrue(refused.err().contains("is a file Downline did not write") && refused.err().contains("--force"),
                refused.err());
        assertEquals("precious,data\n", Files.readString(csv));
        // a disclosure (what disclose writes) is named as another command's output, not as a stranger's
        String disclosure = "# disclosure: Example 2020, all participants\ngroup,share,meanAnnualGross\n";
        Files.writeString(csv, disclosure);
        Cli other = Cli.run(payout);
        assertEquals(2, other.exit());
        assertEquals("error: --out '" + csv + "' is the output of 'downline disclose' (its first line starts "
                + "'# disclosure:'), not of 'downline payout': choose another file, or add --force to replace it\n", other.err());
        assertEquals(disclosure, Files.readString(csv));
        Files.writeString(csv, "id,commission\n1,0\n");
        Cli back = Cli.run("disclose", "--replications", "1", "--out", csv.toString());
        assertEquals(2, back.exit());
        assertTrue(back.err().contains("is the output of 'downline payout' (its first line starts 'id,commission'), "
                + "not of 'downline disclose': choose"), back.err());
        Files.writeString(csv, "precious,data\n");
        List<String> forced = new ArrayList<>(List.of(payout));
        forced.add("--force");
        assertEquals(0, Cli.run(forced.toArray(String[]::new)).exit());
        assertArrayEquals(first, Files.readAllBytes(csv));
        payout[payout.length - 1] = "";
        Cli empty = Cli.run(payout);
        assertEquals(2, empty.exit());
        assertTrue(empty.err().contains("--out must name a file, was ''"), empty.err());
        assertEquals(List.of("pay.csv"), names(tmp));
        // a symbolic link stands for its file, as an --out folder's does: the file is replaced, the link stays
        Path link = Files.createSymbolicLink(tmp.resolve("latest.csv"), csv.getFileName());
        Files.writeString(csv, "id,commission\n1,0\n");
        payout[payout.length - 1] = link.toString();
        assertEquals(0, Cli.run(payout).exit());
        assertTrue(Files.isSymbolicLink(link), "still a link");
        assertArrayEquals(first, Files.readAllBytes(csv));
        Cli disclosed = Cli.run("disclose", "--replications", "1", "--year-ending", "3", "--period", "3", "--out",
                link.toString(), "--force");
        assertEquals(0, disclosed.exit(), disclosed.err());
        assertTrue(Files.isSymbolicLink(link) && Files.readString(csv).startsWith("# disclosure:"), "written through the link");
        assertEquals(List.of("latest.csv", "pay.csv"), names(tmp));
    }

    /**
     * A file --out that is a pipe (or a device: /dev/null) is refused, --force or not: the file written is
     * renamed onto --out, so --force replaced the pipe or, as root, /dev/null itself with a regular file, and
     * without --force the check for its first line waited on the pipe for ever.
     */
    @Test
    void aPipeOrDeviceOutFileIsRefusedEvenForced() throws Exception {
        Path fifo = tmp.resolve("pipe.csv");
        org.junit.jupiter.api.Assumptions.assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0,
                "mkfifo");
        String[] payout = {"payout", "--genealogy", "src/test/resources/scenarios/genealogy-unilevel.csv", "--plan",
            "src/test/resources/scenarios/plan-unilevel.yaml", "--out", fifo.toString()};
        String[] disclose = {"disclose", "--replications", "1", "--out", fifo.toString()};
        for (String[] command : List.of(payout, disclose)) {
            for (boolean force : new boolean[] {false, true}) {
                List<String> args = new ArrayList<>(List.of(command));
                if (force) {
                    args.add("--force");
                }
                Cli refused = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofMinutes(1),
                        () -> Cli.run(args.toArray(String[]::new)));
                assertEquals(2, refused.exit(), refused.err());
                assertEquals("error: --out must name a regular file, and '" + fifo + "' is a device, pipe or socket, "
                        + "which the file written would replace\n", refused.err());
                assertTrue(Files.exists(fifo) && !Files.isRegularFile(fifo), "still the pipe");
            }
        }
        assertEquals(List.of("pipe.csv"), names(tmp));
    }

    // ---- in another JVM: kills, umask, a file-size limit ----

    /** A {@code downline} command in another JVM, under {@code umask}, with its own java.io.tmpdir. */
    private ProcessBuilder downline(String umask, Path javaTmp, long pauseMillis, String ulimit, List<String> args)
            throws IOException {
        Files.createDirectories(javaTmp);
        StringBuilder cmd = new StringBuilder("umask " + umask + "; ");
        if (ulimit != null) {
            cmd.append("ulimit -f ").append(ulimit).append("; ");
        }
        cmd.append("exec \"$0\" \"$@\"");
        // bash, whose ulimit -f counts blocks of 1024 bytes (a POSIX sh may count 512)
        List<String> all = new ArrayList<>(List.of("bash", "-c", cmd.toString(),
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + javaTmp, "-Ddownline.test.pauseAfterEachFileMillis=" + pauseMillis,
                "-cp", System.getProperty("java.class.path"), "org.downline.cli.Main"));
        all.addAll(args);
        return new ProcessBuilder(all).redirectErrorStream(false);
    }

    /** The work folders beside {@code out}. */
    private static List<Path> workFolders(Path out) throws IOException {
        try (Stream<Path> s = Files.list(out.getParent())) {
            return s.filter(p -> p.getFileName().toString().startsWith(out.getFileName() + ".downline-tmp-"))
                    .toList();
        }
    }

    private static long filesUnder(List<Path> dirs) throws IOException {
        long n = 0;
        for (Path d : dirs) {
            try (Stream<Path> s = Files.walk(d)) {
                n += s.filter(p -> Files.isRegularFile(p) && !p.getFileName().toString().endsWith(".tmp")).count();
            } catch (IOException | java.io.UncheckedIOException e) {
                // the folder went away while it was walked
            }
        }
        return n;
    }

    /**
     * A run killed with SIGINT or SIGKILL while it writes its set (after its 1st, 6th and 10th file —
     * the 6th into no folder, the others over an earlier set; a test seam pauses 400 ms after each
     * file; the tables and the charts are written side by side, so the 10th of 16 still leaves at
     * least the report's and the marker's pauses, 0.8 s, for the signal to arrive on a loaded
     * machine) leaves --out as it was — the previous set, byte for byte, or no folder at all — and
     * no file outside the parent of --out (its java.io.tmpdir is a private folder, checked empty). After SIGINT nothing is left beside --out either; a SIGKILL
     * may leave the work folder, which the next run into the same --out deletes, and the lock's file
     * (holding no lock), which the next run takes and deletes.
     */
    @Test
    void aRunKilledWhileWritingLeavesThePreviousSetOrNone() throws Exception {
        Path previous = tmp.resolve("prev");
        assertEquals(0, smallRun(previous, "--seed", "11").exit());
        for (String signal : List.of("INT", "KILL")) {
            for (int after : new int[] {1, 6, 10}) {
                boolean hadSet = after != 6;
                String label = "SIG" + signal + " after file " + after + (hadSet ? " over a set" : " into nothing");
                Path parent = Files.createDirectories(tmp.resolve(signal + after + hadSet));
                Path out = parent.resolve("out");
                Map<String, byte[]> before = Map.of();
                if (hadSet) {
                    copyTree(previous, out);
                    before = files(out);
                }
                Path javaTmp = tmp.resolve("javatmp-" + signal + after + hadSet);
                Process p = downline("022", javaTmp, 400, null, Cli.smallRunArgs(out))
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
                while (p.isAlive() && filesUnder(workFolders(out)) < after && System.nanoTime() < deadline) {
                    Thread.sleep(5);
                }
                assertTrue(p.isAlive(), label + ": the run ended before it could be killed");
                new ProcessBuilder("kill", "-" + signal, Long.toString(p.pid())).start().waitFor();
                assertTrue(p.waitFor(60, TimeUnit.SECONDS), label + ": still running");
                assertSameFiles(before, files(out));
                assertEquals(hadSet, Files.exists(out), label);
                assertEquals(List.of(), names(javaTmp), label + ": files in java.io.tmpdir");
                List<String> beside = new ArrayList<>(names(parent));
                beside.remove("out");
                if (signal.equals("INT")) {
                    assertEquals(List.of(), beside, label + ": left beside --out");
                } else {
                    // the work folder, and the --out lock's file (the lock went with the process)
                    assertTrue(beside.stream().allMatch(n -> n.startsWith("out.downline-tmp-")
                            || n.equals("out.downline-lock")), label + ": " + beside);
                }
            }
        }
        // the next run into a folder a SIGKILL left a work folder beside cleans it and writes its set
        Path parent = tmp.resolve("KILL6false");
        assertTrue(names(parent).stream().anyMatch(n -> n.startsWith("out.downline-tmp-")), names(parent).toString());
        Cli again = smallRun(parent.resolve("out"));
        assertEquals(0, again.exit(), again.err());
        assertEquals(List.of("out"), names(parent));
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        }
    }

    /** Files and folders follow the umask: 0644 and 0755 under 022, 0600 and 0700 under 077. */
    @Test
    void permissionsFollowTheUmask() throws Exception {
        for (String[] c : new String[][] {{"022", "rw-r--r--", "rwxr-xr-x"}, {"077", "rw-------", "rwx------"}}) {
            Path out = tmp.resolve("umask" + c[0]).resolve("out");
            Process p = downline(c[0], tmp.resolve("javatmp" + c[0]), 0, null, Cli.smallRunArgs(out))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            assertEquals(0, p.waitFor());
            try (Stream<Path> s = Files.walk(out)) {
                for (Path f : s.toList()) {
                    String want = Files.isDirectory(f) ? c[2] : c[1];
                    assertEquals(want, PosixFilePermissions.toString(Files.getPosixFilePermissions(f)),
                            "umask " + c[0] + ": " + out.relativize(f));
                }
            }
        }
    }

    /**
     * A write that fails half-way (a real limit: {@code ulimit -f}, which makes the kernel refuse to
     * grow a file as a full disk does; the JVM ignores SIGXFSZ) is one line, exit 2, the previous set
     * unchanged and nothing left beside it: whether a table fails (written one after another) or a
     * chart (drawn in parallel, the others still being written when the first fails).
     */
    @Test
    void aFailedWriteIsOneLineAndLeavesThePreviousSet() throws Exception {
        Path out = tmp.resolve("full").resolve("out");
        assertEquals(0, smallRun(out, "--seed", "3").exit());
        Map<String, byte[]> before = files(out);
        long summary = before.get("summary.json").length;
        long largestTable = before.entrySet().stream().filter(e -> e.getKey().endsWith(".csv"))
                .mapToLong(e -> e.getValue().length).max().orElseThrow();
        long largestChart = before.entrySet().stream().filter(e -> e.getKey().startsWith("charts/"))
                .mapToLong(e -> e.getValue().length).max().orElseThrow();
        // the limits are set from this machine's own files (chart sizes depend on its fonts)
        long tablesFail = 1;
        long chartsFail = Math.max(summary, largestTable) / 1024 + 1;
        assertTrue(summary > 1024, "summary.json, the first file written, over 1 KiB");
        assertTrue(chartsFail * 1024 < largestChart, "a chart larger than every table: " + before.keySet());
        failedWrite(out, before, tablesFail, "", "summary.json");
        failedWrite(out, before, chartsFail, "charts/", ".png");
    }

    private void failedWrite(Path out, Map<String, byte[]> before, long kib, String under, String ext)
            throws Exception {
        Path javaTmp = tmp.resolve("javatmp-full-" + kib);
        Process p = downline("022", javaTmp, 0, Long.toString(kib), Cli.smallRunArgs(out))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(p.getErrorStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(2, p.waitFor(), err);
        assertEquals(1, err.lines().count(), err);
        assertTrue(err.startsWith("error: cannot write " + out + "/" + under) && err.contains(ext + ": File too large"),
                err);
        assertSameFiles(before, files(out));
        assertEquals(List.of("out"), names(out.getParent()), "after a failed " + ext);
        assertEquals(List.of(), names(javaTmp));
    }
}
