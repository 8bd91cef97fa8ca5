package org.downline.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SummaryTest {

    @Test
    void meanAndStudentInterval() {
        Summary s = Summary.of(new double[] {1, 2, 3, 4, Double.NaN});
        assertEquals(4, s.n());
        assertEquals(2.5, s.mean(), 1e-15);
        double sd = Math.sqrt(5.0 / 3);
        assertEquals(sd, s.sd(), 1e-15);
        // t_{0.975, 3} = 3.182446305284263
        assertEquals(2.5 - 3.182446305284263 * sd / 2, s.lo(), 1e-12);
        assertEquals(2.5 + 3.182446305284263 * sd / 2, s.hi(), 1e-12);
    }

    @Test
    void oneValueHasNoInterval() {
        Summary s = Summary.of(new double[] {3});
        assertEquals(3, s.mean());
        assertTrue(Double.isNaN(s.lo()));
        assertTrue(Double.isNaN(Summary.of(new double[] {Double.NaN}).mean()));
    }
}
