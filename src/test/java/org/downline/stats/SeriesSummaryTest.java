package org.downline.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SeriesSummaryTest {

    /** Type-7 percentiles and the mean over the replications, month by month. */
    @Test
    void meanAndPercentilesAcrossReplications() {
        double[][] v = new double[21][];
        for (int r = 0; r <= 20; r++) {
            v[r] = new double[] {r, 2 * r};
        }
        SeriesSummary s = SeriesSummary.of("x", v, 1);
        assertEquals(10, s.mean()[0], 1e-12);
        assertEquals(1, s.p05()[0], 1e-12);      // h = 20·0.05 = 1
        assertEquals(19, s.p95()[0], 1e-12);
        assertEquals(38, s.p95()[1], 1e-12);
    }

    /** A ratio undefined in some replications (NaN) is summarised over those that define it. */
    @Test
    void undefinedValuesAreLeftOut() {
        double[][] v = {{Double.NaN, 1}, {Double.NaN, Double.NaN}, {Double.NaN, 3}};
        SeriesSummary s = SeriesSummary.of("ratio", v, 1);
        assertTrue(Double.isNaN(s.mean()[0]) && Double.isNaN(s.p05()[0]) && Double.isNaN(s.p95()[0]));
        assertEquals(2, s.mean()[1], 1e-12);
        assertEquals(1.1, s.p05()[1], 1e-12);    // h = (2 − 1)·0.05: 1 + 0.05·(3 − 1)
        assertEquals(2.9, s.p95()[1], 1e-12);
    }
}
