package org.downline.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.downline.stats.Summary;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;

/**
 * A bar chart (side-by-side bars) whose 95% intervals are drawn as they are, from lo to hi. XChart's
 * error bars are symmetric about the bar, and an interval cut to its quantity's range ({@link
 * org.downline.stats.Metric#range}: a share at 0) is not: drawn symmetric, it would run below 0 and
 * stop short of its upper end. The whiskers are painted over the chart at each bar's centre, placed
 * as XChart places side-by-side bars (each category an equal step of the x axis, its bars filling
 * {@code availableSpaceFill} of it in series order).
 */
final class IntervalBarChart extends CategoryChart {

    /** Each series' intervals by name: lo and hi per category; series added without any have none. */
    private final Map<String, double[][]> intervals = new LinkedHashMap<>();

    /** Lines of text drawn above each category's bars, in the room the axis keeps for them; none by default. */
    private List<String[]> notes = List.of();

    IntervalBarChart(CategoryChartBuilder builder) {
        super(builder);
    }

    /**
     * Sets lines of text to draw centred above each category's bars, at the top of the plot, and raises
     * the y axis's top so that they clear every bar and interval: for what a category label would
     * otherwise carry (the ranks' shares, which made their labels so long that, turned, they took half
     * the chart). Call once every series is added; {@code notes} in category order.
     */
    void notesAbove(List<String[]> notes) {
        this.notes = List.copyOf(notes);
        double[] range = {0, 0};                           // the bars (0 where undefined) and their intervals
        for (String name : getSeriesMap().keySet()) {
            range = Plot.yRange(range, getSeriesMap().get(name).getYData().stream()
                    .mapToDouble(y -> ((Number) y).doubleValue()).toArray());
            double[][] iv = intervals.get(name);
            if (iv != null) {
                range = Plot.yRange(range, iv[0], iv[1]);
            }
        }
        int lines = notes.stream().mapToInt(n -> n.length).max().orElse(0);
        double span = Math.max(range[1] - range[0], 1);
        getStyler().setYAxisMin(range[0] - span * 0.03);
        getStyler().setYAxisMax(range[1] + span * NOTE_LINE * lines);
    }

    /** The room above the bars for each line of the notes, as a share of the bars' span. */
    static final double NOTE_LINE = 0.085;

    /**
     * A series of bars at each summary's mean (0 where undefined) with its interval. XChart's own error
     * bars of the chart turn transparent: they are given only so that the axis makes room for the
     * longer side of each interval.
     */
    CategorySeries addIntervalSeries(String name, List<String> categories, List<Summary> values) {
        List<Double> mean = new ArrayList<>();
        List<Double> room = new ArrayList<>();
        double[] lo = new double[values.size()];
        double[] hi = new double[values.size()];
        for (int i = 0; i < values.size(); i++) {
            Summary s = values.get(i);
            mean.add(Plot.nz(s.mean()));
            lo[i] = s.lo();
            hi[i] = s.hi();
            room.add(Double.isNaN(s.lo()) ? 0 : Math.max(s.hi() - s.mean(), s.mean() - s.lo()));
        }
        intervals.put(name, new double[][] {lo, hi});
        getStyler().setErrorBarsColor(new Color(0, 0, 0, 0));
        return addSeries(name, categories, mean, room);
    }

    /** The interval drawn for series {@code name}: {lo, hi} by category, or null if it has none. */
    double[][] interval(String name) {
        double[][] iv = intervals.get(name);
        return iv == null ? null : new double[][] {iv[0].clone(), iv[1].clone()};
    }

    @Override
    public void paint(Graphics2D g, int width, int height) {
        super.paint(g, width, height);
        int series = getSeriesMap().size();
        if (series == 0 || getStyler().isOverlapped() || getStyler().isStacked()) {
            return;
        }
        double fill = getStyler().getAvailableSpaceFill();
        Graphics2D g2 = (Graphics2D) g.create();
        g2.setColor(Color.BLACK);
        g2.setStroke(new BasicStroke(1f));
        int j = 0;
        for (String name : getSeriesMap().keySet()) {
            double[][] iv = intervals.get(name);
            if (iv != null) {
                for (int k = 0; k < iv[0].length; k++) {
                    if (Double.isNaN(iv[0][k]) || Double.isNaN(iv[1][k])) {
                        continue;
                    }
                    double left = getScreenXFromChart(k);
                    double step = getScreenXFromChart(k + 1) - left;
                    double barWidth = fill * step / series;
                    double x = left + (1 - fill) / 2 * step + (j + 0.5) * barWidth;
                    double cap = Math.min(barWidth / 6, 6);
                    int y1 = (int) Math.round(getScreenYFromChart(iv[0][k]));
                    int y2 = (int) Math.round(getScreenYFromChart(iv[1][k]));
                    int xi = (int) Math.round(x);
                    int c = (int) Math.round(cap);
                    g2.drawLine(xi, y1, xi, y2);
                    g2.drawLine(xi - c, y1, xi + c, y1);
                    g2.drawLine(xi - c, y2, xi + c, y2);
                }
            }
            j++;
        }
        if (notes.isEmpty()) {
            g2.dispose();
            return;
        }
        g2.setColor(Color.BLACK);
        g2.setFont(getStyler().getAxisTickLabelsFont());
        java.awt.FontMetrics fm = g2.getFontMetrics();
        int top = (int) Math.round(getScreenYFromChart(getStyler().getYAxisMax()));
        for (int k = 0; k < notes.size(); k++) {
            double centre = (getScreenXFromChart(k) + getScreenXFromChart(k + 1)) / 2;
            String[] lines = notes.get(k);
            for (int i = 0; i < lines.length; i++) {
                int w = fm.stringWidth(lines[i]);
                int baseline = top + fm.getAscent() + 4 + i * fm.getHeight();
                g2.drawString(lines[i], (int) Math.round(centre - w / 2.0), baseline);
            }
        }
        g2.dispose();
    }
}
