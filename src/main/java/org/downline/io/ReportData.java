package org.downline.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.downline.chart.Charts;
import org.downline.chart.ResultChart;
import org.downline.engine.Results;
import org.downline.scenario.Checks;
import org.downline.scenario.Range;
import org.downline.scenario.Scenario;
import org.downline.stats.CohortSummary;
import org.downline.stats.IncomeBands;
import org.downline.stats.Metric;
import org.downline.stats.Outlook;
import org.downline.stats.OutlookSummary;
import org.downline.stats.RankSummary;
import org.downline.stats.Summary;
import org.downline.stats.ValueRange;
import org.downline.stats.World;
import org.downline.stats.WorldResults;

/**
 * What report.html shows, and nothing more: the numbers of a run's {@link Results} (means and 95%
 * intervals, exactly as summary.json and the CSVs hold them) and its chart PNGs. It is made either
 * from the results themselves ({@link #of}, when {@code run} and {@code merge} write their files)
 * or read back from a results folder ({@link #read}, for {@code downline report DIR}); both give
 * equal data, so the page rebuilt from a folder is byte for byte the page the run wrote (a test
 * holds them to it). Reading back is exact: summary.json and the CSVs write every double in its
 * shortest round-trip form.
 *
 * @param worlds the MLM world, then the affiliate world where it was run
 * @param paired MLM − affiliate, paired by replication, by metric key in declaration order; empty
 *               without the affiliate world
 * @param charts the run's charts in the registry's order, as the PNG bytes in the folder
 * @param notShown the estimates in the results that this version does not know, and so leaves out ("mlm.x", in
 *                 the file's order): another version's metrics; empty for a run's own results
 */
public record ReportData(String version, long seed, int replications, int months, String generator,
                         Scenario scenario, List<WorldData> worlds, Map<String, Estimate> paired,
                         List<ChartImage> charts, List<String> notShown) {

    /** The cohorts.csv columns the report reads back, besides world and joinMonth. */
    private static final List<String> COHORTS_READ = List.of("participants", "shareLosingMoney", "medianNet",
            "meanNet", "meanGross");
    /** The outlook.csv columns the report reads back, besides world and joinMonth. */
    private static final List<String> OUTLOOK_READ = List.of("participants", "netP50", "shareLosingMoney",
            "shareQuit", "sharePaid");

    /**
     * A mean over replications and its 95% confidence interval; a bound is NaN where there is none
     * (fewer than two replications), a value NaN where it is undefined or not finite.
     */
    public record Estimate(double mean, double lo, double hi) {

        public Estimate {
            // -0.0 and 0.0 print differently ("-0.0%") and a CSV writes both as 0: keep one zero
            mean = finite(mean);
            lo = finite(lo);
            hi = finite(hi);
        }

        static Estimate of(Summary s) {
            return new Estimate(s.mean(), s.lo(), s.hi());
        }

        /**
         * As {@link Summary#hasInterval(double, double)}: an interval that is more than a point (a spread
         * over 1e-9 of the bounds' size, {@code Summary.CONSTANT_SPREAD}); a point is shown as the value alone.
         */
        public boolean hasInterval() {
            return Summary.hasInterval(lo, hi);
        }

        private static double finite(double v) {
            return Double.isFinite(v) ? v + 0.0 : Double.NaN;
        }
    }

    /** One month's joiners (a cohort): how many joined and how they fared by the end of the run. */
    public record CohortRow(int joinMonth, double participants, Estimate shareLosingMoney, Estimate medianNet,
                            Estimate meanNet, Estimate meanGross) {
    }

    /**
     * A newcomer's first year for one join month (outlook.csv): how many joined, their median
     * first-year net income, and the shares losing money in, quitting within and paid any commission
     * in their first twelve months.
     */
    public record OutlookRow(int joinMonth, Estimate participants, Estimate medianNet, Estimate shareLosingMoney,
                             Estimate shareQuit, Estimate sharePaid) {

        /** Whether anyone joined in the month in some replication, so that the row has numbers. */
        public boolean hasJoiners() {
            return participants.mean() > 0 && !Double.isNaN(medianNet.mean());
        }
    }

    /** Who earns what among those whose highest rank was {@code label}. */
    public record RankRow(String label, Estimate shareOfParticipants, Estimate shareLosingMoney, Estimate medianNet,
                          Estimate meanNet, Estimate meanGross) {
    }

    /**
     * One world's numbers.
     *
     * @param metrics every metric it reports, by key, in declaration order
     * @param bands   share of participants in each {@link IncomeBands} band
     * @param ranks   by highest rank reached, or null for a plan without ranks
     * @param outlook a newcomer's first year by join month 0.., one row per month whose first year the
     *                run saw whole; empty for a run shorter than a year
     */
    public record WorldData(World world, Map<String, Estimate> metrics, List<Estimate> bands, List<CohortRow> cohorts,
                            List<RankRow> ranks, List<OutlookRow> outlook) {

        /** The metric's estimate, or null if this world does not report it. */
        public Estimate metric(Metric m) {
            return metrics.get(m.key());
        }

        /**
         * The outlook of the latest join month in which anyone joined — the newest cohort whose whole
         * first year was seen, as the summary table picks it — or null if there is none.
         */
        public OutlookRow latestOutlook() {
            for (int t = outlook.size() - 1; t >= 0; t--) {
                if (outlook.get(t).hasJoiners()) {
                    return outlook.get(t);
                }
            }
            return null;
        }
    }

    /** A chart PNG, with what the chart's declaration says about it. */
    public record ChartImage(String fileName, String alt, String caption, byte[] png) {
    }

    /** The report data of run {@code r} with {@code charts}. */
    static ReportData of(Results r, List<ChartImage> charts) {
        List<WorldData> worlds = new ArrayList<>();
        worlds.add(world(r.mlm()));
        if (r.affiliate() != null) {
            worlds.add(world(r.affiliate()));
        }
        Map<String, Estimate> paired = new LinkedHashMap<>();
        for (Metric m : Metric.values()) {
            Summary s = r.paired().get(m.key());
            if (s != null) {
                paired.put(m.key(), Estimate.of(s));
            }
        }
        return new ReportData(r.version(), r.seed(), r.replications(), r.months(), r.generator(), r.scenario(),
                List.copyOf(worlds), paired, List.copyOf(charts), List.of());
    }

    /** The charts of run {@code r}, as written under {@code dir/charts}, in the registry's order. */
    static List<ChartImage> charts(Results r, Path dir) {
        List<ChartImage> charts = new ArrayList<>();
        for (ResultChart c : Charts.REGISTERED) {
            if (c.appliesTo(r)) {
                charts.add(chart(c, dir, r.replications()));
            }
        }
        return charts;
    }

    private static WorldData world(WorldResults w) {
        Map<String, Estimate> metrics = new LinkedHashMap<>();
        for (Metric m : Metric.values()) {
            Summary s = w.metrics().get(m.key());
            if (s != null) {
                metrics.put(m.key(), Estimate.of(s));
            }
        }
        List<Estimate> bands = new ArrayList<>();
        for (Summary b : w.bands()) {
            bands.add(Estimate.of(b));
        }
        CohortSummary c = w.cohorts();
        List<CohortRow> cohorts = new ArrayList<>();
        for (int t = 0; t < c.meanCount().length; t++) {
            cohorts.add(new CohortRow(t, c.meanCount()[t], Estimate.of(c.shareLosingMoney()[t]),
                    Estimate.of(c.medianNet()[t]), Estimate.of(c.meanNet()[t]), Estimate.of(c.meanGross()[t])));
        }
        List<RankRow> ranks = null;
        RankSummary k = w.ranks();
        if (k != null) {
            ranks = new ArrayList<>();
            for (int i = 0; i < k.size(); i++) {
                ranks.add(new RankRow(k.labels()[i], Estimate.of(k.share()[i]), Estimate.of(k.shareLosingMoney()[i]),
                        Estimate.of(k.medianNet()[i]), Estimate.of(k.meanNet()[i]), Estimate.of(k.meanGross()[i])));
            }
            ranks = List.copyOf(ranks);
        }
        List<OutlookRow> outlook = new ArrayList<>();
        OutlookSummary o = w.outlook();
        if (o != null) {
            for (int t = 0; t < o.joinMonths(); t++) {
                outlook.add(new OutlookRow(t, Estimate.of(o.participants()[t]),
                        Estimate.of(o.netPercentiles()[Outlook.MEDIAN][t]), Estimate.of(o.shareLosingMoney()[t]),
                        Estimate.of(o.shareQuit()[t]), Estimate.of(o.sharePaid()[t])));
            }
        }
        return new WorldData(World.of(w.world()), metrics, List.copyOf(bands), List.copyOf(cohorts), ranks,
                List.copyOf(outlook));
    }

    /** Chart {@code c} of a run of {@code replications}: with one, its caption says it has no intervals. */
    private static ChartImage chart(ResultChart c, Path dir, int replications) {
        return new ChartImage(c.fileName(), c.alt(), replications >= 2 ? c.caption()
                : c.captionWithoutIntervals(SummaryTable.NO_INTERVALS), HtmlReport.readChart(dir, c.fileName()));
    }

    // ---- reading a results folder back ----

    /** Most bytes a summary.json, cohorts.csv or outlook.csv may have (a run writes some kilobytes). */
    static final long SUMMARY_LIMIT = 64L << 20;

    /**
     * Reads a results folder written by {@code run} or {@code merge}: summary.json, cohorts.csv,
     * outlook.csv and the charts in {@code charts/}.
     *
     * @throws UncheckedIOException if a file is missing or cannot be read
     * @throws IllegalArgumentException if a file does not hold what {@code run} writes
     */
    public static ReportData read(Path dir) {
        JsonNode root;
        Path summary = dir.resolve("summary.json");
        String text = null;
        try {
            text = InputFiles.read(summary, SUMMARY_LIMIT, "a summary.json");
            root = ResultFolder.Json.MAPPER.readTree(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(JsonProblems.of(summary.getFileName().toString(), e, text));
        } catch (IOException e) {
            throw unreadable(summary, e);
        }
        SummaryFile f = new SummaryFile(summary);
        JsonNode scenarioNode = root.get("scenario");
        if (!(scenarioNode instanceof ObjectNode scenarioTree)) {
            throw new IllegalArgumentException(summary + " holds no scenario");
        }
        Scenario scenario;
        try {
            scenario = ScenarioReader.fromTree(scenarioTree.deepCopy(), List.of(), "summary.json");
        } catch (org.downline.scenario.ScenarioException e) {
            // named as the file's other fields are: its first problem, under the key 'scenario'
            throw new IllegalArgumentException(summary + ": " + e.problems().get(0).under("scenario"));
        }
        String version = f.text(root, "version");
        long seed = f.integer(root, "seed", null);
        int replications = (int) f.integer(root, "replications", Scenario.REPLICATIONS.range());
        int months = (int) f.integer(root, "months", Scenario.MONTHS.range());
        // a run writes them as its scenario holds them: one that differs was edited by hand
        f.agrees(root, "seed", seed, scenario.seed());
        f.agrees(root, "replications", replications, scenario.replications());
        f.agrees(root, "months", months, scenario.months());
        String generator = f.text(root, "generator");
        Map<World, List<CohortRow>> cohorts = readCohorts(dir.resolve("cohorts.csv"));
        Map<World, List<OutlookRow>> outlook = readOutlook(dir.resolve("outlook.csv"));
        List<WorldData> worlds = new ArrayList<>();
        for (World w : World.values()) {
            JsonNode node = root.get(w.key());
            if (node != null) {
                worlds.add(world(f, w, node, cohorts.getOrDefault(w, List.of()), outlook.getOrDefault(w, List.of())));
            }
        }
        if (worlds.isEmpty() || worlds.get(0).world() != World.MLM) {
            throw f.bad(World.MLM.key(), "an object (the MLM world's results)", root.get(World.MLM.key()));
        }
        Map<String, Estimate> paired = new LinkedHashMap<>();
        JsonNode pairedNode = root.get(ResultsWriter.PAIRED);
        if (pairedNode != null) {
            for (Metric m : Metric.values()) {
                JsonNode s = at(pairedNode, m.key());
                if (s != null) {
                    paired.put(m.key(), f.estimate(s, ResultsWriter.PAIRED + "." + m.key(), m.range().ofDifference()));
                }
            }
        }
        List<ChartImage> charts = new ArrayList<>();
        for (ResultChart c : Charts.REGISTERED) {
            if (Files.isRegularFile(dir.resolve("charts").resolve(c.fileName()))) {
                charts.add(readBack(c, dir, replications));
            }
        }
        return new ReportData(version, seed, replications, months, generator, scenario, List.copyOf(worlds), paired,
                List.copyOf(charts), notShown(root, worlds));
    }

    /**
     * The estimates ({@code {"mean", "ci95", "sd", "n"}}) under a world's results or the paired differences in
     * summary.json that this version does not show, as "mlm.x" in the file's order. A world's pooled figures
     * (plain numbers, no {@code n}) and its ranks (a list, read whole) hold none.
     */
    private static List<String> notShown(JsonNode root, List<WorldData> worlds) {
        Set<String> known = new HashSet<>();
        for (Metric m : Metric.values()) {
            known.add(m.key());
        }
        for (String key : IncomeBands.KEYS) {
            known.add("incomeBands." + key);
        }
        List<String> groups = new ArrayList<>();
        worlds.forEach(w -> groups.add(w.world().key()));
        groups.add(ResultsWriter.PAIRED);
        List<String> unknown = new ArrayList<>();
        for (String group : groups) {
            JsonNode node = root.path(group);
            node.fields().forEachRemaining(e -> estimatesUnder(e.getValue(), e.getKey(), known, group + ".", unknown));
        }
        return List.copyOf(unknown);
    }

    /** The first of {@code names} with how many more: "mlm.x", "mlm.x (and 2 more)". */
    public static String firstOf(List<String> names) {
        return names.get(0) + (names.size() > 1 ? " (and " + (names.size() - 1) + " more)" : "");
    }

    /** Adds to {@code unknown} the estimates at or under {@code node} (at {@code path}) not {@code known}. */
    private static void estimatesUnder(JsonNode node, String path, Set<String> known, String prefix,
                                       List<String> unknown) {
        if (node.has("mean") && node.has("n") && !node.get("mean").isContainerNode()) {
            if (!known.contains(path)) {
                unknown.add(prefix + path);
            }
            return;
        }
        node.fields().forEachRemaining(e -> estimatesUnder(e.getValue(), path + "." + e.getKey(), known, prefix,
                unknown));
    }

    /**
     * The charts that every run draws ({@link ResultChart#drawnForEveryRun}: growth, net income, ...)
     * and that are missing from {@code dir/charts}, as paths in {@code dir}: {@link #read} leaves them
     * out of the page, as it does the charts only some runs draw (ranks, outlook, recruiting
     * efficiency), whose absence it cannot tell from a deletion; {@code downline report} names these.
     */
    public static List<Path> missingCharts(Path dir) {
        List<Path> missing = new ArrayList<>();
        for (ResultChart c : Charts.REGISTERED) {
            Path png = dir.resolve("charts").resolve(c.fileName());
            if (!Files.isRegularFile(png) && ResultChart.drawnForEveryRun(c)) {
                missing.add(png);
            }
        }
        return missing;
    }

    /**
     * A chart read back from a results folder, checked to be a whole PNG image (decoded with the JDK's
     * {@link ImageIO}): a corrupt or cut-off file is named, not embedded.
     */
    private static ChartImage readBack(ResultChart c, Path dir, int replications) {
        ChartImage image = chart(c, dir, replications);
        Path png = dir.resolve("charts").resolve(c.fileName());
        String why;
        try {
            why = ImageIO.read(new ByteArrayInputStream(image.png())) == null ? "not a PNG image" : null;
        } catch (IOException | RuntimeException e) {
            why = "not a readable PNG image (" + String.valueOf(e.getMessage()).split("\\R")[0] + ")";
        }
        if (why != null) {
            throw new IllegalArgumentException(png + " is " + why + "; run again to redraw it");
        }
        return image;
    }

    /**
     * The fields of a summary.json the report reads, each checked to hold what {@link ResultsWriter}
     * writes: a field that does not is an error naming the file, the field, the values it allows and
     * what it holds, rather than a page that prints "-3 replications" or "n/a lost money".
     */
    private record SummaryFile(Path file) {

        IllegalArgumentException bad(String field, String allowed, JsonNode given) {
            // as written in the file (JSON), cut as every other input's value is
            String shown = given == null || given.isMissingNode() ? "missing" : Checks.show(given);
            return new IllegalArgumentException(file + ": " + field + " must be " + allowed + ", was " + shown);
        }

        String text(JsonNode parent, String field) {
            JsonNode n = parent.get(field);
            if (n == null || !n.isTextual()) {
                throw bad(field, "a string", n);
            }
            return n.asText();
        }

        /** A whole number, in {@code range} if there is one. */
        long integer(JsonNode parent, String field, Range range) {
            JsonNode n = parent.get(field);
            if (n == null || !n.isIntegralNumber() || !n.canConvertToLong()
                    || range != null && !range.contains(n.asLong())) {
                throw bad(field, range == null ? org.downline.scenario.Range.ANY_LONG : range.allowed(), n);
            }
            return n.asLong();
        }

        /** A top-level field that must equal its scenario's value of the same key. */
        void agrees(JsonNode parent, String field, long value, long scenarios) {
            if (value != scenarios) {
                throw bad(field, scenarios + " (its scenario's " + field + ")", parent.get(field));
            }
        }

        /**
         * {@code {"mean", "ci95": [lo, hi] or null, "sd", "n"}} as {@link ResultsWriter#summary} writes it,
         * its numbers in {@code range}: the mean a number, or null (undefined) only where the sd is null
         * too; the interval null or two numbers, low first.
         */
        Estimate estimate(JsonNode s, String field, ValueRange range) {
            String in = numberIn(range);
            if (s == null || !s.isObject()) {
                throw bad(field, "{\"mean\": " + in + ", \"ci95\": [low, high] or null, \"sd\", \"n\"}", s);
            }
            JsonNode mean = s.get("mean");
            boolean undefined = mean != null && mean.isNull() && s.path("sd").isNull();
            if (!undefined && !(mean != null && mean.isNumber() && within(mean.asDouble(), range))) {
                throw bad(field + ".mean", in + " (null only where sd is null too)", mean);
            }
            JsonNode ci = s.get("ci95");
            if (ci != null && !ci.isNull() && !(ci.isArray() && ci.size() == 2 && ci.get(0).isNumber()
                    && ci.get(1).isNumber() && within(ci.get(0).asDouble(), range)
                    && within(ci.get(1).asDouble(), range) && ci.get(0).asDouble() <= ci.get(1).asDouble())) {
                throw bad(field + ".ci95", "null or [low, high] with low <= high, each " + in, ci);
            }
            return ReportData.estimate(s);
        }

        /** A run writes no infinite mean or interval end (1e999 reads as one), whatever the range. */
        private static boolean within(double v, ValueRange range) {
            return Double.isFinite(v) && v >= range.min() && v <= range.max();
        }

        /** "a number in [0, 1]", "a number >= 0", "a number". */
        private static String numberIn(ValueRange range) {
            if (Double.isInfinite(range.max())) {
                return Double.isInfinite(range.min()) ? "a number" : "a number >= " + Checks.show(range.min());
            }
            return "a number in [" + Checks.show(range.min()) + ", " + Checks.show(range.max()) + "]";
        }
    }

    private static WorldData world(SummaryFile f, World w, JsonNode node, List<CohortRow> cohorts,
                                   List<OutlookRow> outlook) {
        String prefix = w.key() + ".";
        if (!node.isObject()) {
            throw f.bad(w.key(), "an object (the " + w.key() + " world's results)", node);
        }
        Map<String, Estimate> metrics = new LinkedHashMap<>();
        for (Metric m : Metric.values()) {
            JsonNode s = atKey(node, m.key());
            if (!s.isMissingNode()) {
                metrics.put(m.key(), f.estimate(s, prefix + m.key(), m.range()));
            }
        }
        List<Estimate> bands = new ArrayList<>();
        for (String key : IncomeBands.KEYS) {
            bands.add(f.estimate(node.path("incomeBands").get(key), prefix + "incomeBands." + key, ValueRange.UNIT));
        }
        List<RankRow> ranks = null;
        JsonNode list = node.get("ranks");
        if (list != null) {
            if (!list.isArray()) {
                throw f.bad(prefix + "ranks", "a list of ranks", list);
            }
            ranks = new ArrayList<>();
            for (int k = 0; k < list.size(); k++) {
                JsonNode rank = list.get(k);
                String at = prefix + "ranks[" + k + "].";
                // the ranges RankSummary cuts each column to
                ranks.add(new RankRow(f.text(rank, "label"),
                        f.estimate(rank.get("shareOfParticipants"), at + "shareOfParticipants", ValueRange.UNIT),
                        f.estimate(rank.get("shareLosingMoney"), at + "shareLosingMoney",
                                Metric.SHARE_LOSING_MONEY.range()),
                        f.estimate(rank.get("medianNet"), at + "medianNet", Metric.NET_P50.range()),
                        f.estimate(rank.get("meanNet"), at + "meanNet", Metric.NET_MEAN.range()),
                        f.estimate(rank.get("meanGross"), at + "meanGross", Metric.GROSS_MEAN.range())));
            }
            ranks = List.copyOf(ranks);
        }
        return new WorldData(w, metrics, List.copyOf(bands), List.copyOf(cohorts), ranks, List.copyOf(outlook));
    }

    /** The summary object at a dotted key ({@code netIncome.p50}), or null if there is none. */
    private static JsonNode at(JsonNode node, String dotted) {
        JsonNode at = atKey(node, dotted);                          // missing: not an object
        return at.isObject() && at.has("mean") ? at : null;
    }

    /** The node at a dotted key ({@code netIncome.p50}), read as a JSON pointer; a MissingNode if there is none. */
    private static JsonNode atKey(JsonNode node, String dotted) {
        return node.at("/" + dotted.replace('.', '/'));
    }

    /** {@code {"mean", "ci95": [lo, hi] or null}} as written by {@link ResultsWriter}; null is NaN. */
    private static Estimate estimate(JsonNode s) {
        JsonNode ci = s.path("ci95");
        return new Estimate(number(s.path("mean")), ci.isArray() ? number(ci.path(0)) : Double.NaN,
                ci.isArray() ? number(ci.path(1)) : Double.NaN);
    }

    private static double number(JsonNode n) {
        return n.isNumber() ? n.asDouble() : Double.NaN;
    }

    private static Map<World, List<CohortRow>> readCohorts(Path file) {
        Map<World, List<CohortRow>> out = new LinkedHashMap<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true)
                .build();
        try (CSVParser p = parse(csvText(file), format, file)) {
            // every run writes them: an emptied file is refused, not read as no cohorts (the page left them out)
            requireColumns(p, file, COHORTS_READ);
            for (CSVRecord row : p) {
                try {
                    World w = world(row);
                    out.computeIfAbsent(w, x -> new ArrayList<>()).add(new CohortRow(
                            joinMonth(row), csv(row, "participants"),
                            csvEstimate(row, "shareLosingMoney"), csvEstimate(row, "medianNet"),
                            csvEstimate(row, "meanNet"), csvEstimate(row, "meanGross")));
                } catch (IllegalArgumentException e) {
                    throw badRow(file, row, e);
                }
            }
        } catch (IOException e) {
            throw unreadable(file, e);
        }
        return out;
    }

    /** outlook.csv as {@link ResultsWriter} writes it: the columns the report shows, exactly. */
    private static Map<World, List<OutlookRow>> readOutlook(Path file) {
        Map<World, List<OutlookRow>> out = new LinkedHashMap<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true)
                .build();
        try (CSVParser p = parse(csvText(file), format, file)) {
            requireColumns(p, file, OUTLOOK_READ);
            for (CSVRecord row : p) {
                World w;
                int t;
                try {
                    w = world(row);
                    t = joinMonth(row);
                } catch (IllegalArgumentException e) {
                    throw badRow(file, row, e);
                }
                List<OutlookRow> rows = out.computeIfAbsent(w, x -> new ArrayList<>());
                if (t != rows.size()) {
                    throw new IllegalArgumentException(file + ": join month " + t + " of " + w.key()
                            + " where month " + rows.size() + " belongs");
                }
                try {
                    rows.add(new OutlookRow(t, csvEstimate(row, "participants"), csvEstimate(row, "netP50"),
                            csvEstimate(row, "shareLosingMoney"), csvEstimate(row, "shareQuit"),
                            csvEstimate(row, "sharePaid")));
                } catch (IllegalArgumentException e) {
                    throw badRow(file, row, e);
                }
            }
        } catch (IOException e) {
            throw unreadable(file, e);
        }
        return out;
    }

    /** Refuses a results CSV whose header lacks one of {@code columns} (an emptied file has none). */
    private static void requireColumns(CSVParser p, Path file, List<String> columns) {
        for (String c : columns) {
            if (!p.getHeaderMap().containsKey(c)) {
                throw new IllegalArgumentException(file + " has no column " + c);
            }
        }
    }

    /**
     * A results CSV's text, a leading byte-order mark dropped as from every input file ({@link InputFiles#read},
     * which refuses one over the limit summary.json has); a missing file thrown as such, said "is missing".
     */
    private static String csvText(Path file) throws IOException {
        if (!Files.exists(file)) {
            throw new java.nio.file.NoSuchFileException(file.toString());
        }
        return InputFiles.read(file, SUMMARY_LIMIT, "a results CSV");
    }

    /**
     * A parser of {@code text}, a results CSV's; a header it refuses (a column with no name) said in words, naming
     * the file.
     */
    private static CSVParser parse(String text, CSVFormat format, Path file) throws IOException {
        try {
            return CSVParser.parse(new StringReader(text), format);
        } catch (IllegalArgumentException | UncheckedIOException e) {
            throw CsvProblems.of(file.toString(), CsvProblems.headerLine(text), e);
        }
    }

    /** A results file that cannot be read, saying why in words ("w2/outlook.csv is missing"), not the bare path. */
    private static UncheckedIOException unreadable(Path file, IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return new UncheckedIOException(file + " is missing", e);
        }
        return new UncheckedIOException("cannot read " + file + ": " + ResultFolder.reason(e), e);
    }

    private static Estimate csvEstimate(CSVRecord row, String column) {
        return new Estimate(csv(row, column), csv(row, column + "Low"), csv(row, column + "High"));
    }

    /** A row of a results CSV that does not hold what {@link ResultsWriter} writes, named by file and row. */
    private static IllegalArgumentException badRow(Path file, CSVRecord row, IllegalArgumentException e) {
        return new IllegalArgumentException(file + ", row " + row.getRecordNumber() + ": " + e.getMessage(), e);
    }

    private static World world(CSVRecord row) {
        return World.of(cell(row, "world"));
    }

    private static int joinMonth(CSVRecord row) {
        String text = cell(row, "joinMonth");
        try {
            int t = Integer.parseInt(text);
            if (t >= 0) {
                return t;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalArgumentException("joinMonth must be an integer >= 0, was " + Checks.showTyped(text));
    }

    /** The cell of {@code column}; a row without it (short, or no such column) is refused. */
    private static String cell(CSVRecord row, String column) {
        if (!row.isMapped(column) || !row.isSet(column)) {
            throw new IllegalArgumentException("has no " + column + " column");
        }
        return row.get(column);
    }

    /**
     * A CSV number as {@link ResultsWriter} writes it: empty is undefined, else a finite decimal
     * ({@link Checks#decimal}: not Java's own 1d, 0x1p3 or Infinity).
     */
    private static double csv(CSVRecord row, String column) {
        String text = cell(row, column);
        if (text.isEmpty()) {
            return Double.NaN;
        }
        double x = Checks.decimal(text);
        if (!Double.isFinite(x)) {
            throw new IllegalArgumentException(column + " must be a number or empty, was " + Checks.showTyped(text));
        }
        return x;
    }
}
