package org.downline.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import org.downline.engine.AbcSmc;
import org.downline.engine.Prior;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.junit.jupiter.api.Test;

/** A fit's charts: one tick pattern for a key's values, the pairs' weight classes, each generation in tolerance.png. */
class FitChartTest {

    private static final Prior FOUNDERS = Prior.parse("recruitment.founders", "uniform(1,20)", 1, 1000);
    private static final Prior QUIT = Prior.parse("attrition.quitPerMonth", "uniform(0.02,0.2)", 0, 1);

    /** Two generations of 4 particles, quitPerMonth from 0.02 to 0.09 (where XChart wrote .02 beside 0.1). */
    private static FitChart.Fit fit() {
        double[][] theta = {{3, 0.02}, {8, 0.05}, {12, 0.09}, {17, 0.12}};
        double[] w = {0.1, 0.2, 0.3, 0.4};
        double[] d = {1, 1, 1, 1};
        AbcSmc.Generation g0 = new AbcSmc.Generation(0, Double.POSITIVE_INFINITY, theta, new double[] {0.25, 0.25,
            0.25, 0.25}, d, 4, 4);
        AbcSmc.Generation g1 = new AbcSmc.Generation(1, 0.9, theta, w, d, 8, 12);
        return new FitChart.Fit(List.of("recruitment.founders", "attrition.quitPerMonth"), List.of(FOUNDERS, QUIT),
                new AbcSmc.Result(List.of(g0, g1), AbcSmc.Stop.BUDGET, 0), null, null, List.of(true, false));
    }

    private static String tick(String pattern, double x) {
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT)).format(x);
    }

    @Test
    void aKeysValuesHaveOneTickPatternWithALeadingZero() {
        String quit = PosteriorChart.valuePattern(0.02, 0.2, false);
        assertEquals("0.02", tick(quit, 0.02));
        assertEquals("0.1", tick(quit, 0.1));
        assertEquals("0.125", tick(quit, 0.125));
        assertEquals("15", tick(PosteriorChart.valuePattern(1, 20, false), 15));
        assertEquals("2.5", tick(PosteriorChart.valuePattern(1, 20, false), 2.5));
        assertEquals("0.0001", tick(PosteriorChart.valuePattern(1e-4, 1e-2, true), 1e-4));
        assertEquals("0.05", tick(PosteriorChart.valuePattern(0.05, 0.05, false), 0.05));   // one value
        // the charts use it: posterior.png's x axes, and both axes of posterior-pairs.png
        for (var panel : new PosteriorChart().build(fit()).panels()) {
            String p = ((XYChart) panel).getStyler().getXAxisDecimalPattern();
            assertNotNull(p, "posterior.png's x axis pattern");
            assertEquals(panel.getTitle().equals("attrition.quitPerMonth") ? "0.02" : "0", tick(p, 0.02), p);
        }
        XYChart pairs = (XYChart) new PosteriorPairsChart().build(fit()).panels().get(0);
        assertEquals("0.02", tick(pairs.getStyler().getYAxisDecimalPattern(), 0.02));
        assertEquals("0.1", tick(pairs.getStyler().getYAxisDecimalPattern(), 0.1));
        assertEquals("15", tick(pairs.getStyler().getXAxisDecimalPattern(), 15));
        // the weight classes say what they weigh (the report's caption says what the average is)
        for (String name : pairs.getSeriesMap().keySet()) {
            assertTrue(name.startsWith("weight "), name);
        }
    }

    /** A fit of 2 generations has a point for each: generation 0's acceptance rate (100%), generation 1's both. */
    @Test
    void toleranceChartHasAPointForEveryGeneration() {
        XYChart c = (XYChart) new ToleranceChart().build(fit()).panels().get(0);
        XYSeries acceptance = c.getSeriesMap().get("acceptance rate (right axis)");
        assertArrayEquals(new double[] {0, 1}, acceptance.getXData());
        assertArrayEquals(new double[] {100, 50}, acceptance.getYData(), 1e-12);
        assertArrayEquals(new double[] {1}, c.getSeriesMap().get("tolerance").getXData());
        assertTrue(c.getTitle().contains("generation 0 has none"), c.getTitle());
    }
}
