package org.downline.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.downline.io.ResultsWriter;
import org.downline.scenario.NetworkKind;
import org.downline.scenario.Scenario;
import org.downline.testing.Scenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DeterminismTest {

    static Scenario small() {
        Scenario s = Scenarios.with(Scenario.DEFAULT, Scenarios.market(40_000, 0.25));
        return Scenarios.run(s, 18, 12, 77);
    }

    /** The contacts model on a small world, with its extra series and chart. */
    static Scenario smallContacts() {
        Scenario s = Scenarios.with(Scenario.DEFAULT,
                Scenarios.market(40_000, 0.25, false, NetworkKind.SMALL_WORLD, 40, 0.1));
        s = Scenarios.with(s, Scenarios.contacts(10, 4, 0.3, Scenario.DEFAULT.recruitment().effort()));
        return Scenarios.run(s, 18, 12, 77);
    }

    /** Every output file, charts included, is byte-identical on 1 and 4 threads. */
    @Test
    void oneAndFourThreadsWriteIdenticalBytes(@TempDir Path tmp) throws IOException {
        identicalBytes(small(), tmp.resolve("bass"));
    }

    @Test
    void contactsRunsToo(@TempDir Path tmp) throws IOException {
        identicalBytes(smallContacts(), tmp.resolve("contacts"));
        ReplicationResult[] batch = Simulation.replications(smallContacts(), new RunOptions(3));
        ReplicationResult alone = Simulation.runOne(smallContacts(), 7);
        assertArrayEquals(batch[7].mlm().values(), alone.mlm().values());
        for (int k = 0; k < alone.mlmSeries().length; k++) {
            assertArrayEquals(batch[7].mlmSeries()[k], alone.mlmSeries()[k]);
        }
    }

    private static void identicalBytes(Scenario s, Path tmp) throws IOException {
        List<Path> one = ResultsWriter.writeAll(Simulation.run(s, new RunOptions(1), ProgressListener.NONE),
                tmp.resolve("one"));
        List<Path> four = ResultsWriter.writeAll(Simulation.run(s, new RunOptions(4), ProgressListener.NONE),
                tmp.resolve("four"));
        assertEquals(one.size(), four.size());
        for (int f = 0; f < one.size(); f++) {
            assertEquals(tmp.resolve("one").relativize(one.get(f)), tmp.resolve("four").relativize(four.get(f)));
            assertArrayEquals(Files.readAllBytes(one.get(f)), Files.readAllBytes(four.get(f)),
                    "differs: " + one.get(f).getFileName());
        }
    }

    /** Every plan type gives byte-identical data files on 1 and 3 threads. */
    @ParameterizedTest
    @MethodSource("org.downline.testing.Scenarios#planTypes")
    void everyPlanIsIndependentOfThreads(String type, @TempDir Path tmp) throws IOException {
        Scenario s = Scenarios.run(Scenarios.with(Scenario.DEFAULT, Scenarios.market(20_000, 0.25)), 12, 5, 5);
        s = Scenarios.with(s, Scenarios.plan(type, "plan.capPerMonth=200", "plan.overrideGenerations=2"));
        List<Path> one = ResultsWriter.writeAll(Simulation.run(s, new RunOptions(1), ProgressListener.NONE),
                tmp.resolve("one"));
        List<Path> three = ResultsWriter.writeAll(Simulation.run(s, new RunOptions(3), ProgressListener.NONE),
                tmp.resolve("three"));
        assertEquals(one.size(), three.size());
        for (int f = 0; f < one.size(); f++) {
            if (one.get(f).toString().endsWith(".png")) {
                continue;                               // charts: the test above
            }
            assertArrayEquals(Files.readAllBytes(one.get(f)), Files.readAllBytes(three.get(f)),
                    type + ": differs: " + one.get(f).getFileName());
        }
    }

    /** Replication r run alone equals replication r inside a parallel batch. */
    @Test
    void aReplicationAloneEqualsItsPlaceInABatch() {
        Scenario s = small();
        ReplicationResult[] batch = Simulation.replications(s, new RunOptions(3));
        for (int r : new int[] {0, 5, 11}) {
            ReplicationResult alone = Simulation.runOne(s, r);
            assertArrayEquals(batch[r].mlm().values(), alone.mlm().values(), "replication " + r);
            assertArrayEquals(batch[r].mlm().lorenz(), alone.mlm().lorenz());
            for (int k = 0; k < alone.mlmSeries().length; k++) {
                assertArrayEquals(batch[r].mlmSeries()[k], alone.mlmSeries()[k]);
            }
        }
    }

    @Test
    void replicationsAndSeedsDiffer() {
        Scenario s = small();
        ReplicationResult[] batch = Simulation.replications(s, new RunOptions(2));
        assertFalse(java.util.Arrays.equals(batch[0].mlm().values(), batch[1].mlm().values()));
        ReplicationResult other = Simulation.runOne(Scenarios.run(s, s.months(), s.replications(), 78), 0);
        assertFalse(java.util.Arrays.equals(batch[0].mlm().values(), other.mlm().values()));
    }
}
