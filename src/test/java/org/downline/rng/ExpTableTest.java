package org.downline.rng;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ExpTableTest {

    /** Within 4 ulps of StrictMath.exp everywhere on [0, 10), on a fine grid and at the table's knots. */
    @Test
    void agreesWithStrictMath() {
        for (int i = 0; i < 1_000_000; i++) {
            double x = i * 1e-5;
            double exact = StrictMath.exp(-x);
            assertEquals(exact, ExpTable.expMinus(x), 4 * Math.ulp(exact), "x = " + x);
        }
        for (int k = 0; k < 640; k++) {
            double x = k / 64.0;
            assertEquals(StrictMath.exp(-x), ExpTable.expMinus(x), 0.0, "knot " + x);
            double below = Math.nextDown(x + 1 / 64.0);
            assertEquals(StrictMath.exp(-below), ExpTable.expMinus(below), 4 * Math.ulp(StrictMath.exp(-below)));
        }
    }
}
