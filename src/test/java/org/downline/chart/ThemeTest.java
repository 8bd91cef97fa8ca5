package org.downline.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.junit.jupiter.api.Test;

class ThemeTest {

    private static XYChart chart(double[]... lines) {
        XYChart c = Theme.xy("t", "x", "y");
        double[] x = new double[lines[0].length];
        for (int i = 0; i < x.length; i++) {
            x[i] = i;
        }
        for (int k = 0; k < lines.length; k++) {
            c.addSeries("s" + k, x, lines[k]);
        }
        Theme.legendWhereClear(c);
        return c;
    }

    @Test
    void theLegendGoesToTheFirstCornerNoSeriesPassesUnder() {
        // rising to 60% of the top on the right: the top right is clear
        assertEquals(LegendPosition.InsideNE,
                chart(new double[] {0, 10, 20, 30, 40, 50, 60, 60, 60}, new double[] {100, 90, 70, 50, 40, 45, 50, 55, 58})
                        .getStyler().getLegendPosition());
        // a line staying near the top (a market that does not saturate) and one near the bottom: the
        // right corners and the left ones are taken, so the legend goes below the plot
        double[] high = {100, 100, 99, 99, 98, 98, 97, 97, 96};
        double[] low = {0, 0, 1, 1, 2, 3, 4, 5, 6};
        assertEquals(LegendPosition.OutsideS, chart(high, low).getStyler().getLegendPosition());
        // the line near the top alone: the bottom right is clear
        assertEquals(LegendPosition.InsideSE, chart(high).getStyler().getLegendPosition());
        // a line climbing through the right quarter, from the bottom to the top, takes both right
        // corners; at the left everything is at the bottom: the top left
        assertEquals(LegendPosition.InsideNW,
                chart(new double[] {0, 0, 0, 0, 0, 0, 0, 70, 100}, new double[] {0, 0, 0, 0, 0, 0, 0, 0, 0})
                        .getStyler().getLegendPosition());
    }

    /**
     * A series on a second axis is measured against that axis's top: a line rising to the top of its
     * own right-hand axis (10 of 10) in the right quarter takes the top right corner, though beside the
     * left axis's 100 it is low. With the corners all taken, the legend goes below the plot.
     */
    @Test
    void aSeriesOnASecondAxisTakesTheCornersOfItsOwnScale() {
        XYChart c = Theme.xy("t", "x", "y");
        double[] x = {0, 1, 2, 3, 4, 5, 6, 7, 8};
        c.addSeries("left", x, new double[] {100, 100, 50, 0, 0, 0, 0, 0, 0});
        c.addSeries("right", x, new double[] {0, 0, 0, 0, 0, 0, 0, 5, 10}).setYAxisGroup(1);
        Theme.legendWhereClear(c);
        assertEquals(LegendPosition.OutsideS, c.getStyler().getLegendPosition());
    }

    /**
     * Colours drawn side by side stay apart for colour-blind readers: the difference (CIE76 ΔE) between
     * them as protan and deutan eyes see them (Machado, Oliveira and Fernandes 2009, severity 1) is at
     * least 40. Orange beside vermillion (ranks' mean and median, growth's active and ever-joined,
     * recruiting efficiency's two lines, which cross) was 25 and 18; the cohorts' right-axis green
     * beside the affiliate blue is 58 and 56.
     */
    @Test
    void coloursSideBySideStayApartForColourBlindEyes() {
        double[][] protan = {{0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216},
            {-0.003882, -0.048116, 1.051998}};
        double[][] deutan = {{0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413},
            {-0.011820, 0.042940, 0.968881}};
        java.awt.Color[][] pairs = {{Theme.MLM, Theme.MLM_SECOND}, {Theme.AFFILIATE, Theme.RIGHT_AXIS},
            {Theme.MLM, Theme.AFFILIATE}};
        for (java.awt.Color[] pair : pairs) {
            for (double[][] eye : new double[][][] {protan, deutan}) {
                double d = deltaE(seen(eye, pair[0]), seen(eye, pair[1]));
                org.junit.jupiter.api.Assertions.assertTrue(d >= 40, pair[0] + " vs " + pair[1] + ": " + d);
            }
        }
    }

    /** {@code c} in linear RGB as the simulated eye sees it. */
    private static double[] seen(double[][] eye, java.awt.Color c) {
        double[] rgb = {linear(c.getRed()), linear(c.getGreen()), linear(c.getBlue())};
        double[] out = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = 0;
            for (int j = 0; j < 3; j++) {
                v += eye[i][j] * rgb[j];
            }
            out[i] = Math.max(0, Math.min(1, v));
        }
        return out;
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    /** CIE76 ΔE between two linear-RGB colours (sRGB primaries, D65 white). */
    private static double deltaE(double[] a, double[] b) {
        double[] p = lab(a);
        double[] q = lab(b);
        return Math.sqrt(Math.pow(p[0] - q[0], 2) + Math.pow(p[1] - q[1], 2) + Math.pow(p[2] - q[2], 2));
    }

    private static double[] lab(double[] c) {
        double x = (0.4124 * c[0] + 0.3576 * c[1] + 0.1805 * c[2]) / 0.95047;
        double y = 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
        double z = (0.0193 * c[0] + 0.1192 * c[1] + 0.9505 * c[2]) / 1.08883;
        return new double[] {116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))};
    }

    private static double f(double t) {
        return t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16.0 / 116;
    }
}
