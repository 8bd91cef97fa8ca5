package org.downline.rng;

import java.util.random.RandomGenerator;

/**
 * Gaps of a Bernoulli(h) sequence: the number of failures before the next success, Geometric(h) on
 * {0, 1, ...}, by inversion: ⌊ln U / ln(1 − h)⌋. A monthly hazard applied to every active member
 * is such a sequence, so drawing the gap to the next event replaces one uniform per member-month by
 * one draw per event.
 */
public final class Geometric {

    private Geometric() {
    }

    /**
     * Failures before the next success; {@link Long#MAX_VALUE} for h = 0 (never), 0 for h = 1.
     *
     * @throws IllegalArgumentException if h is not in [0, 1]
     */
    public static long failuresBeforeSuccess(RandomGenerator rng, double h) {
        if (!(h >= 0 && h <= 1)) {
            throw new IllegalArgumentException("Probability of success (h) must be in [0, 1]: " + h);
        }
        if (h == 0) {
            return Long.MAX_VALUE;
        }
        if (h == 1) {
            return 0;
        }
        final double u = 1 - rng.nextDouble();                    // in (0, 1]
        final double gap = Math.floor(StrictMath.log(u) / StrictMath.log1p(-h));
        return gap >= Long.MAX_VALUE ? Long.MAX_VALUE : (long) gap;
    }
}
