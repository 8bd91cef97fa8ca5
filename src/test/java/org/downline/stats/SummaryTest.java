package org.downline.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

    /**
     * Replications giving one value computed in another order differ in the last bits (matrix-3x7's maximum
     * payout ratio: 37.0% with sd 5.6e-17): a constant, printed alone as unilevel's 25.0% is, not as
     * "37.0% [37.0%, 37.0%]". A spread a printed digit could show is still an interval.
     */
    @Test
    void roundingNoiseIsNoInterval() {
        Summary noise = Summary.of(new double[] {0.37, 0.37000000000000005, 0.37});
        assertTrue(noise.sd() > 0 && noise.lo() < noise.hi(), "the noise is there: " + noise);
        assertFalse(noise.hasInterval(), noise.toString());
        assertFalse(Summary.of(new double[] {0, 0}).hasInterval());
        assertFalse(Summary.of(new double[] {-1234.5, -1234.5}).hasInterval());
        assertTrue(Summary.of(new double[] {0.37, 0.3701}).hasInterval());
        assertTrue(Summary.of(new double[] {1e-6, 2e-6}).hasInterval());
        assertTrue(Summary.of(new double[] {-0.001, 0.001}).hasInterval());
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
        Summary lowShare = Summary.of(new double[] {0.01, 0.03}, ValueRange.UNIT);
        assertEquals(0.0, lowShare.lo());
        assertEquals(low.hi(), lowShare.hi());
        assertEquals(low.mean(), lowShare.mean());
        assertEquals(low.sd(), lowShare.sd());
        Summary high = Summary.of(new double[] {0.99, 0.95});
        assertTrue(high.hi() > 1, "the plain t-interval runs above 1: " + high.hi());
        Summary highShare = high.clippedTo(ValueRange.UNIT);
        assertEquals(1.0, highShare.hi());
        assertEquals(high.lo(), highShare.lo());
        // an interval inside [0, 1] is untouched, and one value has none to clip
        Summary inside = Summary.of(new double[] {0.4, 0.5, 0.6});
        assertEquals(inside, inside.clippedTo(ValueRange.UNIT));
        assertTrue(Double.isNaN(Summary.of(new double[] {0.5}, ValueRange.UNIT).lo()));
        assertTrue(Double.isNaN(Summary.of(new double[] {0.5}, ValueRange.UNIT).hi()));
    }

    /**
     * An interval is cut to any range: a count's or a gross amount's at 0 (three replications of a
     * count near 0 run below it), a range without bounds leaves it, and a bound cut at 0 is +0 (a
     * "-0" would print as "-$0").
     */
    @Test
    void intervalIsClippedToTheQuantitysRange() {
        Summary count = Summary.of(new double[] {0, 1, 6});
        assertTrue(count.lo() < 0, "the plain t-interval runs below 0: " + count.lo());
        Summary clipped = count.clippedTo(ValueRange.NON_NEGATIVE);
        assertEquals(0.0, clipped.lo());
        assertEquals(count.hi(), clipped.hi());
        assertEquals(count.mean(), clipped.mean());
        assertEquals(count.sd(), clipped.sd());
        assertEquals(count, count.clippedTo(ValueRange.ANY));
        Summary zeroLow = new Summary(0, 0, -0.0, 0.0, 3).clippedTo(ValueRange.ANY);
        assertEquals(0, Double.compare(0.0, zeroLow.lo()), "no negative zero");
        Summary difference = Summary.of(new double[] {0.99, 0.9}, ValueRange.UNIT.ofDifference());
        assertEquals(1.0, difference.hi());
    }
}
