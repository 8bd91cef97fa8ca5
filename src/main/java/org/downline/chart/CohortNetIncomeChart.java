package org.downline.chart;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.downline.engine.Results;
import org.downline.stats.CohortSummary;
import org.downline.stats.Unit;
import org.downline.stats.World;
import org.downline.stats.WorldResults;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Median and mean net income of each join-month cohort, with 95% intervals of the median. An affiliate
 * world whose medians would flatten the MLM's, or else a mean that a few big earners pull far outside
 * the medians' range (the affiliate world's, up to $40,000 beside medians of −$800 to $5,000), goes on
 * a right-hand axis of its own, zero at the same height, drawn in its colour ({@link Theme#RIGHT_AXIS});
 * on the medians' axis it squashed the MLM's lines onto $0. Intervals reaching far beyond their axis
 * are cut at its edge and marked. Join months from {@link Plot#firstJoinMonth}: the founders' month 0
 * is in cohorts.csv, as the x axis says.
 */
final class CohortNetIncomeChart implements ResultChart {

    /** A mean reaching further than this many times the medians' span beyond their range gets its own axis. */
    static final double OWN_AXIS_BEYOND = 0.5;

    /** The file holding every join month, month 0 (the founders) too. */
    static final String CSV = "cohorts.csv";

    @Override
    public String fileName() {
        return "cohort-net-income.png";
    }

    @Override
    public String alt() {
        return "Line chart: median and mean net income of participants by the month they joined";
    }

    @Override
    public String caption() {
        return "What it shows: for each month of joining " + Plot.fromFirstJoinMonth(CSV)
                + ", the median net income (solid, " + WITH_INTERVALS
                + ") and the mean (dashed) of the people who joined that month, counted to the end "
                + "of the run. Lines read against the right-hand axis are green, their legend and axis say so, "
                + "and $0 is at the same height on both axes: the affiliate world's, when its medians would "
                + "flatten the MLM's lines, or else a mean that a few big earners pull far above or below the "
                + "medians. An interval reaching far beyond its axis is cut at the axis's edge, marked there "
                + "with an arrowhead (cohorts.csv holds it whole). How to read it: compare early and late "
                + "joiners; later cohorts have had fewer months in the business, and a mean far above the "
                + "median means a few big earners.";
    }

    /** One world's cohorts: months with joiners, medians with their intervals, means. */
    private record Lines(World world, List<Double> x, List<Double> median, List<Double> lo, List<Double> hi,
                         List<Double> mean) {
    }

    @Override
    public XYChart build(Results r) {
        int first = firstJoinMonth(r);
        JoinMonthChart c = JoinMonthChart.of("Net income by month of joining (to the end of month " + r.months() + ")",
                Plot.joinMonthAxis("Month joined", CSV, first), "Net income per participant");
        List<Lines> worlds = Plot.drawn(r, w -> lines(w, first));
        // The affiliate world whole (median, interval, mean) goes on a right-hand axis when its medians
        // reach so far beyond the MLM's ($0 included) that these would fill less than Plot.OWN_AXIS_BELOW of
        // a shared axis: at 20,000 people a few sites' luck put an affiliate cohort's median at $22,000
        // and flattened the MLM's −$1,000 to $0 onto one line.
        double[] mlm = {0, 0};
        double[] all = {0, 0};
        for (Lines l : worlds) {
            all = Plot.yRange(all, l.median());
            if (l.world() == World.MLM) {
                mlm = Plot.yRange(mlm, l.median());
            }
        }
        // an affiliate world beside no MLM line (nobody joined the MLM) has the left axis to itself
        boolean mlmDrawn = worlds.stream().anyMatch(l -> l.world() == World.MLM);
        boolean affiliateRight = Plot.affiliateOnOwnAxis(mlmDrawn, mlm[1] - mlm[0], all[1] - all[0]);
        // each axis's medians, $0 included
        double[][] range = {{0, 0}, {0, 0}};
        int[] axisOf = new int[worlds.size()];
        for (int i = 0; i < worlds.size(); i++) {
            Lines l = worlds.get(i);
            axisOf[i] = affiliateRight && l.world() != World.MLM ? 1 : 0;
            range[axisOf[i]] = Plot.yRange(range[axisOf[i]], l.median());
        }
        // a mean reaching further than OWN_AXIS_BEYOND of its axis's span beyond it (the medians and
        // their intervals as drawn, cut as below) goes on the right axis alone, if that is free (the
        // affiliate world's at 1,000,000 people: $17,000 beside medians of −$800 to $1,700); else it
        // widens its axis. Measured from the medians alone, a plan's own mean a few hundred dollars
        // above them (breakaway-stair-step: $600 beside medians of −$800 to −$200 and intervals to
        // $400) went on a second scale, where it read $500 above medians it equalled
        int[] meanAxis = axisOf.clone();
        for (int i = 0; i < worlds.size(); i++) {
            double[] means = Plot.yRange(null, worlds.get(i).mean());
            if (means == null) {
                continue;
            }
            double[] own = withIntervals(worlds, axisOf, axisOf[i], range[axisOf[i]]);
            double reach = OWN_AXIS_BEYOND * (own[1] - own[0]);
            boolean far = own[1] > own[0] && (means[1] > own[1] + reach || means[0] < own[0] - reach);
            if (far && !affiliateRight && axisOf[i] == 0 && !anyMeanOnRight(meanAxis)) {
                meanAxis[i] = 1;
            }
        }
        for (int i = 0; i < worlds.size(); i++) {
            range[meanAxis[i]] = Plot.yRange(range[meanAxis[i]], worlds.get(i).mean());
        }
        // the intervals widen their axis by at most OWN_AXIS_BEYOND of its span at either end: beyond
        // that they are cut at the axis's edge, marked there (one cohort's −$40,000 to $83,000 set the
        // scale and flattened every other line); cohorts.csv holds them whole
        boolean right = affiliateRight || anyMeanOnRight(meanAxis);
        double[][] axis = new double[2][];
        for (int a = 0; a < 2; a++) {
            double[] drawn = withIntervals(worlds, axisOf, a, range[a]);
            double pad = Math.max(drawn[1] - drawn[0], 1) / 20;
            axis[a] = new double[] {drawn[0] - pad, drawn[1] + pad};
        }
        if (right) {
            // stretched so that $0 sits at the same height on both: $0's height on each axis, as a
            // share of it, is in (0, 1), as each holds $0 and is padded. The left axis stays as it is
            // and the right one is stretched, unless its lines would then fill less than half of it
            // (an MLM all below $0 beside an affiliate world all above it, at one replication: the
            // affiliate lines in the top twentieth): then $0 goes midway between its heights on each
            double[] lines = axis[1].clone();
            double zero = -axis[0][0] / (axis[0][1] - axis[0][0]);
            double rightZero = -axis[1][0] / (axis[1][1] - axis[1][0]);
            if (rightZero < zero) {                          // more room below $0 on the right
                axis[1][0] = -zero / (1 - zero) * axis[1][1];
            } else {                                         // more room above it
                axis[1][1] = -axis[1][0] * (1 - zero) / zero;
            }
            if (lines[1] - lines[0] < STRETCH_FILL * (axis[1][1] - axis[1][0])) {
                double[][] both = Plot.zeroAtOneHeight(axis[0], lines, 0);
                axis[0] = both[0];
                axis[1] = both[1];
            }
        }
        boolean cut = false;
        for (int i = 0; i < worlds.size(); i++) {
            cut |= add(c, worlds.get(i), axisOf[i], meanAxis[i], axis[axisOf[i]]);
        }
        if (cut) {
            // a legend entry only: one point with no height, drawn nowhere; words, no marker, for the marks
            // are in each line's colour and point up or down
            XYSeries note = c.addSeries(CUT, new double[] {worlds.get(0).x().get(0)}, new double[] {Double.NaN});
            note.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            note.setMarker(SeriesMarkers.NONE);
        }
        c.getStyler().setYAxisDecimalPattern(Unit.DOLLARS.tickPattern());
        c.getStyler().setYAxisMin(0, axis[0][0]);
        c.getStyler().setYAxisMax(0, axis[0][1]);
        if (right) {
            // the axis's own title needs no "(right axis)": it stands on that axis
            Plot.rightMoneyAxis(c, 1, axis[1], affiliateRight ? World.AFFILIATE.label() + ": net income"
                    : worlds.get(meanOnRight(meanAxis)).world().label() + ": mean net income");
        }
        c.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        c.getStyler().setLegendLayout(Styler.LegendLayout.Horizontal);
        c.getStyler().setLegendFont(Theme.plain(right && cut ? 11 : right || cut ? 12 : 14));
        Plot.joinMonthTicks(c);
        return c;
    }


    /** The least share of the right axis its lines fill when that axis is stretched to put $0 level with the left's. */
    static final double STRETCH_FILL = 0.5;

    /**
     * The legend's entry, words with no marker, for the marks at the ends of intervals cut at the axis's
     * edge: arrowheads in the line's colour, pointing up or down.
     */
    static final String CUT = "arrowhead: interval cut at the axis (cohorts.csv)";

    /**
     * {@code range} widened by the intervals of the worlds on axis {@code a}, each reaching at most
     * OWN_AXIS_BEYOND of the range's span beyond it (further, it is cut there and marked).
     */
    private static double[] withIntervals(List<Lines> worlds, int[] axisOf, int a, double[] range) {
        double reach = OWN_AXIS_BEYOND * Math.max(range[1] - range[0], 1);
        double low = range[0];
        double high = range[1];
        for (int i = 0; i < worlds.size(); i++) {
            if (axisOf[i] == a) {
                double[] iv = Plot.yRange(null, worlds.get(i).lo(), worlds.get(i).hi());
                if (iv != null) {
                    low = Math.min(low, Math.max(iv[0], range[0] - reach));
                    high = Math.max(high, Math.min(iv[1], range[1] + reach));
                }
            }
        }
        return new double[] {low, high};
    }

    /**
     * Whether any world's mean is on the right axis: its mean alone (a few big earners' pull), or with
     * the rest of its world (the affiliate world whole, when its medians would flatten the MLM's).
     */
    private static boolean anyMeanOnRight(int[] meanAxis) {
        return meanOnRight(meanAxis) >= 0;
    }

    /** The first world (its index in {@code meanAxis}) whose mean is on the right axis, or −1 if none. */
    private static int meanOnRight(int[] meanAxis) {
        for (int i = 0; i < meanAxis.length; i++) {
            if (meanAxis[i] == 1) {
                return i;
            }
        }
        return -1;
    }

    /** The first join month drawn ({@link Plot#firstJoinMonth}) of the cohort charts, this and {@link CohortLosingMoneyChart}. */
    static int firstJoinMonth(Results r) {
        return Plot.firstJoinMonth(r, w -> w.cohorts().meanCount().length, (w, t) -> w.cohorts().meanCount()[t] > 0);
    }

    /** World {@code w}'s lines from join month {@code first}, or null. */
    private static Lines lines(WorldResults w, int first) {
        CohortSummary co = w.cohorts();
        Lines l = new Lines(World.of(w.world()), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                new ArrayList<>(), new ArrayList<>());
        for (int t = first; t < co.medianNet().length; t++) {
            if (co.meanCount()[t] > 0 && !Double.isNaN(co.medianNet()[t].mean())) {
                l.x().add((double) t);
                l.median().add(co.medianNet()[t].mean());
                l.lo().add(co.medianNet()[t].lo());
                l.hi().add(co.medianNet()[t].hi());
                l.mean().add(co.meanNet()[t].mean());
            }
        }
        return l.x().isEmpty() ? null : l;
    }

    /**
     * Draws a world's lines: the median and its intervals on axis {@code axis} (0 left, 1 right), whose
     * range is {@code range}, the intervals cut at its edges and marked there; the mean on {@code
     * meanAxis}. Lines read on the right axis are drawn in its colour, the means with diamonds. Returns
     * whether an interval was cut.
     */
    private static boolean add(XYChart c, Lines l, int axis, int meanAxis, double[] range) {
        World world = l.world();
        Color color = axis == 1 ? Theme.RIGHT_AXIS : Theme.of(world);
        String median = Plot.onRightAxis(world.label() + ": median", axis == 1);
        List<Double> lo = new ArrayList<>();
        List<Double> hi = new ArrayList<>();
        List<Double> upX = new ArrayList<>();
        List<Double> downX = new ArrayList<>();
        for (int i = 0; i < l.x().size(); i++) {
            lo.add(Math.max(l.lo().get(i), range[0]));
            hi.add(Math.min(l.hi().get(i), range[1]));
            if (l.hi().get(i) > range[1]) {
                upX.add(l.x().get(i));
            }
            if (l.lo().get(i) < range[0]) {
                downX.add(l.x().get(i));
            }
        }
        Plot.intervals(c, median, l.x(), lo, hi, color).ifPresent(s -> s.setYAxisGroup(axis));
        cutMarks(c, median + " cut above", upX, range[1], SeriesMarkers.TRIANGLE_UP, color, axis);
        cutMarks(c, median + " cut below", downX, range[0], SeriesMarkers.TRIANGLE_DOWN, color, axis);
        Theme.markedLine(c.addSeries(median, l.x(), l.median()), color).setYAxisGroup(axis);
        Color meanColor = meanAxis == 1 ? Theme.RIGHT_AXIS : Theme.of(world);
        String mean = Plot.onRightAxis(world.label() + ": mean", meanAxis == 1);
        if (meanAxis == axis && Plot.onOneLine(toArray(l.mean()), toArray(l.median()), range[1] - range[0])) {
            mean = Plot.onLineOf(mean, "the median");          // drawn under it: the legend says where it is
        }
        XYSeries m = c.addSeries(mean, l.x(), l.mean());
        m.setLineColor(meanColor);
        m.setLineStyle(Theme.dashed(1.5f, 4, 4));
        if (meanAxis == 1) {
            m.setMarker(SeriesMarkers.DIAMOND);
            m.setMarkerColor(meanColor);
        } else {
            m.setMarker(SeriesMarkers.NONE);
            Plot.markedIfAlone(m, SeriesMarkers.DIAMOND);
        }
        m.setYAxisGroup(meanAxis);
        return !upX.isEmpty() || !downX.isEmpty();
    }

    /** Marks, not in the legend, at height {@code y} of the months {@code x} whose interval runs past it. */
    private static void cutMarks(XYChart c, String name, List<Double> x, double y, Marker marker, Color color,
                                 int axis) {
        if (x.isEmpty()) {
            return;
        }
        double[] ys = new double[x.size()];
        java.util.Arrays.fill(ys, y);
        XYSeries s = c.addSeries(name, toArray(x), ys);
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        s.setMarker(marker);
        s.setMarkerColor(color);
        s.setShowInLegend(false);
        s.setYAxisGroup(axis);
    }

    private static double[] toArray(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
