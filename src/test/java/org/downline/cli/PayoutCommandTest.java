package org.downline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PayoutCommandTest {

    private static void same(double v) {
        assertEquals(String.format(Locale.ROOT, "%.2f", v + 0.0), PayoutCommand.money(v), "v = " + v);
    }

    @Test
    void moneyWritesWhatTheFormatWrites() {
        double[] edges = {0, -0.0, 0.005, 0.015, 0.125, 0.135, 1.005, 2.675, 1.115, 0.994999, 0.995, 9.995,
            99.999, 1e12, 1e12 - 0.005, 123456789.125, 4.35, 0.1 + 0.2, 1e-7, 5e-3 - 1e-18, Double.MIN_VALUE,
            -0.001, -0.005, -0.006, -1.005, -2.5, 1e20, 1.7976931348623157e308, Double.NaN,
            Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (double v : edges) {
            same(v);
        }
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < 200_000; i++) {
            same(random.nextDouble() * Math.pow(10, random.nextInt(-4, 13)));            // any amount
            same(random.nextLong(0, 100_000_000) / 1000.0);                             // halves of cents
            same(random.nextLong(0, 10_000_000) / 100.0 * 0.05);                        // a rate of an amount
        }
    }
}
