package org.downline.chart;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.downline.stats.Quantiles;
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
     * A heatmap's colour scale: {@link #BANDS} equal bands of {@code step} from {@code from}.
     *
     * @param from  the scale's low end, a multiple of {@code step}
     * @param step  each band's width: a 1, 2 or 5 times a power of ten, at least the unit's printed
     *              precision, so that the legend's bounds print exactly and never overlap
     * @param noise the cells' median 95% interval width that the step is no narrower than (NaN if
     *              no cell has an interval)
     */
    public record Scale(double from, double step, double noise) {

        public double to() {
            return from + BANDS * step;
        }

        /** The scale in words, for a caption: "99% to 100% in five bands of 0.2% each". */
        public String describe(Unit unit) {
            return unit.text(from) + " to " + unit.text(to()) + " in " + BANDS + " bands of " + unit.text(step)
                    + " each" + (Double.isNaN(noise) ? "" : ", no narrower than the cells' median 95% interval ("
                    + unit.text(noise) + "), so a difference of one band may be noise");
        }
    }

    /** Colour bands of a heatmap. */
    public static final int BANDS = 5;

    /**
     * The colour scale for cells {@code values} (NaN = none) whose 95% intervals are
     * {@code widths} wide: it covers every value in {@link #BANDS} bands, each no narrower than the
     * median interval, so that a difference smaller than the noise does not look like the whole range
     * of colours. A share's scale stays within 0% and 100%.
     */
    public static Scale scale(double[][] values, double[][] widths, Unit unit) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        List<Double> w = new ArrayList<>();
        for (int x = 0; x < values.length; x++) {
            for (int y = 0; y < values[x].length; y++) {
                if (!Double.isNaN(values[x][y])) {
                    min = Math.min(min, values[x][y]);
                    max = Math.max(max, values[x][y]);
                    if (Double.isFinite(widths[x][y])) {
                        w.add(widths[x][y]);
                    }
                }
            }
        }
        if (!(min <= max)) {
            return new Scale(0, unit.resolution(), Double.NaN);
        }
        // the median width, NaN where no cell has an interval
        double noise = Quantiles.ofSorted(w.stream().mapToDouble(Double::doubleValue).sorted().toArray(), 0.5);
        double step = nice(Math.max(Math.max((max - min) / BANDS, Double.isNaN(noise) ? 0 : noise),
                unit.resolution()));
        if (unit == Unit.SHARE) {
            step = Math.min(step, 1.0 / BANDS);                 // five bands fill 0% to 100% at most
        }
        double from;
        while (true) {
            from = Math.floor(min / step + 1e-9) * step;
            if (from + BANDS * step >= max - 1e-12 * Math.max(1, Math.abs(max))) {
                break;
            }
            step = nice(step * 1.5);                       // the next nice step up
        }
        if (unit == Unit.SHARE && from + BANDS * step > 1) {
            from = Math.max(0, 1 - BANDS * step);
        }
        if (unit == Unit.SHARE && from < 0) {
            from = 0;
        }
        return new Scale(from, step, noise);
    }

    /** The least of 1, 2 and 5 times a power of ten that is at least {@code x} (> 0). */
    static double nice(double x) {
        double p = Math.pow(10, Math.floor(Math.log10(x)));
        for (double m : new double[] {1, 2, 5, 10}) {
            double v = m * p;
            if (v >= x * (1 - 1e-12)) {
                return Double.parseDouble(String.format(java.util.Locale.ROOT, "%.12g", v));   // 0.1 * 2, exactly 0.2
            }
        }
        return 10 * p;
    }

    /**
     * A heatmap of {@code values[x][y]} (NaN = no value) with the values printed in the cells and a
     * colour scale beside, in the bands of {@code scale}.
     */
    public static HeatMapChart heatmap(String title, String xKey, List<String> xValues, String yKey,
                                       List<String> yValues, double[][] values, Unit unit, Scale scale) {
        HeatMapChart c = new HeatMapChartBuilder().width(Theme.WIDTH).height(Theme.HEIGHT).title(title)
                .xAxisTitle(xKey).yAxisTitle(yKey).build();
        xValues = xValues.stream().map(SweepCharts::grouped).toList();
        yValues = yValues.stream().map(SweepCharts::grouped).toList();
        List<Number[]> cells = new ArrayList<>();
        for (int x = 0; x < xValues.size(); x++) {
            for (int y = 0; y < yValues.size(); y++) {
                double v = values[x][y];
                if (!Double.isNaN(v)) {
                    cells.add(new Number[] {x, y, v});
                }
            }
        }
        c.addSeries(title, new ArrayList<>(xValues), new ArrayList<>(yValues), cells);
        var s = c.getStyler();
        Theme.style(s);
        s.setChartTitleFont(Theme.bold(18));
        s.setLegendFont(Theme.plain(12));
        s.setRangeColors(SCALE);
        // Equal bands with labelled ranges: XChart's continuous legend cannot format its numbers, and
        // its ranged labels join the ends with " ~ ": each band is labelled by its low end instead,
        // which the legend's formatter (not used for the values in the squares) writes as the range
        s.setPiecewise(true);
        s.setPiecewiseRanged(false);
        s.setSplitNumber(BANDS);
        s.setShowValue(xValues.size() * yValues.size() <= 400);
        s.setValueFont(Theme.bold(12));
        s.setValueFontColor(Color.BLACK);
        s.setHeatMapValueDecimalPattern(unit.pattern());
        s.setDecimalPattern(unit.pattern());
        s.setHeatMapDecimalValueFormatter(low -> band(unit, low, scale.step()));
        s.setDrawBorder(true);
        s.setMin(scale.from());
        s.setMax(scale.to());
        s.setLegendPosition(Styler.LegendPosition.OutsideE);
        return c;
    }

    /**
     * How a sweep line chart's y axis labels its ticks: in the unit's coarse tick pattern, as the run's
     * charts do ("100%", not "100.0%"), when a tenth of the values' span (about a tick's step) is no
     * finer than that pattern shows; else at the unit's full precision ({@link Unit#text}), so that
     * close ticks (99.2%, 99.4%) do not read alike.
     */
    static java.util.function.Function<Double, String> ticks(Unit unit, double[][]... values) {
        double[] range = null;
        for (double[][] group : values) {
            range = Plot.yRange(range, group);
        }
        java.text.DecimalFormat coarse = new java.text.DecimalFormat(unit.tickPattern(),
                java.text.DecimalFormatSymbols.getInstance(java.util.Locale.US));
        double resolution = Math.pow(10, -coarse.getMaximumFractionDigits()) / coarse.getMultiplier();
        if (range != null && range[1] > range[0] && (range[1] - range[0]) / 10 >= resolution) {
            return v -> coarse.format(v);
        }
        return unit::text;
    }

    /** A colour band's label from its low end: "99.5% – 99.6%" (an en dash, as the captions' ranges). */
    static String band(Unit unit, double low, double step) {
        return unit.text(low) + " – " + unit.text(low + step);
    }

    /** Tick labels of a varied key's numbers: plain, thousands grouped ("1,000,000", "0.35"; never "1E6"). */
    private static final String GROUPED = "#,##0.##########";

    /** A varied key's value as an axis labels it: a number grouped in thousands, a word as it is. */
    static String grouped(String value) {
        if (!numeric(List.of(value))) {
            return value;
        }
        java.text.DecimalFormat f = new java.text.DecimalFormat(GROUPED,
                java.text.DecimalFormatSymbols.getInstance(java.util.Locale.US));
        f.setMaximumFractionDigits(340);                   // every digit given: two values never read alike
        return f.format(new java.math.BigDecimal(value));
    }

    /** Whether a varied key's values are numbers (drawn to scale) rather than words (categories). */
    public static boolean numeric(List<String> values) {
        return values.stream().allMatch(v -> v.matches("-?[0-9.]+(E-?[0-9]+)?"));
    }

    /**
     * A line over one varied key, with 95% intervals; one series per group (world). Over words
     * ({@code plan.type}) the points stand alone: a line between categories would claim an order.
     */
    public static XYChart line(String title, String key, List<String> xValues, List<String> groups,
                               double[][] mean, double[][] lo, double[][] hi, String yTitle, Unit unit) {
        XYChart c = new XYChartBuilder().width(Theme.WIDTH).height(Theme.HEIGHT).title(title)
                .xAxisTitle(key).yAxisTitle(yTitle).build();
        boolean numeric = numeric(xValues);
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
            var series = c.addSeries(groups.get(g), x, y);
            Theme.markedLine(series, colours[g % colours.length]);
            if (!numeric) {
                series.setXYSeriesRenderStyle(org.knowm.xchart.XYSeries.XYSeriesRenderStyle.Scatter);
                series.setMarker(org.knowm.xchart.style.markers.SeriesMarkers.DIAMOND);
            }
        }
        var s = c.getStyler();
        Theme.style(s);
        s.setChartTitleFont(Theme.bold(18));
        // the legend below the plot: to its right it narrowed the plot, over whose middle XChart
        // centres the title, and a long title (metric, key and replications) ran off the left edge
        s.setLegendPosition(Styler.LegendPosition.OutsideS);
        s.setLegendLayout(Styler.LegendLayout.Horizontal);
        s.setyAxisTickLabelsFormattingFunction(ticks(unit, mean, lo, hi));
        if (numeric) {
            s.setXAxisDecimalPattern(GROUPED);
        } else {
            // a category's room either side: the axis's ends and the categories' indices are then
            // equally spaced, and XChart puts a tick at each of them (and at nothing else)
            s.setXAxisMin(-1.0);
            s.setXAxisMax((double) xValues.size());
            // a category's name at its index, blanks elsewhere: XChart cannot paint an empty label,
            // and draws no ticks at all when the axis's two ends format alike
            // (AxisTickCalculator_.isNumberFormatChoppingDecimals), so the ends are one and two spaces
            s.setxAxisTickLabelsFormattingFunction(v -> {
                int i = (int) Math.round(v);
                return i >= 0 && i < xValues.size() && Math.abs(v - i) < 1e-9 ? xValues.get(i) : v < 0 ? " " : "  ";
            });
        }
        return c;
    }
}
