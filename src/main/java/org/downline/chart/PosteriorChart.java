package org.downline.chart;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.downline.engine.AbcSmc;
import org.downline.engine.Prior;
import org.downline.stats.Unit;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The posterior of each fitted key: a weighted histogram of the last generation's particles as a
 * density, the prior's density over the same range, the weighted median and 95% interval. A key
 * with a log-uniform prior is binned and drawn on a log axis.
 */
final class PosteriorChart implements FitChart {

    @Override
    public String fileName() {
        return "posterior.png";
    }

    @Override
    public Grid build(Fit f) {
        final int k = f.keys().size();
        final int columns = Math.min(k, 2);
        final int width = k == 1 ? Theme.WIDTH : Theme.WIDTH / 2;
        final int height = k == 1 ? Theme.HEIGHT : 460;
        List<Chart<?, ?>> panels = new ArrayList<>();
        AbcSmc.Generation last = f.result().last();
        for (int p = 0; p < k; p++) {
            panels.add(panel(f.keys().get(p), f.priors().get(p), f.parameter(p), f.wholeNumbers().get(p),
                    last.weights(), width, height, f.result().fitted()));
        }
        return new Grid(columns, panels);
    }

    static XYChart panel(String key, Prior prior, double[] x, boolean whole, double[] w, int width, int height,
                         boolean fitted) {
        final double median = AbcSmc.weightedQuantile(x, w, 0.5);
        final double lo95 = AbcSmc.weightedQuantile(x, w, 0.025);
        final double hi95 = AbcSmc.weightedQuantile(x, w, 0.975);
        final boolean log = prior.kind() == Prior.Kind.LOGUNIFORM;
        XYChart c = new XYChartBuilder().width(width).height(height)
                .title(key).xAxisTitle(String.format(Locale.ROOT, "median %s · 95%% [%s, %s] · prior %s",
                        Unit.keyValue(median, whole), Unit.keyValue(lo95, whole), Unit.keyValue(hi95, whole), prior))
                .yAxisTitle(log ? "Density of log value" : "Density").build();
        Theme.style(c.getStyler());
        c.getStyler().setChartTitleFont(Theme.bold(width < Theme.WIDTH ? 16 : 20));
        c.getStyler().setAxisTitleFont(Theme.plain(width < Theme.WIDTH ? 13 : 15));
        c.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        c.getStyler().setLegendLayout(Styler.LegendLayout.Horizontal);
        c.getStyler().setLegendFont(Theme.plain(12));
        // range: the particles, padded by a tenth of their spread, within the prior's support
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : x) {
            min = Math.min(min, t(v, log));
            max = Math.max(max, t(v, log));
        }
        double pad = max > min ? 0.1 * (max - min) : Math.max(1e-9, Math.abs(min) * 0.05);
        double from = Math.max(t(support(prior)[0], log), min - pad);
        double to = Math.min(t(support(prior)[1], log), max + pad);
        if (!(to > from)) {
            from = min - pad;
            to = max + pad;
        }
        final int bins = Math.max(8, Math.min(40, (int) Math.round(Math.sqrt(x.length))));
        final double h = (to - from) / bins;
        final double[] mass = new double[bins];
        double total = 0;
        for (int i = 0; i < x.length; i++) {
            int b = (int) Math.floor((t(x[i], log) - from) / h);
            mass[Math.max(0, Math.min(bins - 1, b))] += w[i];
            total += w[i];
        }
        double[] px = new double[2 * bins + 2];
        double[] py = new double[2 * bins + 2];
        px[0] = u(from, log);
        double top = 0;
        for (int b = 0; b < bins; b++) {
            double density = mass[b] / total / h;
            top = Math.max(top, density);
            px[2 * b + 1] = u(from + b * h, log);
            py[2 * b + 1] = density;
            px[2 * b + 2] = u(from + (b + 1) * h, log);
            py[2 * b + 2] = density;
        }
        px[2 * bins + 1] = u(to, log);
        // generation 0 alone: its particles are drawn from the prior, and the chart says so
        XYSeries hist = c.addSeries(fitted ? "posterior (" + x.length + " particles)"
                : "not fitted: " + x.length + " prior draws", px, py);
        hist.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Area);
        hist.setFillColor(Theme.translucent(Theme.MLM, 110));
        hist.setLineColor(Theme.MLM);
        hist.setMarker(SeriesMarkers.NONE);
        // the prior's density on the same (possibly log) scale
        final int grid = 200;
        double[] gx = new double[grid + 1];
        double[] gy = new double[grid + 1];
        for (int g = 0; g <= grid; g++) {
            double v = from + (to - from) * g / grid;
            gx[g] = u(v, log);
            double at = Math.min(support(prior)[1], Math.max(support(prior)[0], u(v, log)));   // exp(ln b) may pass b
            gy[g] = prior.density(at) * (log ? at : 1);                 // density of ln x: f(x)·x
        }
        XYSeries pr = c.addSeries("prior", gx, gy);
        pr.setLineColor(Theme.NEUTRAL);
        pr.setLineStyle(Theme.dashed(2f, 7, 5));
        pr.setMarker(SeriesMarkers.NONE);
        double ceiling = 1.15 * Math.max(top, Plot.yRange(new double[] {0, 0}, gy)[1]);
        vertical(c, "median", median, ceiling, Theme.AFFILIATE, null);
        vertical(c, "95% interval", lo95, ceiling, Theme.AFFILIATE, Theme.dashed(1.5f, 5, 4));
        vertical(c, "95% interval ", hi95, ceiling, Theme.AFFILIATE, Theme.dashed(1.5f, 5, 4)).setShowInLegend(false);
        c.getStyler().setYAxisMin(0.0);
        c.getStyler().setYAxisMax(ceiling);
        c.getStyler().setXAxisMin(u(from, log));
        c.getStyler().setXAxisMax(u(to, log));
        c.getStyler().setXAxisLogarithmic(log);
        c.getStyler().setXAxisDecimalPattern(valuePattern(u(from, log), u(to, log), log));
        c.getStyler().setYAxisDecimalPattern("#,##0.###");
        return c;
    }

    /**
     * The tick pattern of an axis of a fitted key's values, lo to hi, in every fit chart: a leading
     * zero always (0.02, never XChart's own .02 beside 0.1), and as many decimals as ticks a tenth of
     * the span apart need (of the lower end on a log axis), unwritten when zero (0.1 beside 0.15).
     */
    static String valuePattern(double lo, double hi, boolean log) {
        double scale = log ? Math.min(Math.abs(lo), Math.abs(hi)) : Math.abs(hi - lo);
        if (!(scale > 0 && Double.isFinite(scale))) {
            scale = Math.max(Math.abs(lo), Math.abs(hi));          // one value: its own size
        }
        if (!(scale > 0 && Double.isFinite(scale))) {
            return "#,##0.###";
        }
        int decimals = Math.max(0, Math.min(12, 2 - (int) Math.floor(Math.log10(scale))));
        return decimals == 0 ? "#,##0" : "#,##0." + "#".repeat(decimals);
    }

    private static XYSeries vertical(XYChart c, String name, double x, double top, Color color,
                                     java.awt.BasicStroke stroke) {
        XYSeries s = c.addSeries(name, new double[] {x, x}, new double[] {0, top});
        s.setLineColor(color);
        s.setLineWidth(2f);
        if (stroke != null) {
            s.setLineStyle(stroke);
        }
        s.setMarker(SeriesMarkers.NONE);
        return s;
    }

    private static double[] support(Prior p) {
        return switch (p.kind()) {
            case UNIFORM, LOGUNIFORM -> new double[] {p.a(), p.b()};
            default -> new double[] {p.lo(), p.hi()};
        };
    }


    /** To the binning scale. */
    private static double t(double v, boolean log) {
        return log ? Math.log(v) : v;
    }

    /** Back from it. */
    private static double u(double v, boolean log) {
        return log ? Math.exp(v) : v;
    }
}
