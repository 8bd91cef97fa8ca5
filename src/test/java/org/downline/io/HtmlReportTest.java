package org.downline.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.downline.engine.ProgressListener;
import org.downline.engine.Results;
import org.downline.engine.RunOptions;
import org.downline.engine.Simulation;
import org.downline.scenario.Scenario;
import org.downline.stats.Metric;
import org.downline.stats.Unit;
import org.downline.stats.ValueRange;
import org.downline.stats.World;
import org.junit.jupiter.api.BeforeAll;
import org.downline.testing.EmbeddedImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** report.html as written by a run: its numbers, its images, its self-containment, its escaping. */
class HtmlReportTest {

    /** A small default run (MLM and affiliates) and a small binary run (ranks). */
    static final List<String> SMALL = List.of("market.population=6000", "months=18", "replications=6");

    @TempDir
    static Path tmp;

    static Path mlmAndAffiliate;
    static Path binary;
    /** What {@code downline run} printed for {@link #mlmAndAffiliate}. */
    static String mlmAndAffiliateTable;

    @BeforeAll
    static void runs() {
        Results r = Simulation.run(Presets.load("default", SMALL), new RunOptions(2), ProgressListener.NONE);
        mlmAndAffiliate = tmp.resolve("default");
        ResultsWriter.writeAll(r, mlmAndAffiliate);
        mlmAndAffiliateTable = SummaryTable.render(r);
        List<String> set = new ArrayList<>(SMALL);
        set.add("plan.type=binary");
        binary = write(Presets.load("default", set), "binary");
    }

    static Path write(Scenario s, String name) {
        Path dir = tmp.resolve(name);
        ResultsWriter.writeAll(Simulation.run(s, new RunOptions(2), ProgressListener.NONE), dir);
        return dir;
    }

    static String html(Path dir) throws IOException {
        return Files.readString(dir.resolve(HtmlReport.FILE), StandardCharsets.UTF_8);
    }

    /**
     * The headline of each world reads the numbers of summary.json, formatted as the summary table
     * formats them (a share's interval cut at 0% and 100%).
     */
    @Test
    void headlineNumbersAreSummaryJsonsAsFormatted() throws IOException {
        JsonNode summary = new ObjectMapper().readTree(mlmAndAffiliate.resolve("summary.json").toFile());
        String html = html(mlmAndAffiliate);
        for (World w : World.values()) {
            Matcher card = Pattern.compile("<div class=\"card " + w.key() + "\">(.*?)</div>", Pattern.DOTALL)
                    .matcher(html);
            assertTrue(card.find(), "no headline for " + w.key());
            String text = card.group(1);
            assertTrue(text.contains("Of <span class=\"num\">"
                    + Unit.COUNT.text(summary.path(w.key()).path("participants").path("mean").asDouble()) + "</span>"),
                    text);
            for (Metric m : List.of(Metric.SHARE_LOSING_MONEY, Metric.TOP_ONE_PERCENT_SHARE, Metric.NET_P50,
                    Metric.SHARE_NO_COMMISSION)) {
                JsonNode s = at(summary.path(w.key()), m.key());
                double lo = s.path("ci95").path(0).asDouble();
                double hi = s.path("ci95").path(1).asDouble();
                if (m.unit() == Unit.SHARE) {   // a share's interval is shown cut at 0% and 100%
                    lo = Math.max(0, lo);
                    hi = Math.min(1, hi);
                }
                String expected = m.unit().text(s.path("mean").asDouble()) + (lo == hi ? ""  // a constant: alone
                        : " [" + m.unit().text(lo) + ", " + m.unit().text(hi) + "]");
                Matcher shown = Pattern.compile("data-metric=\"" + Pattern.quote(m.key()) + "\">([^<]*)<")
                        .matcher(text);
                assertTrue(shown.find(), m.key() + " missing from the " + w.key() + " headline");
                assertEquals(expected, shown.group(1), m.key() + " of " + w.key());
            }
        }
        JsonNode diff = summary.path(ResultsWriter.PAIRED).path(Metric.SHARE_LOSING_MONEY.key());
        assertTrue(html.contains(Unit.SHARE.differenceText(diff.path("mean").asDouble()) + " ["),
                "the paired difference in share losing money");
    }

    /**
     * "If you join" leads with the summary table's outlook line for each world, and its tables hold
     * every join month of outlook.csv in which anyone joined, formatted as the summary table formats
     * them.
     */
    @Test
    void ifYouJoinIsTheOutlookOfOutlookCsv() throws IOException {
        String html = html(mlmAndAffiliate);
        String section = between(html, "<section id=\"if-you-join\"", "</section>");
        Map<String, List<CSVRecord>> csv = outlookCsv(mlmAndAffiliate);
        assertEquals(Set.of("mlm", "affiliate"), csv.keySet());
        for (World w : World.values()) {
            List<CSVRecord> rows = csv.get(w.key());
            // months=18: join months 0..7 have a whole first year
            assertEquals(org.downline.stats.Outlook.lastJoinMonth(18) + 1, rows.size(), w.key());
            CSVRecord latest = null;
            for (CSVRecord row : rows) {
                if (number(row, "participants") > 0 && !row.get("netP50").isEmpty()) {
                    latest = row;
                }
            }
            assertNotNull(latest, "someone joined in the first months of " + w.key());
            int latestMonth = Integer.parseInt(latest.get("joinMonth"));
            // the summary table printed this line, the numbers as outlook.csv holds them ...
            String printed = SummaryTable.outlookLine(w, latestMonth, csvCell(latest, "netP50", Unit.DOLLARS, false),
                    csvCell(latest, "shareLosingMoney", Unit.SHARE, false),
                    csvCell(latest, "shareQuit", Unit.SHARE, false));
            assertTrue(mlmAndAffiliateTable.contains(printed + "\n"), mlmAndAffiliateTable);
            // ... and the page the same sentence, with the shares' intervals cut at 0% and 100%
            String sentence = SummaryTable.outlookLine(w, latestMonth, csvCell(latest, "netP50", Unit.DOLLARS, false),
                    csvCell(latest, "shareLosingMoney", Unit.SHARE, true),
                    csvCell(latest, "shareQuit", Unit.SHARE, true));
            assertTrue(section.contains("<p class=\"lead\">" + escape(sentence) + ".</p>"),
                    "the " + w.key() + " outlook sentence, " + sentence + ", in " + section);

            String table = between(section, "id=\"outlook-" + w.key() + "\"", "</table>");
            int shown = 0;
            int clipped = 0;
            for (CSVRecord row : rows) {
                String month = row.get("joinMonth").equals("0") ? "0 (founders)" : row.get("joinMonth");
                String tr = "<tr><th scope=\"row\">" + month + "</th>";
                if (!(number(row, "participants") > 0) || row.get("netP50").isEmpty()) {
                    assertFalse(table.contains(tr), "a month nobody joined in: " + month);
                    continue;
                }
                shown++;
                String expected = tr + "<td>" + Unit.COUNT.text(number(row, "participants")) + "</td>"
                        + td(row, "netP50", Unit.DOLLARS) + td(row, "shareLosingMoney", Unit.SHARE)
                        + td(row, "shareQuit", Unit.SHARE) + td(row, "sharePaid", Unit.SHARE) + "</tr>";
                for (String share : List.of("shareLosingMoney", "shareQuit", "sharePaid")) {
                    double lo = number(row, share + "Low");
                    double hi = number(row, share + "High");
                    double mean = number(row, share);
                    assertFalse(lo < 0 || hi > 1, share + " [" + lo + ", " + hi + "] in outlook.csv");
                    // an end at exactly 0 or 1 away from the mean is a cut one
                    clipped += (lo == 0 && mean > 0) || (hi == 1 && mean < 1) ? 1 : 0;
                }
                assertTrue(table.contains(expected), expected + " not in " + table);
            }
            assertTrue(shown >= 5, w.key() + ": " + shown + " join months shown");
            // 6 replications: some t-intervals of shares near 0% or 100% run past them, cut in outlook.csv
            assertTrue(clipped > 0, w.key() + ": no interval cut; the test checks nothing of the cutting");
        }
        assertTrue(html.contains("id=\"cohorts-mlm\""), "the cohort tables stay, under Tables");
        assertTrue(html.indexOf("id=\"cohorts-mlm\"") > html.indexOf("<section id=\"tables\""));
    }

    /** A run shorter than a year has no outlook and says so. */
    @Test
    void aRunShorterThanAYearSaysItHasNoOutlook() throws IOException {
        Path dir = write(Presets.load("default", List.of("market.population=3000", "months=11", "replications=3")),
                "short");
        String section = between(html(dir), "<section id=\"if-you-join\"", "</section>");
        assertFalse(section.contains("<table"), section);
        assertTrue(section.contains("No first-year outlook: this run is 11 months long, shorter than a newcomer&#39;s first "
                + "year of 12 months."), section);
        assertArrayEquals(Files.readAllBytes(dir.resolve(HtmlReport.FILE)),
                HtmlReport.render(ReportData.read(dir)).getBytes(StandardCharsets.UTF_8));
    }

    /** A table cell: a share's interval cut at 0% and 100%, written out by hand. */
    private static String td(CSVRecord row, String column, Unit unit) {
        double lo = number(row, column + "Low");
        double hi = number(row, column + "High");
        if (unit == Unit.SHARE) {
            lo = lo < 0 ? 0 : lo;
            hi = hi > 1 ? 1 : hi;
        }
        if (lo == hi) {                     // every replication gave the same value: the value alone
            return "<td>" + unit.text(number(row, column)) + "</td>";
        }
        return "<td>" + unit.text(number(row, column)) + "<span class=\"ci\">[" + unit.text(lo) + ", "
                + unit.text(hi) + "]</span></td>";
    }

    private static String csvCell(CSVRecord row, String column, Unit unit, boolean cut) {
        double lo = number(row, column + "Low");
        double hi = number(row, column + "High");
        if (cut) {
            lo = lo < 0 ? 0 : lo;
            hi = hi > 1 ? 1 : hi;
        }
        if (lo == hi) {                     // every replication gave the same value: the value alone
            return unit.text(number(row, column));
        }
        return unit.text(number(row, column)) + " [" + unit.text(lo) + ", " + unit.text(hi) + "]";
    }

    /**
     * No share on the page — headline, outlook, bands, cohorts, ranks, every metric that is a share of
     * a whole — has an interval outside [0%, 100%], nor has cohorts.csv (the results clamp them).
     */
    @Test
    void sharesIntervalsAreShownWithin0And100Percent() throws IOException {
        for (Path dir : List.of(mlmAndAffiliate, binary)) {
            String html = html(dir);
            Pattern interval = Pattern.compile("\\[(-?[\\d.,]+)%, (-?[\\d.,]+)%\\]");
            Pattern point = Pattern.compile("<td>(-?[\\d.,]+)%</td>");
            int checked = 0;
            for (String part : html.split("<tr")) {
                // the quotients of sales volume (payoutRatio and the like) can exceed 100%
                boolean quotient = Stream.of(Metric.values()).anyMatch(m -> m.unit() == Unit.SHARE
                        && !m.range().equals(ValueRange.UNIT) && part.startsWith("><th scope=\"row\">" + escape(m.label()) + "<"));
                Matcher m = interval.matcher(part);
                while (m.find() && !quotient) {
                    double lo = Double.parseDouble(m.group(1).replace(",", ""));
                    double hi = Double.parseDouble(m.group(2).replace(",", ""));
                    assertTrue(lo >= 0 && hi <= 100 && !m.group(1).startsWith("-"), m.group() + " in " + part);
                    checked++;
                }
                // an interval of a constant (every replication the same) is shown as its one value
                Matcher alone = point.matcher(part);
                while (alone.find() && !quotient) {
                    double v = Double.parseDouble(alone.group(1).replace(",", ""));
                    assertTrue(v >= 0 && v <= 100 && !alone.group(1).startsWith("-"), alone.group() + " in " + part);
                    checked++;
                }
            }
            assertTrue(checked > 100, checked + " intervals");
        }
        try (CSVParser p = CSVParser.parse(mlmAndAffiliate.resolve("cohorts.csv"), StandardCharsets.UTF_8,
                CSVFormat.DEFAULT.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true).build())) {
            int rows = 0;
            for (CSVRecord row : p) {
                double lo = number(row, "shareLosingMoneyLow");
                double hi = number(row, "shareLosingMoneyHigh");
                assertFalse(lo < 0 || hi > 1, "cohorts.csv " + row);
                rows++;
            }
            assertTrue(rows > 10, rows + " cohort rows");
        }
    }

    private static double number(CSVRecord row, String column) {
        return row.get(column).isEmpty() ? Double.NaN : Double.parseDouble(row.get(column));
    }

    static Map<String, List<CSVRecord>> outlookCsv(Path dir) throws IOException {
        Map<String, List<CSVRecord>> out = new LinkedHashMap<>();
        try (CSVParser p = CSVParser.parse(dir.resolve("outlook.csv"), StandardCharsets.UTF_8,
                CSVFormat.DEFAULT.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true).build())) {
            for (CSVRecord row : p) {
                out.computeIfAbsent(row.get("world"), k -> new ArrayList<>()).add(row);
            }
        }
        return out;
    }

    /** The text from the first {@code from} to the next {@code to} after it. */
    static String between(String text, String from, String to) {
        int a = text.indexOf(from);
        assertTrue(a >= 0, "no " + from);
        int b = text.indexOf(to, a);
        assertTrue(b >= 0, "no " + to + " after " + from);
        return text.substring(a, b);
    }

    /** HTML-escaped as Mustache escapes text. */
    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static JsonNode at(JsonNode node, String dotted) {
        JsonNode at = node;
        for (String part : dotted.split("\\.")) {
            at = at.path(part);
        }
        return at;
    }

    /** Every chart PNG of the run is embedded, decodes, and is the file in charts/ byte for byte. */
    @Test
    void everyChartIsEmbeddedAndDecodes() throws IOException {
        for (Path dir : List.of(mlmAndAffiliate, binary)) {
            String html = html(dir);
            EmbeddedImages.assertEveryChartEmbedded(EmbeddedImages.of(html), dir.resolve("charts"));
        }
        assertTrue(html(binary).contains("by highest rank reached"), "a plan with ranks has a ranks table");
        assertFalse(html(mlmAndAffiliate).contains("by highest rank reached"));
    }

    /**
     * A metric only plans with legs have (the share of leg volume flushed) is in the binary's every-metric
     * table and left out of the unilevel's, whose 0 is no finding, as the summary table leaves it out.
     */
    @Test
    void aMetricOfLegsIsListedOnlyForAPlanWithLegs() throws IOException {
        String label = Metric.FLUSHED_VOLUME_RATIO.label();
        assertTrue(html(binary).contains(">" + label + "<"), "binary lists " + label);
        assertFalse(html(mlmAndAffiliate).contains(label), "unilevel has no legs");
        assertTrue(html(mlmAndAffiliate).contains(">" + Metric.CAPPED_RATIO.label() + "<"), "the rest are listed");
    }

    /** Nothing is fetched: no http(s) or protocol-relative src or href, no external style or script. */
    @Test
    void loadsNothingFromTheNetwork() throws IOException {
        for (Path dir : List.of(mlmAndAffiliate, binary)) {
            String html = html(dir);
            Matcher external = Pattern.compile("(?i)\\b(src|href)\\s*=\\s*[\"']?\\s*(https?:|//)").matcher(html);
            assertFalse(external.find(), () -> "fetches " + external.group());
            assertFalse(Pattern.compile("(?i)url\\(|@import|<link|<script|<iframe").matcher(html).find(),
                    "no external styles, no scripts: the page works without JavaScript");
            Matcher srcs = Pattern.compile("(?i)\\b(src|href)=\"([^\"]*)\"").matcher(html);
            while (srcs.find()) {
                String url = srcs.group(2);
                assertTrue(url.startsWith("data:") || url.startsWith("#"), "not embedded: " + url);
            }
        }
    }

    /** A hostile scenario name and description are shown as text, never run as markup. */
    @Test
    void escapesTheScenarioNameAndDescription() throws IOException {
        String name = "<script>alert(1)</script>";
        Scenario s = Presets.load("default", List.of("market.population=3000", "months=6", "replications=3",
                "name=" + name, "description=x\"><img src=x onerror=alert(2)> & 'quotes'"));
        assertEquals(name, s.name());
        String html = html(write(s, "hostile"));
        assertFalse(html.contains(name));
        assertFalse(html.contains("<img src=x"));
        assertFalse(html.toLowerCase(java.util.Locale.ROOT).contains("<script"));
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "the name, escaped");
        assertTrue(html.contains("x&quot;&gt;&lt;img src"), "the description, escaped");
        assertTrue(html.contains("&gt; &amp; "), "the description, escaped");
        assertTrue(html.contains("download=\"script-alert-1-script.yaml\""), "a safe file name for the YAML");
    }

    /** The YAML behind the download link reads back to the scenario that was run. */
    @Test
    void embeddedScenarioReadsBack() throws IOException {
        Matcher link = Pattern.compile("href=\"data:application/yaml;charset=utf-8;base64,([A-Za-z0-9+/=]+)\"")
                .matcher(html(binary));
        assertTrue(link.find());
        String yaml = new String(Base64.getDecoder().decode(link.group(1)), StandardCharsets.UTF_8);
        JsonNode summary = new ObjectMapper().readTree(binary.resolve("summary.json").toFile());
        Scenario back = ScenarioReader.fromText(yaml, List.of(), "report.html");
        Scenario run = ScenarioReader.fromText(summary.get("scenario").toString(), List.of(), "summary.json");
        assertEquals(run, back);
        assertEquals(ScenarioWriter.toYaml(run), ScenarioWriter.toYaml(back));
        assertEquals("binary", back.plan().type());
    }

    /**
     * The pages count as the command line does: one replication of one month is "1 replication × 1
     * month", not "1 replications × 1 months" (run's page and sweep's).
     */
    @Test
    void pagesSayOneReplicationAndOneMonthInTheSingular() {
        Results r = Simulation.run(Presets.load("default", List.of("market.population=2000", "months=1",
                "replications=1")), new RunOptions(1), ProgressListener.NONE);
        String page = HtmlReport.render(ReportData.of(r, List.of()));
        String sweep = SweepReport.render(new SweepReport.Data("0", "s", 1, false, 1, 1, List.of("months"),
                List.of(List.of("1")), List.of("shareLosingMoney"), List.of("mlm"), List.of(), List.of(),
                "The preset 's'", "", "downline run --preset s --set KEY=VALUE ... --seed SEED --replications 1", ""), tmp);
        for (String html : List.of(page, sweep)) {
            assertTrue(html.contains("1 replication × 1 month"), html);
            assertFalse(html.matches("(?s).*\\b1 (replication|month|cell)s\\b.*"), html);
        }
        assertTrue(page.contains("No first-year outlook: this run is 1 month long"), page);
        assertTrue(page.contains("seed 1, 1 replication, 1 month, generator"), page);
        // thousands grouped as the pages wrote them before and as every count is (Unit.COUNT)
        assertEquals("1,000 replications", Words.count(1000, "replication"));
        assertEquals(Unit.COUNT.text(4961) + " simulations", Words.count(4961, "simulation"));
    }

    /**
     * An interval of a constant (every replication gave the same value, sd 0) prints as the value
     * alone in the terminal and the report, not "100.0% [100.0%, 100.0%]"; summary.json keeps it.
     * A company that pays nobody (every dollar must go to end users, and nobody has customers) left
     * every member unpaid in every replication.
     */
    @Test
    void anIntervalOfAConstantPrintsAsTheValueAlone() throws IOException {
        Scenario s = Presets.load("default", List.of("market.population=3000", "months=12", "replications=3",
                "plan.rules.minEndUserShare=1", "economics.retail.customersPerMonth=0"));
        Results r = Simulation.run(s, new RunOptions(2), ProgressListener.NONE);
        org.downline.stats.Summary never = r.mlm().metric(Metric.SHARE_NO_COMMISSION.key());
        assertTrue(never.mean() == 1 && never.sd() == 0 && never.lo() == 1 && never.hi() == 1, never.toString());
        assertFalse(never.hasInterval());
        String table = SummaryTable.render(r);
        assertTrue(table.contains(Metric.SHARE_NO_COMMISSION.label()), table);
        assertFalse(table.contains("100.0% [100.0%, 100.0%]") || table.contains("$0 [$0, $0]"), table);
        Path dir = tmp.resolve("constant");
        ResultsWriter.writeAll(r, dir);
        String page = html(dir);
        assertFalse(page.contains("100.0% [100.0%, 100.0%]") || page.contains("[100.0%, 100.0%]"), "report.html");
        JsonNode ci = new ObjectMapper().readTree(dir.resolve("summary.json").toFile()).path("mlm")
                .path(Metric.SHARE_NO_COMMISSION.key()).path("ci95");
        assertEquals("[1.0,1.0]", ci.toString(), "the file keeps the interval");
        assertEquals("$0", HtmlReport.cell(new ReportData.Estimate(0, 0, 0), Unit.DOLLARS));
        assertEquals("$5 [$4, $6]", HtmlReport.cell(new ReportData.Estimate(5, 4, 6), Unit.DOLLARS));
    }

    /**
     * The report's cells read as the summary table's for the same numbers (one format, SummaryTable.cell):
     * a mean with its interval, a point interval, one within 1e-9 of a point, none (NaN), and differences
     * in signed points.
     */
    @Test
    void theReportsCellsAreTheTablesCells() {
        double[][] cases = {{0.25, 0.2, 0.3}, {5, 5, 5}, {1, 1, 1 + 1e-12}, {3, Double.NaN, Double.NaN},
            {-0.02, -0.05, 0.01}, {1234.5, -10, 2500}};
        for (double[] c : cases) {
            ReportData.Estimate e = new ReportData.Estimate(c[0], c[1], c[2]);
            org.downline.stats.Summary s = new org.downline.stats.Summary(c[0], 1, c[1], c[2], 4);
            for (Unit u : Unit.values()) {
                assertEquals(SummaryTable.cell(s, u::text), HtmlReport.cell(e, u), u + " " + Arrays.toString(c));
                assertEquals(SummaryTable.cell(s, u::differenceText), HtmlReport.differenceCell(e, u),
                        u + " " + Arrays.toString(c));
            }
        }
        assertEquals("+5.0 points [+2.0 points, +8.0 points]", HtmlReport.differenceCell(new ReportData.Estimate(0.05,
                0.02, 0.08), Unit.SHARE));
    }

    /** The scenario table writes numbers as the preset and the YAML do: 0.0005, not 5.0E-4. */
    @Test
    void theScenarioTableWritesPlainDecimals() {
        Scenario s = ScenarioReader.fromText("recruitment: {innovation: 0.0005}\n", List.of(), "t");
        @SuppressWarnings("unchecked")
        List<java.util.Map<String, Object>> rows = (List<java.util.Map<String, Object>>) HtmlReport.ScenarioTable.of(s)
                .get("rows");
        java.util.Map<String, Object> row = rows.stream().filter(r -> r.get("path").equals("recruitment.innovation"))
                .findFirst().orElseThrow();
        assertEquals("0.0005", row.get("value"));
    }

    /** Keys that differ from the preset are marked, the others not. */
    @Test
    void marksKeysThatDifferFromThePreset() throws IOException {
        String html = html(binary);
        assertTrue(Pattern.compile("<tr class=\"changed\"><th scope=\"row\"><code>plan.type</code>").matcher(html)
                .find(), "plan.type differs from the default preset");
        assertTrue(Pattern.compile("<tr><th scope=\"row\"><code>market.prospectShare</code>")
                .matcher(html).find(), "market.prospectShare is the preset's");
    }

    /** The data read back from a folder is the data the run had, so the page is the same bytes. */
    @Test
    void readingTheFolderBackGivesTheSamePage() throws IOException {
        for (Path dir : List.of(mlmAndAffiliate, binary)) {
            assertArrayEquals(Files.readAllBytes(dir.resolve(HtmlReport.FILE)),
                    HtmlReport.render(ReportData.read(dir)).getBytes(StandardCharsets.UTF_8), dir.toString());
        }
    }
}
