package org.downline.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import org.downline.Version;
import org.downline.chart.SweepCharts;
import org.downline.engine.ProgressListener;
import org.downline.engine.RunOptions;
import org.downline.engine.Simulation;
import org.downline.io.AffiliateNotes;
import org.downline.io.PngWriter;
import org.downline.io.Presets;
import org.downline.io.ResultFolder;
import org.downline.io.ResultsWriter;
import org.downline.io.ScenarioKeys;
import org.downline.io.ScenarioReader;
import org.downline.io.ScenarioWriter;
import org.downline.io.Provenance;
import org.downline.io.SummaryTable;
import org.downline.io.SweepCell;
import org.downline.io.SweepReport;
import org.downline.io.SweepSpec;
import org.downline.io.SweepWriter;
import org.downline.io.Words;
import org.downline.rng.RandomStreams;
import org.downline.scenario.Checks;
import org.downline.scenario.Scenario;
import org.downline.scenario.ScenarioException;
import org.downline.scenario.Wire;
import org.downline.stats.Metric;
import org.downline.stats.Summary;
import org.downline.stats.Unit;
import org.downline.stats.World;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code downline sweep}: a grid of scenarios, each with its own replications, and heatmaps. */
@Command(name = "sweep", header = "Run a grid of scenarios over up to three keys, with heatmaps.", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Runs a grid of scenarios - up to three keys varied over ranges or lists - each with its own Monte "
                + "Carlo replications, on one pool of threads; writes sweep.csv, sweep.json, one file per finished "
                + "cell (cells/), heatmaps of the chosen metrics (charts/) and report.html, all of it on one "
                + "self-contained page.",
            "Each cell's seed comes from the master seed and the cell's values, never its position: adding a "
                + "value changes no other cell, and 'downline run' with the cell's values and printed seed "
                + "reproduces it. An interrupted sweep keeps its finished cells; --resume skips them.",
            ""},
        footer = {"", "Example: downline sweep --vary recruitment.imitation=0.1:0.5:0.1 "
                + "--vary economics.monthlyFee=0,20,40 --replications 50"})
final class SweepCommand implements Callable<Integer> {

    @Mixin
    ScenarioOptions scenario = new ScenarioOptions();

    @Option(names = "--vary", paramLabel = "KEY=RANGE", required = true,
            description = "A scenario key and its values: start:stop:step (inclusive) or a,b,c. Up to 3 times.")
    List<String> varies = new ArrayList<>();

    @Option(names = "--metric", paramLabel = "NAME", completionCandidates = MlmMetricKeys.class,
            description = "Metric to chart (repeatable; default: shareLosingMoney). Any key of summary.json's "
                    + "'mlm' block under the scenario's recruitment model: ${COMPLETION-CANDIDATES}.")
    List<String> metrics = new ArrayList<>();

    @Mixin
    RunSettings settings = new RunSettings();

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "downline-sweep",
            description = "Output directory (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--resume", description = "Continue the interrupted sweep into --out, or extend the finished one "
            + "there: skip the cells already finished (same scenario, seed and version, else refused).")
    boolean resume;

    @Option(names = "--force", description = "Replace an --out that holds files that are not a Downline result, "
            + "or a run's or a fit's (an earlier sweep is always replaced whole).")
    boolean force;

    @Option(names = "--large-grid", description = "Allow a grid of more than " + SweepSpec.MAX_CELLS + " cells.")
    boolean largeGrid;

    /** Where the files go while the sweep runs: the work folder beside --out. */
    private Path dir;

    @Option(names = "--common-random-numbers",
            description = "Run every cell on the master seed itself, so that differences between cells are not "
                    + "blurred by different random numbers (paired comparisons across the grid).")
    boolean commonRandomNumbers;

    /** The keys {@code --metric} accepts under some recruitment model, from the metric descriptors. */
    static final class MlmMetricKeys implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return java.util.Arrays.stream(Metric.values()).filter(m -> m.worlds().contains(World.MLM))
                    .map(Metric::key).iterator();
        }
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        final int threads = settings.threads(spec.commandLine());
        final Path created = ResultFolder.missingParent(out);
        ResultFolder.check(out, force, ResultSets.SWEEP, scenario.inputs());
        SweepSpec grid = SweepSpec.parse(varies, largeGrid).requireScenarioKeys();
        refuseSetAndVaried(scenario, varies);
        settings.refuseAlsoSet(scenario);
        settings.refuseAlsoVaried(varies);
        List<String> chart = metrics.isEmpty() ? List.of(Metric.SHARE_LOSING_MONEY.key()) : metrics;
        // the base scenario (for its master seed), then every cell's, all checked before anything runs
        final Scenario base = settings.load(scenario);
        final long master = base.seed();
        final List<SweepSpec.Cell> cells = grid.cells();
        final List<Scenario> scenarios = new ArrayList<>();
        for (SweepSpec.Cell c : cells) {
            List<String> extra = new ArrayList<>(settings.overrides());
            extra.addAll(grid.writtenOverrides(c));
            long seed = commonRandomNumbers ? master : grid.seed(master, c);
            extra.add("seed=" + seed);
            Scenario s;
            try {
                s = scenario.load(extra);
            } catch (ScenarioException e) {
                throw ScenarioReader.blaming(e, "--vary", varies);      // a value of the grid, as written
            }
            scenarios.add(s.withName(base.name() + " " + String.join(" ", grid.overrides(c))));
            for (String m : chart) {
                Metric metric = Metric.byKey(m);
                if (metric == null || !metric.reportedBy(World.MLM, s.recruitment().model())) {
                    throw new ScenarioException("--metric", "must be a metric of summary.json's 'mlm' block for "
                            + "recruitment.model " + Wire.name(s.recruitment().model()) + ", such as "
                            + Metric.SHARE_LOSING_MONEY.key() + ", " + Metric.NET_P50.key() + " or "
                            + Metric.TOP_ONE_PERCENT_SHARE.key() + ", was " + Checks.show(m));
                }
            }
        }
        // the sweep is written into a work folder beside --out, moved into place when complete; an
        // interrupted sweep leaves it, and --resume continues it (or extends the finished sweep in --out)
        final com.fasterxml.jackson.databind.node.ObjectNode marker = ResultFolder.marker(ResultSets.SWEEP);
        marker.put("seed", master);
        marker.put("commonRandomNumbers", commonRandomNumbers);
        marker.put("scenario", ScenarioWriter.toYaml(base));
        final Path partial = ResultFolder.partialOf(out);
        Path from = null;
        if (resume) {
            from = Files.isDirectory(partial) ? partial : Files.isDirectory(out) ? out : null;
            if (from != null) {
                SweepWriter.checkResume(from, marker);
            }
        } else if (Files.isDirectory(partial)) {
            throw new InputException("'" + partial + "' holds an interrupted sweep into --out '" + out
                    + "': continue it with --resume, or delete it");
        }
        // the finished cells of an interrupted sweep, all read (or refused) before anything is written
        final SweepCell[] done = new SweepCell[cells.size()];
        for (int c = 0; c < cells.size() && from != null; c++) {
            done[c] = SweepWriter.readCell(from, scenarios.get(c), grid.coordinates(cells.get(c)), Version.get());
        }
        try (ResultFolder folder = ResultFolder.openPartial(out)) {
            dir = folder.dir();
            folder.writeMarker(marker);
            int code;
            try {
                code = sweep(grid, chart, base, master, cells, scenarios, from, done, threads);
            } catch (RuntimeException e) {
                if (folder.created() && !ResultFolder.holdsAny(dir.resolve("cells"))) {
                    folder.discard(true);                  // nothing worth resuming
                }
                throw e;
            }
            folder.commit(marker);
            printTable(grid, Arrays.asList(finished), chart, base);
            spec.commandLine().getOut().printf("%nWrote sweep.csv, sweep.json, report.html, %s and %s to %s%s%n",
                    Words.count(cells.size(), "cell file"),
                    Words.count(chartCount, "chart"), out, ResultSets.created(created));
            spec.commandLine().getOut().flush();
            return code;
        }
    }

    /**
     * Refuses a key both {@code --set} and {@code --vary} give ({@code --set months=12 --vary
     * months=24,36}): each cell's --vary value replaced the --set one without a word.
     *
     * @throws ScenarioException naming the key and both options as written
     */
    static void refuseSetAndVaried(ScenarioOptions scenario, List<String> varies) {
        for (String v : varies) {
            String key = ScenarioReader.keyOf(v);
            String o = scenario.setGiving(key);
            if (o != null) {
                throw ScenarioOptions.givenToo("--set", key, ScenarioOptions.written("--set", o), "--vary",
                        ScenarioOptions.written("--vary", v), RunSettings.VARY_REPLACES);
            }
        }
    }

    private SweepCell[] finished;
    private int chartCount;
    /** The cells' market-size note, once for all ({@link AffiliateNotes#marketSize(List)}); empty if none. */
    private String marketNote = "";

    /** Runs the cells not {@code done} (finished cells read from {@code from}, copied into the sweep). */
    private int sweep(SweepSpec grid, List<String> chart, Scenario base, long master, List<SweepSpec.Cell> cells,
                      List<Scenario> scenarios, Path from, SweepCell[] done, int threads) {
        final List<Integer> todo = new ArrayList<>();
        for (int c = 0; c < cells.size(); c++) {
            if (done[c] != null && !from.equals(dir)) {
                SweepWriter.copyCell(from, dir, done[c]);
            }
            if (done[c] == null) {
                todo.add(c);
            }
        }
        var err = spec.commandLine().getErr();
        if (resume) {
            err.printf("resuming: %d of %d cells already finished%n", cells.size() - todo.size(), cells.size());
        }
        List<Scenario> toRun = new ArrayList<>();
        for (int c : todo) {
            toRun.add(scenarios.get(c));
        }
        HugePages.hint(toRun, threads).ifPresent(err::println);        // as run gives it
        ProgressListener bar = ConsoleProgress.forTerminal("cells");
        bar.started(cells.size());
        for (int k = 0; k < cells.size() - todo.size(); k++) {
            bar.advanced();
        }
        try {
            Simulation.runCells(toRun, new RunOptions(threads), ProgressListener.NONE, (k, results) -> {
                int c = todo.get(k);
                SweepCell cell = SweepCell.of(grid.coordinates(cells.get(c)), results);
                SweepWriter.writeCell(dir, cell, scenarios.get(c), Version.get());
                done[c] = cell;
                bar.advanced();
            });
        } finally {
            ConsoleProgress.close(bar);
        }
        List<SweepCell> all = List.of(done);
        marketNote = AffiliateNotes.marketSize(scenarios).orElse("");
        // the set holds this grid's cells and charts only (a resumed work folder may hold others)
        List<Path> keep = new ArrayList<>();
        for (SweepCell c : all) {
            keep.add(SweepWriter.cellFile(dir, c.coordinates(), c.seed()));
        }
        ResultFolder.prune(dir.resolve("cells"), keep);
        ResultFolder.prune(dir.resolve("charts"), List.of());
        List<String> keys = grid.dimensions().stream().map(SweepSpec.Dimension::key).toList();
        List<List<String>> values = grid.dimensions().stream().map(SweepSpec.Dimension::values).toList();
        String months = Integer.toString(base.months());
        for (SweepSpec.Dimension dim : grid.dimensions()) {
            if (dim.key().equals(Scenario.MONTHS.name())) {
                List<String> v = dim.values();
                months = v.size() == 1 ? v.get(0) : v.get(0) + " to " + v.get(v.size() - 1) + ", varied";
            }
        }
        String subject = "sweep of scenario " + base.name();
        Provenance provenance = new Provenance(Version.get(), subject
                + (scenario.sets.isEmpty() ? "" : " with " + setOptions(scenario.sets)), "master seed "
                + master + (commonRandomNumbers ? " (every cell)" : " (cell seeds derived from it)"),
                Words.count(base.replications(), "replication") + " a cell", months, RandomStreams.ALGORITHM,
                subject + (scenario.sets.isEmpty() ? "" : " with " + footerSets(scenario.sets)));
        SweepWriter.writeCsv(dir, keys, all, provenance.line());
        SweepWriter.writeJson(dir, keys, values, all, master, commonRandomNumbers, base.replications(), Version.get(),
                base, baseOverrides());
        List<SweepReport.Chart> charts = writeCharts(grid, all, chart, base, provenance);
        SweepReport.write(new SweepReport.Data(Version.get(), base.name(), master, commonRandomNumbers,
                base.replications(), base.months(), keys, values, chart, groups(base), all, charts,
                baseSource(), String.join(" ", baseOptions()), rerun(base), marketNote), dir);
        finished = done;
        chartCount = charts.size();
        return 0;
    }

    /** Heatmaps over the first two keys (one per value of a third), or lines over a single key. */
    private List<SweepReport.Chart> writeCharts(SweepSpec grid, List<SweepCell> cells, List<String> chart,
                                                Scenario base, Provenance provenance) {
        List<SweepSpec.Dimension> dims = grid.dimensions();
        List<String> allGroups = new ArrayList<>();
        allGroups.add(World.MLM.key());
        if (base.affiliate().enabled()) {
            allGroups.add(World.AFFILIATE.key());
        }
        List<SweepReport.Chart> written = new ArrayList<>();
        for (String key : chart) {
            Metric metric = Metric.of(key);
            List<String> groups = SweepReport.groups(allGroups, metric);
            if (dims.size() == 1) {
                List<String> xs = dims.get(0).values();
                double[][] mean = new double[groups.size()][xs.size()];
                double[][] lo = new double[groups.size()][xs.size()];
                double[][] hi = new double[groups.size()][xs.size()];
                for (int g = 0; g < groups.size(); g++) {
                    for (int i = 0; i < xs.size(); i++) {
                        Summary s = cells.get(i).get(groups.get(g), key);
                        mean[g][i] = s == null ? Double.NaN : s.mean();
                        lo[g][i] = s == null ? Double.NaN : s.lo();
                        hi[g][i] = s == null ? Double.NaN : s.hi();
                    }
                }
                List<String> labels = groups.stream().map(SweepCommand::label).toList();
                boolean intervals = base.replications() >= 2;
                String title = metric.label() + " by " + dims.get(0).key() + (intervals ? " (95% intervals over "
                        + Words.count(base.replications(), "replication") + " a cell)"
                        : " (" + SummaryTable.NO_INTERVALS + ")");
                String file = "sweep-" + key + ".png";
                PngWriter.write(SweepCharts.line(title, axisTitle(dims.get(0)), xs, labels, mean, lo, hi,
                        metric.label(), metric.unit()), dir.resolve("charts").resolve(file), provenance);
                boolean words = !SweepCharts.numeric(xs);
                written.add(new SweepReport.Chart(file, title + ": one point a cell"
                        + (groups.size() > 1 ? ", for each world" : ", " + labels.get(0) + " only")
                        + (intervals ? ", with its 95% interval as a bar" : ", without intervals")
                        + (words ? ", not joined (the values are not an order)" : "")
                        + ". " + metric.description()));
                continue;
            }
            List<String> facets = dims.size() == 3 ? dims.get(2).values() : Collections.singletonList(null);
            for (String group : groups) {
                for (String facet : facets) {
                    List<String> xs = dims.get(0).values();
                    List<String> ys = dims.get(1).values();
                    double[][] grid2 = new double[xs.size()][ys.size()];
                    double[][] widths = new double[xs.size()][ys.size()];
                    for (double[] row : grid2) {
                        java.util.Arrays.fill(row, Double.NaN);
                    }
                    for (SweepCell c : cells) {
                        List<String> v = new ArrayList<>(c.coordinates().values());
                        if (facet != null && !v.get(2).equals(facet)) {
                            continue;
                        }
                        Summary s = c.get(group, key);
                        grid2[xs.indexOf(v.get(0))][ys.indexOf(v.get(1))] = s == null ? Double.NaN : s.mean();
                        widths[xs.indexOf(v.get(0))][ys.indexOf(v.get(1))] = s == null ? Double.NaN : s.hi() - s.lo();
                    }
                    String title = metric.label() + ", " + label(group)
                            + (facet == null ? "" : ", at " + dims.get(2).key() + " = " + facet)
                            + " (mean of " + Words.count(base.replications(), "replication") + " a cell)";
                    String file = "heatmap-" + group + "-" + key + (facet == null ? "" : "-" + dims.get(2).key() + "-" + facet)
                            + ".png";
                    SweepCharts.Scale scale = SweepCharts.scale(grid2, widths, metric.unit());
                    PngWriter.write(SweepCharts.heatmap(title, axisTitle(dims.get(0)), xs, axisTitle(dims.get(1)), ys,
                            grid2,
                            metric.unit(), scale), dir.resolve("charts").resolve(file), provenance);
                    written.add(new SweepReport.Chart(file, title + ": one square a cell, " + dims.get(0).key()
                            + " across and " + dims.get(1).key() + " up; pale is low and red-orange high, from "
                            + scale.describe(metric.unit()) + "; the value printed in the square where the grid is "
                            + "small enough. " + metric.description()));
                }
            }
        }
        return written;
    }

    /** The sweep's groups: "mlm", then "affiliate" and "mlmMinusAffiliate" where the affiliate world runs. */
    private static List<String> groups(Scenario base) {
        return base.affiliate().enabled()
                ? List.of(World.MLM.key(), World.AFFILIATE.key(), ResultsWriter.PAIRED) : List.of(World.MLM.key());
    }

    /** A varied key as an axis names it: its path and the unit declared with it. */
    private static String axisTitle(SweepSpec.Dimension dim) {
        ScenarioKeys.Declared declared = ScenarioKeys.find(dim.key());
        return declared == null ? dim.key() : declared.title();
    }

    private static String label(String group) {
        return World.of(group).label();
    }

    /**
     * The cells and the charted metrics, with each cell's seed (first 50 cells): a column for each
     * metric and group that the report and sweep.csv have (named as sweep.csv's), each value printed
     * as the run's table prints it ({@link SummaryTable#cell}: alone where every replication gave it).
     */
    private void printTable(SweepSpec grid, List<SweepCell> cells, List<String> chart, Scenario base) {
        var o = spec.commandLine().getOut();
        List<String> keys = grid.dimensions().stream().map(SweepSpec.Dimension::key).toList();
        List<String> head = new ArrayList<>(keys);
        head.add("seed");
        List<String[]> columns = new ArrayList<>();                        // {group, metric}
        for (String m : chart) {
            for (String g : SweepReport.groups(groups(base), Metric.of(m))) {
                columns.add(new String[] {g, m});
                head.add(g + "." + m);
            }
        }
        List<String[]> rows = new ArrayList<>();
        for (SweepCell c : cells.subList(0, Math.min(cells.size(), 50))) {
            List<String> row = new ArrayList<>();
            for (String k : keys) {
                row.add(c.coordinates().get(k));
            }
            row.add(Long.toString(c.seed()));
            for (String[] col : columns) {
                Summary s = c.get(col[0], col[1]);
                Unit u = Metric.of(col[1]).unit();
                row.add(s == null ? "-" : SummaryTable.cell(s, col[0].equals(ResultsWriter.PAIRED)
                        ? u::differenceText : u::text));
            }
            rows.add(row.toArray(String[]::new));
        }
        String[] headCells = head.toArray(String[]::new);
        int[] widths = SummaryTable.widths(headCells, rows, 2);
        o.println(SummaryTable.line(headCells, widths));
        for (String[] row : rows) {
            o.println(SummaryTable.line(row, widths));
        }
        if (cells.size() > 50) {
            o.printf("... %d more cells in sweep.csv%n", cells.size() - 50);
        }
        if (!marketNote.isEmpty()) {
            o.print(System.lineSeparator() + SummaryTable.wrap(marketNote, SummaryTable.NOTE_WIDTH));
        }
        o.printf("%nRe-run a cell alone: %s%n", rerun(base));
    }

    /** Where the base scenario comes from, in words: "The preset 'default'" or "The scenario file 'f.yaml'". */
    private String baseSource() {
        return scenario.source != null && scenario.source.scenario != null
                ? "The scenario file '" + scenario.source.scenario + "'"
                : "The preset '" + (scenario.source != null && scenario.source.preset != null
                        ? scenario.source.preset : Presets.DEFAULT) + "'";
    }

    /**
     * The options that changed the base scenario, as given: every {@code --set}, then {@code --months}
     * (the seed and the replications are recorded on their own).
     */
    private List<String> baseOptions() {
        List<String> options = new ArrayList<>();
        for (String set : scenario.sets) {
            options.add("--set " + shell(set));
        }
        if (settings.months != null) {
            options.add("--months " + settings.months);
        }
        return options;
    }

    /** Every override applied to the base scenario, in order, as {@code key=value}: sweep.json's record. */
    private List<String> baseOverrides() {
        List<String> all = new ArrayList<>(scenario.sets);
        all.addAll(settings.overrides());
        return all;
    }

    private static String setOptions(List<String> sets) {
        return String.join(" ", sets.stream().map(v -> "--set " + shell(v)).toList());
    }

    /** The most characters of --set options a chart footer names before it names only how many more. */
    static final int FOOTER_SETS_CHARS = 80;

    /**
     * The --set options as a chart footer names them: whole, or as many as fit in {@link
     * #FOOTER_SETS_CHARS} (at least one) and then "… and 4 more --set, see sweep.json", where all are.
     */
    static String footerSets(List<String> sets) {
        String all = setOptions(sets);
        if (all.length() <= FOOTER_SETS_CHARS) {
            return all;
        }
        int shown = 1;
        while (shown < sets.size() && setOptions(sets.subList(0, shown + 1)).length() <= FOOTER_SETS_CHARS) {
            shown++;
        }
        return setOptions(sets.subList(0, shown)) + " … and " + (sets.size() - shown) + " more --set, see sweep.json";
    }

    /**
     * The command that runs one cell alone, to be completed with the cell's values and seed: the
     * base scenario's source and overrides (but those of the seed and the replications, which it sets
     * itself; a varied key is refused beside --set and --months), then the cell's.
     */
    private String rerun(Scenario base) {
        StringBuilder b = new StringBuilder("downline run");
        if (scenario.source != null && scenario.source.scenario != null) {
            b.append(" --scenario ").append(shell(scenario.source.scenario.toString()));
        } else if (scenario.source != null && scenario.source.preset != null) {
            b.append(" --preset ").append(shell(scenario.source.preset));
        }
        for (String set : scenario.sets) {
            String key = ScenarioReader.keyOf(set);
            if (!key.equals(Scenario.SEED.name()) && !key.equals(Scenario.REPLICATIONS.name())) {
                b.append(" --set ").append(shell(set));
            }
        }
        if (settings.months != null) {
            b.append(" --months ").append(settings.months);
        }
        return b.append(" --set KEY=VALUE ... --seed SEED --replications ").append(base.replications()).toString();
    }

    /** {@code arg} as one word of a POSIX shell: as it is when it is plain, else in single quotes. */
    static String shell(String arg) {
        return arg.matches("[A-Za-z0-9._,:/=+@%-]+") ? arg : "'" + arg.replace("'", "'\\''") + "'";
    }
}
