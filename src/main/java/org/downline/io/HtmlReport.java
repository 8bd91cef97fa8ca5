package org.downline.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.downline.Version;
import org.downline.io.ReportData.ChartImage;
import org.downline.io.ReportData.CohortRow;
import org.downline.io.ReportData.Estimate;
import org.downline.io.ReportData.OutlookRow;
import org.downline.io.ReportData.RankRow;
import org.downline.io.ReportData.WorldData;
import org.downline.plans.Plans;
import org.downline.scenario.Scenario;
import org.downline.stats.IncomeBands;
import org.downline.stats.Flag;
import org.downline.stats.Metric;
import org.downline.stats.Unit;
import org.downline.stats.World;

/**
 * report.html: one self-contained page a reader can open offline and share — the headline in plain
 * words, the newcomer's outlook, every chart (embedded as {@code data:} PNGs with captions), the
 * tables, the scenario (embedded and downloadable) and how the numbers were made.
 *
 * <p>The page is a Mustache template ({@code report.html.mustache} beside this class), filled from
 * {@link ReportData}: every value goes through {@code {{...}}}, which HTML-escapes it, so a
 * scenario's name or description is shown as text whatever it holds. The only unescaped values are
 * the {@code data:} URIs this class builds from base64 (whose alphabet needs no escaping).
 *
 * <p>Nothing in it depends on when or how the run was made beyond its results: no date, no thread
 * count, no output path, so a run gives the same bytes at any {@code --threads}, merged from shards,
 * or rebuilt by {@code downline report DIR}.
 */
public final class HtmlReport {

    /** The file's name in a results folder. */
    public static final String FILE = "report.html";

    private static final Mustache TEMPLATE =
            new DefaultMustacheFactory("org/downline/io/").compile("report.html.mustache");

    /** Metrics of the percentile table, in order. */
    private static final List<Metric> PERCENTILES = List.of(Metric.NET_P10, Metric.NET_P25, Metric.NET_P50,
            Metric.NET_P75, Metric.NET_P90, Metric.NET_P99, Metric.NET_MEAN, Metric.GROSS_P50, Metric.GROSS_P90,
            Metric.GROSS_P99, Metric.GROSS_MEAN);

    /** What the head of every page Downline writes holds (a run's, a sweep's and a fit's alike). */
    private static final String GENERATOR = "<meta name=\"generator\" content=\"Downline ";

    private HtmlReport() {
    }

    /** Whether {@code file} is a page Downline wrote: its first kilobyte names Downline as its generator. */
    public static boolean isPage(Path file) {
        try (java.io.InputStream in = Files.newInputStream(file)) {
            return new String(in.readNBytes(1024), StandardCharsets.UTF_8).contains(GENERATOR);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Writes {@code dir/report.html} atomically from {@code context}, the {@link #context} of the
     * run's data put together before its charts were written, with {@code charts} in place of the
     * charts it had; returns its path. The same page as {@link #render(ReportData)} renders with
     * those charts.
     */
    static Path write(Map<String, Object> context, List<ChartImage> charts, Path dir) {
        context.put("charts", charts(charts));
        Path target = dir.resolve(FILE);
        AtomicFiles.writeString(target, render(context));
        return target;
    }

    /** The page. */
    public static String render(ReportData d) {
        return render(context(d));
    }

    private static String render(Map<String, Object> context) {
        // room for the whole page at once: it is mostly the charts' data URIs, which growing it
        // copied again and again; the rest is some tens of kilobytes
        int size = 1 << 18;
        if (context.get("charts") instanceof List<?> charts) {
            for (Object chart : charts) {
                if (chart instanceof Map<?, ?> c && c.get("src") instanceof String src) {
                    size += src.length();
                }
            }
        }
        StringWriter out = new StringWriter(size);
        TEMPLATE.execute(out, context);
        return out.toString();
    }

    // ---- the template's context: maps, lists, strings and booleans only ----

    static Map<String, Object> context(ReportData d) {
        Scenario s = d.scenario();
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("scenarioName", s.name());
        c.put("description", s.description());
        c.put("hasDescription", !s.description().isBlank());
        c.put("version", d.version());
        // the version that renders the page: another than the one that computed the results only when
        // 'downline report' rebuilds it from another version's folder, and the page then says so
        c.put("renderer", Version.get());
        c.put("renderedByAnother", !Version.get().equals(d.version()));
        // what another version's results hold that this version does not know, and so leaves out
        c.put("notShown", d.notShown().isEmpty() ? null : String.join(", ", d.notShown()));
        c.put("seed", Long.toString(d.seed()));
        c.put("replications", Unit.COUNT.text(d.replications()));
        c.put("months", Integer.toString(d.months()));
        // counted nouns as the command line writes them: "1 replication", "12 months"
        c.put("replicationsCounted", Words.count(d.replications(), "replication"));
        c.put("independentReplicationsCounted", Words.count(d.replications(), "independent replication"));
        c.put("monthsCounted", Words.count(d.months(), "month"));
        // one replication has no intervals (summary.json's ci95 is null): the page says so instead
        c.put("hasIntervals", d.replications() >= 2);
        c.put("noIntervals", SummaryTable.NO_INTERVALS);
        c.put("generator", d.generator());
        c.put("headlines", headlines(d));
        c.put("paired", paired(d));
        c.put("hasPaired", !d.paired().isEmpty());
        String pairedNote = AffiliateNotes.fixedEntrants(s).orElse("");
        c.put("pairedNote", pairedNote);
        c.put("hasPairedNote", !pairedNote.isEmpty());
        c.put("flags", flags(d));
        c.put("outlook", Outlook.of(d));
        c.put("charts", charts(d.charts()));
        c.put("tables", tables(d));
        c.put("scenario", ScenarioTable.of(s));
        String yaml = ScenarioWriter.toCommentedYaml(s) + "\n";
        c.put("yaml", yaml);
        c.put("yamlFile", fileName(s.name()) + ".yaml");
        c.put("yamlHref", "data:application/yaml;charset=utf-8;base64,"
                + Base64.getEncoder().encodeToString(yaml.getBytes(StandardCharsets.UTF_8)));
        c.put("recruitmentModel", s.recruitment().model().name().toLowerCase(Locale.ROOT));
        c.put("planType", s.plan().type());
        c.put("affiliateRun", d.worlds().size() > 1);
        return c;
    }

    /** One sentence a world: who joined, how many lost money, how concentrated the pay was. */
    private static List<Map<String, Object>> headlines(ReportData d) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (WorldData w : d.worlds()) {
            Map<String, Object> h = new LinkedHashMap<>();
            h.put("world", w.world().label());
            h.put("cls", w.world().key());
            h.put("participants", Unit.COUNT.text(w.metric(Metric.PARTICIPANTS).mean()));
            h.put("joinedWords", w.world() == World.MLM ? "people who joined" : "people who started an affiliate site");
            h.put("losing", cell(w, Metric.SHARE_LOSING_MONEY));
            h.put("top1", cell(w, Metric.TOP_ONE_PERCENT_SHARE));
            h.put("median", cell(w, Metric.NET_P50));
            h.put("noCommission", cell(w, Metric.SHARE_NO_COMMISSION));
            String note = w.world() == World.AFFILIATE ? AffiliateNotes.marketSize(d.scenario()).orElse("") : "";
            h.put("note", note);
            h.put("hasNote", !note.isEmpty());
            out.add(h);
        }
        return out;
    }

    /** The regulators' tests on the MLM, one plain line each (as the summary table prints them). */
    private static List<Map<String, Object>> flags(ReportData d) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (WorldData w : d.worlds()) {
            if (w.world() == World.MLM) {
                for (Flag f : Flag.values()) {
                    Estimate e = w.metrics().get(f.metric().key());
                    if (e == null) {
                        e = new Estimate(Double.NaN, Double.NaN, Double.NaN);
                    }
                    Flag.Verdict v = f.verdict(e.mean(), e.lo(), e.hi());
                    out.add(Map.of("label", f.label(), "finding", f.finding(e.mean(), e.lo(), e.hi()),
                            "verdict", v.word(), "note", Flag.verdictNote(v, e.mean(), e.lo())));
                }
            }
        }
        return out;
    }

    /** The paired differences MLM − affiliate, one line a metric. */
    private static List<Map<String, Object>> paired(ReportData d) {
        List<Map<String, Object>> out = new ArrayList<>();
        d.paired().forEach((key, e) -> {
            Metric m = Metric.of(key);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("label", m.label());
            row.put("value", differenceCell(e, m.unit()));
            out.add(row);
        });
        return out;
    }

    private static List<Map<String, Object>> charts(List<ChartImage> charts) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (ChartImage img : charts) {
            Map<String, Object> c = chart(img.fileName(), img.caption(), img.png());
            c.put("alt", img.alt());
            c.put("hasCaption", !img.caption().isBlank());
            out.add(c);
        }
        return out;
    }

    /**
     * A chart for a page's template: its file, caption (its alt text too, unless replaced), size and the
     * PNG itself, embedded as a data URI; and the id of its figure, from the file name, which the link
     * that shows it full size ({@code chart-image.mustache}) is built from.
     */
    static Map<String, Object> chart(String fileName, String caption, byte[] png) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("id", "chart-" + fileName.replaceFirst("\\.png$", "").replaceAll("[^A-Za-z0-9_-]", "-"));
        c.put("file", "charts/" + fileName);
        c.put("caption", caption);
        c.put("alt", caption);
        int[] size = PngSize.of(png);
        c.put("width", Integer.toString(size[0]));
        c.put("height", Integer.toString(size[1]));
        c.put("src", "data:image/png;base64," + Base64.getEncoder().encodeToString(png));
        return c;
    }

    /** The bytes of the chart {@code charts/fileName} in a result folder. */
    static byte[] readChart(Path dir, String fileName) {
        Path png = dir.resolve("charts").resolve(fileName);
        try {
            return Files.readAllBytes(png);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the chart " + png + ": " + e.getMessage(), e);
        }
    }

    /** The tables section: percentiles, bands, cohorts, ranks, every metric. */
    private static List<Map<String, Object>> tables(ReportData d) {
        List<Map<String, Object>> out = new ArrayList<>();
        List<String> head = new ArrayList<>();
        for (WorldData w : d.worlds()) {
            head.add(w.world().label());
        }
        final String each = d.replications() >= 2 ? "Each: mean over replications [95% confidence interval]"
                : "Each: the one replication's value (" + SummaryTable.NO_INTERVALS + ")";

        Table pct = new Table("percentiles", "Income percentiles",
                "Net income (after every cost) and gross commissions (before costs) over each participant's whole "
                        + "time in the business: the value below which the given share of participants fall. "
                        + each + ".",
                "Statistic", head);
        for (Metric m : PERCENTILES) {
            pct.metricRow(m, d.worlds(), false);
        }
        out.add(pct.map());

        Table bands = new Table("bands", "Who lands where: net income bands",
                "Share of participants in each band of net income over their whole time in the business.",
                "Net income", head);
        for (int b = 0; b < IncomeBands.COUNT; b++) {
            List<Map<String, Object>> cells = new ArrayList<>();
            for (WorldData w : d.worlds()) {
                cells.add(Table.cell(w.bands().get(b), Unit.SHARE));
            }
            bands.row(IncomeBands.LABELS[b], "", cells);
        }
        out.add(bands.map());

        for (WorldData w : d.worlds()) {
            out.add(cohortTable(w, d.months()).map());
        }

        for (WorldData w : d.worlds()) {
            if (w.ranks() != null) {
                out.add(rankTable(w).map());
            }
        }

        Table all = new Table("metrics", "Every metric",
                "Every metric of summary.json, with what it means. " + each + "; a dash where a world does not "
                        + "report it.",
                "Metric", head);
        // as the summary table: a metric only plans with legs have is left out for the others (their 0 no finding)
        final boolean legs = Plans.entry(d.scenario().plan()).legs();
        for (Metric m : Metric.values()) {
            boolean any = d.worlds().stream().anyMatch(w -> w.metric(m) != null);
            if (any && (legs || !m.onlyWithLegs())) {
                all.metricRow(m, d.worlds(), true);
            }
        }
        out.add(all.map());
        return out;
    }

    private static Table cohortTable(WorldData w, int months) {
        String who = w.world() == World.MLM ? "members" : "affiliates";
        Table t = new Table("cohorts-" + w.world().key(), w.world().label() + ": by month of joining",
                "Each month's new " + who + ", followed to the end of month " + months
                        + " (month 0: the founders). Later joiners have had less time to earn and to spend.",
                "Joined in month", List.of("Joined", "Lost money", "Median net income", "Mean net income",
                        "Mean gross commissions"));
        for (CohortRow r : w.cohorts()) {
            if (!(r.participants() > 0)) {
                continue;
            }
            t.row(Integer.toString(r.joinMonth()), "", List.of(Table.plain(Unit.COUNT.text(r.participants())),
                    Table.cell(r.shareLosingMoney(), Unit.SHARE), Table.cell(r.medianNet(), Unit.DOLLARS),
                    Table.cell(r.meanNet(), Unit.DOLLARS), Table.cell(r.meanGross(), Unit.DOLLARS)));
        }
        return t;
    }

    private static Table rankTable(WorldData w) {
        Table t = new Table("ranks-" + w.world().key(), w.world().label() + ": by highest rank reached",
                "Participants grouped by the highest rank they reached in the plan.",
                "Highest rank reached", List.of("Share of participants", "Lost money", "Median net income",
                        "Mean net income", "Mean gross commissions"));
        for (RankRow r : w.ranks()) {
            t.row(r.label(), "", List.of(Table.cell(r.shareOfParticipants(), Unit.SHARE),
                    Table.cell(r.shareLosingMoney(), Unit.SHARE), Table.cell(r.medianNet(), Unit.DOLLARS),
                    Table.cell(r.meanNet(), Unit.DOLLARS), Table.cell(r.meanGross(), Unit.DOLLARS)));
        }
        return t;
    }

    /**
     * A world's metric as {@link #cell} shows it; its interval is already cut to the metric's range
     * ({@link Metric#range}), as in the files.
     */
    private static String cell(WorldData w, Metric m) {
        return cell(w.metric(m), m.unit());
    }

    /**
     * An estimate as the summary table shows it: {@code mean [lo, hi]}, each in the unit's format;
     * the mean alone where there is no interval.
     */
    static String cell(Estimate e, Unit unit) {
        return e == null ? "n/a" : SummaryTable.cell(e.mean(), e.lo(), e.hi(), unit::text);
    }

    /** A difference as the summary table shows it: shares in signed points. */
    static String differenceCell(Estimate e, Unit unit) {
        return SummaryTable.cell(e.mean(), e.lo(), e.hi(), unit::differenceText);
    }

    /** A scenario name as a file name: letters, digits, dot, dash and underscore; "scenario" if none. */
    static String fileName(String name) {
        String f = name.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^[-.]+|-+$", "");
        return f.isEmpty() ? "scenario" : f;
    }

    /** A table for the template: a caption, a note, column heads, rows of a row head and cells. */
    private static final class Table {
        private final Map<String, Object> map = new LinkedHashMap<>();
        private final List<Map<String, Object>> rows = new ArrayList<>();

        Table(String id, String caption, String note, String rowHead, List<String> head) {
            map.put("id", id);
            map.put("caption", caption);
            map.put("note", note);
            map.put("rowHead", rowHead);
            map.put("head", List.copyOf(head));
            map.put("rows", rows);
        }

        /** A metric's row: its label (and with {@code doc} what it means), then each world's value. */
        void metricRow(Metric m, List<WorldData> worlds, boolean doc) {
            List<Map<String, Object>> cells = new ArrayList<>();
            for (WorldData w : worlds) {
                Estimate e = w.metric(m);
                cells.add(e == null ? plain("–") : cell(e, m.unit()));
            }
            row(m.label(), doc ? m.description() : "", cells);
        }

        void row(String label, String doc, List<Map<String, Object>> cells) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("label", label);
            r.put("doc", doc);
            r.put("hasDoc", !doc.isEmpty());
            r.put("cells", cells);
            rows.add(r);
        }

        static Map<String, Object> cell(Estimate e, Unit unit) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("v", unit.text(e.mean()));
            c.put("hasCi", e.hasInterval());
            c.put("ci", SummaryTable.interval(e.lo(), e.hi(), unit::text));
            return c;
        }

        static Map<String, Object> plain(String text) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("v", text);
            c.put("hasCi", false);
            c.put("ci", "");
            return c;
        }

        Map<String, Object> map() {
            return map;
        }
    }

    /**
     * "If you join": a newcomer's first year (outlook.csv), led by the summary table's sentence for
     * the latest join month whose first year the run saw whole, then a table a world by join month.
     */
    static final class Outlook {

        private Outlook() {
        }

        static Map<String, Object> of(ReportData d) {
            List<String> sentences = new ArrayList<>();
            List<Map<String, Object>> tables = new ArrayList<>();
            for (WorldData w : d.worlds()) {
                OutlookRow latest = w.latestOutlook();
                if (latest == null) {
                    continue;
                }
                sentences.add(SummaryTable.outlookLine(w.world(), latest.joinMonth(),
                        cell(latest.medianNet(), Unit.DOLLARS), cell(latest.shareLosingMoney(), Unit.SHARE),
                        cell(latest.shareQuit(), Unit.SHARE)) + ".");
                tables.add(table(w).map());
            }
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("sentences", sentences);
            o.put("tables", tables);
            o.put("hasOutlook", !tables.isEmpty());
            o.put("noOutlook", SummaryTable.noOutlookReason(d.months()));
            o.put("lastJoinMonth", Integer.toString(org.downline.stats.Outlook.lastJoinMonth(d.months())));
            return o;
        }

        private static Table table(WorldData w) {
            String who = w.world() == World.MLM ? "members" : "affiliates";
            Table t = new Table("outlook-" + w.world().key(), w.world().label() + ": the first year, by month of joining",
                    "Each month's new " + who + " over their own first twelve months in the business (month 0: the "
                            + "founders, in the business from month 1). Only months in which someone joined are shown.",
                    "Joined in month", List.of("Joined", "Median first-year net", "Lost money in the first year",
                            "Quit within it", "Paid any commission in it"));
            for (OutlookRow r : w.outlook()) {
                if (!r.hasJoiners()) {
                    continue;
                }
                t.row(r.joinMonth() == 0 ? "0 (founders)" : Integer.toString(r.joinMonth()), "",
                        List.of(Table.plain(Unit.COUNT.text(r.participants().mean())),
                                Table.cell(r.medianNet(), Unit.DOLLARS), Table.cell(r.shareLosingMoney(), Unit.SHARE),
                                Table.cell(r.shareQuit(), Unit.SHARE), Table.cell(r.sharePaid(), Unit.SHARE)));
            }
            return t;
        }
    }

    /**
     * The scenario, key by key: its value, what the key means, and the value of the baseline it is
     * compared with (the bundled preset of the same name, else the defaults) where it differs.
     */
    static final class ScenarioTable {

        private ScenarioTable() {
        }

        static Map<String, Object> of(Scenario s) {
            boolean preset = Presets.names().contains(s.name());
            Scenario baseline = preset ? Presets.load(s.name(), List.of()) : Scenario.DEFAULT;
            ObjectNode tree = ScenarioWriter.toTree(s);
            ObjectNode base = ScenarioWriter.toTree(baseline);
            List<Map<String, Object>> rows = new ArrayList<>();
            int changed = 0;
            for (ScenarioKeys.Declared k : ScenarioKeys.all()) {
                if (k.inList()) {
                    continue;
                }
                String value = ScenarioWriter.text(at(tree, k.path()));
                String was = ScenarioWriter.text(at(base, k.path()));
                boolean differs = !value.equals(was);
                boolean unused = !k.usedBy(s.plan());
                changed += differs ? 1 : 0;
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("path", k.path());
                row.put("value", value);
                row.put("doc", k.key().doc());
                row.put("changed", differs);
                row.put("baseline", was.isEmpty() ? "(empty)" : was);
                row.put("unused", unused);
                String cls = ((differs ? "changed " : "") + (unused ? "unused" : "")).strip();
                row.put("cls", cls);
                row.put("hasCls", !cls.isEmpty());
                row.put("plan", s.plan().type());
                rows.add(row);
            }
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("rows", rows);
            out.put("baselineName", preset ? "the bundled preset '" + s.name() + "'" : "the defaults (an empty file)");
            out.put("changedCount", Words.count(changed, "key"));
            return out;
        }

        private static JsonNode at(JsonNode root, String path) {
            JsonNode at = root;
            for (String part : path.split("\\.")) {
                at = at == null ? null : at.get(part);
            }
            return at;
        }
    }

    /** A PNG's width and height, from its IHDR chunk. */
    static final class PngSize {
        private PngSize() {
        }

        static int[] of(byte[] png) {
            if (png.length < 24 || png[12] != 'I' || png[13] != 'H' || png[14] != 'D' || png[15] != 'R') {
                throw new IllegalArgumentException("not a PNG");
            }
            return new int[] {int32(png, 16), int32(png, 20)};
        }

        private static int int32(byte[] b, int at) {
            return (b[at] & 0xFF) << 24 | (b[at + 1] & 0xFF) << 16 | (b[at + 2] & 0xFF) << 8 | (b[at + 3] & 0xFF);
        }
    }
}
