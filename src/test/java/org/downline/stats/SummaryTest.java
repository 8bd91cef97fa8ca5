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

    /**
     * A share's interval is cut at 0 and 1: two replications (t_{0.975, 1} = 12.71) of a share near
     * 0 and of one near 1 give t-intervals past both ends; the mean and sd stay as computed.
     */
    @Test
    void shareIntervalIsClippedToZeroAndOne() {
        Summary low = Summary.of(new double[] {0.01, 0.03});
        assertTrue(low.lo() < 0, "the plain t-interval runs below 0: " + low.lo());
        Summary lowShare = Summary.ofShare(new double[] {0.01, 0.03});
        assertEquals(0.0, lowShare.lo());
        assertEquals(low.hi(), lowShare.hi());
        assertEquals(low.mean(), lowShare.mean());
        assertEquals(low.sd(), lowShare.sd());
        Summary high = Summary.of(new double[] {0.99, 0.95});
        assertTrue(high.hi() > 1, "the plain t-interval runs above 1: " + high.hi());
        Summary highShare = high.clippedToShare();
        assertEquals(1.0, highShare.hi());
        assertEquals(high.lo(), highShare.lo());
        // an interval inside [0, 1] is untouched, and one value has none to clip
        Summary inside = Summary.of(new double[] {0.4, 0.5, 0.6});
        assertEquals(inside, inside.clippedToShare());
        assertTrue(Double.isNaN(Summary.ofShare(new double[] {0.5}).lo()));
        assertTrue(Double.isNaN(Summary.ofShare(new double[] {0.5}).hi()));
    }
}
