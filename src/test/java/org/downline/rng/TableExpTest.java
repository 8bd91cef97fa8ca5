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
}
