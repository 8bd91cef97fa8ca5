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
 * Which charts every run draws ({@link ResultChart#drawnForEveryRun}, the flag {@link
 * ReportData#missingCharts} reads) follows from each chart's one declaration, whether it overrides
 * {@link ResultChart#appliesTo}: a chart that does not applies to runs of every shape, and one that
 * does leaves out some run.
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
            if (ResultChart.drawnForEveryRun(c)) {
                for (Results r : runs) {
                    assertTrue(c.appliesTo(r), c.fileName());
                }
            } else {
                // a chart that decides whether it applies leaves some run out (an override saying
                // always true would be a chart drawn for every run that the report never missed)
                assertTrue(runs.stream().anyMatch(r -> !c.appliesTo(r)), c.fileName());
            }
        }
        // and a chart only some runs draw is one of them: the first run has no outlook chart
        assertTrue(Charts.REGISTERED.stream().anyMatch(c -> !ResultChart.drawnForEveryRun(c)
                && !c.appliesTo(runs.get(0))));
    }

    @Test
    void aChartThatDecidesWhetherItAppliesIsNotDrawnForEveryRun() throws NoSuchMethodException {
        for (ResultChart c : Charts.REGISTERED) {
            boolean decides = c.getClass().getMethod("appliesTo", Results.class).getDeclaringClass()
                    != ResultChart.class;
            assertEquals(!decides, ResultChart.drawnForEveryRun(c), c.fileName());
        }
        assertFalse(Charts.REGISTERED.stream().allMatch(ResultChart::drawnForEveryRun));
    }

    /** A chart's flag follows from its appliesTo alone: overriding it, even to say true, is enough. */
    @Test
    void theFlagFollowsFromOverridingAppliesTo() {
        class Every implements ResultChart {
            @Override
            public String fileName() {
                return "every.png";
            }

            @Override
            public org.knowm.xchart.internal.chartpart.Chart<?, ?> build(Results r) {
                throw new UnsupportedOperationException();
            }
        }
        class Some extends Every {
            @Override
            public boolean appliesTo(Results r) {
                return true;
            }
        }
        assertTrue(ResultChart.drawnForEveryRun(new Every()));
        assertFalse(ResultChart.drawnForEveryRun(new Some()));
    }
}
