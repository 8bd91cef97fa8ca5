package org.downline.cli;

import static org.downline.testing.Folders.assertSameFiles;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.downline.engine.ProgressListener;
import org.downline.engine.RunOptions;
import org.downline.engine.Shard;
import org.downline.engine.Simulation;
import org.downline.io.Presets;
import org.downline.io.ShardFile;
import org.downline.rng.RandomStreams;
import org.downline.testing.Cli;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code run --shard} and {@code merge}, as a user runs them, and every set {@code merge} must refuse. */
class MergeCommandTest {

    private static final String[] SMALL = {"--set", "market.population=4000", "--months", "14", "--replications", "5"};

    @TempDir
    Path tmp;

    private Path shards;

    @BeforeEach
    void threeShards() {
        shards = tmp.resolve("parts");
        for (int i = 1; i <= 3; i++) {
            Cli r = run("run", "--shard", i + "/3", "--threads", "1", "--out", shards.toString());
            assertEquals(0, r.exit(), r.err());
            assertTrue(r.out().contains("Shard " + i + "/3"), r.out());
        }
    }

    private static Cli run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        if (args[0].equals("run")) {
            all.addAll(List.of(SMALL));
        }
        return Cli.run(all.toArray(String[]::new));
    }

    private Path shard(int i) {
        return shards.resolve("shard-" + i + "-of-3.shard");
    }

    @Test
    void mergedShardsWriteWhatTheWholeRunWrites() throws IOException {
        Path whole = tmp.resolve("whole");
        assertEquals(0, run("run", "--threads", "2", "--out", whole.toString()).exit());
        Path merged = tmp.resolve("merged");
        // files in any order, and a folder standing for its shards
        Cli m = Cli.run("merge", shard(3).toString(), shard(1).toString(), shard(2).toString(),
                "--out", merged.toString());
        assertEquals(0, m.exit(), m.err());
        assertTrue(m.out().contains("Lost money (net income < $0)"), m.out());
        // 14 months: joiners of months 0..3 have a whole first year, in both worlds
        assertTrue(m.out().contains("If you join the MLM in month 3: median first-year net "), m.out());
        List<String> outlook = Files.readAllLines(merged.resolve("outlook.csv"));
        assertEquals(2 + 2 * 4, outlook.size(), outlook.toString());
        assertTrue(outlook.get(2).startsWith("mlm,0,") && outlook.get(9).startsWith("affiliate,3,"),
                outlook.toString());
        assertSameFiles(whole, merged);
        Path fromFolder = tmp.resolve("from-folder");
        assertEquals(0, Cli.run("merge", shards.toString(), "--out", fromFolder.toString()).exit());
        assertSameFiles(whole, fromFolder);
    }

    @Test
    void refusesAMissingReplication() {
        refused("is in none of the 2 given", shard(1), shard(3));
    }

    @Test
    void refusesAReplicationHeldTwice() throws IOException {
        Path copy = Files.copy(shard(2), tmp.resolve("again.shard"));
        refused("holds replication 1, which", shard(1), shard(2), shard(3), copy);
    }

    @Test
    void refusesShardsOfAnotherRun() {
        Path other = tmp.resolve("other");
        assertEquals(0, run("run", "--shard", "2/3", "--seed", "7", "--out", other.toString()).exit());
        refused("has seed 7 but", shard(1), other.resolve("shard-2-of-3.shard"), shard(3));

        Path reps = tmp.resolve("reps");
        assertEquals(0, Cli.run("run", "--shard", "2/3", "--set", "market.population=4000", "--months", "14",
                "--replications", "6", "--out", reps.toString()).exit());
        refused("is of a run of 6 replications", shard(1), reps.resolve("shard-2-of-3.shard"), shard(3));

        Path scenario = tmp.resolve("scenario");
        assertEquals(0, run("run", "--shard", "2/3", "--set", "economics.monthlyFee=31", "--out",
                scenario.toString()).exit());
        refused("is of a different scenario", shard(1), scenario.resolve("shard-2-of-3.shard"), shard(3));
    }

    @Test
    void refusesAShardOfAnotherVersion() {
        var s = Presets.load("default", List.of("market.population=4000", "months=14", "replications=5"));
        Path old = tmp.resolve("old");
        ShardFile.write(old, "0.0.1-other", RandomStreams.ALGORITHM, new Shard(2, 3),
                Simulation.partial(s, new Shard(2, 3), new RunOptions(1), ProgressListener.NONE));
        refused("was written by Downline 0.0.1-other", shard(1), old.resolve("shard-2-of-3.shard"), shard(3));
    }

    @Test
    void refusesCorruptTruncatedAndForeignFiles() throws IOException {
        byte[] good = Files.readAllBytes(shard(2));
        Path flipped = tmp.resolve("flipped.shard");
        byte[] bad = good.clone();
        bad[good.length / 2] ^= 0x5a;
        Files.write(flipped, bad);
        refused("is corrupt", shard(1), flipped, shard(3));

        Path truncated = tmp.resolve("truncated.shard");
        Files.write(truncated, java.util.Arrays.copyOf(good, good.length - 40));
        refused("shard '" + truncated + "'", shard(1), truncated, shard(3));

        Path doubled = tmp.resolve("doubled.shard");
        Files.write(doubled, good);
        Files.write(doubled, good, java.nio.file.StandardOpenOption.APPEND);
        refused("shard '" + doubled + "' is corrupt: bytes follow the end of its contents", shard(1), doubled, shard(3));

        Path text = tmp.resolve("notes.shard");
        Files.writeString(text, "replications: 5\n");
        refused("is not a Downline shard file", shard(1), text, shard(3));
        assertEquals("error: shard '" + text + "' is not a Downline shard file (written by 'downline run --shard I/N')",
                Cli.run("merge", text.toString()).err().strip());

        Path empty = Files.createDirectories(tmp.resolve("empty"));
        refused("holds no shard file", shard(1), empty);
        refused("does not exist", tmp.resolve("nowhere"));
    }

    @Test
    void aShardOfAnotherRunIsReplacedOnlyWithForce() throws IOException {
        byte[] before = Files.readAllBytes(shard(2));
        // the same run again replaces its shard, as before
        Cli again = run("run", "--shard", "2/3", "--threads", "1", "--out", shards.toString());
        assertEquals(0, again.exit(), again.err());
        assertArrayEquals(before, Files.readAllBytes(shard(2)));

        Cli seed = run("run", "--shard", "2/3", "--seed", "7", "--out", shards.toString());
        assertEquals(2, seed.exit(), seed.out() + seed.err());
        assertEquals("error: --out '" + shards + "' holds 'shard-2-of-3.shard', a shard of a different run (its seed "
                + "is 1, this run's 7): choose another --out, or add --force to replace it", seed.err().strip());
        assertArrayEquals(before, Files.readAllBytes(shard(2)));
        Cli reps = Cli.run("run", "--shard", "2/3", "--set", "market.population=4000", "--months", "14",
                "--replications", "6", "--out", shards.toString());
        assertEquals(2, reps.exit());
        assertTrue(reps.err().contains("(it is of a run of 5 replications, this one of 6)"), reps.err());
        Cli scenario = run("run", "--shard", "2/3", "--set", "economics.monthlyFee=31", "--out", shards.toString());
        assertEquals(2, scenario.exit());
        assertTrue(scenario.err().contains("(its scenario differs;"), scenario.err());
        assertArrayEquals(before, Files.readAllBytes(shard(2)));

        Files.writeString(shard(3), "my notes\n");
        Cli notes = run("run", "--shard", "3/3", "--out", shards.toString());
        assertEquals(2, notes.exit());
        assertTrue(notes.err().contains("holds 'shard-3-of-3.shard', which is not a Downline shard file"), notes.err());
        assertEquals("my notes\n", Files.readString(shard(3)));

        Cli forced = run("run", "--shard", "2/3", "--seed", "7", "--force", "--out", shards.toString());
        assertEquals(0, forced.exit(), forced.err());
        refused("has seed 7 but", shard(1), shard(2));
    }

    @Test
    void refusesABadShardOption() {
        for (String bad : new String[] {"0/3", "4/3", "x", "1/0"}) {
            Cli r = run("run", "--shard", bad, "--out", tmp.resolve("o").toString());
            assertEquals(2, r.exit(), bad);
            assertTrue(r.err().contains("'--shard': must be I/N"), r.err());
        }
        Cli many = run("run", "--shard", "1/6", "--out", tmp.resolve("o").toString());
        assertEquals(2, many.exit());
        assertTrue(many.err().contains("--shard N must be at most the replications (5), was 1/6"), many.err());
        assertFalse(Files.exists(tmp.resolve("o")));
    }

    /** merge of {@code files} fails with exit 2, one line containing {@code why}, and writes nothing. */
    private void refused(String why, Path... files) {
        Path out = tmp.resolve("refused");
        List<String> args = new ArrayList<>(List.of("merge"));
        for (Path f : files) {
            args.add(f.toString());
        }
        args.addAll(List.of("--out", out.toString()));
        Cli r = Cli.run(args.toArray(String[]::new));
        assertEquals(2, r.exit(), r.out() + r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("error: ") && r.err().contains(why), r.err());
        assertFalse(Files.exists(out), "nothing may be written");
    }
}
