package org.downline.rng;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.random.RandomGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class GeometricTest {

    /** Chi-square against P(k) = (1 − h)^k h; fails with probability 0.1% for a random seed. */
    @ParameterizedTest
    @ValueSource(doubles = {0.002, 0.05, 0.3, 0.9})
    void matchesThePmf(double h) {
        RandomGenerator rng = RandomStreams.fromSeed(21);
        Geometric g = new Geometric(h);
        long[] x = new long[200_000];
        for (int i = 0; i < x.length; i++) {
            x[i] = g.next(rng);
        }
        long hi = (long) Math.ceil(Math.log(1e-7) / Math.log1p(-h));
        double p = GoodnessOfFit.pValue(x, k -> Math.pow(1 - h, k) * h, 0, hi);
        assertTrue(p > 0.001, "chi-square p-value " + p);
    }

    @Test
    void edges() {
        RandomGenerator rng = RandomStreams.fromSeed(1);
        assertEquals(Long.MAX_VALUE, new Geometric(0).next(rng));
        assertEquals(0, new Geometric(1).next(rng));
        assertThrows(IllegalArgumentException.class, () -> new Geometric(Math.nextDown(0.0)));
        assertThrows(IllegalArgumentException.class, () -> new Geometric(Math.nextUp(1.0)));
    }

    private static final double[] HAZARDS = {1e-300, 1e-12, 1e-6, 0.002, 0.02, 0.05, 0.3, 0.5, 0.9, 1 - 1e-9, Math.nextDown(1.0)};

    /** The fast floor equals the StrictMath definition at random points of (0, 1]. */
    @Test
    void sameAsStrictMathAtRandomPoints() {
        RandomGenerator rng = RandomStreams.fromSeed(5);
        for (double h : HAZARDS) {
            double lnFailure = StrictMath.log1p(-h);
            for (int i = 0; i < 100_000; i++) {
                double u = 1 - rng.nextDouble();
                assertEquals(Geometric.exact(u, lnFailure), Geometric.failures(u, lnFailure), "h " + h + ", u " + u);
            }
        }
    }

    /**
     * ... and where the quotient is at or next to an integer k: the u around (1 − h)^k, 64 ulp either
     * side, and the ends of (0, 1].
     */
    @Test
    void sameAsStrictMathAtIntegerBoundaries() {
        int fallbacks = 0;
        for (double h : HAZARDS) {
            double lnFailure = StrictMath.log1p(-h);
            double[] ends = {1, Math.nextDown(1.0), 1 - 0x1p-53, 0x1p-53, Double.MIN_NORMAL, Double.MIN_VALUE};
            for (double u : ends) {
                assertEquals(Geometric.exact(u, lnFailure), Geometric.failures(u, lnFailure), "h " + h + ", u " + u);
            }
            for (int k = 1; k <= 2000; k++) {
                double center = StrictMath.exp(k * lnFailure);
                if (!(center > 0 && center < 1)) {
                    break;
                }
                double u = center;
                for (int j = 0; j < 64; j++) {
                    u = Math.nextDown(u);
                }
                for (int j = 0; j < 129 && u <= 1; j++, u = Math.nextUp(u)) {
                    long want = Geometric.exact(u, lnFailure);
                    assertEquals(want, Geometric.failures(u, lnFailure), "h " + h + ", k " + k + ", u " + u);
                    double q = Math.log(u) / lnFailure;
                    fallbacks += Math.abs(q - Math.rint(q)) <= q * 0x1p-44 ? 1 : 0;
                }
            }
        }
        assertTrue(fallbacks > 1000, "the boundaries reach the StrictMath fallback: " + fallbacks);
    }

    /** A draw is the definition, ⌊ln U / ln(1 − h)⌋ by StrictMath, of U = 1 − the generator's next double. */
    @Test
    void drawsAreTheDefinitionOfTheSameUniforms() {
        RandomGenerator a = RandomStreams.fromSeed(9);
        RandomGenerator b = RandomStreams.fromSeed(9);
        Geometric g = new Geometric(0.03);
        double lnFailure = StrictMath.log1p(-0.03);
        for (int i = 0; i < 10_000; i++) {
            assertEquals(Geometric.exact(1 - a.nextDouble(), lnFailure), g.next(b));
        }
    }
}
