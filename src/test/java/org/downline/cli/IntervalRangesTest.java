package org.downline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.downline.stats.Metric;
import org.downline.stats.ValueRange;
import org.downline.stats.World;
import org.downline.testing.Cli;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run and a sweep whose plain intervals (mean ± t·s/√R over three replications) run past the
 * values their quantities can take — a count below 0, a share above 1, gross commissions below 0 —
 * print and write every interval cut to its metric's range ({@link Metric#range}): the summary table,
 * summary.json, every CSV, report.html, sweep.csv, sweep.json and the sweep's report alike; net income
 * is not cut, and no "-$0" is printed anywhere.
 */
class IntervalRangesTest {

    /** t_{0.975, 1} and t_{0.975, 2}, from tables: three replications, or two where one left a metric undefined. */
    private static final double[] T = {Double.NaN, 12.706204736174707, 4.302652729911275};

    @TempDir
    static Path tmp;

    static Path run;
    static String table;
    static Path sweep;

    @BeforeAll
    static void runs() {
        run = tmp.resolve("run");
        Cli r = Cli.run("run", "--months", "13", "--set", "market.population=20000", "--set", "plan.type=binary",
                "--replications", "3", "--threads", "2", "--out", run.toString());
        assertEquals(0, r.exit(), r.err());
        table = r.out();
        sweep = tmp.resolve("sweep");
        Cli s = Cli.run("sweep", "--months", "1", "--set", "market.population=20000", "--replications", "3",
                "--threads", "2", "--vary", "economics.monthlyFee=0,40", "--metric", "participants",
                "--metric", "gini", "--metric", "grossCommissions.mean", "--out", sweep.toString());
        assertEquals(0, s.exit(), s.err());
    }

    /**
     * Each {"mean", "ci95", "sd", "n"} of summary.json (and of sweep.json's cells) holds the plain
     * interval cut to its metric's range, a paired difference's to the range of a difference; and
     * some plain intervals did run past a bound of a count, of a share and of money that cannot be
     * negative, so that the test can fail.
     */
    @Test
    void jsonIntervalsAreThePlainOnesCutToTheMetricsRange() throws IOException {
        JsonNode summary = new ObjectMapper().readTree(run.resolve("summary.json").toFile());
        Crossings c = new Crossings();
        for (World w : World.values()) {
            for (Metric m : Metric.values()) {
                JsonNode s = at(summary.path(w.key()), m.key());
                if (s != null) {
                    c.check(s, m.range(), w.key() + "." + m.key());
                }
            }
        }
        for (Metric m : Metric.values()) {
            JsonNode s = at(summary.path("mlmMinusAffiliate"), m.key());
            if (s != null) {
                c.check(s, m.range().ofDifference(), "paired " + m.key());
            }
        }
        for (JsonNode rank : summary.path("mlm").path("ranks")) {
            c.check(rank.path("shareOfParticipants"), ValueRange.UNIT, "rank share");
            c.check(rank.path("shareLosingMoney"), ValueRange.UNIT, "rank losing");
            c.check(rank.path("meanGross"), ValueRange.NON_NEGATIVE, "rank gross");
            c.check(rank.path("meanNet"), ValueRange.ANY, "rank net");
        }
        JsonNode cells = new ObjectMapper().readTree(sweep.resolve("sweep.json").toFile()).path("cells");
        assertEquals(2, cells.size());
        for (JsonNode cell : cells) {
            for (World w : World.values()) {
                for (Metric m : Metric.values()) {
                    JsonNode s = cell.path(w.key()).get(m.key());
                    if (s != null && s.isObject()) {
                        c.check(s, m.range(), "sweep " + w.key() + "." + m.key());
                    }
                }
            }
        }
        assertTrue(c.count > 100, c.count + " intervals checked");
        assertTrue(c.belowZero.contains("mlm.participants") || c.belowZero.contains("sweep mlm.participants"),
                "a count's plain interval ran below 0: " + c.belowZero);
        assertTrue(c.belowZero.stream().anyMatch(k -> k.contains("grossCommissions") || k.contains("rank gross")),
                "gross commissions' plain interval ran below 0: " + c.belowZero);
        assertTrue(c.belowZero.stream().anyMatch(k -> k.contains("gini") || k.contains("share")),
                "a share's or the Gini's plain interval ran below 0: " + c.belowZero);
        assertTrue(c.netBelowZero > 0, "net income's plain interval, kept, runs below 0");
    }

    /** Every interval of every CSV lies in its quantity's range. */
    @Test
    void csvIntervalsLieInTheirRange() throws IOException {
        int checked = 0;
        for (CSVRecord row : csv(run.resolve("cohorts.csv"))) {
            checked += inRange(row, "shareLosingMoney", ValueRange.UNIT)
                    + inRange(row, "meanGross", ValueRange.NON_NEGATIVE);
        }
        for (CSVRecord row : csv(run.resolve("outlook.csv"))) {
            checked += inRange(row, "participants", ValueRange.NON_NEGATIVE)
                    + inRange(row, "shareLosingMoney", ValueRange.UNIT) + inRange(row, "shareQuit", ValueRange.UNIT)
                    + inRange(row, "sharePaid", ValueRange.UNIT);
        }
        for (CSVRecord row : csv(run.resolve("ranks.csv"))) {
            checked += inRange(row, "shareOfParticipants", ValueRange.UNIT)
                    + inRange(row, "shareLosingMoney", ValueRange.UNIT)
                    + inRange(row, "meanGross", ValueRange.NON_NEGATIVE);
        }
        for (CSVRecord row : csv(run.resolve("bands.csv"))) {
            checked += between(row, "ci95Low", "ci95High", ValueRange.UNIT);
        }
        for (CSVRecord row : csv(run.resolve("incomes.csv"))) {
            Metric m = Metric.of(row.get("quantity") + "." + row.get("statistic"));
            checked += between(row, "ci95Low", "ci95High", m.range());
        }
        for (CSVRecord row : csv(sweep.resolve("sweep.csv"))) {
            for (String column : row.toMap().keySet()) {
                if (column.endsWith(".ci95Low")) {
                    String key = column.substring(0, column.length() - ".ci95Low".length());
                    String world = key.substring(0, key.indexOf('.'));
                    Metric m = Metric.of(key.substring(world.length() + 1));
                    checked += between(row, column, key + ".ci95High",
                            world.equals("mlmMinusAffiliate") ? m.range().ofDifference() : m.range());
                }
            }
        }
        assertTrue(checked > 200, checked + " intervals checked");
    }

    /**
     * The summary table shows no interval of a count, share, index or gross amount below 0, and no
     * "-$0"; a quantity that cannot be negative has no minus sign anywhere in its row.
     */
    @Test
    void theTableShowsTheIntervalsCut() {
        assertFalse(table.contains("-$0 ") || table.contains("-$0,") || table.contains("-$0]"), table);
        int rows = 0;
        for (String line : table.split("\n")) {
            for (Metric m : Metric.values()) {
                if (line.startsWith(m.label() + " ") && m.range().min() >= 0) {
                    assertFalse(Pattern.compile("-[$\\d]").matcher(line.substring(m.label().length())).find(), line);
                    rows++;
                }
            }
        }
        assertTrue(rows > 15, rows + " rows");
        assertTrue(table.contains("Participants (ever joined)"), table);
    }

    /** Both reports show the same cut intervals: nothing that cannot be negative below 0, no "-$0". */
    @Test
    void theReportsShowTheIntervalsCut() throws IOException {
        for (Path page : List.of(run.resolve("report.html"), sweep.resolve("report.html"))) {
            String html = Files.readString(page, StandardCharsets.UTF_8);
            assertFalse(html.contains("-$0<") || html.contains("-$0,") || html.contains("-$0]"), page.toString());
            assertFalse(html.contains("-0.0%"), page.toString());
        }
        String html = Files.readString(run.resolve("report.html"), StandardCharsets.UTF_8);
        int rows = 0;
        for (String part : html.split("<tr")) {
            for (Metric m : Metric.values()) {
                if (m.range().min() >= 0 && part.startsWith("><th scope=\"row\">" + escape(m.label()) + "<")) {
                    assertFalse(Pattern.compile("[\\[ ]-[$\\d]").matcher(part).find(), part);
                    rows++;
                }
            }
        }
        assertTrue(rows > 30, rows + " metric rows");
    }

    /** Counts the intervals checked and those whose plain interval ran past a bound. */
    private static final class Crossings {
        int count;
        int netBelowZero;
        final java.util.Set<String> belowZero = new java.util.TreeSet<>();

        void check(JsonNode s, ValueRange range, String what) {
            JsonNode ci = s.path("ci95");
            if (!ci.isArray()) {
                return;
            }
            double mean = s.path("mean").asDouble();
            double sd = s.path("sd").asDouble();
            int n = s.path("n").asInt();
            assertTrue(n == 2 || n == 3, what + " n " + n);
            double half = T[n - 1] * sd / Math.sqrt(n);
            double lo = mean - half;
            double hi = mean + half;
            double tol = 1e-9 * (1 + Math.abs(mean) + sd);
            assertEquals(Math.max(range.min(), lo), ci.get(0).asDouble(), tol, what + " low");
            assertEquals(Math.min(range.max(), hi), ci.get(1).asDouble(), tol, what + " high");
            if (lo < range.min() - tol) {
                belowZero.add(what);
            }
            if (range.equals(ValueRange.ANY) && lo < 0 && mean > 0) {
                netBelowZero++;
            }
            count++;
        }
    }

    private static JsonNode at(JsonNode node, String dotted) {
        JsonNode at = node.at("/" + dotted.replace('.', '/'));     // a JSON pointer; missing: not an object
        return at.isObject() && at.has("mean") ? at : null;
    }

    private static List<CSVRecord> csv(Path file) throws IOException {
        try (CSVParser p = CSVParser.parse(file, StandardCharsets.UTF_8,
                CSVFormat.DEFAULT.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true).build())) {
            return p.getRecords();
        }
    }

    private static int inRange(CSVRecord row, String column, ValueRange range) {
        return between(row, column + "Low", column + "High", range);
    }

    private static int between(CSVRecord row, String low, String high, ValueRange range) {
        if (row.get(low).isEmpty()) {
            return 0;
        }
        double lo = Double.parseDouble(row.get(low));
        double hi = Double.parseDouble(row.get(high));
        assertTrue(lo >= range.min() && hi <= range.max(), low + " " + lo + ", " + high + " " + hi + " in " + row);
        return 1;
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
