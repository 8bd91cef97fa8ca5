package org.downline.chart;

import java.util.ArrayList;
import java.util.List;
import org.downline.engine.AbcSmc;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * How a fit converged: each generation's tolerance (generation 0 accepts everything and has none)
 * and, on the right axis, its acceptance rate (generation 0's, 100%, included, so every generation
 * the fit counts has a point). A tolerance that stops falling, or an acceptance
 * rate near the stopping rule, says more simulations would buy little.
 */
final class ToleranceChart implements FitChart {

    @Override
    public String fileName() {
        return "tolerance.png";
    }

    @Override
    public boolean appliesTo(Fit f) {
        return f.result().generations().size() >= 2;
    }

    @Override
    public Grid build(Fit f) {
        XYChart c = Theme.xy("Tolerance per generation (generation 0 has none: it accepts every simulation)",
                "Generation", "Tolerance (distance accepted)");
        List<Double> g = new ArrayList<>();
        List<Double> tol = new ArrayList<>();
        List<Double> all = new ArrayList<>();
        List<Double> acc = new ArrayList<>();
        for (AbcSmc.Generation x : f.result().generations()) {
            // every generation has an acceptance rate; generation 0 (100%) has no tolerance to draw
            all.add((double) x.index());
            acc.add(100 * x.acceptanceRate());      // in percent: see the axis patterns below
            if (x.index() > 0) {
                g.add((double) x.index());
                tol.add(x.tolerance());
            }
        }
        Theme.markedLine(c.addSeries("tolerance", g, tol), Theme.MLM);
        XYSeries a = c.addSeries(Plot.onRightAxis("acceptance rate"), all, acc);
        a.setYAxisGroup(1);
        a.setLineColor(Theme.AFFILIATE);
        a.setMarkerColor(Theme.AFFILIATE);
        a.setMarker(SeriesMarkers.SQUARE);
        a.setLineStyle(Theme.dashed(2f, 7, 5));
        c.setYAxisGroupTitle(1, "Acceptance rate (%)");
        c.getStyler().setYAxisGroupPosition(1, Styler.YAxisPosition.Right);
        c.getStyler().setYAxisMin(0, 0.0);
        c.getStyler().setYAxisMin(1, 0.0);
        c.getStyler().setYAxisMax(1, 100.0);
        // XChart 3.8.8 labels every y axis of an x–y chart with group 0's pattern (putYAxisGroupDecimalPatternMap
        // is not read for them), so the right axis holds percent as plain numbers and says so in its title
        c.getStyler().setYAxisDecimalPattern("#,##0.###");
        c.getStyler().setXAxisDecimalPattern("0");
        c.getStyler().setXAxisTickMarkSpacingHint(60);
        // below the plot: inside, it hid a tolerance near the top of its axis at the last generation
        c.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        c.getStyler().setLegendLayout(Styler.LegendLayout.Horizontal);
        return Grid.of(c);
    }
}
