package org.downline.chart;

import org.downline.engine.Results;
import org.downline.stats.Metric;
import org.downline.stats.ParticipantStats;
import org.downline.stats.Unit;
import org.downline.stats.World;
import org.downline.stats.WorldResults;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Lorenz curve of gross commissions, Gini in the legend, against the line of equality. */
final class LorenzChart implements ResultChart {

    @Override
    public String fileName() {
        return "lorenz.png";
    }

    @Override
    public String alt() {
        return "Lorenz curves of commissions: cumulative share of commissions against cumulative share of "
                + "participants";
    }

    @Override
    public String caption() {
        return "What it shows: the Lorenz curve of gross commissions — the share of all commissions "
                + "(vertical) received by the poorest given share of participants (horizontal); the Gini "
                + "coefficient is in the legend. How to read it: the diagonal is perfect equality; the "
                + "further a curve sags below it, the more unequal the pay (Gini 0 equal, 1 one person takes "
                + "everything).";
    }

    @Override
    public XYChart build(Results r) {
        XYChart c = Theme.xy("Lorenz curve of commissions", "Share of participants, poorest first",
                "Share of all commissions");
        double[] x = ParticipantStats.LORENZ_X;
        XYSeries eq = c.addSeries("Perfect equality (Gini 0)", new double[] {0, 1}, new double[] {0, 1});
        eq.setLineColor(Theme.NEUTRAL);
        eq.setLineStyle(Theme.dashed(1.5f, 6, 6));
        eq.setMarker(SeriesMarkers.NONE);
        for (WorldResults w : Plot.worlds(r)) {
            double[] y = w.lorenz().clone();
            for (int k = 0; k < y.length; k++) {
                y[k] = Plot.nz(y[k]);
            }
            World world = World.of(w.world());
            XYSeries s = c.addSeries(legend(w), x, y);
            s.setLineColor(Theme.of(world));
            s.setLineWidth(3f);
            s.setMarker(SeriesMarkers.NONE);
        }
        c.getStyler().setXAxisMin(0.0);
        c.getStyler().setXAxisMax(1.0);
        c.getStyler().setYAxisMin(0.0);
        c.getStyler().setYAxisMax(1.0);
        c.getStyler().setXAxisDecimalPattern(Unit.SHARE.tickPattern());
        c.getStyler().setYAxisDecimalPattern(Unit.SHARE.tickPattern());
        c.getStyler().setLegendPosition(Styler.LegendPosition.InsideNW);
        return c;
    }

    /**
     * A world's legend entry, its Gini and top 1%'s share written as the summary table and the
     * report write them (each in its metric's unit): "MLM (Gini 0.982, top 1% get 73.8%)".
     */
    static String legend(WorldResults w) {
        return World.of(w.world()).label() + " (Gini " + text(w, Metric.GINI) + ", top 1% get "
                + text(w, Metric.TOP_ONE_PERCENT_SHARE) + ")";
    }

    private static String text(WorldResults w, Metric m) {
        return m.unit().text(w.metric(m.key()).mean());
    }
}
