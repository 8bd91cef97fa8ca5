package org.downline.chart;

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
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Median and mean net income of each join-month cohort, with 95% intervals of the median. A mean that
 * a few big earners pull far outside the medians' range (the affiliate world's, up to $40,000 beside
 * medians of −$800 to $5,000) goes on a right-hand axis of its own, zero at the same height: on the
 * medians' axis it squashed the MLM's lines onto $0, with no tick below it.
 */
final class CohortNetIncomeChart implements ResultChart {

    /** A mean reaching further than this many times the medians' span beyond their range gets its own axis. */
    static final double OWN_AXIS_BEYOND = 0.5;

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
        return "What it shows: for each month of joining, the median net income (solid, " + WITH_INTERVALS
                + ") and the mean (dashed) of the people who joined that month, counted to the end "
                + "of the run. A mean that a few big earners pull far above or below the medians is drawn "
                + "against the right-hand axis (its legend says so), with $0 at the same height on both axes, "
                + "so that it does not flatten the other lines. How to read it: compare early and late "
                + "joiners; later cohorts have had fewer months in the business, and a mean far above the "
                + "median means a few big earners.";
    }

    /** One world's cohorts: months with joiners, medians with their intervals, means. */
    private record Lines(World world, List<Double> x, List<Double> median, List<Double> lo, List<Double> hi,
                         List<Double> mean) {
    }

    @Override
    public XYChart build(Results r) {
        XYChart c = Theme.xy("Net income by month of joining (to the end of month " + r.months() + ")",
                "Month joined", "Net income per participant");
        List<Lines> worlds = new ArrayList<>();
        for (WorldResults w : Plot.worlds(r)) {
            Lines l = lines(w);
            if (l != null) {
                worlds.add(l);
            }
        }
        // the medians' range, their intervals and $0 included: the left axis's, unless a mean must share it
        double[] medians = {0, 0};
        for (Lines l : worlds) {
            medians = Plot.yRange(medians, l.median(), l.lo(), l.hi());
        }
        double low = medians[0];
        double high = medians[1];
        double reach = OWN_AXIS_BEYOND * (high - low);
        boolean right = false;
        double rightLow = 0;
        double rightHigh = 0;
        for (Lines l : worlds) {
            double[] means = Plot.yRange(null, l.mean());
            double meanLow = means == null ? 0 : means[0];
            double meanHigh = means == null ? 0 : means[1];
            boolean own = high > low && (meanHigh > high + reach || meanLow < low - reach);
            add(c, l, own);
            if (own) {
                right = true;
                rightLow = Math.min(rightLow, meanLow);
                rightHigh = Math.max(rightHigh, meanHigh);
            } else {
                low = Math.min(low, meanLow);
                high = Math.max(high, meanHigh);
            }
        }
        c.getStyler().setYAxisDecimalPattern(Unit.DOLLARS.tickPattern());
        if (right) {
            // both axes from a twentieth of their span below their lowest value to as far above their
            // highest, then stretched so that $0 sits at the same height on both
            double pad = (high - low) / 20;
            low -= pad;
            high += pad;
            double rightPad = (rightHigh - rightLow) / 20;
            rightLow -= rightPad;
            rightHigh += rightPad;
            // $0's height on each axis, as a share of it: in (0, 1) on the left, which holds $0 and is padded
            double zero = -low / (high - low);
            double rightZero = -rightLow / (rightHigh - rightLow);
            if (rightZero < zero) {                          // more room below $0 on the right
                rightLow = -zero / (1 - zero) * rightHigh;
            } else {                                         // more room above it
                rightHigh = -rightLow * (1 - zero) / zero;
            }
            c.getStyler().setYAxisMin(0, low);
            c.getStyler().setYAxisMax(0, high);
            c.getStyler().setYAxisMin(1, rightLow);
            c.getStyler().setYAxisMax(1, rightHigh);
            c.setYAxisGroupTitle(1, Plot.onRightAxis("Mean net income"));
            c.getStyler().setYAxisGroupPosition(1, Styler.YAxisPosition.Right);
            // its ticks read "$" too: XChart 3.8.8 labels every y axis with group 0's pattern (ChartsTest)
        }
        c.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        c.getStyler().setLegendLayout(Styler.LegendLayout.Horizontal);
        return c;
    }

    private static Lines lines(WorldResults w) {
        CohortSummary co = w.cohorts();
        Lines l = new Lines(World.of(w.world()), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                new ArrayList<>(), new ArrayList<>());
        for (int t = 0; t < co.medianNet().length; t++) {
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

    private static void add(XYChart c, Lines l, boolean meanOnTheRight) {
        World world = l.world();
        Plot.intervals(c, world.label() + ": median", l.x(), l.lo(), l.hi(), Theme.of(world));
        Theme.markedLine(c.addSeries(world.label() + ": median", l.x(), l.median()), Theme.of(world));
        XYSeries m = c.addSeries(Plot.onRightAxis(world.label() + ": mean", meanOnTheRight), l.x(), l.mean());
        m.setLineColor(Theme.of(world));
        m.setMarker(SeriesMarkers.NONE);
        m.setLineStyle(Theme.dashed(1.5f, 4, 4));
        m.setYAxisGroup(meanOnTheRight ? 1 : 0);
    }
}
