package org.downline.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.downline.Version;
import org.downline.engine.PartialResult;
import org.downline.engine.Runner;
import org.downline.engine.Shard;
import org.downline.rng.RandomStreams;
import org.downline.scenario.Scenario;
import org.downline.scenario.ScenarioException;
import org.downline.testing.Scenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The in-memory shard codec (how cluster tasks ship partials) is the shard file format, exactly. */
class ShardBytesTest {

    @TempDir
    Path tmp;

    private static PartialResult partial() {
        Scenario s = Scenarios.run(Scenarios.with(Scenario.DEFAULT, Scenarios.market(3000, 0.1)), 10, 6, 5);
        return Runner.replicate(s, new int[] {1, 4});
    }

    @Test
    void bytesAreTheShardFileAndReadBackToTheSamePartial() throws IOException {
        PartialResult p = partial();
        Shard shard = new Shard(2, 3);
        byte[] bytes = ShardFile.toBytes(Version.get(), RandomStreams.ALGORITHM, shard, p);
        Path file = ShardFile.write(tmp, Version.get(), RandomStreams.ALGORITHM, shard, p);
        assertArrayEquals(Files.readAllBytes(file), bytes);

        ShardFile back = ShardFile.fromBytes(bytes, "task 0");
        assertEquals(shard, back.shard());
        assertEquals(p.scenario(), back.partial().scenario());
        assertArrayEquals(new int[] {1, 4}, back.partial().indices());
        // nothing lost: what was read encodes to the same bytes again
        assertArrayEquals(bytes, ShardFile.toBytes(back.version(), back.generator(), back.shard(), back.partial()));
    }

    @Test
    void truncatedOrForeignBytesAreRefusedNamingTheSource() {
        byte[] bytes = ShardFile.toBytes(Version.get(), RandomStreams.ALGORITHM, Shard.ALL, partial());
        ScenarioException truncated = assertThrows(ScenarioException.class,
                () -> ShardFile.fromBytes(Arrays.copyOf(bytes, bytes.length - 9), "task 7"));
        assertTrue(truncated.getMessage().contains("task 7"), truncated.getMessage());
        ScenarioException foreign = assertThrows(ScenarioException.class,
                () -> ShardFile.fromBytes("hello".getBytes(java.nio.charset.StandardCharsets.US_ASCII), "task 8"));
        assertTrue(foreign.getMessage().contains("not a Downline shard"), foreign.getMessage());
    }

    /**
     * Bytes after a shard's end are refused, not skipped (Java's GZIPInputStream stops quietly at them, and
     * reads a second gzip stream as more of the first): a shard twice over, a stray byte, a gzip stream.
     */
    @Test
    void bytesAfterTheEndAreRefused() throws IOException {
        byte[] bytes = ShardFile.toBytes(Version.get(), RandomStreams.ALGORITHM, Shard.ALL, partial());
        java.io.ByteArrayOutputStream gz = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream g = new java.util.zip.GZIPOutputStream(gz)) {
            g.write(new byte[] {0, 0, 0, 0});
        }
        for (byte[] after : new byte[][] {bytes, {0}, {'\n'}, gz.toByteArray()}) {
            byte[] joined = Arrays.copyOf(bytes, bytes.length + after.length);
            System.arraycopy(after, 0, joined, bytes.length, after.length);
            ScenarioException e = assertThrows(ScenarioException.class, () -> ShardFile.fromBytes(joined, "task 9"));
            assertEquals("shard 'task 9' is corrupt: bytes follow the end of its contents (two files joined into one?)",
                    e.getMessage());
        }
        // a flipped bit of the trailer's checksum is caught as well
        byte[] crc = bytes.clone();
        crc[crc.length - 8] ^= 1;
        ScenarioException e = assertThrows(ScenarioException.class, () -> ShardFile.fromBytes(crc, "task 10"));
        assertTrue(e.getMessage().contains("is corrupt"), e.getMessage());
    }

    /**
     * Contents that pass the checksum yet do not hold what a run writes (bytes edited and compressed
     * again) are refused as corrupt, not left to fail when merged: a metric's name changed in one
     * replication (the merge stopped with an internal error, "replications disagree on metric 3").
     */
    @Test
    void aMetricRenamedUnderAValidChecksumIsRefused() throws IOException {
        byte[] bytes = ShardFile.toBytes(Version.get(), RandomStreams.ALGORITHM, Shard.ALL, partial());
        int header = "DOWNLINE-SHARD\n".length() + Integer.BYTES;
        byte[] contents;
        try (java.util.zip.GZIPInputStream in = new java.util.zip.GZIPInputStream(
                new java.io.ByteArrayInputStream(bytes, header, bytes.length - header))) {
            contents = in.readAllBytes();
        }
        String latin1 = new String(contents, java.nio.charset.StandardCharsets.ISO_8859_1);
        int at = latin1.indexOf("gini");
        assertTrue(at > 0, "the contents name the metric gini");
        contents[at + 1] = 'e';                         // "geni", once: the first replication's
        java.io.ByteArrayOutputStream edited = new java.io.ByteArrayOutputStream();
        edited.write(bytes, 0, header);
        try (java.util.zip.GZIPOutputStream g = new java.util.zip.GZIPOutputStream(edited)) {
            g.write(contents);
        }
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ShardFile.fromBytes(edited.toByteArray(), "task 11"));
        assertEquals("shard 'task 11' is corrupt: replication 1 does not hold the metrics the scenario reports",
                e.getMessage());
    }
}
