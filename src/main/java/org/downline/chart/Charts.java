package org.downline.chart;

import java.util.ArrayList;
import java.util.List;
import org.downline.engine.Results;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * The charts of a run, in the order README describes them. Each is a {@link ResultChart}; to add
 * one, write the class and register it here. Both worlds share axes where the affiliate world was
 * run; the look is {@link Theme}'s.
 */
public final class Charts {

    /** Pixel size of every chart (before the footer the PNG writer adds). */
    public static final int WIDTH = Theme.WIDTH;
    public static final int HEIGHT = Theme.HEIGHT;

    /** Every chart a run may have, in order; each says whether a given run has it. */
    public static final List<ResultChart> REGISTERED = List.of(
            new GrowthChart(),
            new NetIncomeDistributionChart(),
            new WhoEarnsWhatChart(),
            new LorenzChart(),
            new CohortNetIncomeChart(),
            new CohortLosingMoneyChart(),
            new OutlookChart(),
            new RanksChart(),
            new RecruitingEfficiencyChart());

    /** A chart and the file name it is written under (without directory, with extension). */
    public record Named(String fileName, Chart<?, ?> chart) {
    }

    private Charts() {
    }

    /**
     * Two small charts in the theme (a line chart with a band, a bar chart), drawn from made-up
     * numbers: drawing them loads the classes, fonts and renderer the run's charts need (see
     * {@code ResultsWriter.warmUp}). Nothing of them is written anywhere.
     */
    public static List<Chart<?, ?>> warmUp() {
        XYChart xy = Theme.xy("Warm-up", "x", "y");
        Theme.markedLine(xy.addSeries("line", new double[] {0, 1, 2, 3}, new double[] {1, 3, 2, 4},
                new double[] {1, 0.5, 1, 0.5}), Theme.MLM);
        XYSeries band = xy.addSeries("band", new double[] {0, 3, 3, 0}, new double[] {1, 1, 3, 3});
        band.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.PolygonArea);
        band.setFillColor(Theme.translucent(Theme.AFFILIATE, 50));
        CategoryChart bars = Theme.category("Warm-up", "x", "y");
        bars.addSeries("bars", List.of("a", "b"), List.of(1.0, -2.0), List.of(0.5, 0.5));
        return List.of(xy, bars);
    }

    /** The charts of run {@code r}: every registered chart that applies to it, built. */
    public static List<Named> all(Results r) {
        List<Named> out = new ArrayList<>();
        for (ResultChart c : REGISTERED) {
            if (c.appliesTo(r)) {
                out.add(new Named(c.fileName(), c.build(r)));
            }
        }
        return out;
    }
}
