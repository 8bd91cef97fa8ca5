package org.downline.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.downline.Version;
import org.downline.engine.PartialResult;
import org.downline.engine.ProgressListener;
import org.downline.engine.RunOptions;
import org.downline.engine.Runner;
import org.downline.engine.Shard;
import org.downline.engine.Simulation;
import org.downline.rng.RandomStreams;
import org.downline.scenario.Scenario;
import org.downline.testing.Scenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run cut into shards, stored as shard files, read back and merged in any order and grouping,
 * finishes to the same bytes as the run in one piece.
 */
class ShardMergeTest {

    @TempDir
    Path tmp;

    /** A small market, so that a replication takes milliseconds; the affiliate world on. */
    private static Scenario small(int replications) {
        Scenario s = Scenarios.with(Scenario.DEFAULT, Scenarios.market(4000, 0.1));
        return Scenarios.run(s, 12, replications, 11);
    }

    @Test
    void randomShardingsOrdersAndGroupingsFinishToTheUnsplitBytes() throws IOException {
        SplittableRandom random = new SplittableRandom(20261129);
        Map<Integer, Map<String, byte[]>> whole = new HashMap<>();
        for (int trial = 0; trial < 12; trial++) {
            final int reps = 1 + random.nextInt(20);
            final int n = 1 + random.nextInt(Math.min(5, reps));
            final Scenario s = small(reps);
            Map<String, byte[]> expected = whole.computeIfAbsent(reps, k -> files(
                    Simulation.run(s, new RunOptions(2), ProgressListener.NONE), "whole-" + k));
            // every shard through a shard file, at 1 or 2 threads
            Path dir = Files.createDirectories(tmp.resolve("trial-" + trial));
            List<PartialResult> parts = new ArrayList<>();
            for (int i = 1; i <= n; i++) {
                Shard shard = new Shard(i, n);
                PartialResult p = Simulation.partial(s, shard, new RunOptions(1 + random.nextInt(2)),
                        ProgressListener.NONE);
                Path f = ShardFile.write(dir, Version.get(), RandomStreams.ALGORITHM, shard, p);
                parts.add(ShardFile.read(f).partial());
            }
            // a random order, then a random grouping: merge two random neighbours until one is left
            for (int k = parts.size() - 1; k > 0; k--) {
                int j = random.nextInt(k + 1);
                PartialResult t = parts.get(k);
                parts.set(k, parts.get(j));
                parts.set(j, t);
            }
            parts.add(random.nextInt(parts.size() + 1), PartialResult.empty(s));   // the identity, anywhere
            while (parts.size() > 1) {
                int k = random.nextInt(parts.size() - 1);
                parts.set(k, parts.get(k).merge(parts.remove(k + 1)));
            }
            Map<String, byte[]> merged = files(parts.get(0).finish(), "merged-" + trial);
            assertEquals(expected.keySet(), merged.keySet(), "trial " + trial);
            for (String name : expected.keySet()) {
                assertArrayEquals(expected.get(name), merged.get(name),
                        name + " differs: " + reps + " replications in " + n + " shards (trial " + trial + ")");
            }
        }
    }

    @Test
    void perReplicationPartialsMergeToTheThreadPoolsResult() {
        Scenario s = small(6);
        PartialResult pooled = Simulation.partial(s, Shard.ALL, new RunOptions(2), ProgressListener.NONE);
        PartialResult one = PartialResult.empty(s);
        for (int r = 5; r >= 0; r--) {
            one = Runner.replicate(s, new int[] {r}).merge(one);
        }
        assertEquals(ResultsWriter.summaryJson(pooled.finish()), ResultsWriter.summaryJson(one.finish()));
    }

    @Test
    void mergeRefusesOverlapsAndFinishRefusesGaps() {
        Scenario s = small(4);
        PartialResult a = Runner.replicate(s, new int[] {0, 1});
        PartialResult b = Runner.replicate(s, new int[] {1, 2});
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class, () -> a.merge(b));
        assertTrue(twice.getMessage().contains("replication 1"), twice.getMessage());
        PartialResult gap = a.merge(Runner.replicate(s, new int[] {3}));
        assertEquals(2, gap.firstMissing());
        IllegalStateException missing = assertThrows(IllegalStateException.class, gap::finish);
        assertTrue(missing.getMessage().contains("replication 2"), missing.getMessage());
        assertThrows(IllegalArgumentException.class, () -> a.merge(Runner.replicate(small(5), new int[] {3})));
    }

    @Test
    void shardsHoldEveryReplicationOnce() {
        for (int total = 0; total <= 9; total++) {
            for (int n = 1; n <= 5; n++) {
                int[] seen = new int[total];
                for (int i = 1; i <= n; i++) {
                    for (int r : new Shard(i, n).replications(total)) {
                        assertTrue(new Shard(i, n).holds(r));
                        seen[r]++;
                    }
                }
                for (int r = 0; r < total; r++) {
                    assertEquals(1, seen[r], "replication " + r + " of " + total + " in " + n + " shards");
                }
            }
        }
        assertEquals(new Shard(2, 3), Shard.parse("2/3"));
        for (String bad : new String[] {"0/3", "4/3", "3", "a/b", "1/0", "-1/2", "1/2/3", ""}) {
            assertEquals(null, Shard.parse(bad), bad);
        }
    }

    /** summary.json and every CSV of a result set, by name. */
    private Map<String, byte[]> files(org.downline.engine.Results r, String name) {
        Path out = tmp.resolve(name);
        ResultsWriter.writeTables(r, out);      // the charts are drawn from the same Results
        Map<String, byte[]> bytes = new HashMap<>();
        try (Stream<Path> all = Files.list(out)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                bytes.put(p.getFileName().toString(), Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertTrue(bytes.containsKey("summary.json") && bytes.containsKey("cohorts.csv"), bytes.keySet().toString());
        return bytes;
    }
}
