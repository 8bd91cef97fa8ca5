package org.downline.traffic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LifeCurveTest {

    /**
     * The published points (IZEA / Halverson): 72% of a post's lifetime views in its first 30 days,
     * 99% by 700. The curve is fitted by bisection to machine precision, so the tolerance is 1e-12.
     */
    @Test
    void passesThroughThePublishedPoints() {
        LifeCurve c = LifeCurve.PUBLISHED;
        assertEquals(0.72, c.cumulativeShare(30), 1e-12);
        assertEquals(0.99, c.cumulativeShare(700), 1e-12);
        assertEquals(0.72, c.monthlyShare(0), 1e-12);
        assertEquals(0, c.cumulativeShare(0));
    }

    /** Heavy-tailed: an exponential through the first point would be at 99% by about 110 days. */
    @Test
    void theTailIsAPowerLawNotAnExponential() {
        LifeCurve c = LifeCurve.PUBLISHED;
        double exponentialRate = -Math.log(1 - 0.72) / 30;              // e^{-30 r} = 0.28
        double exponentialAt110 = 1 - Math.exp(-exponentialRate * 110);
        assertTrue(exponentialAt110 > 0.99, "exponential at 110 days: " + exponentialAt110);
        assertTrue(c.cumulativeShare(110) < 0.96, "Lomax at 110 days: " + c.cumulativeShare(110));
        // the survival function falls as t^-α: from 1,000 to 10,000 days by a factor near 10^α
        double ratio = (1 - c.cumulativeShare(1_000)) / (1 - c.cumulativeShare(10_000));
        assertEquals(Math.pow(10, c.alpha()), ratio, 0.05 * Math.pow(10, c.alpha()));
    }

    @Test
    void monthlySharesAddUpToTheCumulativeShare() {
        LifeCurve c = LifeCurve.PUBLISHED;
        double sum = 0;
        for (int a = 0; a < 24; a++) {
            sum += c.monthlyShare(a);
        }
        assertEquals(c.cumulativeShare(24 * 30), sum, 1e-12);
        double[] log = c.logSteadyPull(5);
        assertEquals(Math.log(c.cumulativeShare(180)), log[5], 1e-12);
    }

    @Test
    void impossiblePointsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> LifeCurve.fit(30, 0.72, 20, 0.99));
        assertThrows(IllegalArgumentException.class, () -> LifeCurve.fit(30, 0.72, 700, 0.5));
        // 99% at 31 days is faster than any Lomax that has 72% at 30
        assertThrows(IllegalArgumentException.class, () -> LifeCurve.fit(30, 0.72, 31, 0.99));
    }
}
