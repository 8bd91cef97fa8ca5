package org.downline.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.downline.chart.Charts;
import org.downline.chart.ResultChart;
import org.downline.engine.ProgressListener;
import org.downline.engine.Results;
import org.downline.engine.RunOptions;
import org.downline.engine.Simulation;
import org.junit.jupiter.api.Test;

/**
 * Which charts every run draws is declared on each chart ({@link ResultChart#drawnForEveryRun}), the
 * flag {@link ReportData#missingCharts} reads: a chart that says so applies to runs of every shape, and
 * one that overrides {@link ResultChart#appliesTo} says it does not.
 */
class DrawnForEveryRunTest {

    private static Results run(String... set) {
        List<String> overrides = new java.util.ArrayList<>(List.of("market.population=2000", "replications=1"));
        overrides.addAll(List.of(set));
        return Simulation.run(Presets.load(Presets.DEFAULT, overrides), new RunOptions(1), ProgressListener.NONE);
    }

    @Test
    void aChartDrawnForEveryRunAppliesToRunsOfEveryShape() {
        List<Results> runs = List.of(run("months=1", "recruitment.model=bass", "plan.type=unilevel"),
                run("months=14", "recruitment.model=contacts", "plan.type=binary"));
        for (ResultChart c : Charts.REGISTERED) {
            if (c.drawnForEveryRun()) {
                for (Results r : runs) {
                    assertTrue(c.appliesTo(r), c.fileName());
                }
            }
        }
        // and a chart only some runs draw is one of them: the first run has no outlook chart
        assertTrue(Charts.REGISTERED.stream().anyMatch(c -> !c.drawnForEveryRun() && !c.appliesTo(runs.get(0))));
    }

    @Test
    void aChartThatDecidesWhetherItAppliesIsNotDrawnForEveryRun() throws NoSuchMethodException {
        for (ResultChart c : Charts.REGISTERED) {
            boolean decides = c.getClass().getMethod("appliesTo", Results.class).getDeclaringClass()
                    != ResultChart.class;
            assertEquals(!decides, c.drawnForEveryRun(), c.fileName());
        }
        assertFalse(Charts.REGISTERED.stream().allMatch(ResultChart::drawnForEveryRun));
    }
}
