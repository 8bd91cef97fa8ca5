package org.downline.model;

import java.util.random.RandomGenerator;
import org.downline.rng.RandomStreams;

/**
 * The orders of names lists on the small world: {@value #ORDERS} orders of the network's list
 * positions, drawn per replication, and which of them each person's list follows.
 *
 * <p>An order is the lattice levels 1..h ascending, closest first, with each random acquaintance
 * (a permutation position of {@link SmallWorldNetwork}) placed after a lattice level drawn
 * uniformly at random — where a lattice tie drawn at random would come, as it stands for a rewired
 * one. A person's list follows the order picked by a hash of the person. Beside each order, the
 * number of lattice levels in a row from each place (at most 16), so that the scan can take up to
 * sixteen levels at once.
 */
final class ListOrders {

    /** Number of distinct orders drawn per replication. */
    static final int ORDERS = 256;

    /** The network's list positions in order: order o's place l at o × positions + l. */
    short[] positionOrders = new short[0];
    /** For each place of each order: lattice levels in a row from there, at most 16. */
    byte[] latticeRun = new byte[0];
    private int positions;
    private long orderKey;

    /** Heap bytes of the orders for a network with this many list positions. */
    static long bytes(long positions) {
        return ORDERS * positions * (Short.BYTES + Byte.BYTES);
    }

    /**
     * Draws the orders for a network from {@code rng}; {@code key} (the network's) picks each
     * person's order.
     */
    void draw(SmallWorldNetwork network, long key, RandomGenerator rng) {
        orderKey = RandomStreams.mix64(key ^ 0x3C6EF372FE94F82BL);
        positions = network.positions();
        if (positionOrders.length != ORDERS * positions) {
            positionOrders = new short[ORDERS * positions];
            latticeRun = new byte[ORDERS * positions];
        }
        final int levels = network.levels();
        final int[] after = new int[positions - levels];
        for (int o = 0; o < ORDERS; o++) {
            final int base = o * positions;
            for (int r = 0; r < after.length; r++) {
                after[r] = rng.nextInt(levels);      // random acquaintance r comes after this level
            }
            int at = 0;
            for (int l = 0; l < levels; l++) {
                positionOrders[base + at++] = (short) l;
                for (int r = 0; r < after.length; r++) {
                    if (after[r] == l) {
                        positionOrders[base + at++] = (short) (levels + r);
                    }
                }
            }
            int run = 0;                             // lattice levels in a row from each place
            for (int l = positions - 1; l >= 0; l--) {
                run = positionOrders[base + l] < levels ? Math.min(run + 1, 16) : 0;
                latticeRun[base + l] = (byte) run;
            }
        }
    }

    /** Where person v's order starts in {@link #positionOrders} and {@link #latticeRun}. */
    int base(int v) {
        return (int) (RandomStreams.mix64(orderKey + v) & (ORDERS - 1)) * positions;
    }
}
