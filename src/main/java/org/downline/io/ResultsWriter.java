package org.downline.io;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.downline.chart.Charts;
import org.downline.chart.ResultChart;
import org.downline.engine.Results;
import org.downline.stats.CohortSummary;
import org.downline.stats.Flag;
import org.downline.stats.IncomeBands;
import org.downline.stats.Metric;
import org.downline.stats.Outlook;
import org.downline.stats.OutlookSummary;
import org.downline.stats.ParticipantStats;
import org.downline.stats.PooledStats;
import org.downline.stats.RankSummary;
import org.downline.stats.SeriesSummary;
import org.downline.stats.Summary;
import org.downline.stats.World;
import org.downline.stats.WorldResults;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * Writes a run's outputs into a directory: {@code summary.json}, {@code timeseries.csv},
 * {@code incomes.csv}, {@code cohorts.csv}, {@code outlook.csv}, {@code bands.csv}, {@code lorenz.csv},
 * {@code ranks.csv}
 * (plans with ranks only) and {@code charts/*.png}. Each file is written under a temporary name and renamed into place; each
 * records Downline's version, the seed and the generator.
 */
public final class ResultsWriter {

    /** The block of paired differences MLM − affiliate, in summary.json and sweep files. */
    public static final String PAIRED = "mlmMinusAffiliate";

    private static final AtomicBoolean WARMED = new AtomicBoolean();

    private ResultsWriter() {
    }

    /**
     * Writes everything, {@code report.html} ({@link HtmlReport}) last, since it embeds the charts;
     * returns the files written, in order.
     */
    public static List<Path> writeAll(Results r, Path dir) {
        List<Path> written = new ArrayList<>();
        Provenance provenance = Provenance.of(r);
        List<ResultChart> charts = Charts.REGISTERED.stream().filter(c -> c.appliesTo(r)).toList();
        // the tables, the report's page (all but its charts, put in once they are written) and each
        // chart depend on the results alone: they are written side by side, on every core, each
        // thread taking the next job in this order (the longest first, so that the threads finish
        // together). Every file finishes (or fails) before this returns: a failed write must not
        // leave another still writing into a folder the caller is about to delete.
        List<Runnable> jobs = new ArrayList<>();
        jobs.add(() -> written.addAll(writeTables(r, dir)));
        AtomicReference<Map<String, Object>> page = new AtomicReference<>();
        jobs.add(() -> page.set(HtmlReport.context(ReportData.of(r, List.of()))));
        for (ResultChart c : charts) {
            jobs.add(() -> PngWriter.write(c.build(r), dir.resolve("charts").resolve(c.fileName()), provenance));
        }
        RuntimeException[] failures = new RuntimeException[jobs.size()];
        AtomicInteger next = new AtomicInteger();
        Runnable takeJobs = () -> {
            for (int k = next.getAndIncrement(); k < failures.length; k = next.getAndIncrement()) {
                try {
                    jobs.get(k).run();
                } catch (RuntimeException e) {
                    failures[k] = e;
                }
            }
        };
        List<ForkJoinTask<?>> helpers = new ArrayList<>();
        for (int i = Math.min(ForkJoinPool.getCommonPoolParallelism(), jobs.size() - 1); i > 0; i--) {
            helpers.add(ForkJoinPool.commonPool().submit(takeJobs));
        }
        takeJobs.run();
        for (ForkJoinTask<?> helper : helpers) {
            helper.join();
        }
        for (RuntimeException e : failures) {
            if (e != null) {
                throw e;                    // the tables', else the page's, else the first chart's
            }
        }
        for (ResultChart c : charts) {
            written.add(dir.resolve("charts").resolve(c.fileName()));
        }
        written.add(HtmlReport.write(page.get(), ReportData.charts(r, dir), dir));
        return written;
    }

    /**
     * Starts loading, on a background thread, what writing a run's files needs and the run itself
     * does not — Jackson's JSON writing, the chart library, fonts, renderer and PNG encoder (by
     * drawing two small charts and encoding them to nowhere) and the report's template — so that
     * it overlaps loading the scenario and the replications instead of delaying the files. Once a
     * process; it writes nothing, changes no output, and its failures are ignored (writing the
     * files reports them).
     */
    public static void warmUp() {
        if (!WARMED.compareAndSet(false, true)) {
            return;
        }
        Thread t = new Thread(() -> {
            try {
                JsonText.pretty(ResultFolder.marker("warm-up"));     // Jackson's trees and JSON writing
                for (Chart<?, ?> c : Charts.warmUp()) {
                    PngWriter.warmUp(c);
                }
                Class.forName(HtmlReport.class.getName(), true, HtmlReport.class.getClassLoader());
            } catch (IOException | ReflectiveOperationException | RuntimeException | LinkageError e) {
                // nothing to do: the same work, when the files are written, reports what is wrong
            }
        }, "downline-warm-up");
        t.setDaemon(true);
        t.start();
    }

    /** Writes summary.json and the CSVs, not the charts; returns the files written, in order. */
    public static List<Path> writeTables(Results r, Path dir) {
        List<Path> written = new ArrayList<>();
        Path summary = dir.resolve("summary.json");
        AtomicFiles.writeString(summary, summaryJson(r));
        written.add(summary);
        written.add(csv(dir.resolve("timeseries.csv"), r, ResultsWriter::timeseries));
        written.add(csv(dir.resolve("incomes.csv"), r, ResultsWriter::incomes));
        written.add(csv(dir.resolve("cohorts.csv"), r, ResultsWriter::cohorts));
        written.add(csv(dir.resolve("outlook.csv"), r, ResultsWriter::outlook));
        written.add(csv(dir.resolve("bands.csv"), r, ResultsWriter::bands));
        written.add(csv(dir.resolve("lorenz.csv"), r, ResultsWriter::lorenz));
        if (hasRanks(r)) {
            written.add(csv(dir.resolve("ranks.csv"), r, ResultsWriter::ranks));
        }
        return written;
    }

    // ---- summary.json ----

    /** The summary document. */
    public static String summaryJson(Results r) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        root.put("version", r.version());
        root.put("seed", r.seed());
        root.put("replications", r.replications());
        root.put("months", r.months());
        root.put("generator", r.generator());
        root.set("scenario", ScenarioWriter.toTree(r.scenario()));
        root.set(World.MLM.key(), world(r.mlm()));
        root.set("flags", flags(r.mlm()));
        if (r.affiliate() != null) {
            root.set(World.AFFILIATE.key(), world(r.affiliate()));
            ObjectNode paired = root.putObject(PAIRED);
            r.paired().forEach((name, s) -> nest(paired, name).set(leaf(name), summary(s)));
        }
        DefaultPrettyPrinter pp = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        return JsonText.write(root, JsonText.JSON, pp) + "\n";        // as an object mapper's writer(pp)
    }

    /**
     * The regulators' tests ({@link Flag}) on the MLM: {@code [{rule, reading, threshold, value, ci95,
     * verdict}]}, the value the metric's mean over replications (null when undefined), ci95 its 95%
     * interval as the metric has it (null below two values) and the verdict passes, fails or undecided
     * ({@link Flag#verdict}).
     */
    private static ArrayNode flags(WorldResults mlm) {
        ArrayNode list = JsonNodeFactory.instance.arrayNode();
        for (Flag flag : Flag.values()) {
            Summary s = mlm.metrics().get(flag.metric().key());
            if (s == null) {
                s = Summary.of(new double[0]);
            }
            ObjectNode o = list.addObject();
            o.put("rule", flag.rule());
            o.put("reading", flag.reading());
            o.put("threshold", flag.threshold());
            ObjectNode estimate = summary(s);
            o.set("value", estimate.get("mean"));
            o.set("ci95", estimate.get("ci95"));
            o.put("verdict", flag.verdict(s.mean(), s.lo(), s.hi()).word());
        }
        return list;
    }

    private static ObjectNode world(WorldResults w) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode o = f.objectNode();
        w.metrics().forEach((name, s) -> nest(o, name).set(leaf(name), summary(s)));
        ObjectNode bands = o.putObject("incomeBands");
        for (int b = 0; b < IncomeBands.COUNT; b++) {
            bands.set(IncomeBands.KEYS[b], summary(w.bands()[b]));
        }
        PooledStats p = w.pooled();
        ObjectNode pooled = o.putObject("pooled");
        pooled.put(Metric.PARTICIPANTS.key(), p.participants());
        pooled(pooled, Metric.SHARE_LOSING_MONEY, p.shareLosingMoney());
        pooled(pooled, Metric.SHARE_NO_COMMISSION, p.shareNoCommission());
        pooled(pooled, Metric.TOP_ONE_PERCENT_SHARE, p.topOnePercentShare());
        pooled(pooled, Metric.GINI, p.gini());
        pooled(pooled, Metric.PAYOUT_RATIO, w.pooledPayoutRatio());
        pooled(pooled, Metric.NET_MEAN, p.netMean());
        for (int k = 0; k < ParticipantStats.PERCENTILES.length; k++) {
            pooled(pooled, percentile(Metric.NET_MEAN, ParticipantStats.PERCENTILES[k]), p.netPercentiles()[k]);
        }
        RankSummary ranks = w.ranks();
        if (ranks != null) {
            ArrayNode list = o.putArray("ranks");
            for (int k = 0; k < ranks.size(); k++) {
                ObjectNode rank = list.addObject();
                rank.put("rank", k);
                rank.put("label", ranks.labels()[k]);
                rank.set("shareOfParticipants", summary(ranks.share()[k]));
                rank.set("shareLosingMoney", summary(ranks.shareLosingMoney()[k]));
                rank.set("medianNet", summary(ranks.medianNet()[k]));
                rank.set("meanNet", summary(ranks.meanNet()[k]));
                rank.set("meanGross", summary(ranks.meanGross()[k]));
            }
        }
        return o;
    }

    /** A pooled statistic under its metric's key (nested as in the world's block). */
    private static void pooled(ObjectNode pooled, Metric metric, double v) {
        JsonNumbers.put(nest(pooled, metric.key()), leaf(metric.key()), v);
    }

    static String percentileKey(double p) {
        return "p" + Math.round(p * 100);
    }

    private static ObjectNode nest(ObjectNode root, String dotted) {
        String[] parts = dotted.split("\\.");
        ObjectNode at = root;
        for (int i = 0; i < parts.length - 1; i++) {
            ObjectNode next = (ObjectNode) at.get(parts[i]);
            at = next != null ? next : at.putObject(parts[i]);
        }
        return at;
    }

    private static String leaf(String dotted) {
        return dotted.substring(dotted.lastIndexOf('.') + 1);
    }

    /** A summary as JSON: {@code {"mean", "ci95": [lo, hi] or null, "sd", "n"}}. */
    static ObjectNode summary(Summary s) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        JsonNumbers.put(o, "mean", s.mean());
        if (Double.isNaN(s.lo())) {
            o.putNull("ci95");
        } else {
            ArrayNode ci = o.putArray("ci95");
            JsonNumbers.add(ci, s.lo());
            JsonNumbers.add(ci, s.hi());
        }
        JsonNumbers.put(o, "sd", s.sd());
        o.put("n", s.n());
        return o;
    }

    // ---- CSVs ----

    @FunctionalInterface
    private interface Rows {
        void write(Results r, CSVPrinter out) throws IOException;
    }

    private static Path csv(Path target, Results r, Rows rows) {
        AtomicFiles.write(target, out -> {
            // buffered: the printer appends value by value, and each append to the encoder is costly
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 14);
            CSVFormat format = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').setCommentMarker('#').build();
            CSVPrinter p = new CSVPrinter(w, format);
            p.printComment(Provenance.of(r).line());
            rows.write(r, p);
            p.flush();
        });
        return target;
    }

    private static List<WorldResults> worlds(Results r) {
        List<WorldResults> list = new ArrayList<>();
        list.add(r.mlm());
        if (r.affiliate() != null) {
            list.add(r.affiliate());
        }
        return list;
    }

    /** A number as CSV text: shortest round-trip form, empty for undefined. */
    static String n(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }

    private static void timeseries(Results r, CSVPrinter p) throws IOException {
        p.printRecord("month", "world", "metric", "mean", "p05", "p95");
        for (int t = 0; t <= r.months(); t++) {
            for (WorldResults w : worlds(r)) {
                for (SeriesSummary s : w.series()) {
                    p.printRecord(t, w.world(), s.key(), n(s.mean()[t]), n(s.p05()[t]), n(s.p95()[t]));
                }
            }
        }
    }

    private static void incomes(Results r, CSVPrinter p) throws IOException {
        p.printRecord("world", "quantity", "statistic", "mean", "ci95Low", "ci95High", "pooled");
        for (WorldResults w : worlds(r)) {
            PooledStats pooled = w.pooled();
            row(p, w, Metric.NET_MEAN, pooled.netMean());
            for (int k = 0; k < ParticipantStats.PERCENTILES.length; k++) {
                row(p, w, percentile(Metric.NET_MEAN, ParticipantStats.PERCENTILES[k]), pooled.netPercentiles()[k]);
            }
            row(p, w, Metric.GROSS_MEAN, pooled.grossMean());
            for (int k = 0; k < PooledStats.GROSS_PERCENTILES.length; k++) {
                row(p, w, percentile(Metric.GROSS_MEAN, PooledStats.GROSS_PERCENTILES[k]), pooled.grossPercentiles()[k]);
            }
        }
    }

    /** The metric of percentile {@code p} of the quantity of {@code mean} (netIncome.p50 of netIncome.mean). */
    private static Metric percentile(Metric mean, double p) {
        return Metric.of(mean.quantity() + "." + percentileKey(p));
    }

    private static void row(CSVPrinter p, WorldResults w, Metric metric, double pooled) throws IOException {
        Summary s = w.metrics().get(metric.key());
        if (s == null) {
            return;
        }
        p.printRecord(w.world(), metric.quantity(), metric.statistic(), n(s.mean()), n(s.lo()), n(s.hi()), n(pooled));
    }

    private static void cohorts(Results r, CSVPrinter p) throws IOException {
        p.printRecord("world", "joinMonth", "participants", "shareLosingMoney", "shareLosingMoneyLow",
                "shareLosingMoneyHigh", "medianNet", "medianNetLow", "medianNetHigh", "meanNet",
                "meanNetLow", "meanNetHigh", "meanGross", "meanGrossLow", "meanGrossHigh");
        for (WorldResults w : worlds(r)) {
            CohortSummary c = w.cohorts();
            for (int t = 0; t < c.meanCount().length; t++) {
                Summary l = c.shareLosingMoney()[t];
                Summary m = c.medianNet()[t];
                Summary a = c.meanNet()[t];
                Summary g = c.meanGross()[t];
                p.printRecord(w.world(), t, n(c.meanCount()[t]), n(l.mean()), n(l.lo()), n(l.hi()),
                        n(m.mean()), n(m.lo()), n(m.hi()), n(a.mean()), n(a.lo()), n(a.hi()), n(g.mean()),
                        n(g.lo()), n(g.hi()));
            }
        }
    }

    /** The outlook's columns after world and joinMonth, each followed by its interval's ends. */
    static final List<String> OUTLOOK_COLUMNS = outlookColumns();

    private static List<String> outlookColumns() {
        List<String> names = new ArrayList<>(List.of("participants"));
        for (double q : Outlook.PERCENTILES) {
            names.add("netP" + Math.round(q * 100));
        }
        names.addAll(List.of("shareLosingMoney", "shareQuit", "sharePaid"));
        return List.copyOf(names);
    }

    /**
     * A newcomer's first year: one row per world and join month with a whole first year (months
     * 0..months − 11), as cohorts.csv: each value the mean over replications with its 95% interval.
     */
    private static void outlook(Results r, CSVPrinter p) throws IOException {
        List<String> header = new ArrayList<>(List.of("world", "joinMonth"));
        for (String c : OUTLOOK_COLUMNS) {
            header.add(c);
            header.add(c + "Low");
            header.add(c + "High");
        }
        p.printRecord(header);
        for (WorldResults w : worlds(r)) {
            OutlookSummary o = w.outlook();
            if (o == null) {
                continue;
            }
            for (int t = 0; t < o.joinMonths(); t++) {
                List<Object> row = new ArrayList<>(List.of(w.world(), t));
                List<Summary> values = new ArrayList<>(List.of(o.participants()[t]));
                for (Summary[] percentile : o.netPercentiles()) {
                    values.add(percentile[t]);
                }
                values.addAll(List.of(o.shareLosingMoney()[t], o.shareQuit()[t], o.sharePaid()[t]));
                for (Summary s : values) {
                    row.add(n(s.mean()));
                    row.add(n(s.lo()));
                    row.add(n(s.hi()));
                }
                p.printRecord(row);
            }
        }
    }

    private static void bands(Results r, CSVPrinter p) throws IOException {
        p.printRecord("world", "band", "label", "share", "ci95Low", "ci95High");
        for (WorldResults w : worlds(r)) {
            for (int b = 0; b < IncomeBands.COUNT; b++) {
                Summary s = w.bands()[b];
                p.printRecord(w.world(), IncomeBands.KEYS[b], IncomeBands.LABELS[b], n(s.mean()), n(s.lo()), n(s.hi()));
            }
        }
    }

    /** Whether any world of the run has ranks (the plan ranks its members). */
    static boolean hasRanks(Results r) {
        for (WorldResults w : worlds(r)) {
            if (w.ranks() != null) {
                return true;
            }
        }
        return false;
    }

    private static void ranks(Results r, CSVPrinter p) throws IOException {
        p.printRecord("world", "rank", "label", "shareOfParticipants", "shareOfParticipantsLow",
                "shareOfParticipantsHigh", "shareLosingMoney", "shareLosingMoneyLow", "shareLosingMoneyHigh",
                "medianNet", "medianNetLow", "medianNetHigh", "meanNet", "meanNetLow", "meanNetHigh", "meanGross",
                "meanGrossLow", "meanGrossHigh");
        for (WorldResults w : worlds(r)) {
            RankSummary k = w.ranks();
            if (k == null) {
                continue;
            }
            for (int i = 0; i < k.size(); i++) {
                List<Object> row = new ArrayList<>(List.of(w.world(), i, k.labels()[i]));
                for (Summary s : new Summary[] {k.share()[i], k.shareLosingMoney()[i], k.medianNet()[i],
                    k.meanNet()[i], k.meanGross()[i]}) {
                    row.add(n(s.mean()));
                    row.add(n(s.lo()));
                    row.add(n(s.hi()));
                }
                p.printRecord(row);
            }
        }
    }

    private static void lorenz(Results r, CSVPrinter p) throws IOException {
        p.printRecord("world", "populationShare", "commissionShareMean", "commissionSharePooled");
        for (WorldResults w : worlds(r)) {
            double[] pooled = w.pooled().lorenz();
            for (int k = 0; k < ParticipantStats.LORENZ_X.length; k++) {
                p.printRecord(w.world(), n(ParticipantStats.LORENZ_X[k]), n(w.lorenz()[k]), n(pooled[k]));
            }
        }
    }
}
