package org.downline.chart;

import java.util.ArrayList;
import java.util.List;
import org.downline.engine.Results;
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
