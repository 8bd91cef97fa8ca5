package org.downline.chart;

import java.awt.Color;
import java.util.Locale;
import org.downline.engine.Results;
import org.downline.model.MlmSeries;
import org.downline.stats.SeriesSummary;
import org.downline.stats.Unit;
import org.downline.stats.WorldResults;
import org.downline.traffic.AffiliateSeries;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;

/** Members ever joined, active members and prospects left, month by month, with 5–95% bands. */
final class GrowthChart implements ResultChart {

    @Override
    public String fileName() {
        return "growth.png";
    }

    @Override
    public String alt() {
        return "Growth of the business, month by month: members ever joined, members active, and prospects "
                + "left in the market";
    }

    /** What the lines and the shaded bands are, in a run of several replications. */
    private static final String BANDS = "Lines are means over replications; shaded bands hold 90% of replications "
            + "(5th to 95th percentile).";

    /** One replication: its lines, and no bands (they would hold that one replication alone). */
    @Override
    public String captionWithoutIntervals(String why) {
        return caption().replace(BANDS, "Lines are the one replication's values; no bands (" + why + ").");
    }

    @Override
    public String caption() {
        return "What it shows: month by month, how many people have ever joined the MLM, how many are "
                + "still active, and how many prospects (people who would ever join) are left; where affiliate "
                + "marketing was run, its active sites. " + BANDS + " When the members never reach a quarter of the "
                + "prospects, the prospects are counted on the right-hand axis (their legend says so), both "
                + "axes from 0, so that the members are not flattened onto 0. Month 0 is the founders' "
                + "joining: they count among the members ever joined and no longer among the prospects (the "
                + "title gives how many), and are in the business from month 1, where the active members' line "
                + "starts. How to read it: where the prospects line falls "
                + "toward zero the market is saturating, and those who join then find few people left to "
                + "recruit.";
    }

    @Override
    public XYChart build(Results r) {
        int founders = r.scenario().recruitment().founders();
        // the founders are prospects who join in month 0: the prospects' line starts that many below the title's
        XYChart c = MonthChart.of(String.format(Locale.US, "Market saturation: %,d prospects (%,d %s among them) in a "
                        + "population of %,d", r.scenario().market().prospects(), founders,
                        founders == 1 ? "founder" : "founders", r.scenario().market().population()),
                "Month", "People");
        WorldResults m = r.mlm();
        line(c, m, MlmSeries.MEMBERS, Theme.MLM);
        // active from month 1, dashed: nobody is active in month 0, when the founders join (they are in the
        // business from month 1); where nobody has quit it lies on the members ever joined, and says so
        double[] joined = m.series(MlmSeries.MEMBERS).mean();
        double[] active = m.series(MlmSeries.ACTIVE).mean();
        double[] since1 = java.util.Arrays.copyOfRange(active, Math.min(1, active.length), active.length);
        double[] joinedSince1 = java.util.Arrays.copyOfRange(joined, Math.min(1, joined.length), joined.length);
        double members = highest(m.series(MlmSeries.MEMBERS));
        String activeName = Plot.onOneLine(since1, joinedSince1, members)
                ? Plot.onLineOf(MlmSeries.ACTIVE.label(), MlmSeries.MEMBERS.label().toLowerCase(Locale.ROOT))
                : MlmSeries.ACTIVE.label();
        XYSeries activeLine = Plot.defined(c, m.series(MlmSeries.ACTIVE), 1, 1, activeName, Theme.MLM_SECOND, 0);
        if (activeLine != null) {
            activeLine.setLineStyle(Theme.SECOND_LINE);
        }
        if (r.affiliate() != null) {
            members = Math.max(members, highest(r.affiliate().series(AffiliateSeries.ACTIVE)));
        }
        // a market that the run barely dents (warm-market: at most 6,800 members beside 160,000 prospects)
        // flattened the members onto 0: its prospects get an axis of their own on the right, from 0 too
        double prospects = highest(m.series(MlmSeries.PROSPECTS_LEFT));
        boolean right = Plot.squashed(members, prospects);
        Plot.defined(c, m.series(MlmSeries.PROSPECTS_LEFT), 1,
                Plot.onRightAxis(MlmSeries.PROSPECTS_LEFT.label(), right), Theme.NEUTRAL, right ? 1 : 0);
        if (r.affiliate() != null) {
            Plot.defined(c, r.affiliate().series(AffiliateSeries.ACTIVE), 1, AffiliateSeries.ACTIVE.label(),
                    Theme.AFFILIATE, 0);
        }
        c.getStyler().setYAxisMin(0.0);
        c.getStyler().setYAxisDecimalPattern(Unit.COUNT.tickPattern());
        if (right) {
            c.setYAxisGroupTitle(1, Plot.onRightAxis(MlmSeries.PROSPECTS_LEFT.label()));
            c.getStyler().setYAxisGroupPosition(1, Styler.YAxisPosition.Right);
            c.getStyler().setYAxisMin(1, 0.0);
            // its ticks are counts too: XChart 3.8.8 labels every y axis with group 0's pattern (ChartsTest)
        }
        Theme.legendWhereClear(c);
        Plot.monthTicks(c);
        return c;
    }

    /** A series' highest value, its 95th percentile band included; 0 if it has none. */
    private static double highest(SeriesSummary s) {
        return Plot.yRange(new double[] {0, 0}, s.p95(), s.mean())[1];
    }

    private static void line(XYChart c, WorldResults m, MlmSeries s, Color color) {
        Plot.defined(c, m.series(s), 1, s.label(), color, 0);
    }
}
