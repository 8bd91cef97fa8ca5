package org.downline.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class InequalityTest {

    @Test
    void giniOfKnownDistributions() {
        assertEquals(0, Inequality.gini(new double[] {5, 5, 5, 5}, 4), 1e-15);
        // one of four has everything: (n−1)/n
        assertEquals(0.75, Inequality.gini(new double[] {0, 0, 0, 8}, 4), 1e-15);
        // 1,2,3,4: Σ(2i−n−1)x_i = −3·1 −1·2 +1·3 +3·4 = 10; / (4·10) = 0.25
        assertEquals(0.25, Inequality.gini(new double[] {1, 2, 3, 4}, 4), 1e-15);
        assertTrue(Double.isNaN(Inequality.gini(new double[] {0, 0}, 2)));
    }

    @Test
    void lorenzInterpolatesWithinPeople() {
        double[] sorted = {1, 2, 3, 4};                // total 10
        double[] l = Inequality.lorenz(sorted, 4, new double[] {0, 0.25, 0.5, 0.625, 1});
        // 0.625·4 = 2.5 people: 1 + 2 + half of 3 = 4.5
        assertArrayEquals(new double[] {0, 0.1, 0.3, 0.45, 1}, l, 1e-15);
    }

    /** One joiner a month: the first 10% of 6 people is 0.6 of the first. */
    @Test
    void shareOfEarliestCountsAJoinerStraddlingTheLineInPart() {
        double[] joinOrder = {50, 0, 30, 0, 20, 0};   // total 100
        short[] months = {0, 1, 2, 3, 4, 5};
        assertEquals(0.6 * 50 / 100, Inequality.shareOfEarliest(joinOrder, months, 6, 100, 0.1), 1e-15);
        // 0.25·6 = 1.5 people: 50 + half of 0
        assertEquals(0.5, Inequality.shareOfEarliest(joinOrder, months, 6, 100, 0.25), 1e-15);
        // the total is the caller's (ParticipantStats has summed the gross commissions), not summed again
        assertEquals(0.25, Inequality.shareOfEarliest(joinOrder, months, 6, 200, 0.25), 1e-15);
        assertTrue(Double.isNaN(Inequality.shareOfEarliest(new double[] {0, 0}, new short[] {1, 1}, 2, 0, 0.1)));
        assertThrows(IllegalArgumentException.class,
                () -> Inequality.shareOfEarliest(joinOrder, months, 6, 100, Math.nextUp(1.0)));
    }

    /**
     * Everyone joined in one month: the earliest 10% would hold exactly 10% whatever was paid (no one
     * is earlier), and by index the first 50 their own share: neither is a finding, so undefined.
     */
    @Test
    void shareOfEarliestIsUndefinedWhenAllJoinedAtOnce() {
        SplittableRandom rng = new SplittableRandom(10);
        double[] gross = new double[500];
        double total = 0;
        for (int i = 0; i < gross.length; i++) {
            gross[i] = rng.nextDouble() < 0.3 ? 0 : 1000 * rng.nextDouble() / (1e-3 + rng.nextDouble());
            total += gross[i];
        }
        short[] months = new short[500];
        java.util.Arrays.fill(months, (short) 1);
        assertTrue(Double.isNaN(Inequality.shareOfEarliest(gross, months, 500, total, 0.1)));
        assertTrue(Double.isNaN(Inequality.shareOfEarliest(new double[] {5}, new short[] {0}, 1, 5, 0.1)));
        // one joiner a month later and it is defined again: the line (50 people) falls among month
        // 1's 499 joiners, who count 50/499 of their commissions
        months[499] = 2;
        assertEquals((0.1 * 500 / 499) * (total - gross[499]) / total,
                Inequality.shareOfEarliest(gross, months, 500, total, 0.1), 1e-15);
        // by index, the first 50 would have held their own share, not 10%
        double first50 = 0;
        for (int i = 0; i < 50; i++) {
            first50 += gross[i];
        }
        assertTrue(Math.abs(first50 / total - 0.1) > 0.005, "the test's data must tell the two apart");
    }

    /**
     * Two months of three joiners, total 100, month 1 holding 60: at 25% the line falls at 1.5 people,
     * half of month 1's joiners, so half its 60; at 75% at 4.5, month 1 whole and half of month 2's
     * 40. The order within a month does not matter (by index, 25% would read 60% or 0%).
     */
    @Test
    void shareOfEarliestCountsTheMonthTheLineFallsInInProportion() {
        short[] months = {1, 1, 1, 2, 2, 2};
        for (double[] a : new double[][] {{60, 0, 0, 10, 10, 20}, {0, 0, 60, 20, 10, 10}}) {
            assertEquals(0.30, Inequality.shareOfEarliest(a, months, 6, 100, 0.25), 1e-15);
            assertEquals(0.80, Inequality.shareOfEarliest(a, months, 6, 100, 0.75), 1e-15);
            assertEquals(0.60, Inequality.shareOfEarliest(a, months, 6, 100, 0.5), 1e-15);
            assertEquals(0, Inequality.shareOfEarliest(a, months, 6, 100, 0), 1e-15);
            assertEquals(1, Inequality.shareOfEarliest(a, months, 6, 100, 1), 1e-15);
        }
    }

    @Test
    void giniIsOneMinusTwiceTheAreaUnderTheLorenzCurve() {
        double[] sorted = {0, 0, 1, 1, 2, 3, 5, 8, 13, 21};
        int n = sorted.length;
        double[] x = new double[n + 1];
        for (int k = 0; k <= n; k++) {
            x[k] = (double) k / n;
        }
        double[] l = Inequality.lorenz(sorted, n, x);
        double area = 0;
        for (int k = 1; k <= n; k++) {
            area += (l[k] + l[k - 1]) / 2 / n;
        }
        assertEquals(1 - 2 * area, Inequality.gini(sorted, n), 1e-14);
    }

    @Test
    void lorenzRejectsUnsortedPoints() {
        assertThrows(IllegalArgumentException.class,
                () -> Inequality.lorenz(new double[] {1}, 1, new double[] {0.5, 0.4}));
    }
}
