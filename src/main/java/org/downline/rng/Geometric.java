package org.downline.rng;

import java.util.random.RandomGenerator;

/**
 * Gaps of a Bernoulli(h) sequence: the number of failures before the next success, Geometric(h) on
 * {0, 1, ...}, by inversion: ⌊ln U / ln(1 − h)⌋. A monthly hazard applied to every active member
 * is such a sequence, so drawing the gap to the next event replaces one uniform per member-month by
 * one draw per event.
 *
 * <p>An instance holds ln(1 − h) for repeated draws. ln U is taken with {@link Math#log} (within
 * 1 ulp of the exact value by its specification, and an intrinsic where {@link StrictMath#log} is a
 * native call); the floor is then the same as with {@link StrictMath#log} (also within 1 ulp)
 * unless the quotient lies within a relative 2^−44 of an integer, which is then settled by
 * {@link StrictMath#log} — so the draws are the same to the bit on every platform.
 */
public final class Geometric {

    private final double h;
    /** ln(1 − h), negative for 0 &lt; h &lt; 1. */
    private final double lnFailure;

    /**
     * Gaps for success probability h.
     *
     * @throws IllegalArgumentException if h is not in [0, 1]
     */
    public Geometric(double h) {
        if (!(h >= 0 && h <= 1)) {
            throw new IllegalArgumentException("Probability of success (h) must be in [0, 1]: " + h);
        }
        this.h = h;
        this.lnFailure = StrictMath.log1p(-h);
    }

    /** Failures before the next success; {@link Long#MAX_VALUE} for h = 0 (never), 0 for h = 1. */
    public long next(RandomGenerator rng) {
        if (h == 0) {
            return Long.MAX_VALUE;
        }
        if (h == 1) {
            return 0;
        }
        return failures(1 - rng.nextDouble(), lnFailure);          // u in (0, 1]
    }

    /** A relative margin far above the 2 ulp between {@link Math#log} and {@link StrictMath#log}. */
    private static final double MARGIN = 0x1p-44;

    /** ⌊ln u / lnFailure⌋ exactly as {@link #exact}, for u in (0, 1] and lnFailure &lt; 0. */
    static long failures(double u, double lnFailure) {
        final double q = Math.log(u) / lnFailure;
        final double f = Math.floor(q);
        final double slack = q * MARGIN;
        if (f >= 0 && q - slack >= f && q + slack < f + 1) {
            return (long) f;                                       // f < 2^44: slack < 1
        }
        return exact(u, lnFailure);
    }

    /** ⌊ln u / lnFailure⌋ with {@link StrictMath#log}, the definition. */
    static long exact(double u, double lnFailure) {
        final double gap = Math.floor(StrictMath.log(u) / lnFailure);
        return gap >= Long.MAX_VALUE ? Long.MAX_VALUE : (long) gap;
    }
}
