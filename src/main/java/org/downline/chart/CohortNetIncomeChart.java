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

/** Median and mean net income of each join-month cohort, with 95% intervals of the median. */
final class CohortNetIncomeChart implements ResultChart {

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
        return "What it shows: for each month of joining, the median net income (solid, with 95% "
                + "intervals) and the mean (dashed) of the people who joined that month, counted to the end "
                + "of the run. How to read it: compare early and late joiners; later cohorts have had fewer "
                + "months in the business, and a mean far above the median means a few big earners.";
    }

    @Override
    public XYChart build(Results r) {
        XYChart c = Theme.xy("Net income by month of joining (to the end of month " + r.months() + ")",
                "Month joined", "Net income per participant");
        for (WorldResults w : Plot.worlds(r)) {
            add(c, w);
        }
        c.getStyler().setYAxisDecimalPattern(Unit.DOLLARS.tickPattern());
        c.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
        return c;
    }

    private static void add(XYChart c, WorldResults w) {
        CohortSummary co = w.cohorts();
        List<Double> x = new ArrayList<>();
        List<Double> median = new ArrayList<>();
        List<Double> lo = new ArrayList<>();
        List<Double> hi = new ArrayList<>();
        List<Double> mean = new ArrayList<>();
        for (int t = 0; t < co.medianNet().length; t++) {
            if (co.meanCount()[t] > 0 && !Double.isNaN(co.medianNet()[t].mean())) {
                x.add((double) t);
                median.add(co.medianNet()[t].mean());
                lo.add(co.medianNet()[t].lo());
                hi.add(co.medianNet()[t].hi());
                mean.add(co.meanNet()[t].mean());
            }
        }
        if (x.isEmpty()) {
            return;
        }
        World world = World.of(w.world());
        Plot.intervals(c, world.label() + ": median", x, lo, hi, Theme.of(world));
        Theme.markedLine(c.addSeries(world.label() + ": median", x, median), Theme.of(world));
        XYSeries m = c.addSeries(world.label() + ": mean", x, mean);
        m.setLineColor(Theme.of(world));
        m.setMarker(SeriesMarkers.NONE);
        m.setLineStyle(Theme.dashed(1.5f, 4, 4));
    }
}
