package org.downline.chart;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.downline.stats.Unit;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.Styler;

/**
 * Charts of a parameter sweep: a heatmap over two varied keys, or a line over one. Values read in
 * their metric's {@link Unit}.
 */
public final class SweepCharts {

    /**
     * A sequential colour scale, pale yellow (low) to red-orange (high), after ColorBrewer's YlOrRd,
     * stopping short of its darkest reds so black values stay readable on every cell.
     */
    private static final Color[] SCALE = {new Color(0xFFFFB2), new Color(0xFED976), new Color(0xFEB24C),
        new Color(0xFD8D3C), new Color(0xF03B20)};

    private SweepCharts() {
    }

    /**
     * A heatmap of {@code values[x][y]} (NaN = no value) with the values printed in the cells and a
     * colour scale beside.
     */
    public static HeatMapChart heatmap(String title, String xKey, List<String> xValues, String yKey,
                                       List<String> yValues, double[][] values, Unit unit) {
        HeatMapChart c = new HeatMapChartBuilder().width(Theme.WIDTH).height(Theme.HEIGHT).title(title)
                .xAxisTitle(xKey).yAxisTitle(yKey).build();
        List<Number[]> cells = new ArrayList<>();
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int x = 0; x < xValues.size(); x++) {
            for (int y = 0; y < yValues.size(); y++) {
                double v = values[x][y];
                if (!Double.isNaN(v)) {
                    cells.add(new Number[] {x, y, v});
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        c.addSeries(title, new ArrayList<>(xValues), new ArrayList<>(yValues), cells);
        var s = c.getStyler();
        Theme.style(s);
        s.setChartTitleFont(Theme.bold(18));
        s.setLegendFont(Theme.plain(12));
        s.setRangeColors(SCALE);
        // Five equal bands with labelled ranges: XChart's continuous legend cannot format its numbers.
        s.setPiecewise(true);
        s.setPiecewiseRanged(true);
        s.setSplitNumber(SCALE.length);
        s.setShowValue(xValues.size() * yValues.size() <= 400);
        s.setValueFont(Theme.bold(12));
        s.setValueFontColor(Color.BLACK);
        s.setHeatMapValueDecimalPattern(unit.pattern());
        s.setDecimalPattern(unit.pattern());
        s.setHeatMapDecimalValueFormatter(unit::text);
        s.setDrawBorder(true);
        if (min <= max) {
            s.setMin(min == max ? min - 1e-9 : min);
            s.setMax(min == max ? max + 1e-9 : max);
        }
        s.setLegendPosition(Styler.LegendPosition.OutsideE);
        return c;
    }

    /** A line over one varied key, with 95% intervals; one series per group (world). */
    public static XYChart line(String title, String key, List<String> xValues, List<String> groups,
                               double[][] mean, double[][] lo, double[][] hi, String yTitle, Unit unit) {
        XYChart c = new XYChartBuilder().width(Theme.WIDTH).height(Theme.HEIGHT).title(title)
                .xAxisTitle(key).yAxisTitle(yTitle).build();
        boolean numeric = xValues.stream().allMatch(v -> v.matches("-?[0-9.]+(E-?[0-9]+)?"));
        Color[] colours = {Theme.MLM, Theme.AFFILIATE, Theme.NEUTRAL};
        for (int g = 0; g < groups.size(); g++) {
            List<Double> x = new ArrayList<>();
            List<Double> y = new ArrayList<>();
            List<Double> low = new ArrayList<>();
            List<Double> high = new ArrayList<>();
            for (int i = 0; i < xValues.size(); i++) {
                if (!Double.isNaN(mean[g][i])) {
                    x.add(numeric ? Double.parseDouble(xValues.get(i)) : i);
                    y.add(mean[g][i]);
                    low.add(lo[g][i]);
                    high.add(hi[g][i]);
                }
            }
            if (x.isEmpty()) {
                continue;
            }
            Plot.intervals(c, groups.get(g), x, low, high, colours[g % colours.length]);
            Theme.markedLine(c.addSeries(groups.get(g), x, y), colours[g % colours.length]);
        }
        var s = c.getStyler();
        Theme.style(s);
        s.setChartTitleFont(Theme.bold(18));
        s.setErrorBarsColorSeriesColor(true);
        s.setyAxisTickLabelsFormattingFunction(unit::text);
        if (!numeric) {
            s.setxAxisTickLabelsFormattingFunction(v -> {
                int i = (int) Math.round(v);
                return i >= 0 && i < xValues.size() && Math.abs(v - i) < 1e-9 ? xValues.get(i) : "";
            });
        }
        return c;
    }
}
