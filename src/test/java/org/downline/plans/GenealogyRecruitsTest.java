package org.downline.plans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Who recruited nobody is counted from the sponsors alone, in a scratch array whatever it holds;
 * the recruit counts are kept only when asked for. Deterministic.
 */
class GenealogyRecruitsTest {

    private static Genealogy tree(boolean counts, int... sponsors) {
        Genealogy g = new Genealogy(sponsors.length, counts);
        for (int s : sponsors) {
            g.add(s);
        }
        return g;
    }

    @Test
    void membersWithoutRecruitsOnAHandBuiltTree() {
        // 0 recruits 1 and 2, 1 recruits 3 and 6, 4 (a second root) recruits 5, 6 recruits 7:
        // sponsors are 0, 1, 4, 6, so 2, 3, 5 and 7 recruited nobody
        Genealogy g = tree(false, -1, 0, 0, 1, -1, 4, 1, 6);
        double[] scratch = new double[10];
        Arrays.fill(scratch, 1);                  // left over from anything: must not count
        assertEquals(4, g.withoutRecruits(scratch));
        Arrays.fill(scratch, Double.NaN);
        assertEquals(4, g.withoutRecruits(scratch));
        assertEquals(1, tree(false, -1).withoutRecruits(new double[] {7}));
        assertEquals(3, tree(false, -1, -1, -1).withoutRecruits(new double[3]));
        assertEquals(1, tree(false, -1, 0, 1, 2, 3).withoutRecruits(new double[5]));   // a chain
        assertEquals(0, new Genealogy(4).withoutRecruits(new double[0]));
    }

    /** On random trees, the count equals that of members whose recruit count is zero. */
    @Test
    void membersWithoutRecruitsAreThoseWithNoChildren() {
        SplittableRandom rng = new SplittableRandom(5);
        for (int t = 0; t < 50; t++) {
            int n = 1 + rng.nextInt(3000);
            int[] sponsors = new int[n];
            for (int i = 0; i < n; i++) {
                // mostly recent sponsors, some roots: chains, bushes and leaves
                sponsors[i] = i == 0 || rng.nextInt(20) == 0 ? -1 : Math.max(0, i - 1 - rng.nextInt(Math.min(i, 5)));
            }
            Genealogy g = tree(true, sponsors);
            long zero = Arrays.stream(g.children, 0, n).filter(c -> c == 0).count();
            double[] scratch = new double[n + rng.nextInt(3)];
            Arrays.fill(scratch, rng.nextDouble());
            assertEquals(zero, g.withoutRecruits(scratch), "tree " + t);
        }
    }

    @Test
    void recruitCountsAreKeptOnlyWhenAskedFor() {
        Genealogy g = tree(false, -1, 0, 0);
        assertNull(g.children);
        g.reserve(5000);
        assertNull(g.children);
        Genealogy counted = tree(true, -1, 0, 0, 1);
        assertNotNull(counted.children);
        assertEquals(2, counted.children[0]);
        assertEquals(1, counted.children[1]);
        assertEquals(0, counted.children[3]);
        assertEquals(Genealogy.bytesPerMember(false) + Integer.BYTES, Genealogy.bytesPerMember(true));
    }
}
