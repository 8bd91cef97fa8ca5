package org.downline.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.downline.engine.AbcSmc;
import org.downline.engine.Predictive;
import org.downline.engine.Prior;
import org.downline.io.Disclosures;
import org.downline.stats.Disclosure;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;
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

    /**
     * A group that fewer draws define than a band needs (the report shows it "–") gets no band in
     * predictive-check.png, a gap in the band's lines; the others keep theirs. It got one, from its
     * few draws, whenever the fit had enough draws in all.
     */
    @Test
    void aGroupTooFewDrawsDefineHasNoBandInThePredictiveCheck() {
        Disclosure d = Disclosures.load("mary-kay-canada-2019");
        int draws = 30;
        int groups = d.groups().size();
        int sparse = -1;                                    // a paid group (the chart leaves out those at $0)
        for (int k = 0; k < groups && sparse < 0; k++) {
            if (d.groups().get(k).meanAnnualGross() > 0) {
                sparse = k;
            }
        }
        Predictive.Spread[] means = new Predictive.Spread[groups];
        for (int k = 0; k < groups; k++) {
            double[] v = new double[draws];
            for (int j = 0; j < draws; j++) {
                v[j] = k == sparse && j >= 5 ? Double.NaN : 100 + 10 * k + j;   // 5 defined draws
            }
            means[k] = new Predictive.Spread(v);
        }
        double[] shares = new double[draws];
        Arrays.fill(shares, 0.5);
        Predictive.Spread share = new Predictive.Spread(shares);
        Predictive.Result predictive = new Predictive.Result(new int[draws],
                means, share, share, share, share, share, share, share, share, share, share, share);
        FitChart.Fit f = new FitChart.Fit(fit().keys(), fit().priors(), fit().result(), d, predictive,
                fit().wholeNumbers());
        CategoryChart c = (CategoryChart) new PredictiveCheckChart().build(f)
                .panels().get(0);
        assertTrue(Plot.labelsFit(c), "the groups' labels clear each other at " + c.getStyler().getXAxisLabelRotation() + "°");
        CategorySeries hi = c.getSeriesMap().get("predictive 5% and 95% of the draws");
        assertNotNull(hi, "the band is drawn: the other groups have enough draws");
        List<?> x = new ArrayList<>(hi.getXData());
        List<?> y = new ArrayList<>(hi.getYData());
        String label = d.groups().get(sparse).label();
        int nulls = 0;
        for (int i = 0; i < x.size(); i++) {
            boolean sparseGroup = x.get(i).toString().startsWith(label + " (");
            assertEquals(sparseGroup, y.get(i) == null, "a band only where enough draws define the group: " + x.get(i));
            nulls += y.get(i) == null ? 1 : 0;
        }
        assertEquals(1, nulls, "the one sparse group's gap");
    }
}
