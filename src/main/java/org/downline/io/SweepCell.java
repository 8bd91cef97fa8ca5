package org.downline.io;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.downline.engine.Results;
import org.downline.engine.Simulation;
import org.downline.scenario.Scenario;
import org.downline.stats.Metric;
import org.downline.stats.Metrics;
import org.downline.stats.Summary;
import org.downline.stats.World;
import org.downline.stats.WorldResults;

/**
 * One finished cell of a sweep: its coordinates, its seed and every summary metric.
 *
 * @param coordinates the varied keys and their values in this cell, in dimension order
 * @param seed        the master seed the cell ran with (give it to {@code downline run --seed})
 * @param groups      metric summaries by group — "mlm", "affiliate", "mlmMinusAffiliate" — each
 *                    by metric name
 */
public record SweepCell(Map<String, String> coordinates, long seed, Map<String, Map<String, Summary>> groups) {

    /** The cell's record of a run. */
    public static SweepCell of(Map<String, String> coordinates, Results r) {
        Map<String, Map<String, Summary>> groups = new LinkedHashMap<>();
        groups.put(World.MLM.key(), r.mlm().metrics());
        WorldResults a = r.affiliate();
        if (a != null) {
            groups.put(World.AFFILIATE.key(), a.metrics());
            groups.put(ResultsWriter.PAIRED, r.paired());
        }
        return new SweepCell(coordinates, r.seed(), groups);
    }

    /**
     * The groups and metrics a cell of {@code scenario} holds, in the order {@link #of} puts them: the
     * MLM's metrics, and with the affiliate world on, the affiliate's and the paired differences.
     */
    public static Map<String, List<String>> expected(Scenario scenario) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        out.put(World.MLM.key(), Metrics.of(World.MLM.key(), scenario.recruitment().model()));
        if (scenario.affiliate().enabled()) {
            out.put(World.AFFILIATE.key(), Metrics.of(World.AFFILIATE.key(), scenario.recruitment().model()));
            out.put(ResultsWriter.PAIRED, List.of(Metric.keys(Simulation.PAIRED)));
        }
        return out;
    }

    /** The summary of {@code metric} in {@code group}, or null. */
    public Summary get(String group, String metric) {
        Map<String, Summary> g = groups.get(group);
        return g == null ? null : g.get(metric);
    }
}
