package org.downline.io;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleFunction;
import org.downline.stats.Metric;
import org.downline.stats.Summary;
import org.downline.stats.World;

/**
 * report.html of a sweep: its grid, its charts (embedded as {@code data:} PNGs with captions) and a
 * table of every cell — its values, its seed and each chosen metric for each world and the paired
 * difference, formatted as {@link HtmlReport} formats a run's (each interval as sweep.csv holds it,
 * cut to the metric's range). Every user's string goes through {@code {{...}}}, which HTML-escapes
 * it. Like a run's page it records no date, no thread count and no output path.
 */
public final class SweepReport {

    private static final Mustache TEMPLATE =
            new DefaultMustacheFactory("org/downline/io/").compile("sweep-report.html.mustache");

    /** A chart of the sweep: its file under {@code charts/} and what it shows. */
    public record Chart(String fileName, String caption) {
    }

    /**
     * What the page shows.
     *
     * @param keys    the varied keys, in dimension order
     * @param values  each key's values, in order
     * @param metrics the chosen metrics (sweep --metric)
     * @param groups  "mlm", then "affiliate" and "mlmMinusAffiliate" where the affiliate world ran
     * @param baseSource  where the base scenario comes from, in words ("The preset 'default'")
     * @param baseOptions the options that changed it ({@code --set ...}, {@code --months}), empty if none
     * @param rerun   the command that runs a cell alone, to complete with its values and seed
     * @param marketNote the cells' market-size note ({@link AffiliateNotes#marketSize(List)}), empty if none
     */
    public record Data(String version, String scenarioName, long masterSeed, boolean commonRandomNumbers,
                       int replications, int months, List<String> keys, List<List<String>> values,
                       List<String> metrics, List<String> groups, List<SweepCell> cells, List<Chart> charts,
                       String baseSource, String baseOptions, String rerun, String marketNote) {
    }

    private SweepReport() {
    }

    /** Writes {@code dir/report.html} atomically from the cells and the charts in {@code dir/charts}. */
    public static Path write(Data d, Path dir) {
        Path target = dir.resolve(HtmlReport.FILE);
        AtomicFiles.writeString(target, render(d, dir));
        return target;
    }

    static String render(Data d, Path dir) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("version", d.version());
        c.put("scenarioName", d.scenarioName());
        c.put("seed", Long.toString(d.masterSeed()));
        c.put("seeds", d.commonRandomNumbers()
                ? "every cell runs on the master seed (common random numbers), so differences between cells are "
                        + "not blurred by different random numbers"
                : "each cell's seed is derived from the master seed and the cell's values, and is given in the table");
        c.put("replications", Integer.toString(d.replications()));
        c.put("months", Integer.toString(d.months()));
        c.put("baseSource", d.baseSource());
        c.put("baseOptions", d.baseOptions());
        c.put("hasBaseOptions", !d.baseOptions().isEmpty());
        c.put("rerun", d.rerun());
        c.put("marketNote", d.marketNote());
        c.put("hasMarketNote", !d.marketNote().isEmpty());
        // counted nouns as the command line writes them: "1 replication", "12 months"
        c.put("cellsCounted", Words.count(d.cells().size(), "cell"));
        c.put("replicationsCounted", Words.count(d.replications(), "replication"));
        c.put("hasIntervals", d.replications() >= 2);
        c.put("noIntervals", SummaryTable.NO_INTERVALS);
        c.put("monthsCounted", Words.count(d.months(), "month"));
        List<Map<String, Object>> dims = new ArrayList<>();
        for (int k = 0; k < d.keys().size(); k++) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("key", d.keys().get(k));
            m.put("values", String.join(", ", d.values().get(k)));
            dims.add(m);
        }
        c.put("dimensions", dims);
        List<Map<String, Object>> charts = new ArrayList<>();
        for (Chart ch : d.charts()) {
            charts.add(HtmlReport.chart(ch.fileName(), ch.caption(), HtmlReport.readChart(dir, ch.fileName())));
        }
        c.put("charts", charts);
        List<Map<String, Object>> head = new ArrayList<>();
        for (String k : d.keys()) {
            head.add(value(k, "", "key"));
        }
        head.add(value("seed", "", "seed"));
        for (String metric : d.metrics()) {
            for (String g : groups(d.groups(), Metric.of(metric))) {
                head.add(value(Metric.of(metric).shortLabel() + ", " + groupLabel(g), "", "num"));
            }
        }
        c.put("head", head);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (SweepCell cell : d.cells()) {
            List<Map<String, Object>> cells = new ArrayList<>();
            for (String k : d.keys()) {
                cells.add(value(cell.coordinates().get(k), "", "key"));
            }
            cells.add(value(Long.toString(cell.seed()), "", "seed"));
            for (String metric : d.metrics()) {
                Metric m = Metric.of(metric);
                for (String g : groups(d.groups(), m)) {
                    Summary s = cell.get(g, metric);
                    if (s == null) {
                        cells.add(value("–", "", "num"));
                        continue;
                    }
                    // cut to the metric's range (Metric.range) when computed, as sweep.csv holds it;
                    // printed as the sweep's terminal table prints it (SummaryTable.cell), in two columns
                    DoubleFunction<String> format = g.equals(ResultsWriter.PAIRED)
                            ? m.unit()::differenceText : m.unit()::text;
                    cells.add(value(format.apply(s.mean()), SummaryTable.interval(s, format), "num"));
                }
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("cells", cells);
            rows.add(row);
        }
        c.put("rows", rows);
        StringWriter out = new StringWriter();
        TEMPLATE.execute(out, c);
        return out.toString();
    }

    private static Map<String, Object> value(String v, String ci, String cls) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("v", v);
        m.put("ci", ci);
        m.put("hasCi", !ci.isEmpty());
        m.put("cls", cls);
        return m;
    }

    /**
     * The groups of {@code m} among a sweep's {@code groups}: those whose world reports it (the paired
     * difference where both do); an MLM-only metric such as payoutRatio has no affiliate column in the
     * report and no affiliate series or heatmap among the charts.
     */
    public static List<String> groups(List<String> groups, Metric m) {
        return groups.stream().filter(g -> g.equals(ResultsWriter.PAIRED)
                ? m.worlds().contains(World.MLM) && m.worlds().contains(World.AFFILIATE)
                : m.worlds().contains(World.of(g))).toList();
    }

    private static String groupLabel(String group) {
        return group.equals(ResultsWriter.PAIRED) ? "MLM minus affiliate" : World.of(group).label();
    }
}
