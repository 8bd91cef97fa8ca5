package org.downline.rng;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TableExpTest {

    /** Within 2 ulp of StrictMath.exp over its fast range, at random and at the table's seams. */
    @Test
    void agreesWithStrictMathToTwoUlp() {
        SplittableRandom rng = new SplittableRandom(31);
        for (int i = 0; i < 2_000_000; i++) {
            double x = i % 2 == 0 ? -700 + 1400 * rng.nextDouble() : 3 * rng.nextGaussian();
            check(x);
        }
        for (int k = -2000; k <= 2000; k++) {               // around the multiples of ln2/512
            double seam = k * Math.log(2) / 512;
            check(seam);
            check(Math.nextUp(seam));
            check(Math.nextDown(seam));
        }
    }

    private static void check(double x) {
        double expected = StrictMath.exp(x);
        double actual = TableExp.exp(x);
        long ulps = Math.abs(Double.doubleToLongBits(expected) - Double.doubleToLongBits(actual));
        assertTrue(ulps <= 2, "exp(" + x + "): " + actual + " against " + expected);
    }

    @Test
    void edgesAreStrictMaths() {
        assertEquals(1.0, TableExp.exp(0.0));
        assertEquals(1.0, TableExp.exp(-0.0));
        assertEquals(StrictMath.exp(700), TableExp.exp(700));
        assertEquals(StrictMath.exp(-745.5), TableExp.exp(-745.5));
        assertEquals(Double.POSITIVE_INFINITY, TableExp.exp(Double.POSITIVE_INFINITY));
        assertEquals(0.0, TableExp.exp(Double.NEGATIVE_INFINITY));
        assertTrue(Double.isNaN(TableExp.exp(Double.NaN)));
    }

    /**
     * lessThan is exactly y < StrictMath.exp(x): at random y, and at y on and a few ulp around
     * StrictMath's value and TableExp's (where the fast decision must defer), over the samplers'
     * wedge range (x in [−8, 0]) and beyond.
     */
    @Test
    void lessThanIsStrictMathsComparison() {
        SplittableRandom rng = new SplittableRandom(37);
        for (int i = 0; i < 300_000; i++) {
            double x = i % 4 == 0 ? -700 + 1400 * rng.nextDouble() : -8 * rng.nextDouble();
            double strict = StrictMath.exp(x);
            compare(rng.nextDouble() * 2 * strict, x);
            for (double near : new double[] {strict, TableExp.exp(x)}) {
                double y = near;
                for (int k = 0; k < 6; k++) {
                    compare(y, x);
                    y = Math.nextUp(y);
                }
                y = near;
                for (int k = 0; k < 6; k++) {
                    y = Math.nextDown(y);
                    compare(y, x);
                }
            }
        }
    }

    private static void compare(double y, double x) {
        assertEquals(y < StrictMath.exp(x), TableExp.lessThan(y, x), () -> y + " < exp(" + x + ")");
    }
}
