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
}
