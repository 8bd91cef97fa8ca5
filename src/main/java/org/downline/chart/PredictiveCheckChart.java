package org.downline.chart;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.downline.engine.Predictive;
import org.downline.stats.Disclosure;
import org.downline.stats.DisclosureMatch;
import org.downline.stats.Unit;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The posterior predictive check: each paid group's published mean pay against the median and the
 * 5%–95% range of the same group's mean in the predictive simulations, groups in income order, on a
 * log axis (the groups span orders of magnitude). The zero earners and the top 1%'s share, which a
 * log axis cannot show, are in the legend. A published point outside the range is a group the
 * fitted model does not reproduce.
 */
final class PredictiveCheckChart implements FitChart {

    /** Values below this many dollars are drawn at it (a log axis has no 0). */
    static final double FLOOR = 1;

    @Override
    public String fileName() {
        return "predictive-check.png";
    }

    @Override
    public Grid build(Fit f) {
        Disclosure d = f.disclosure();
        Predictive.Result p = f.predictive();
        List<String> labels = new ArrayList<>();
        List<Double> published = new ArrayList<>();
        List<Double> median = new ArrayList<>();
        List<Double> lo = new ArrayList<>();
        List<Double> hi = new ArrayList<>();
        boolean floored = false;
        for (int k : DisclosureMatch.incomeOrder(d)) {
            Disclosure.Group g = d.groups().get(k);
            if (g.meanAnnualGross() <= 0) {
                continue;                                   // the zero earners: in the legend
            }
            labels.add(g.label() + " (" + Unit.groupShare(g.share()) + ")");   // as report.html's tables
            published.add(g.meanAnnualGross());
            double[] v = {p.groupMeans()[k].quantile(0.5), p.groupMeans()[k].quantile(0.05),
                p.groupMeans()[k].quantile(0.95)};
            for (int q = 0; q < 3; q++) {
                if (!(v[q] >= FLOOR)) {
                    floored = true;
                    v[q] = FLOOR;
                }
            }
            median.add(v[0]);
            // a group fewer draws define than a band needs (the report shows it "–") gets no band:
            // a gap in the band's lines
            boolean groupBand = p.groupMeans()[k].defined() >= Predictive.MIN_BAND_DRAWS;
            lo.add(groupBand ? v[1] : null);
            hi.add(groupBand ? v[2] : null);
        }
        double zero = d.shareZero();
        String publishedName = "published" + (zero > 0 ? " · paid nothing " + pct(zero) : "") + " · top 1% get "
                + pct(DisclosureMatch.topOnePercentShare(d)) + " of pay";
        // fewer draws than a band needs: the medians alone, and the title says why
        final boolean band = p.draws() >= Predictive.MIN_BAND_DRAWS && hi.stream().anyMatch(v -> v != null);
        String medianName = "predictive median" + (zero > 0 ? " · paid nothing " + range(p.shareZero(), band) : "")
                + " · top 1% get " + range(p.topOnePercentShare(), band);
        String xTitle = "Group (share of those covered), in income order";
        CategoryChart c = new CategoryChartBuilder().width(Theme.WIDTH + 200).height(Theme.HEIGHT + 50)
                .title((f.result().fitted() ? "Posterior predictive check: " : "Not fitted (the prior's values): ")
                        + d.name() + " (" + p.draws() + (p.draws() == 1 ? " draw" : " draws")
                        + (band ? ")" : ", too few for a band)"))
                .xAxisTitle(xTitle).yAxisTitle("Mean gross pay over the period" + (floored ? " (below $1 at $1)" : ""))
                .build();
        Theme.style(c.getStyler());
        c.getStyler().setAxisTitleFont(Theme.plain(14));
        c.getStyler().setYAxisLogarithmic(true);
        // a bar chart's axis starts at 0, which a log axis cannot: these are lines and points
        c.getStyler().setDefaultSeriesRenderStyle(CategorySeries.CategorySeriesRenderStyle.Line);
        c.getStyler().setYAxisDecimalPattern(Unit.DOLLARS.tickPattern());
        c.getStyler().setAxisTickLabelsFont(Theme.plain(12));
        c.getStyler().setLegendPosition(Styler.LegendPosition.InsideNW);
        c.getStyler().setAvailableSpaceFill(0.6);
        c.getStyler().setOverlapped(true);
        if (labels.isEmpty()) {
            labels.add("nobody paid");
            published.add(FLOOR);
            median.add(FLOOR);
            lo.add(FLOOR);
            hi.add(FLOOR);
        }
        CategorySeries pub = c.addSeries(publishedName, labels, published);
        pub.setChartCategorySeriesRenderStyle(CategorySeries.CategorySeriesRenderStyle.Scatter);
        pub.setMarker(SeriesMarkers.DIAMOND);
        pub.setMarkerColor(Color.BLACK);
        line(c, medianName, labels, median, Theme.MLM, false);
        if (band) {
            line(c, "predictive 5% and 95% of the draws", labels, hi, Theme.translucent(Theme.MLM, 170),
                    true);
            line(c, "predictive 5%", labels, lo, Theme.translucent(Theme.MLM, 170), true).setShowInLegend(false);
        }
        Plot.fitCategoryLabels(c);                          // a disclosure's group labels, as long as it wrote them
        return Grid.of(c);
    }

    private static CategorySeries line(CategoryChart c, String name, List<String> x, List<Double> y, Color color,
                             boolean dashed) {
        CategorySeries s = c.addSeries(name, x, y);
        s.setChartCategorySeriesRenderStyle(CategorySeries.CategorySeriesRenderStyle.Line);
        s.setLineColor(color);
        s.setLineWidth(dashed ? 1.5f : 2.5f);
        if (dashed) {
            s.setLineStyle(Theme.dashed(1.5f, 6, 4));
            s.setMarker(SeriesMarkers.NONE);
        } else {
            s.setMarker(SeriesMarkers.CIRCLE);
            s.setMarkerColor(color);
        }
        return s;
    }

    private static String pct(double share) {
        return Double.isNaN(share) ? "n/a" : Unit.SHARE.text(share);
    }

    private static String range(Predictive.Spread s, boolean band) {
        return pct(s.quantile(0.5)) + (band ? " (5–95%: " + pct(s.quantile(0.05)) + "–" + pct(s.quantile(0.95)) + ")"
                : "");
    }
}
