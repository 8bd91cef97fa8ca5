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
        long[] x = new long[200_000];
        for (int i = 0; i < x.length; i++) {
            x[i] = Geometric.failuresBeforeSuccess(rng, h);
        }
        long hi = (long) Math.ceil(Math.log(1e-7) / Math.log1p(-h));
        double p = GoodnessOfFit.pValue(x, k -> Math.pow(1 - h, k) * h, 0, hi);
        assertTrue(p > 0.001, "chi-square p-value " + p);
    }

    @Test
    void edges() {
        RandomGenerator rng = RandomStreams.fromSeed(1);
        assertEquals(Long.MAX_VALUE, Geometric.failuresBeforeSuccess(rng, 0));
        assertEquals(0, Geometric.failuresBeforeSuccess(rng, 1));
        assertThrows(IllegalArgumentException.class, () -> Geometric.failuresBeforeSuccess(rng, Math.nextDown(0.0)));
        assertThrows(IllegalArgumentException.class, () -> Geometric.failuresBeforeSuccess(rng, Math.nextUp(1.0)));
    }
}
