package org.downline.chart;

import java.awt.Color;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.ToIntFunction;
import org.downline.engine.Results;
import org.downline.stats.SeriesSummary;
import org.downline.stats.WorldResults;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Drawing helpers the charts share. */
final class Plot {

    /**
     * Lines spanning less than this share of the axis they would share with others are squashed onto
     * it (the MLM's cohorts beside a few affiliate sites' luck; members beside the prospects left):
     * the others go on a right-hand axis of their own.
     */
    static final double OWN_AXIS_BELOW = 0.25;

    /** Whether lines spanning {@code span} would be squashed on an axis spanning {@code shared}. */
    static boolean squashed(double span, double shared) {
        return span < OWN_AXIS_BELOW * shared;
    }

    /**
     * Whether the affiliate world's lines go on a right-hand money axis of their own, declared here once
     * for the charts by month of joining (outlook, cohort-net-income): when the MLM's lines, spanning
     * {@code mlmSpan} ($0 included), would be {@link #squashed} on an axis spanning {@code shared}, both
     * worlds' lines. Never when no MLM line is drawn ({@code mlmDrawn} false: nobody joined the MLM): the
     * affiliate world then has the left axis to itself, rather than a right one beside an empty left one.
     */
    static boolean affiliateOnOwnAxis(boolean mlmDrawn, double mlmSpan, double shared) {
        return mlmDrawn && squashed(mlmSpan, shared);
    }

    private Plot() {
    }

    /**
     * A series' name or an axis title marked as read on the right axis (a chart's second y-axis
     * group, placed on the right): "Mean net income (right axis)". Declared here once.
     */
    static String onRightAxis(String name) {
        return name + " (right axis)";
    }

    /**
     * A series' name marked as read on the green axis, a money axis of its own in {@link Theme#RIGHT_AXIS}
     * beside a right axis of shares: "(right axis)" would not say which of the two.
     */
    static String onGreenAxis(String name) {
        return name + " (green axis)";
    }

    /** {@code name} marked as read on the right axis when {@code right}, else as it is. */
    static String onRightAxis(String name, boolean right) {
        return right ? onRightAxis(name) : name;
    }

    /**
     * The lowest and highest finite value of {@code ys}, widened from {@code from} ({lowest, highest}, or
     * null for none): a new array, or null if there is no finite value. Declared here once for the
     * charts that fit an axis to their lines.
     */
    static double[] yRange(double[] from, double[]... ys) {
        double low = from == null ? Double.POSITIVE_INFINITY : from[0];
        double high = from == null ? Double.NEGATIVE_INFINITY : from[1];
        for (double[] values : ys) {
            for (double y : values) {
                if (Double.isFinite(y)) {
                    low = Math.min(low, y);
                    high = Math.max(high, y);
                }
            }
        }
        return low <= high ? new double[] {low, high} : null;
    }

    /** {@link #yRange(double[], double[]...)} of lists. */
    @SafeVarargs
    static double[] yRange(double[] from, List<Double>... ys) {
        double[][] values = new double[ys.length][];
        for (int i = 0; i < ys.length; i++) {
            values[i] = ys[i].stream().mapToDouble(Double::doubleValue).toArray();
        }
        return yRange(from, values);
    }

    /** {@link #yRange(double[], double[]...)} of the series' y values. */
    static double[] yRange(Collection<XYSeries> series) {
        return yRange(null, series.stream().map(XYSeries::getYData).toArray(double[][]::new));
    }

    /**
     * A left and a right axis for values from {@code left} and from {@code right} ({lowest, highest}, each
     * with $0 inside) with $0 at one height on both: midway between the heights it would have on each
     * alone, so that neither axis's lines are pressed to an edge (an MLM all below $0 beside an affiliate
     * median all above it get the lower and the upper half), then each widened by {@code margin} of its
     * span at both ends. Returns {{leftLow, leftHigh}, {rightLow, rightHigh}}.
     */
    static double[][] zeroAtOneHeight(double[] left, double[] right, double margin) {
        double zero = Math.min(0.95, Math.max(0.05, (zeroHeight(left) + zeroHeight(right)) / 2));
        return new double[][] {axisWithZeroAt(left, zero, margin), axisWithZeroAt(right, zero, margin)};
    }

    /** $0's height on an axis from range[0] to range[1] (which holds it), as a share of it; ½ for [0, 0]. */
    private static double zeroHeight(double[] range) {
        return range[1] > range[0] ? -range[0] / (range[1] - range[0]) : 0.5;
    }

    private static double[] axisWithZeroAt(double[] range, double zero, double margin) {
        double span = Math.max(Math.max(-range[0] / zero, range[1] / (1 - zero)), 1) * (1 + margin);
        return new double[] {-zero * span, (1 - zero) * span};
    }

    /**
     * Axis group {@code group} as a right-hand money axis from range[0] to range[1], with its own title and
     * its ticks in {@link Theme#RIGHT_AXIS}, the colour of the lines read on it. Its ticks are written as
     * the left axis's: XChart 3.8.8 labels every y axis of an x–y chart with group 0's pattern, and its one
     * tick-label function labels them all (ChartsTest). They read "$" where every y axis is money
     * (cohort-net-income); beside a share axis (the outlook's) none does, and the unit goes in the titles.
     */
    static void rightMoneyAxis(XYChart c, int group, double[] range, String title) {
        c.getStyler().setYAxisMin(group, range[0]);
        c.getStyler().setYAxisMax(group, range[1]);
        c.setYAxisGroupTitle(group, title);
        c.getStyler().setYAxisGroupPosition(group, org.knowm.xchart.style.Styler.YAxisPosition.Right);
        c.getStyler().setYAxisGroupTickLabelsColorMap(group, Theme.RIGHT_AXIS);
        c.getStyler().setYAxisGroupTickMarksColorMap(group, Theme.RIGHT_AXIS);
    }

    /**
     * The first month of joining drawn by the charts about joiners (cohort-net-income,
     * cohort-losing-money, outlook): month 1, the first in which anyone can be recruited. Month 0 is
     * the founders' (and, in the affiliate world, their counterparts'): at the default preset one
     * person a world, no newcomer, whose first year ($4,800 beside the affiliate joiners' −$200 to
     * $1,700: the affiliate median went on a green axis of its own) or net income (the founder's
     * interval, cut with an arrowhead; the counterpart's $6,000 median) set those charts' axes.
     * cohorts.csv and outlook.csv hold it; {@link #joinMonthAxis} says so on the chart.
     */
    static final int FIRST_JOIN_MONTH = 1;

    /**
     * The first join month a chart about joiners draws, declared here once for them all:
     * {@link #FIRST_JOIN_MONTH}, unless no world has a join month from it on with anyone in it
     * ({@code joinedIn}, of join months 0 to {@code months} − 1): then 0, the founders alone (a run
     * whose founders are the whole market), rather than an empty chart.
     */
    static int firstJoinMonth(Results r, ToIntFunction<WorldResults> months, BiPredicate<WorldResults, Integer> joinedIn) {
        for (WorldResults w : worlds(r)) {
            for (int t = FIRST_JOIN_MONTH; t < months.applyAsInt(w); t++) {
                if (joinedIn.test(w, t)) {
                    return FIRST_JOIN_MONTH;
                }
            }
        }
        return 0;
    }

    /** Where month 0, the founders, is, in a caption or an axis title: "month 0, the founders, in cohorts.csv". */
    static String foundersIn(String file) {
        return "month 0, the founders, in " + file;
    }

    /**
     * A join-month axis's title saying where month 0 is, for a chart from join month {@code first}
     * ({@link #firstJoinMonth}): "Month joined — month 0, the founders, in cohorts.csv", or, from 0,
     * that the founders are all it has.
     */
    static String joinMonthAxis(String title, String file, int first) {
        return title + " — " + (first > 0 ? foundersIn(file) : "the founders (month 0) alone: nobody joined after them");
    }

    /**
     * A caption's words for the join months drawn: "from month 1 (month 0, the founders, in cohorts.csv,
     * drawn only when nobody joined after them)".
     */
    static String fromFirstJoinMonth(String file) {
        return "from month " + FIRST_JOIN_MONTH + " (" + foundersIn(file) + ", drawn only when nobody joined after them)";
    }

    /** The worlds of a run: the MLM, and the affiliate world where it was run. */
    static List<WorldResults> worlds(Results r) {
        List<WorldResults> out = new ArrayList<>();
        out.add(r.mlm());
        if (r.affiliate() != null) {
            out.add(r.affiliate());
        }
        return out;
    }

    /** {@code lines} of each world of a run that has any (null: none to draw), in {@link #worlds} order. */
    static <T> List<T> drawn(Results r, java.util.function.Function<WorldResults, T> lines) {
        List<T> out = new ArrayList<>();
        for (WorldResults w : worlds(r)) {
            T l = lines.apply(w);
            if (l != null) {
                out.add(l);
            }
        }
        return out;
    }

    /** A mean line with its 5–95% band over the months where the series is defined, scaled. */
    static XYSeries defined(XYChart c, SeriesSummary s, double scale, String name, Color color, int group) {
        return defined(c, s, 0, scale, name, color, group);
    }

    /** {@link #defined(XYChart, SeriesSummary, double, String, Color, int)} from month {@code first} on. */
    static XYSeries defined(XYChart c, SeriesSummary s, int first, double scale, String name, Color color, int group) {
        List<Double> x = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        List<Double> lo = new ArrayList<>();
        List<Double> hi = new ArrayList<>();
        for (int t = first; t < s.mean().length; t++) {
            if (!Double.isNaN(s.mean()[t])) {
                x.add((double) t);
                y.add(scale * s.mean()[t]);
                lo.add(scale * s.p05()[t]);
                hi.add(scale * s.p95()[t]);
            }
        }
        if (x.isEmpty()) {
            return null;
        }
        int k = x.size();
        double[] px = new double[2 * k];
        double[] py = new double[2 * k];
        for (int i = 0; i < k; i++) {
            px[i] = x.get(i);
            py[i] = hi.get(i);
            px[2 * k - 1 - i] = x.get(i);
            py[2 * k - 1 - i] = lo.get(i);
        }
        XYSeries b = c.addSeries(name + " (5–95% of replications)", px, py);
        b.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.PolygonArea);
        b.setFillColor(Theme.translucent(color, group == 0 ? 50 : 25));
        b.setLineColor(new Color(0, 0, 0, 0));
        b.setMarker(SeriesMarkers.NONE);
        b.setShowInLegend(false);
        b.setYAxisGroup(group);
        XYSeries line = c.addSeries(name, x, y);
        line.setLineColor(color);
        line.setLineWidth(2.5f);
        line.setMarker(SeriesMarkers.NONE);
        line.setYAxisGroup(group);
        return line;
    }

    /**
     * Whether lines {@code a} and {@code b} (values at the same x) lie on one another as drawn: within
     * {@link #ONE_LINE} of {@code span} (their axis's) wherever both are defined. A line drawn under
     * another then says so in its legend ({@link #onLineOf}): a legend should not list what no reader
     * can see.
     */
    static boolean onOneLine(double[] a, double[] b, double span) {
        boolean any = false;
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            if (Double.isFinite(a[i]) && Double.isFinite(b[i])) {
                any = true;
                if (Math.abs(a[i] - b[i]) > ONE_LINE * span) {
                    return false;
                }
            }
        }
        return any;
    }

    /** Lines closer than this share of their axis's span lie on one another (about 4 pixels of a chart). */
    static final double ONE_LINE = 0.01;

    /** A series' legend name when it lies on {@code other}'s line: "MLM: mean (on the line of MLM: median)". */
    static String onLineOf(String name, String other) {
        return name + " (on the line of " + other + ")";
    }

    /** A dashed reference line: {@code scale × share[t]} where defined. */
    static void reference(XYChart c, double[] share, double scale, String name, Color color) {
        List<Double> x = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        for (int t = 0; t < share.length; t++) {
            if (!Double.isNaN(share[t])) {
                x.add((double) t);
                y.add(scale * share[t]);
            }
        }
        if (x.isEmpty()) {
            return;
        }
        XYSeries s = c.addSeries(name, x, y);
        s.setLineColor(color);
        s.setMarker(SeriesMarkers.NONE);
        s.setLineStyle(Theme.dashed(2f, 7, 5));
    }

    /**
     * {@code s}, a line drawn without markers, given {@code marker} in its line's colour when all its
     * points are at one x (a run in which nobody joined after the founders draws their month 0 alone):
     * a line through one point is drawn nowhere, and its legend listed it all the same. Returns it.
     */
    static XYSeries markedIfAlone(XYSeries s, org.knowm.xchart.style.markers.Marker marker) {
        double[] x = s.getXData();
        if (x.length > 0 && java.util.Arrays.stream(x).allMatch(v -> v == x[0])) {
            s.setMarker(marker);
            s.setMarkerColor(s.getLineColor());
        }
        return s;
    }

    /**
     * Labels a month axis at round steps — every 1, 2, 5, 10, 20, ... months, as XChart spaces a number
     * axis by its tick-spacing hint — rather than at every month whose label fits: given x values one
     * month apart, XChart 3.8.8 labels each value it can fit with a tenth of a label's width between
     * labels, and the 50 join months of a 60-month run's outlook ran together. Two hidden points off the
     * monthly grid (half and a quarter of a month after the first, no y value, drawn nowhere) leave the x
     * values unevenly spaced, so XChart picks round steps (one did not beside a single month: two values
     * are evenly spaced, and a run of one month was labelled 0.5, 1, 1.5), and never under a month.
     * Call once every series is added.
     */
    static void monthTicks(XYChart c) {
        double[] xs = xRange(c);
        if (xs == null) {
            return;
        }
        double first = xs[0];
        // never a step under a month: XChart 3.8.8's step is the axis's span over the plot's width times
        // this spacing (in pixels), rounded to 1, 2 or 5 times a power of ten (from 0.75 up to 1), and the
        // cohorts of a two-month run were labelled 0.6, 0.7, ... 2.4. Three quarters of the chart's width
        // over the span gives at least 0.75, a step of at least 1; and stays under the plot's width, at
        // or above which XChart labels nothing (and leaves the axis no room for labels) — over two months
        // or more (550 pixels at most); a chart by month of one month (growth, a chart by month of joining)
        // sets it once it knows its plot's width (MonthChart.paint)
        // (a span of NaN, one end of the axis set alone, leaves the spacing as it is)
        var st = c.getStyler();
        st.setXAxisTickMarkSpacingHint(Math.max(st.getXAxisTickMarkSpacingHint(),
                (int) Math.ceil(0.75 * c.getWidth() / Math.max(1, xSpan(c)))));
        XYSeries off = c.addSeries(" month ticks", new double[] {first + 0.5, first + 0.25},
                new double[] {Double.NaN, Double.NaN});
        off.setMarker(SeriesMarkers.NONE);
        off.setLineColor(new Color(0, 0, 0, 0));
        off.setShowInLegend(false);
    }

    /**
     * The x axis's span: its range where both ends are set, else its data's ({@link #xRange}); NaN for
     * none. As {@link #monthTicks} spaces the ticks by it, so {@link MonthChart#paint} reads it.
     */
    static double xSpan(XYChart c) {
        var st = c.getStyler();
        if (st.getXAxisMin() != null && st.getXAxisMax() != null) {
            return st.getXAxisMax() - st.getXAxisMin();
        }
        if (st.getXAxisMin() != null || st.getXAxisMax() != null) {
            return Double.NaN;
        }
        double[] data = xRange(c);
        return data == null ? Double.NaN : data[1] - data[0];
    }

    /** The least and greatest x value of {@code c}'s series, or null where they have none. */
    static double[] xRange(XYChart c) {
        double first = Double.POSITIVE_INFINITY;
        double last = Double.NEGATIVE_INFINITY;
        for (XYSeries s : c.getSeriesMap().values()) {
            for (double x : s.getXData()) {
                first = Math.min(first, x);
                last = Math.max(last, x);
            }
        }
        return Double.isFinite(first) ? new double[] {first, last} : null;
    }

    /**
     * The spacing of a one-month axis's ticks as a share of its plot's width: XChart 3.8.8 steps a month
     * where the spacing is above 3/4 of it, and labels nothing where it is wider than the plot; 7/8 lies
     * between ({@link MonthChart#paint}).
     */
    static final double MONTH_SPACING = 0.875;

    /**
     * The month axis of a chart by month of joining (outlook, cohort-net-income, cohort-losing-money),
     * decided here for them all: it runs from half a month before the first join month drawn to half a
     * month after the last, and its ticks fall on round months ({@link #monthTicks}). XChart 3.8.8 keeps
     * a margin of 4% of the plot (1 − its plot-content size, halved) at each end of every axis and
     * paints any tick that falls in it: the outlook, from month 1, showed a "0" where nothing is drawn,
     * and given x values one month apart the cohorts' 59 join months of a 60-month run were labelled
     * 1, 3, ..., 59. The plot-content size is 1 (no margin) and the half month stands in for it on the
     * x axis; each y axis keeps the room the margin gave it, in its own units (its range widened by
     * as much at each end), so its ticks and lines stand where they did. The first month drawn is
     * labelled whatever the step ({@link JoinMonthChart}): from month 1 by steps of 2 or 5 the first
     * label was 2 or 5. Call once every series is added and every y axis's range is set.
     */
    static void joinMonthTicks(JoinMonthChart c) {
        double[] xs = xRange(c);
        if (xs == null) {
            return;
        }
        double first = xs[0];
        double last = xs[1];
        var st = c.getStyler();
        double room = (1 - st.getPlotContentSize()) / 2 / st.getPlotContentSize();
        var groups = c.getSeriesMap().values().stream()
                .collect(java.util.stream.Collectors.groupingBy(XYSeries::getYAxisGroup));
        for (var e : groups.entrySet()) {
            double[] data = yRange(e.getValue());
            if (data == null) {
                continue;                                   // no value drawn on this axis
            }
            int g = e.getKey();
            Double lo = st.getYAxisMin(g) != null ? st.getYAxisMin(g) : st.getYAxisMin();
            Double hi = st.getYAxisMax(g) != null ? st.getYAxisMax(g) : st.getYAxisMax();
            double low = lo != null ? lo : data[0];
            double high = hi != null ? hi : data[1];
            if (high > low) {
                st.setYAxisMin(g, low - room * (high - low));
                st.setYAxisMax(g, high + room * (high - low));
            }
        }
        st.setPlotContentSize(1.0);
        st.setXAxisMin(first - 0.5);
        st.setXAxisMax(last + 0.5);
        monthTicks(c);
        c.labelFirst(Math.ceil(first));                 // a month drawn alone has its band from a quarter before it
    }

    /** The turns tried for a bar chart's category labels, flattest first (35° let XChart thin the ranks' labels). */
    private static final int[] LABEL_ROTATIONS = {0, 60, 90};

    /**
     * Turns a bar chart's category labels as little as lets each clear its neighbours: the first of 0°,
     * 60° and 90° at which {@link #labelsFit} holds, else 90°. XChart paints labels that do not fit over
     * each other, or thins them, silently (it once put a rank's label under the wrong bar). Call once every
     * series is added and the tick font is set.
     */
    static void fitCategoryLabels(CategoryChart c) {
        for (int rotation : LABEL_ROTATIONS) {
            c.getStyler().setXAxisLabelRotation(rotation);
            if (labelsFit(c)) {
                return;
            }
        }
    }

    /**
     * Whether each category label of {@code c}, in its tick font and turned as set, clears its neighbours
     * (one category's step apart, as XChart lays the chart out): two equal rectangles a step apart overlap
     * unless the step reaches a label's length along it (step·cos θ ≥ width) or its height across it
     * (step·sin θ ≥ height), plus an em of room ({@link #LABEL_GAP}).
     */
    static boolean labelsFit(CategoryChart c) {
        layOut(c);
        double step = Math.abs(c.getScreenXFromChart(1) - c.getScreenXFromChart(0));
        double angle = Math.toRadians(c.getStyler().getXAxisLabelRotation());
        FontRenderContext frc = new FontRenderContext(null, true, true);
        for (CategorySeries series : c.getSeriesMap().values()) {
            for (Object label : series.getXData()) {
                Rectangle2D r = new TextLayout(label.toString(), c.getStyler().getAxisTickLabelsFont(), frc).getBounds();
                double gap = LABEL_GAP * c.getStyler().getAxisTickLabelsFont().getSize2D();
                boolean along = step * Math.cos(angle) >= r.getWidth() + gap;
                boolean across = angle > 0 && step * Math.sin(angle) >= r.getHeight() + gap;
                if (!along && !across) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Lays {@code c} out as painting it does (XChart places its axes and plot while it paints), painted
     * into a one-pixel image: the layout follows the chart's size and fonts, not the image's, and a
     * chart-sized image (megabytes of fresh memory) and the painting the clip now skips cost as much as
     * painting the chart for its file.
     */
    static void layOut(org.knowm.xchart.internal.chartpart.Chart<?, ?> c) {
        java.awt.image.BufferedImage pixel = new java.awt.image.BufferedImage(1, 1,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = pixel.createGraphics();
        try {
            c.paint(g, c.getWidth(), c.getHeight());
        } finally {
            g.dispose();
        }
    }

    /**
     * The room kept between neighbouring axis labels, in ems of their font: two pixels let "made
     * $0–<100 made $100–<1k" read as one run of words, the more so scaled to a report's width; and
     * a join-month chart's first month's label ({@link JoinMonthChart}) keeps as much from the next.
     */
    static final double LABEL_GAP = 1;

    /** 0 for an undefined value (a bar of nothing). */
    static double nz(double v) {
        return Double.isNaN(v) ? 0 : v;
    }

    /**
     * 95% intervals drawn as they are, from {@code lo} to {@code hi} at each {@code x}: vertical
     * segments in {@code color}, not in the legend. XChart's error bars are symmetric about the point,
     * and an interval cut to its quantity's range ({@link org.downline.stats.Metric#range}: a share at
     * 0 or 1) is not, so a symmetric bar would run past the bound the interval was cut at. Points
     * without an interval (NaN) have no segment. Returns the series, if any point had an interval.
     */
    static java.util.Optional<XYSeries> intervals(XYChart c, String name, List<Double> x, List<Double> lo,
                                                  List<Double> hi, Color color) {
        List<Double> px = new ArrayList<>();
        List<Double> py = new ArrayList<>();
        for (int i = 0; i < x.size(); i++) {
            if (!Double.isNaN(lo.get(i)) && !Double.isNaN(hi.get(i))) {
                px.add(x.get(i));
                py.add(lo.get(i));
                px.add(x.get(i));
                py.add(hi.get(i));
                px.add(x.get(i));
                py.add(Double.NaN);                         // a gap: the next interval is its own segment
            }
        }
        if (px.isEmpty()) {
            return java.util.Optional.empty();
        }
        XYSeries s = c.addSeries(name + " (95% interval)", px, py);
        s.setLineColor(color);
        s.setLineWidth(1.5f);
        s.setMarker(SeriesMarkers.NONE);
        s.setShowInLegend(false);
        return java.util.Optional.of(s);
    }
}
