package org.downline.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class DisclosureMatchTest {

    private static Disclosure.Group g(String label, double share, double mean) {
        return new Disclosure.Group(label, share, mean, Double.NaN, Double.NaN);
    }

    @Test
    void coveredParticipantsFollowCoversOverTheLastPeriodMonths() {
        // months 1..24, period 12: the period is months 13..24
        short[] join = {0, 0, 5, 14, 20};
        short[] quit = {12, 13, 0, 24, 0};          // 0 left before the period; 1 was in in month 13
        double[] end = {50, 70, 300, 40, 0};
        double[] atStart = {50, 60, 100};         // members 3 and 4 joined in the period
        assertArrayEquals(new double[] {0, 10, 40, 200},
                DisclosureMatch.coveredPay(5, join, quit, end, atStart, 24, 12, Disclosure.Covers.ALL));
        assertArrayEquals(new double[] {0, 40, 200},
                DisclosureMatch.coveredPay(5, join, quit, end, atStart, 24, 12, Disclosure.Covers.ACTIVE));
        assertArrayEquals(new double[] {10, 40, 200},
                DisclosureMatch.coveredPay(5, join, quit, end, atStart, 24, 12, Disclosure.Covers.PAID));
    }

    @Test
    void groupsCutTheSortedPayByShareInIncomeOrder() {
        double[] pay = {0, 0, 0, 0, 0, 0, 10, 20, 30, 1000};
        // listed out of income order; the top group holds a quarter of one participant
        Disclosure d = new Disclosure("x", "x", "", Disclosure.Covers.ALL, 12, "", List.of(
                g("top", 0.025, 900), g("none", 0.6, 0), g("middle", 0.375, 20)));
        double[] means = DisclosureMatch.groupMeans(pay, d);
        assertEquals(1000, means[0], 1e-12);
        assertEquals(0, means[1], 1e-12);
        // positions 6 .. 9.75: 10, 20, 30 and three quarters of 1000
        assertEquals((10 + 20 + 30 + 0.75 * 1000) / 3.75, means[2], 1e-12);
        assertEquals(0.6, DisclosureMatch.shareZero(pay), 1e-15);
        assertEquals(0, DisclosureMatch.distance(d, new double[] {900, 0, 20}, 0.6), 0);
        double expected = Math.sqrt(0.025 * Math.pow(Math.log1p(1000) - Math.log1p(900), 2)
                + 0.375 * Math.pow(Math.log1p(means[2]) - Math.log1p(20), 2));
        assertEquals(expected, DisclosureMatch.distance(d, means, 0.6), 1e-12);
        assertEquals(Math.sqrt(expected * expected + 0.01), DisclosureMatch.distance(d, means, 0.5), 1e-12);
        assertEquals(Double.POSITIVE_INFINITY, DisclosureMatch.distance(d, DisclosureMatch.groupMeans(new double[0], d),
                Double.NaN));
    }

    @Test
    void quantileGroupsOfThePaid() {
        double[] pay = {0, 0, 1, 2, 3, 4};
        assertArrayEquals(new double[] {1.5, 3.5}, DisclosureMatch.quantileGroupMeans(pay, new double[] {0.5, 0.5}));
        // the paid are 1, 2, 3, 4: positions [0, 1.5] hold 1 and half of 2, [1.5, 4] the other half, 3 and 4
        assertArrayEquals(new double[] {(1 + 0.5 * 2) / 1.5, (0.5 * 2 + 3 + 4) / 2.5},
                DisclosureMatch.quantileGroupMeans(pay, new double[] {0.375, 0.625}), 1e-12);
    }

    @Test
    void topOnePercentShareFromPaysAndFromGroups() {
        double[] pay = new double[200];                 // 198 paid 1, two paid 99: the top 1% is those two
        java.util.Arrays.fill(pay, 1);
        pay[198] = 99;
        pay[199] = 99;
        assertEquals(198.0 / 396, DisclosureMatch.topOnePercentShare(pay), 1e-12);
        // groups out of order; the top 1% is all of "top" (0.5%) and half of "high" (counted at its mean)
        Disclosure d = new Disclosure("x", "x", "", Disclosure.Covers.ALL, 12, "", List.of(
                g("high", 0.01, 100), g("none", 0.6, 0), g("top", 0.005, 1000), g("low", 0.385, 10)));
        double all = 0.01 * 100 + 0.005 * 1000 + 0.385 * 10;
        assertEquals((0.005 * 1000 + 0.005 * 100) / all, DisclosureMatch.topOnePercentShare(d), 1e-12);
    }
}
