package org.downline.plans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The memory guard counts a member-indexed array at {@link Genealogy#grownLength} of the members it
 * holds; {@link Genealogy#ensure} must never grow one past that, whatever length it started at
 * (an exact capacity, members + 1, zero) and however it grows (a member at a time, or a month that
 * more than doubles the membership). Deterministic.
 */
class GenealogyGrowthTest {

    @Test
    void growthNeverPassesTheGuardsLengthAndKeepsContents() {
        int[] starts = {0, 1, 7, 1000, 1024, 1025, 1500, 3000, 400_001};
        int[][] steps = {{1}, {3}, {1, 2}, {7, 3, 1}};       // n + first, then 2n + last, in turn
        for (int start : starts) {
            for (int[] step : steps) {
                int[] a = new int[start];
                int n = Math.max(1, start);
                for (int k = 0; n < 5_000_000; k++) {
                    n = k % 2 == 0 ? n + step[0] : n * 2 + step[step.length - 1];
                    a = Genealogy.ensure(a, n);
                    a[n - 1] = n;
                    assertTrue(a.length >= n, "holds n");
                    assertTrue(a.length <= Math.max(start, Genealogy.grownLength(n)),
                            "start " + start + ": length " + a.length + " for " + n + " members, the guard counts "
                                    + Genealogy.grownLength(n));
                }
                assertEquals(n, a[n - 1]);
            }
        }
    }

    /**
     * Making room for members grows the genealogy to the very lengths adding them would (so the
     * guard's count holds and nothing else sized from it changes), from any size and for any
     * batch, up to the maximum capacity.
     */
    @Test
    void makingRoomGrowsAsAddingWould() {
        int max = 300_000;
        int[][] runs = {{1, 1, 1}, {1023, 1, 2}, {1024, 1}, {1500, 600, 3000, 40_000}, {5, 299_995}, {2049, 100_000}};
        for (int[] run : runs) {
            Genealogy added = new Genealogy(max);
            Genealogy roomy = new Genealogy(max);
            for (int k : run) {
                roomy.makeRoom(roomy.size() + k);
                int before = roomy.capacity();
                for (int j = 0; j < k; j++) {
                    added.add(added.size() - 1);
                    roomy.add(roomy.size() - 1);
                }
                assertEquals(added.capacity(), roomy.capacity(), "after " + added.size() + " members");
                assertEquals(before, roomy.capacity(), "grew again while adding");
                assertTrue(roomy.capacity() <= Math.min(max, Genealogy.grownLength(roomy.size())));
            }
        }
    }

    @Test
    void anArrayOfMembersPlusOneStillJustDoubles() {
        byte[] b = new byte[1025];
        b = Genealogy.ensure(b, 2049);
        assertEquals(2050, b.length);
        double[] d = Genealogy.ensure(new double[1500], 1501, Integer.MAX_VALUE);
        assertEquals(3000, d.length, "the capped form doubles below its maximum");
    }
}
