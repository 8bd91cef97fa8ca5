package org.downline.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.downline.rng.ReplicationStreams;
import org.downline.scenario.AttritionConfig;
import org.downline.scenario.NetworkKind;
import org.downline.scenario.Scenario;
import org.downline.testing.Scenarios;
import org.junit.jupiter.api.Test;

/**
 * The names list on the small world: its order (closest acquaintances first, random acquaintances
 * at random levels) and the sixteen-levels-at-a-time scan, which must make exactly the pitches the
 * entry-by-entry scan makes.
 */
class ContactsScanTest {

    private static Scenario scenario(int population, int degree, double rewiring, boolean reapproach) {
        Scenario s = Scenarios.with(Scenario.DEFAULT,
                Scenarios.market(population, 0.3, reapproach, NetworkKind.SMALL_WORLD, degree, rewiring));
        s = Scenarios.with(s, Scenarios.contacts(population / 100, 5, 0.2, Scenario.DEFAULT.recruitment().effort()));
        s = Scenarios.with(s, new AttritionConfig(0.02, 0));
        return Scenarios.run(s, 36, 2, 5);
    }

    /** Every pitch of every replication, in order: month, member, person, joined. */
    private static List<long[]> pitches(Scenario s, boolean wordScan) {
        List<long[]> log = new ArrayList<>();
        MlmWorld w = new MlmWorld(s);
        w.contacts().namesList().wordScan = wordScan;
        for (int r = 0; r < s.replications(); r++) {
            w.reset(ReplicationStreams.of(s.seed(), r), s.months());
            final int[] month = {0};
            w.contacts().pitching.listener = (member, person, before, joined) ->
                    log.add(new long[] {month[0], member, person, joined ? 1 : 0});
            for (int t = 1; t <= s.months(); t++) {
                month[0] = t;
                w.step(t);
            }
            assertClosedBitsMatchStatus(w.contacts(), s.market().reapproachRefused());
        }
        return log;
    }

    private static void assertClosedBitsMatchStatus(ContactsRecruiter c, boolean reapproach) {
        final byte unusable = reapproach ? PopulationStatus.MEMBER : PopulationStatus.MEMBER | PopulationStatus.REFUSED;
        for (int p = 0; p < c.population(); p++) {
            assertEquals((c.status(p) & unusable) != 0, PopulationStatus.isClosed(c.status.bits, p), "person " + p);
        }
    }

    /**
     * The fast scan against the entry-by-entry one, pitch by pitch: with and without
     * reapproaching, on a population small enough that many lists run past the ends of the ring
     * (where the fast scan falls back), and with enough rewiring that random acquaintances break
     * the lattice runs often.
     */
    @Test
    void wordScanMakesTheSamePitchesAsTheEntryByEntryScan() {
        for (boolean reapproach : new boolean[] {false, true}) {
            for (int population : new int[] {3_000, 40_000}) {
                Scenario s = scenario(population, 40, 0.3, reapproach);
                List<long[]> slow = pitches(s, false);
                List<long[]> fast = pitches(s, true);
                String what = "population " + population + (reapproach ? ", reapproaching" : "");
                assertTrue(slow.size() > 2_000, what + ": only " + slow.size() + " pitches");
                assertEquals(slow.size(), fast.size(), what + ": pitches");
                for (int k = 0; k < slow.size(); k++) {
                    assertArrayEquals(slow.get(k), fast.get(k), what + ": pitch " + k);
                }
            }
        }
    }

    /**
     * On a ring lattice (no random acquaintances) every member pitches closest first: the ring
     * distance of the people a member pitches never decreases, and at each distance v+k comes
     * before v−k.
     */
    @Test
    void onARingLatticeMembersPitchTheClosestFirst() {
        final int population = 20_000;
        Scenario s = scenario(population, 30, 0, false);
        MlmWorld w = new MlmWorld(s);
        w.reset(ReplicationStreams.of(s.seed(), 0), s.months());
        ContactsRecruiter c = w.contacts();
        final int[] lastKey = new int[population];                // by member: 2·distance + side
        final long[] seen = {0, 0};
        c.pitching.listener = (member, person, before, joined) -> {
            int v = c.personOf(member);
            int d = Math.floorMod(person - v, population);
            int key = d <= population / 2 ? 2 * d : 2 * (population - d) + 1;
            seen[0]++;
            if (key < lastKey[member]) {
                seen[1]++;
            }
            lastKey[member] = key;
        };
        for (int t = 1; t <= s.months(); t++) {
            w.step(t);
        }
        assertTrue(seen[0] > 5_000, "only " + seen[0] + " pitches");
        assertEquals(0, seen[1], "pitches out of order");
    }

    /**
     * Every drawn order lists each position once, the lattice levels in ascending order, and
     * places the random acquaintances after levels drawn uniformly: their mean level is (h−1)/2
     * within four standard errors (each level drawn independently: false failure 6.3e-5, two-sided
     * normal). The run lengths say how many lattice levels follow in a row.
     */
    @Test
    void ordersListLatticeLevelsInOrderWithRandomAcquaintancesAtRandomLevels() {
        Scenario s = scenario(100_000, 150, 0.1, false);
        MlmWorld w = new MlmWorld(s);
        w.reset(ReplicationStreams.of(s.seed(), 0), s.months());
        ContactsRecruiter c = w.contacts();
        int positions = c.namesList().network.positions();
        int h = c.namesList().network.levels();
        assertEquals(ListOrders.ORDERS * positions, c.namesList().orders.positionOrders.length);
        double sumLevel = 0;
        long randoms = 0;
        for (int o = 0; o < ListOrders.ORDERS; o++) {
            int base = o * positions;
            boolean[] listed = new boolean[positions];
            int nextLevel = 0;
            int levelsSoFar = 0;
            for (int l = 0; l < positions; l++) {
                int q = c.namesList().orders.positionOrders[base + l];
                assertTrue(!listed[q], "order " + o + " lists " + q + " twice");
                listed[q] = true;
                if (q < h) {
                    assertEquals(nextLevel++, q, "order " + o + ": lattice levels out of order");
                    levelsSoFar++;
                } else {
                    sumLevel += levelsSoFar - 1;                   // after level index levelsSoFar − 1
                    randoms++;
                }
                int run = 0;
                while (run < 16 && l + run < positions && c.namesList().orders.positionOrders[base + l + run] < h) {
                    run++;
                }
                assertEquals(run, c.namesList().orders.latticeRun[base + l], "order " + o + ", place " + l);
            }
            assertEquals(h, nextLevel);
        }
        assertEquals((long) ListOrders.ORDERS * (positions - h), randoms);
        double sd = Math.sqrt((h * (double) h - 1) / 12);               // uniform on 0..h−1
        assertEquals((h - 1) / 2.0, sumLevel / randoms, 4 * sd / Math.sqrt(randoms));
    }

    /** The bit helpers of the fast scan against their definitions, on random bitsets. */
    @Test
    void bitHelpersMatchTheirDefinitions() {
        SplittableRandom rng = new SplittableRandom(3);
        for (int x = 0; x < 1 << 16; x++) {
            int spread = 0;
            for (int i = 0; i < 16; i++) {
                spread |= ((x >>> i) & 1) << (2 * i);
            }
            assertEquals(spread, PopulationStatus.spread(x), "spread " + x);
        }
        final int n = 640;
        long[] bits = new long[PopulationStatus.words(n)];
        for (int trial = 0; trial < 50; trial++) {
            double density = rng.nextDouble();
            for (int w = 0; w < bits.length; w++) {
                bits[w] = rng.nextLong();             // the other status words: noise the scan must not read
            }
            boolean[] closed = new boolean[n];
            for (int p = 0; p < n; p++) {
                closed[p] = rng.nextDouble() < density;
                int word = (p / 64) * PopulationStatus.GROUP_WORDS + PopulationStatus.CLOSED_WORD;
                bits[word] = closed[p] ? bits[word] | 1L << (p % 64) : bits[word] & ~(1L << (p % 64));
            }
            for (int p = 0; p < n; p++) {
                assertEquals(closed[p], PopulationStatus.isClosed(bits, p), "person " + p);
            }
            for (int a = 0; a + 16 <= n; a++) {
                int expected = 0;
                for (int i = 0; i < 16; i++) {
                    expected |= (closed[a + i] ? 1 : 0) << i;
                }
                assertEquals(expected, PopulationStatus.closed16(bits, a), "bits " + a + "..");
            }
            for (int v = 16; v < n - 16; v++) {
                for (int k = 1; v - k - 15 >= 0 && v + k + 15 < n; k++) {
                    int expected = 0;
                    for (int i = 0; i < 16; i++) {
                        expected |= (PopulationStatus.isClosed(bits, v + k + i) ? 0 : 1) << (2 * i);
                        expected |= (PopulationStatus.isClosed(bits, v - k - i) ? 0 : 1) << (2 * i + 1);
                    }
                    assertEquals(expected, PopulationStatus.usableSlots(bits, v, k), "v " + v + ", k " + k);
                }
            }
        }
    }
}
