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
 * the share losing money in that year. Only join months whose first year was simulated whole, from
 * {@link Plot#firstJoinMonth} (the founders' month 0 is in outlook.csv, as the x axis says). An
 * affiliate median far beyond the MLM's lines gets a right-hand money axis of its own.
 */
final class OutlookChart implements ResultChart {

    /** The file holding every join month, month 0 (the founders) too. */
    private static final String CSV = "outlook.csv";

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
        return "What it shows: for each month of joining whose first year the run saw whole, "
                + Plot.fromFirstJoinMonth(CSV) + ", the median "
                + "newcomer's net income over their first twelve months (after the starter kit and monthly "
                + "costs), for the MLM the band from the 10th to the 90th percentile of joiners (not drawn where it "
                + "is no wider than the median's line, as its legend says), and on the right axis the "
                + "share who lost money in that first year. An affiliate median so far above the MLM's lines that "
                + "it would flatten them (a few sites' luck, in a small run) is drawn against a right-hand axis of "
                + "its own (its legend says so), with $0 at the same height on both money axes. How to read it: "
                + "find the month you would join; "
                + "the band is where four in five newcomers' first year ended.";
    }

    /**
     * Whether any world has a join month whose first year the run saw whole, with anyone in it: the
     * affiliate world's alone (a fixed number of affiliates in month 1 beside an MLM nobody joined) has
     * its sentence in the summary table and its table in the report, and is drawn.
     */
    @Override
    public boolean appliesTo(Results r) {
        return Plot.worlds(r).stream().anyMatch(w -> w.outlook() != null && w.outlook().latestWithJoiners() >= 0);
    }

    /** One world's first years by month of joining: the months, medians, 10th and 90th percentiles, shares losing money (%). */
    private record Lines(World world, List<Double> x, List<Double> median, List<Double> p10, List<Double> p90,
                         List<Double> losing) {
    }

    @Override
    public XYChart build(Results r) {
        int first = Plot.firstJoinMonth(r, w -> w.outlook() == null ? 0 : w.outlook().joinMonths(), OutlookChart::joinedIn);
        JoinMonthChart c = JoinMonthChart.of("If you join in month m: your first year",
                Plot.joinMonthAxis("Month joined (m)", CSV, first), "Net income over the first 12 months ($)");
        List<Lines> worlds = Plot.drawn(r, w -> lines(w, first));
        // The MLM in full; the affiliate world, where it was run, by its median and share losing
        // money alone: its wide band would squeeze the MLM's onto one line (outlook.csv has it).
        // An affiliate median that reaches so far beyond the MLM's lines ($0 included) that these would
        // fill less than Plot.OWN_AXIS_BELOW of a shared axis (a few sites' luck in a small run: $13,000
        // beside the MLM's −$1,000 to $0) goes on a right-hand axis of its own, $0 at the same height.
        double[] mlm = {0, 0};
        double[] affiliate = {0, 0};
        for (Lines l : worlds) {
            if (l.world() == World.MLM) {
                mlm = Plot.yRange(mlm, l.median(), l.p10(), l.p90());
            } else {
                affiliate = Plot.yRange(affiliate, l.median());
            }
        }
        double shared = Math.max(mlm[1], affiliate[1]) - Math.min(mlm[0], affiliate[0]);
        // an affiliate median beside no MLM line (nobody joined the MLM) has the left axis to itself
        boolean mlmDrawn = worlds.stream().anyMatch(l -> l.world() == World.MLM);
        boolean own = Plot.affiliateOnOwnAxis(mlmDrawn, mlm[1] - mlm[0], shared);
        for (Lines l : worlds) {
            // a band reaching no further than a line's width beyond its median, above or below (every
            // newcomer alike, as in pyramid-math), lies under the median's line: it is not drawn, nor
            // listed, and the median's legend says why. Its whole width was the measure while the
            // founders' month 0 was drawn; without the founder's $21,000 the axis is shorter, and
            // pyramid-math's band, $190 wide about a median of $13,000, was listed and showed as a sliver
            double reach = 0;
            for (int i = 0; i < l.x().size(); i++) {
                double median = l.median().get(i);
                reach = Math.max(reach, Math.max(l.p90().get(i) - median, median - l.p10().get(i)));
            }
            boolean band = l.world() == World.MLM;
            boolean seen = reach > Plot.ONE_LINE * (mlm[1] - mlm[0]);
            add(c, l, band && seen, band && !seen, own && l.world() != World.MLM);
        }
        c.setYAxisGroupTitle(1, "Share losing money in their first year (%)");
        c.getStyler().setYAxisGroupPosition(1, Styler.YAxisPosition.Right);
        // room above 100% and above the money lines, each its own: a share of 100% drawn on the plot's
        // top edge, where the band's top also was, could not be told from either
        c.getStyler().setYAxisMin(1, 0.0);
        c.getStyler().setYAxisMax(1, 100.0 / (1 - SHARE_HEADROOM));
        double[] money = moneyRange(c, 0);
        double[] affiliateMoney = moneyRange(c, AFFILIATE_AXIS);
        if (affiliateMoney != null) {
            double[][] axes = Plot.zeroAtOneHeight(Plot.yRange(money, new double[] {0}),
                    Plot.yRange(affiliateMoney, new double[] {0}), MONEY_HEADROOM);
            c.getStyler().setYAxisMin(0, axes[0][0]);
            c.getStyler().setYAxisMax(0, axes[0][1]);
            Plot.rightMoneyAxis(c, AFFILIATE_AXIS, axes[1], World.AFFILIATE.label() + " median ($)");
        } else if (money != null) {
            double span = money[1] > money[0] ? money[1] - money[0] : Math.max(1, Math.abs(money[0]));
            c.getStyler().setYAxisMin(0, money[0] - span * MONEY_MARGIN);
            c.getStyler().setYAxisMax(0, money[1] + span * MONEY_HEADROOM);
        }
        // XChart 3.8.8 formats every y axis with group 0's pattern, so all axes are plain numbers
        // and their units are in the axis titles: dollars on the left, percent on the right.
        c.getStyler().setYAxisDecimalPattern(Unit.COUNT.tickPattern());
        c.getStyler().setXAxisDecimalPattern("0");
        c.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        c.getStyler().setLegendLayout(Styler.LegendLayout.Horizontal);
        // the worlds named as every chart names them (World.label: "Affiliate marketing"): 11 points, and 10
        // with the affiliate median's "(green axis)"; at 12 (11) the legend reached the chart's edges
        c.getStyler().setLegendFont(Theme.plain(affiliateMoney != null ? 10 : 11));
        Plot.joinMonthTicks(c);
        return c;
    }

    /** The share of the right axis's height above 100%. */
    static final double SHARE_HEADROOM = 0.04;
    /** Room above the money lines' highest value and below their lowest, as shares of their span. */
    static final double MONEY_HEADROOM = 0.12;
    static final double MONEY_MARGIN = 0.04;
    /** The y-axis group of the affiliate median's own axis (group 1 is the shares losing money). */
    static final int AFFILIATE_AXIS = 2;

    /** The lowest and highest value of y-axis group {@code group}'s series, or null if it has none. */
    private static double[] moneyRange(XYChart c, int group) {
        List<XYSeries> series = c.getSeriesMap().values().stream().filter(s -> s.getYAxisGroup() == group).toList();
        return Plot.yRange(series);
    }

    /** Whether anyone in world {@code w} joined in month {@code t} and had a whole first year. */
    private static boolean joinedIn(WorldResults w, int t) {
        OutlookSummary o = w.outlook();
        return o.participants()[t].mean() > 0 && !Double.isNaN(o.netPercentiles()[Outlook.MEDIAN][t].mean());
    }

    /** World {@code w}'s lines from join month {@code first} ({@link Plot#firstJoinMonth}), or null. */
    private static Lines lines(WorldResults w, int first) {
        OutlookSummary o = w.outlook();
        if (o == null) {
            return null;
        }
        Lines l = new Lines(World.of(w.world()), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                new ArrayList<>(), new ArrayList<>());
        Summary[][] q = o.netPercentiles();
        int low = 0;
        int high = Outlook.PERCENTILES.length - 1;
        for (int t = first; t < o.joinMonths(); t++) {
            if (joinedIn(w, t)) {
                l.x().add((double) t);
                l.median().add(q[Outlook.MEDIAN][t].mean());
                l.p10().add(q[low][t].mean());
                l.p90().add(q[high][t].mean());
                l.losing().add(100 * o.shareLosingMoney()[t].mean());
            }
        }
        return l.x().isEmpty() ? null : l;
    }

    /** The width, in months, of the band drawn at a single join month. */
    static final double LONE_BAND = 0.5;

    /** The median's legend when its band is too thin to draw. */
    static final String NO_BAND = " (10th–90th percentiles on its line)";

    private static void add(XYChart c, Lines l, boolean band, boolean bandOnTheLine, boolean medianOnItsOwnAxis) {
        World world = l.world();
        Color color = Theme.of(world);
        String name = world.label();
        List<Double> x = l.x();
        int k = x.size();
        double[] px = new double[2 * k];
        double[] py = new double[2 * k];
        for (int i = 0; i < k; i++) {
            px[i] = x.get(i);
            py[i] = l.p90().get(i);
            px[2 * k - 1 - i] = x.get(i);
            py[2 * k - 1 - i] = l.p10().get(i);
        }
        if (k == 1) {
            // one join month (the founders' alone): a band with no width is drawn nowhere; a bar this wide
            px = new double[] {x.get(0) - LONE_BAND / 2, x.get(0) + LONE_BAND / 2, x.get(0) + LONE_BAND / 2,
                x.get(0) - LONE_BAND / 2};
            py = new double[] {l.p90().get(0), l.p90().get(0), l.p10().get(0), l.p10().get(0)};
        }
        if (band) {
            XYSeries b = c.addSeries(name + ": 10th–90th percentile", px, py);
            b.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.PolygonArea);
            b.setFillColor(Theme.translucent(color, 60));
            b.setLineColor(new Color(0, 0, 0, 0));
            b.setMarker(SeriesMarkers.NONE);
            b.setYAxisGroup(0);
        }
        String median = (medianOnItsOwnAxis ? Plot.onGreenAxis(name + ": median") : name + ": median")
                + (bandOnTheLine ? NO_BAND : "");
        // on its own money axis, in that axis's colour: in the affiliate blue it was read against the left axis
        Theme.markedLine(c.addSeries(median, x, l.median()), medianOnItsOwnAxis ? Theme.RIGHT_AXIS : color)
                .setYAxisGroup(medianOnItsOwnAxis ? AFFILIATE_AXIS : 0);
        XYSeries lose = c.addSeries(Plot.onRightAxis(name + ": losing money"), x, l.losing());
        lose.setLineColor(color);
        lose.setMarker(SeriesMarkers.NONE);
        lose.setLineStyle(Theme.dashed(2f, 7, 5));
        lose.setYAxisGroup(1);
        Plot.markedIfAlone(lose, SeriesMarkers.DIAMOND);
    }
}
