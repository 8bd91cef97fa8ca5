package org.downline.rng;

/**
 * e^{−x} for 0 ≤ x < 10, fast and the same on every platform: e^{−x} = e^{−k/64} · e^{−f} with
 * x = k/64 + f, the first factor from a table of {@link StrictMath#exp} values and the second from
 * its Taylor series to degree 7 (truncation below 3e-19 of the value, for f < 1/64). Pure
 * arithmetic, so no platform intrinsic is involved; within a few units in the last place of the
 * exact value. For the per-site Poisson draws of the affiliate world, where a call to
 * {@code StrictMath.exp} per site would dominate.
 */
final class ExpTable {

    static final double LIMIT = 10;
    private static final int STEPS = 64;
    private static final double[] TABLE = new double[(int) (LIMIT * STEPS) + 1];

    static {
        for (int k = 0; k < TABLE.length; k++) {
            TABLE[k] = StrictMath.exp(-(double) k / STEPS);
        }
    }

    private ExpTable() {
    }

    /** e^{−x} for x in [0, 10). */
    static double expMinus(double x) {
        final int k = (int) (x * STEPS);
        final double f = x - (double) k / STEPS;                 // in [0, 1/64)
        // e^{−f} = 1 − f + f²/2 − f³/6 + f⁴/24 − f⁵/120 + f⁶/720 − f⁷/5040, by Horner
        final double series = 1 - f * (1 - f * (1.0 / 2 - f * (1.0 / 6 - f * (1.0 / 24
                - f * (1.0 / 120 - f * (1.0 / 720 - f * (1.0 / 5040)))))));
        return TABLE[k] * series;
    }
}
