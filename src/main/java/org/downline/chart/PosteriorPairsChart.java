package org.downline.chart;

import java.util.ArrayList;
import java.util.List;
import org.downline.engine.AbcSmc;
import org.downline.engine.Prior;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Fits of two or more keys: every pair of keys as a scatter of the last generation's particles
 * (lower triangle), darker the heavier a particle's weight — where the posterior ties
 * keys together (a ridge) the marginals alone do not show it.
 */
final class PosteriorPairsChart implements FitChart {

    @Override
    public String fileName() {
        return "posterior-pairs.png";
    }

    @Override
    public boolean appliesTo(Fit f) {
        return f.keys().size() >= 2;
    }

    @Override
    public Grid build(Fit f) {
        final int k = f.keys().size();
        final int side = k - 1;
        final int width = k == 2 ? 900 : Math.max(360, Math.min(550, 1650 / side));
        final int height = k == 2 ? Theme.HEIGHT : (int) (width * 0.85);
        AbcSmc.Generation last = f.result().last();
        List<Chart<?, ?>> panels = new ArrayList<>();
        for (int row = 1; row < k; row++) {
            for (int col = 0; col < side; col++) {
                panels.add(col < row ? panel(f, last, col, row, width, height) : null);
            }
        }
        return new Grid(side, panels);
    }

    private static XYChart panel(Fit f, AbcSmc.Generation last, int px, int py, int width, int height) {
        String title = k(f, py) + " against " + k(f, px);
        XYChart c = new XYChartBuilder().width(width).height(height).title(title)
                .xAxisTitle(f.keys().get(px)).yAxisTitle(f.keys().get(py)).build();
        Theme.style(c.getStyler());
        c.getStyler().setChartTitleFont(Theme.bold(width < 700 ? 14 : 18));
        c.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        c.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        c.getStyler().setLegendLayout(Styler.LegendLayout.Horizontal);
        c.getStyler().setLegendFont(Theme.plain(12));
        c.getStyler().setMarkerSize(9);
        double[] x = f.parameter(px);
        double[] y = f.parameter(py);
        double[] w = last.weights();
        // weight classes by multiples of the equal weight 1/n
        final double even = 1.0 / w.length;
        // the average weight is 1/n; the report's caption says so (FitReport)
        String[] names = {"weight below ½ × average", "weight ½ to 2 × average", "weight above 2 × average"};
        int[] alpha = {70, 150, 240};
        for (int cls = 0; cls < 3; cls++) {
            List<Double> sx = new ArrayList<>();
            List<Double> sy = new ArrayList<>();
            for (int i = 0; i < w.length; i++) {
                int c0 = w[i] < 0.5 * even ? 0 : w[i] <= 2 * even ? 1 : 2;
                if (c0 == cls) {
                    sx.add(x[i]);
                    sy.add(y[i]);
                }
            }
            if (sx.isEmpty()) {
                continue;
            }
            XYSeries s = c.addSeries(names[cls], sx, sy);
            s.setMarker(SeriesMarkers.CIRCLE);
            s.setMarkerColor(Theme.translucent(Theme.MLM, alpha[cls]));
        }
        Prior xp = f.priors().get(px);
        Prior yp = f.priors().get(py);
        c.getStyler().setXAxisLogarithmic(xp.kind() == Prior.Kind.LOGUNIFORM);
        c.getStyler().setYAxisLogarithmic(yp.kind() == Prior.Kind.LOGUNIFORM);
        c.getStyler().setXAxisDecimalPattern(PosteriorChart.valuePattern(min(x), max(x),
                xp.kind() == Prior.Kind.LOGUNIFORM));
        c.getStyler().setYAxisDecimalPattern(PosteriorChart.valuePattern(min(y), max(y),
                yp.kind() == Prior.Kind.LOGUNIFORM));
        return c;
    }

    private static double min(double[] x) {
        return java.util.Arrays.stream(x).min().orElse(Double.NaN);
    }

    private static double max(double[] x) {
        return java.util.Arrays.stream(x).max().orElse(Double.NaN);
    }

    private static String k(Fit f, int p) {
        String key = f.keys().get(p);
        return key.substring(key.lastIndexOf('.') + 1);
    }
}
