package org.downline.chart;

import java.util.ArrayList;
import java.util.List;
import org.downline.engine.Results;
import org.downline.stats.CohortSummary;
import org.downline.stats.Summary;
import org.downline.stats.Unit;
import org.downline.stats.World;
import org.downline.stats.WorldResults;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.Styler;

/**
 * Share of each join-month cohort that lost money, with 95% intervals, from {@link Plot#firstJoinMonth}
 * (the founders' month 0 is in cohorts.csv, as the x axis says).
 */
final class CohortLosingMoneyChart implements ResultChart {

    @Override
    public String fileName() {
        return "cohort-losing-money.png";
    }

    @Override
    public String alt() {
        return "Line chart: share of each month's joiners who lost money, by month of joining";
    }

    @Override
    public String caption() {
        return "What it shows: for each month of joining " + Plot.fromFirstJoinMonth(CohortNetIncomeChart.CSV)
                + ", the share of the people who joined that month "
                + "whose net income was below zero at the end of the run, " + WITH_INTERVALS + ". How to read it: "
                + "a point near 100% means almost everyone who joined that month lost money; compare the "
                + "months (and, where affiliate marketing was run, the two worlds).";
    }

    @Override
    public XYChart build(Results r) {
        int first = CohortNetIncomeChart.firstJoinMonth(r);
        JoinMonthChart c = JoinMonthChart.of("Share losing money, by month of joining (to the end of month " + r.months() + ")",
                Plot.joinMonthAxis("Month joined", CohortNetIncomeChart.CSV, first),
                "Share of the cohort with net income below $0");
        for (WorldResults w : Plot.worlds(r)) {
            add(c, w, first);
        }
        c.getStyler().setYAxisMin(0.0);
        c.getStyler().setYAxisMax(1.0);
        c.getStyler().setYAxisDecimalPattern(Unit.SHARE.tickPattern());
        // below the plot, as on the net-income cohorts' chart: in the bottom right corner it covered the
        // affiliate world's points and intervals at months 31 to 36
        c.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        c.getStyler().setLegendLayout(Styler.LegendLayout.Horizontal);
        Plot.joinMonthTicks(c);
        return c;
    }

    private static void add(XYChart c, WorldResults w, int first) {
        CohortSummary co = w.cohorts();
        List<Double> x = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        List<Double> lo = new ArrayList<>();
        List<Double> hi = new ArrayList<>();
        for (int t = first; t < co.shareLosingMoney().length; t++) {
            Summary s = co.shareLosingMoney()[t];
            if (co.meanCount()[t] > 0 && !Double.isNaN(s.mean())) {
                x.add((double) t);
                y.add(s.mean());
                lo.add(s.lo());
                hi.add(s.hi());
            }
        }
        if (x.isEmpty()) {
            return;
        }
        World world = World.of(w.world());
        Plot.intervals(c, world.label(), x, lo, hi, Theme.of(world));
        Theme.markedLine(c.addSeries(world.label(), x, y), Theme.of(world));
    }
}
