package org.downline.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.downline.engine.Results;
import org.downline.scenario.RecruitmentModel;
import org.downline.stats.CohortSummary;
import org.downline.stats.IncomeBands;
import org.downline.stats.Metrics;
import org.downline.stats.ParticipantStats;
import org.downline.stats.RankSummary;
import org.downline.stats.SeriesSummary;
import org.downline.stats.Summary;
import org.downline.stats.WorldResults;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Builds the charts of a run from its results. Every method returns a chart object; writing it is
 * the io layer's job. Both worlds share axes where the affiliate world was run.
 */
public final class Charts {

    /** Pixel size of every chart (before the footer the PNG writer adds). */
    public static final int WIDTH = 1100;
    public static final int HEIGHT = 650;

    static final Color MLM = new Color(0xC0392B);          // red
    static final Color AFFILIATE = new Color(0x2471A3);    // blue
    static final Color NEUTRAL = new Color(0x555555);

    /** A chart and the file name it is written under (without directory, with extension). */
    public record Named(String fileName, Chart<?, ?> chart) {
    }

    private Charts() {
    }

    /** Every chart of a run, in the order README describes them. */
    public static List<Named> all(Results r) {
        List<Named> out = new ArrayList<>();
        out.add(new Named("growth.png", growth(r)));
        out.add(new Named("net-income-distribution.png", incomeBands(r)));
        out.add(new Named("who-earns-what.png", whoEarnsWhat(r)));
        out.add(new Named("lorenz.png", lorenz(r)));
        out.add(new Named("cohort-net-income.png", cohortNet(r)));
        out.add(new Named("cohort-losing-money.png", cohortLosing(r)));
        if (r.mlm().ranks() != null) {
            out.add(new Named("ranks.png", ranks(r.mlm())));
        }
        if (r.scenario().recruitment().model() == RecruitmentModel.CONTACTS) {
            out.add(new Named("recruiting-efficiency.png", recruitingEfficiency(r)));
        }
        return out;
    }

    /**
     * Who earns what by the highest rank reached: median and mean net income of each rank, with 95%
     * intervals; each rank's share of participants and share losing money in its label.
     */
    public static CategoryChart ranks(WorldResults w) {
        RankSummary k = w.ranks();
        CategoryChart c = category("Who earns what by the highest rank reached",
                "Highest rank reached (share of participants · share losing money)", "Net income per participant");
        List<String> labels = new ArrayList<>();
        List<Double> median = new ArrayList<>();
        List<Double> medianErr = new ArrayList<>();
        List<Double> mean = new ArrayList<>();
        List<Double> meanErr = new ArrayList<>();
        for (int i = 0; i < k.size(); i++) {
            if (!(k.share()[i].mean() > 0)) {
                continue;                                   // a rank nobody reached (ranks.csv lists it)
            }
            labels.add(String.format(Locale.US, "%s: %s · %s lose", k.labels()[i], percent(k.share()[i].mean()),
                    percent(k.shareLosingMoney()[i].mean())));
            median.add(nz(k.medianNet()[i].mean()));
            medianErr.add(halfWidth(k.medianNet()[i]));
            mean.add(nz(k.meanNet()[i].mean()));
            meanErr.add(halfWidth(k.meanNet()[i]));
        }
        if (labels.isEmpty()) {                              // no participants at all
            labels.add("nobody joined");
            median.add(0.0);
            medianErr.add(0.0);
            mean.add(0.0);
            meanErr.add(0.0);
        }
        CategorySeries m = c.addSeries("Median net income", labels, median, medianErr);
        m.setFillColor(MLM);
        CategorySeries a = c.addSeries("Mean net income", labels, mean, meanErr);
        a.setFillColor(new Color(0xE67E22));
        c.getStyler().setYAxisDecimalPattern("$#,##0");
        c.getStyler().setXAxisLabelRotation(labels.size() > 4 ? 35 : 0);
        c.getStyler().setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        c.getStyler().setLegendPosition(Styler.LegendPosition.InsideNW);
        return c;
    }

    private static String percent(double share) {
        if (Double.isNaN(share)) {
            return "n/a";
        }
        double p = 100 * share;
        return p > 0 && p < 0.1 ? "<0.1%" : String.format(Locale.US, "%.1f%%", p);
    }

    /** Members ever joined, active members and prospects left, month by month, with 5–95% bands. */
    public static XYChart growth(Results r) {
        XYChart c = xy(String.format(Locale.US, "Market saturation: %,d prospects in a population of %,d",
                        r.scenario().market().prospects(), r.scenario().market().population()),
                "Month", "People");
        WorldResults m = r.mlm();
        defined(c, m.series("members"), 1, "Members ever joined", MLM, 0);
        defined(c, m.series("active"), 1, "Active members", new Color(0xE67E22), 0);
        defined(c, m.series("prospectsLeft"), 1, "Prospects not yet joined", NEUTRAL, 0);
        if (r.affiliate() != null) {
            defined(c, r.affiliate().series("active"), 1, "Active affiliates", AFFILIATE, 0);
        }
        c.getStyler().setYAxisMin(0.0);
        c.getStyler().setYAxisDecimalPattern("#,##0");
        c.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
        return c;
    }

    /** Share of participants in each band of net income, with 95% confidence intervals. */
    public static CategoryChart incomeBands(Results r) {
        CategoryChart c = category("Net income over each participant's time in the business",
                "Net income (commissions + retail profit − all costs)", "Share of participants");
        List<String> labels = Arrays.asList(IncomeBands.LABELS);
        addBands(c, "MLM", r.mlm(), labels, MLM);
        if (r.affiliate() != null) {
            addBands(c, "Affiliate marketing", r.affiliate(), labels, AFFILIATE);
        }
        c.getStyler().setYAxisDecimalPattern("0%");
        c.getStyler().setYAxisMin(0.0);
        c.getStyler().setXAxisLabelRotation(0);
        c.getStyler().setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        return c;
    }

    private static void addBands(CategoryChart c, String name, WorldResults w, List<String> labels, Color color) {
        List<Double> mean = new ArrayList<>();
        List<Double> err = new ArrayList<>();
        for (Summary s : w.bands()) {
            mean.add(nz(s.mean()));
            err.add(halfWidth(s));
        }
        String title = String.format(Locale.ROOT, "%s: %.1f%% lost money", name,
                100 * w.metric(Metrics.SHARE_LOSING_MONEY).mean());
        CategorySeries s = c.addSeries(title, labels, mean, err);
        s.setFillColor(color);
    }

    /** Who earns what: the share of all commissions going to each slice of participants. */
    public static CategoryChart whoEarnsWhat(Results r) {
        CategoryChart c = category("Who earns what: share of all commissions paid",
                "Participants ranked by gross commissions", "Share of all commissions");
        List<String> slices = List.of("bottom 50%", "next 40% (50–90%)", "next 9% (90–99%)", "top 1%");
        addShares(c, "MLM", r.mlm(), slices, MLM);
        if (r.affiliate() != null) {
            addShares(c, "Affiliate marketing", r.affiliate(), slices, AFFILIATE);
        }
        c.getStyler().setYAxisDecimalPattern("0%");
        c.getStyler().setYAxisMin(0.0);
        c.getStyler().setYAxisMax(1.0);
        return c;
    }

    private static void addShares(CategoryChart c, String name, WorldResults w, List<String> slices, Color color) {
        String[] keys = {Metrics.SHARE_BOTTOM_50, Metrics.SHARE_50_TO_90, Metrics.SHARE_90_TO_99, Metrics.SHARE_TOP_1};
        List<Double> mean = new ArrayList<>();
        List<Double> err = new ArrayList<>();
        for (String k : keys) {
            Summary s = w.metric(k);
            mean.add(nz(s.mean()));
            err.add(halfWidth(s));
        }
        CategorySeries s = c.addSeries(name, slices, mean, err);
        s.setFillColor(color);
    }

    /** Lorenz curve of gross commissions, Gini in the legend, against the line of equality. */
    public static XYChart lorenz(Results r) {
        XYChart c = xy("Lorenz curve of commissions", "Share of participants, poorest first",
                "Share of all commissions");
        double[] x = ParticipantStats.LORENZ_X;
        XYSeries eq = c.addSeries("Perfect equality (Gini 0)", new double[] {0, 1}, new double[] {0, 1});
        eq.setLineColor(NEUTRAL);
        eq.setLineStyle(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10,
                new float[] {6, 6}, 0));
        eq.setMarker(SeriesMarkers.NONE);
        addLorenz(c, "MLM", r.mlm(), x, MLM);
        if (r.affiliate() != null) {
            addLorenz(c, "Affiliate marketing", r.affiliate(), x, AFFILIATE);
        }
        c.getStyler().setXAxisMin(0.0);
        c.getStyler().setXAxisMax(1.0);
        c.getStyler().setYAxisMin(0.0);
        c.getStyler().setYAxisMax(1.0);
        c.getStyler().setXAxisDecimalPattern("0%");
        c.getStyler().setYAxisDecimalPattern("0%");
        c.getStyler().setLegendPosition(Styler.LegendPosition.InsideNW);
        return c;
    }

    private static void addLorenz(XYChart c, String name, WorldResults w, double[] x, Color color) {
        double[] y = w.lorenz().clone();
        for (int k = 0; k < y.length; k++) {
            y[k] = nz(y[k]);
        }
        Summary gini = w.metric(Metrics.GINI);
        XYSeries s = c.addSeries(String.format(Locale.ROOT, "%s (Gini %.2f, top 1%% get %.0f%%)", name,
                gini.mean(), 100 * w.metric(Metrics.TOP_ONE_PERCENT_SHARE).mean()), x, y);
        s.setLineColor(color);
        s.setLineWidth(3f);
        s.setMarker(SeriesMarkers.NONE);
    }

    /**
     * Contacts runs: how recruiting pays as the warm market is used up. Recruits per 100 pitches and
     * per 100 recruiting members (mean over replications with 5–95% bands), each against its
     * well-mixed expectation: the same pitches on a complete network, where a pitch reaches a
     * uniformly random unasked person (or, reapproaching, anyone not a member), so that it yields
     * acceptance × the prospect share of those people — computed month by month from the run's own
     * pool. On the right axis, the share of active members with nobody left to ask.
     */
    public static XYChart recruitingEfficiency(Results r) {
        XYChart c = xy("Warm-market saturation: recruiting efficiency",
                "Month", "Recruits per 100 pitches  ·  per 100 recruiting members");
        WorldResults m = r.mlm();
        double a = r.scenario().recruitment().acceptance();
        double perMember = r.scenario().recruitment().contactsPerMonth();
        double[] pool = wellMixedProspectShare(r);
        defined(c, m.series("recruitsPerRecruiter"), 100, "Recruits per 100 recruiting members", new Color(0xE67E22), 0);
        reference(c, pool, 100 * a * perMember, "… if they could reach everyone (well-mixed: "
                + fmt(perMember) + " pitches × acceptance × prospect share)", new Color(0xE67E22));
        defined(c, m.series("recruitsPerPitch"), 100, "Recruits per 100 pitches", MLM, 0);
        reference(c, pool, 100 * a, "… well-mixed expectation (acceptance × prospect share of the unasked)", MLM);
        XYSeries done = defined(c, m.series("shareNoUnaskedLeft"), 1,
                "Members with nobody left to ask (right axis)", NEUTRAL, 1);
        if (done != null) {
            done.setLineWidth(1.5f);
        }
        c.setYAxisGroupTitle(1, "Share of active members with nobody left to ask");
        c.getStyler().setYAxisGroupPosition(1, Styler.YAxisPosition.Right);
        c.getStyler().setYAxisMin(0, 0.0);
        c.getStyler().setYAxisMin(1, 0.0);
        c.getStyler().setYAxisMax(1, 1.0);
        c.getStyler().putYAxisGroupDecimalPatternMap(1, "0%");
        c.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
        c.getStyler().setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        return c;
    }

    /**
     * Month t's prospect share of the people a well-mixed pitch would reach, from the state at the
     * end of month t−1 (means over replications): unasked prospects / unasked people, or when
     * refusers may be pitched again, prospects not yet members / people not yet members.
     */
    static double[] wellMixedProspectShare(Results r) {
        WorldResults m = r.mlm();
        int months = r.months();
        double[] out = new double[months + 1];
        out[0] = Double.NaN;
        double[] unasked = m.series("unasked").mean();
        double[] unaskedProspects = m.series("unaskedProspects").mean();
        double[] prospectsLeft = m.series("prospectsLeft").mean();
        double[] members = m.series("members").mean();
        double population = r.scenario().market().population();
        boolean again = r.scenario().market().reapproachRefused();
        for (int t = 1; t <= months; t++) {
            double people = again ? population - members[t - 1] : unasked[t - 1];
            double prospects = again ? prospectsLeft[t - 1] : unaskedProspects[t - 1];
            out[t] = people > 0 ? prospects / people : Double.NaN;
        }
        return out;
    }

    /** A mean line with its 5–95% band over the months where the series is defined, scaled. */
    private static XYSeries defined(XYChart c, SeriesSummary s, double scale, String name, Color color, int group) {
        List<Double> x = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        List<Double> lo = new ArrayList<>();
        List<Double> hi = new ArrayList<>();
        for (int t = 0; t < s.mean().length; t++) {
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
        b.setFillColor(new Color(color.getRed(), color.getGreen(), color.getBlue(), group == 0 ? 50 : 25));
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

    /** A dashed reference line: {@code scale × share[t]} where defined. */
    private static void reference(XYChart c, double[] share, double scale, String name, Color color) {
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
        s.setLineStyle(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10,
                new float[] {7, 5}, 0));
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.2f", v);
    }

    /** Median and mean net income of each join-month cohort, with 95% intervals of the median. */
    public static XYChart cohortNet(Results r) {
        XYChart c = xy("Net income by month of joining (to the end of month " + r.months() + ")",
                "Month joined", "Net income per participant");
        addCohortNet(c, "MLM", r.mlm(), MLM);
        if (r.affiliate() != null) {
            addCohortNet(c, "Affiliate marketing", r.affiliate(), AFFILIATE);
        }
        c.getStyler().setYAxisDecimalPattern("$#,##0");
        c.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
        return c;
    }

    private static void addCohortNet(XYChart c, String name, WorldResults w, Color color) {
        CohortSummary co = w.cohorts();
        List<Double> x = new ArrayList<>();
        List<Double> median = new ArrayList<>();
        List<Double> err = new ArrayList<>();
        List<Double> mean = new ArrayList<>();
        for (int t = 0; t < co.medianNet().length; t++) {
            if (co.meanCount()[t] > 0 && !Double.isNaN(co.medianNet()[t].mean())) {
                x.add((double) t);
                median.add(co.medianNet()[t].mean());
                err.add(halfWidth(co.medianNet()[t]));
                mean.add(co.meanNet()[t].mean());
            }
        }
        if (x.isEmpty()) {
            return;
        }
        XYSeries s = c.addSeries(name + ": median", x, median, err);
        s.setLineColor(color);
        s.setMarkerColor(color);
        s.setMarker(SeriesMarkers.CIRCLE);
        s.setLineWidth(2.5f);
        XYSeries m = c.addSeries(name + ": mean", x, mean);
        m.setLineColor(color);
        m.setMarker(SeriesMarkers.NONE);
        m.setLineStyle(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10,
                new float[] {4, 4}, 0));
    }

    /** Share of each join-month cohort that lost money, with 95% intervals. */
    public static XYChart cohortLosing(Results r) {
        XYChart c = xy("Share losing money, by month of joining (to the end of month " + r.months() + ")",
                "Month joined", "Share of the cohort with net income below $0");
        addCohortLosing(c, "MLM", r.mlm(), MLM);
        if (r.affiliate() != null) {
            addCohortLosing(c, "Affiliate marketing", r.affiliate(), AFFILIATE);
        }
        c.getStyler().setYAxisMin(0.0);
        c.getStyler().setYAxisMax(1.0);
        c.getStyler().setYAxisDecimalPattern("0%");
        c.getStyler().setLegendPosition(Styler.LegendPosition.InsideSE);
        return c;
    }

    private static void addCohortLosing(XYChart c, String name, WorldResults w, Color color) {
        CohortSummary co = w.cohorts();
        List<Double> x = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        List<Double> err = new ArrayList<>();
        for (int t = 0; t < co.shareLosingMoney().length; t++) {
            Summary s = co.shareLosingMoney()[t];
            if (co.meanCount()[t] > 0 && !Double.isNaN(s.mean())) {
                x.add((double) t);
                y.add(s.mean());
                err.add(halfWidth(s));
            }
        }
        if (x.isEmpty()) {
            return;
        }
        XYSeries s = c.addSeries(name, x, y, err);
        s.setLineColor(color);
        s.setMarkerColor(color);
        s.setMarker(SeriesMarkers.CIRCLE);
        s.setLineWidth(2.5f);
    }

    // ---- shared styling ----

    private static XYChart xy(String title, String xTitle, String yTitle) {
        XYChart c = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title)
                .xAxisTitle(xTitle).yAxisTitle(yTitle).build();
        style(c.getStyler());
        c.getStyler().setErrorBarsColorSeriesColor(true);
        return c;
    }

    private static CategoryChart category(String title, String xTitle, String yTitle) {
        CategoryChart c = new CategoryChartBuilder().width(WIDTH).height(HEIGHT).title(title)
                .xAxisTitle(xTitle).yAxisTitle(yTitle).build();
        style(c.getStyler());
        c.getStyler().setErrorBarsColor(Color.BLACK);
        c.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
        c.getStyler().setAvailableSpaceFill(0.8);
        c.getStyler().setOverlapped(false);
        return c;
    }

    /** The look every chart shares: white, light grid, readable fonts. */
    static void style(AxesChartStyler s) {
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setPlotBorderVisible(false);
        s.setPlotGridLinesColor(new Color(0xDDDDDD));
        s.setLegendBorderColor(new Color(0xCCCCCC));
        s.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 20));
        s.setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 15));
        s.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        s.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        s.setChartTitleBoxVisible(false);
        s.setChartPadding(14);
        s.setLocale(Locale.US);
        s.setAntiAlias(true);
    }

    private static double nz(double v) {
        return Double.isNaN(v) ? 0 : v;
    }

    private static double halfWidth(Summary s) {
        return Double.isNaN(s.hi()) ? 0 : (s.hi() - s.lo()) / 2;
    }
}
