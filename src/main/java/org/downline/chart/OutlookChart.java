package org.downline.chart;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.downline.engine.Results;
import org.downline.stats.Outlook;
import org.downline.stats.OutlookSummary;
import org.downline.stats.Summary;
import org.downline.stats.Unit;
import org.downline.stats.World;
import org.downline.stats.WorldResults;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * A newcomer's first year by the month they join: the median first-year net income with the band
 * from the 10th to the 90th percentile of joiners (means over replications), and on the right axis
 * the share losing money in that year. Only join months whose first year was simulated whole.
 */
final class OutlookChart implements ResultChart {

    @Override
    public String fileName() {
        return "outlook.png";
    }

    @Override
    public String alt() {
        return "Line chart: a newcomer's first-year net income (median, 10th to 90th percentile) and the share "
                + "losing money in their first year, by month of joining";
    }

    @Override
    public String caption() {
        return "What it shows: for each month of joining whose first year the run saw whole, the median "
                + "newcomer's net income over their first twelve months (after the starter kit and monthly "
                + "costs), the band from the 10th to the 90th percentile of joiners, and on the right axis the "
                + "share who lost money in that first year. How to read it: find the month you would join; "
                + "the band is where four in five newcomers' first year ended.";
    }

    @Override
    public boolean appliesTo(Results r) {
        return r.mlm().outlook() != null && r.mlm().outlook().latestWithJoiners() >= 0;
    }

    @Override
    public boolean drawnForEveryRun() {
        return false;
    }

    @Override
    public XYChart build(Results r) {
        XYChart c = Theme.xy("If you join in month m: your first year", "Month joined (m)",
                "Net income over the first 12 months ($)");
        // The MLM in full; the affiliate world, where it was run, by its median and share losing
        // money alone: its wide band would squeeze the MLM's onto one line (outlook.csv has it).
        for (WorldResults w : Plot.worlds(r)) {
            add(c, w, World.of(w.world()) == World.MLM);
        }
        c.setYAxisGroupTitle(1, "Share losing money in their first year (%)");
        c.getStyler().setYAxisGroupPosition(1, Styler.YAxisPosition.Right);
        // room above 100% and above the money lines, each its own: a share of 100% drawn on the plot's
        // top edge, where the band's top also was, could not be told from either
        c.getStyler().setYAxisMin(1, 0.0);
        c.getStyler().setYAxisMax(1, 100.0 / (1 - SHARE_HEADROOM));
        double[] money = moneyRange(c);
        if (money != null) {
            double span = money[1] > money[0] ? money[1] - money[0] : Math.max(1, Math.abs(money[0]));
            c.getStyler().setYAxisMin(0, money[0] - span * MONEY_MARGIN);
            c.getStyler().setYAxisMax(0, money[1] + span * MONEY_HEADROOM);
        }
        // XChart 3.8.8 formats every y axis with group 0's pattern, so both axes are plain numbers
        // and their units are in the axis titles: dollars on the left, percent on the right.
        c.getStyler().setYAxisDecimalPattern(Unit.COUNT.tickPattern());
        c.getStyler().setXAxisDecimalPattern("0");
        c.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        c.getStyler().setLegendLayout(Styler.LegendLayout.Horizontal);
        c.getStyler().setLegendFont(Theme.plain(13));
        Plot.monthTicks(c);
        return c;
    }

    /** The share of the right axis's height above 100%. */
    static final double SHARE_HEADROOM = 0.04;
    /** Room above the money lines' highest value and below their lowest, as shares of their span. */
    static final double MONEY_HEADROOM = 0.12;
    static final double MONEY_MARGIN = 0.04;

    /** The lowest and highest value of the money axis's series (group 0), or null if it has none. */
    private static double[] moneyRange(XYChart c) {
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (XYSeries s : c.getSeriesMap().values()) {
            if (s.getYAxisGroup() == 0) {
                for (double y : s.getYData()) {
                    if (Double.isFinite(y)) {
                        low = Math.min(low, y);
                        high = Math.max(high, y);
                    }
                }
            }
        }
        return low <= high ? new double[] {low, high} : null;
    }

    private static void add(XYChart c, WorldResults w, boolean band) {
        OutlookSummary o = w.outlook();
        if (o == null) {
            return;
        }
        List<Double> x = new ArrayList<>();
        List<Double> median = new ArrayList<>();
        List<Double> p10 = new ArrayList<>();
        List<Double> p90 = new ArrayList<>();
        List<Double> losing = new ArrayList<>();
        Summary[][] q = o.netPercentiles();
        int low = 0;
        int high = Outlook.PERCENTILES.length - 1;
        for (int t = 0; t < o.joinMonths(); t++) {
            if (o.participants()[t].mean() > 0 && !Double.isNaN(q[Outlook.MEDIAN][t].mean())) {
                x.add((double) t);
                median.add(q[Outlook.MEDIAN][t].mean());
                p10.add(q[low][t].mean());
                p90.add(q[high][t].mean());
                losing.add(100 * o.shareLosingMoney()[t].mean());
            }
        }
        if (x.isEmpty()) {
            return;
        }
        World world = World.of(w.world());
        Color color = Theme.of(world);
        String name = world == World.MLM ? "MLM" : "Affiliate";
        int k = x.size();
        double[] px = new double[2 * k];
        double[] py = new double[2 * k];
        for (int i = 0; i < k; i++) {
            px[i] = x.get(i);
            py[i] = p90.get(i);
            px[2 * k - 1 - i] = x.get(i);
            py[2 * k - 1 - i] = p10.get(i);
        }
        if (band) {
            XYSeries b = c.addSeries(name + ": 10th–90th percentile", px, py);
            b.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.PolygonArea);
            b.setFillColor(Theme.translucent(color, 60));
            b.setLineColor(new Color(0, 0, 0, 0));
            b.setMarker(SeriesMarkers.NONE);
            b.setYAxisGroup(0);
        }
        Theme.markedLine(c.addSeries(name + ": median", x, median), color).setYAxisGroup(0);
        XYSeries lose = c.addSeries(Plot.onRightAxis(name + ": losing money"), x, losing);
        lose.setLineColor(color);
        lose.setMarker(SeriesMarkers.NONE);
        lose.setLineStyle(Theme.dashed(2f, 7, 5));
        lose.setYAxisGroup(1);
    }
}
