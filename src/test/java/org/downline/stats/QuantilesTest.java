package org.downline.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class QuantilesTest {

    @Test
    void typeSevenInterpolates() {
        double[] x = {1, 2, 3, 4};
        assertEquals(1, Quantiles.ofSorted(x, 0));
        assertEquals(4, Quantiles.ofSorted(x, 1));
        assertEquals(2.5, Quantiles.ofSorted(x, 0.5));
        // h = 3 · 0.1 = 0.3: 1 + 0.3 · (2 − 1)
        assertEquals(1.3, Quantiles.ofSorted(x, 0.1), 1e-15);
        assertEquals(7, Quantiles.ofSorted(new double[] {7}, 0.9));
        assertTrue(Double.isNaN(Quantiles.ofSorted(new double[0], 0.5)));
    }

    @Test
    void rangeWithinArray() {
        double[] x = {100, 1, 2, 3, 100};
        assertEquals(2, Quantiles.ofSorted(x, 1, 4, 0.5));
    }

    @Test
    void rejectsProbabilitiesOutsideUnitInterval() {
        assertThrows(IllegalArgumentException.class, () -> Quantiles.ofSorted(new double[] {1}, Math.nextUp(1.0)));
        assertThrows(IllegalArgumentException.class, () -> Quantiles.ofSorted(new double[] {1}, Math.nextDown(0.0)));
    }
}
