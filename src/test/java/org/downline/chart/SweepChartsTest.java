package org.downline.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.downline.stats.Unit;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

/** A sweep's heatmap scale and line charts. */
class SweepChartsTest {

    /** The walkthrough's grid: shares of 99.0% to 99.6%, each cell's 95% interval about 0.4 to 0.6 points wide. */
    private static final double[][] LOST = {{0.9960, 0.9962}, {0.9931, 0.9933}, {0.9900, 0.9932}};
    private static final double[][] WIDTHS = {{0.004, 0.005}, {0.005, 0.006}, {0.005, 0.006}};

    /**
     * The bands are no narrower than the cells' median interval (so 0.6 points of noise is not the
     * whole colour range, as it was from 99.0% to 99.6%), cover every cell, stay within 100%, and
     * their bounds print as distinct labels (they overlapped: "99.3% ~ 99.5%", "99.2% ~ 99.3%").
     */
    @Test
    void heatmapBandsAreAtLeastTheNoiseWideAndPrintDistinctly() {
        SweepCharts.Scale s = SweepCharts.scale(LOST, WIDTHS, Unit.SHARE);
        assertEquals(0.005, s.noise(), 1e-12);
        assertTrue(s.step() >= s.noise(), s.toString());
        assertTrue(s.from() <= 0.9900 && s.to() >= 0.9962 && s.to() <= 1 + 1e-12, s.toString());
        Set<String> bounds = new LinkedHashSet<>();
        for (int b = 0; b <= SweepCharts.BANDS; b++) {
            double at = s.from() + b * s.step();
            bounds.add(Unit.SHARE.text(at));
            assertEquals(Math.round(at / s.step()) * s.step(), at, 1e-9, "a bound is a multiple of the step");
        }
        assertEquals(SweepCharts.BANDS + 1, bounds.size(), bounds.toString());
        assertEquals("97.5% to 100.0% in 5 bands of 0.5% each, no narrower than the cells' median 95% interval "
                + "(0.5%), so a difference of one band may be noise", s.describe(Unit.SHARE));
        HeatMapChart c = SweepCharts.heatmap("t", "x", List.of("0.2", "0.3", "0.4"), "y", List.of("0", "20"), LOST,
                Unit.SHARE, s);
        assertEquals(s.from(), c.getStyler().getMin(), 0);
        assertEquals(s.to(), c.getStyler().getMax(), 0);
    }

    /** Values spread wider than the noise get bands of a fifth of their range, rounded up to a nice step. */
    @Test
    void aWideSpreadSetsTheBands() {
        double[][] v = {{-1200, -150}, {430, 2900}};
        double[][] w = {{80, 90}, {100, Double.NaN}};
        SweepCharts.Scale s = SweepCharts.scale(v, w, Unit.DOLLARS);
        assertEquals(1000, s.step(), 0);
        assertEquals(-2000, s.from(), 0);
        assertEquals(3000, s.to(), 0);
        assertEquals(90, s.noise(), 0);
    }

    /** Over words (plan types) the points are not joined by a line; over numbers they are. */
    @Test
    void categoriesAreNotJoined() {
        double[][] m = {{0.1, 0.2, 0.15}};
        double[][] lo = {{0.09, 0.18, 0.1}};
        double[][] hi = {{0.11, 0.22, 0.2}};
        XYChart words = SweepCharts.line("t", "plan.type", List.of("unilevel", "binary", "matrix"), List.of("MLM"),
                m, lo, hi, "y", Unit.SHARE);
        XYChart numbers = SweepCharts.line("t", "economics.monthlyFee", List.of("0", "20", "40"), List.of("MLM"),
                m, lo, hi, "y", Unit.SHARE);
        assertEquals(XYSeries.XYSeriesRenderStyle.Scatter, words.getSeriesMap().get("MLM").getXYSeriesRenderStyle());
        assertTrue(numbers.getSeriesMap().get("MLM").getXYSeriesRenderStyle() != XYSeries.XYSeriesRenderStyle.Scatter);
    }
    /**
     * A line over words labels each point with its word under the axis: XChart drew no tick at all
     * when both ends of the axis formatted alike (as blanks), so plan types could not be told apart.
     * The label row under the plot changes with the words; it did not.
     */
    @Test
    void aLineOverWordsLabelsEachPoint() {
        double[][] m = {{0.1, 0.2}};
        double[][] lo = {{0.09, 0.18}};
        double[][] hi = {{0.11, 0.22}};
        java.awt.image.BufferedImage a = org.knowm.xchart.BitmapEncoder.getBufferedImage(SweepCharts.line("t",
                "plan.type", List.of("unilevel", "binary"), List.of("MLM"), m, lo, hi, "y", Unit.SHARE));
        java.awt.image.BufferedImage b = org.knowm.xchart.BitmapEncoder.getBufferedImage(SweepCharts.line("t",
                "plan.type", List.of("matrix", "breakaway"), List.of("MLM"), m, lo, hi, "y", Unit.SHARE));
        int differ = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                differ += a.getRGB(x, y) != b.getRGB(x, y) ? 1 : 0;
            }
        }
        assertTrue(differ > 100, differ + " pixels differ");
    }

    /**
     * Numbers on a line's axis and a heatmap's read as plain grouped numbers ("4,000,000", not
     * "4E6"), and a heatmap's legend gives each band as a range with an en dash ("98.0% – 100.0%",
     * not XChart's "98.0% ~ 100.0%").
     */
    @Test
    void numbersAreGroupedAndBandsAreRangesWithAnEnDash() {
        assertEquals("4,000,000", SweepCharts.grouped("4000000"));
        assertEquals("0.35", SweepCharts.grouped("0.35"));
        assertEquals("1,234.000000000012", SweepCharts.grouped("1234.000000000012"));
        assertEquals("1,000,000", SweepCharts.grouped("1E6"));
        assertEquals("binary", SweepCharts.grouped("binary"));
        double[][] m = {{0.1, 0.2}};
        XYChart numbers = SweepCharts.line("t", "market.population (people)", List.of("1000000", "4000000"),
                List.of("MLM"), m, m, m, "y", Unit.SHARE);
        assertEquals("4,000,000", new java.text.DecimalFormat(numbers.getStyler().getXAxisDecimalPattern(),
                java.text.DecimalFormatSymbols.getInstance(java.util.Locale.US)).format(4e6));
        SweepCharts.Scale s = new SweepCharts.Scale(0.9, 0.02, Double.NaN);
        HeatMapChart c = SweepCharts.heatmap("t", "x", List.of("1000000", "2000000"), "y", List.of("0", "20"),
                new double[][] {{0.95, 0.99}, {0.91, 0.93}}, Unit.SHARE, s);
        assertTrue(!c.getStyler().isPiecewiseRanged(), "XChart's ranged labels join with ' ~ '");
        assertEquals("98.0% – 100.0%", c.getStyler().getHeatMapDecimalValueFormatter().apply(0.98));
        assertEquals(List.of("1,000,000", "2,000,000"), c.getSeriesMap().values().iterator().next().getXData());
    }

    /**
     * A sweep's line chart labelled its share ticks "100.0%", "90.0%" where the run's charts print
     * "100%": ticks a tenth of the values' span or more apart take the unit's coarse tick pattern; close
     * ones keep the precision that tells them apart.
     */
    @Test
    void sweepTicksReadAsTheRunsChartsDo() {
        var wide = SweepCharts.ticks(org.downline.stats.Unit.SHARE, new double[][] {{0.02, 0.99}});
        assertEquals("100%", wide.apply(1.0));
        assertEquals("90%", wide.apply(0.9));
        var close = SweepCharts.ticks(org.downline.stats.Unit.SHARE, new double[][] {{0.991, 0.996}});
        assertEquals("99.2%", close.apply(0.992));
    }
}
