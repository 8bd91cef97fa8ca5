package org.downline.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A spread's quantiles and mean skip undefined draws and do not depend on the draws' order. */
class PredictiveSpreadTest {

    @Test
    void quantilesAndMeanOfTheDefinedValuesWorkedByHand() {
        double[] values = {4, Double.NaN, 1, 3, Double.NaN, 2};
        Predictive.Spread s = new Predictive.Spread(values);
        assertEquals(1.0, s.quantile(0));
        assertEquals(2.5, s.quantile(0.5));                // type 7 over 1, 2, 3, 4: h = 1.5
        assertEquals(4.0, s.quantile(1));
        assertEquals(1.15, s.quantile(0.05), 1e-15);       // h = 0.15
        assertEquals(2.5, s.mean());
        assertEquals(4, s.defined());                      // what fit.json's "draws" of a value says: 4 of 6
        assertArrayEquals(new double[] {4, Double.NaN, 1, 3, Double.NaN, 2}, s.values());   // in draw order
        assertEquals(2.5, s.quantile(0.5));                // asked again: the same
    }

    @Test
    void noDefinedValueGivesNaN() {
        Predictive.Spread s = new Predictive.Spread(new double[] {Double.NaN, Double.NaN});
        assertTrue(Double.isNaN(s.quantile(0.5)));
        assertTrue(Double.isNaN(s.mean()));
        assertEquals(0, s.defined());
        assertTrue(Double.isNaN(new Predictive.Spread(new double[0]).mean()));
    }
}
