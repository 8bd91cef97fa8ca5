package org.downline.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.downline.stats.Metric;
import org.downline.stats.Unit;
import org.downline.testing.Cli;
import org.downline.testing.HeadlessChromium;
import org.junit.jupiter.api.BeforeAll;
import org.downline.testing.EmbeddedImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sweep's report.html: every cell's values, its charts embedded, escaping, thread-independence, a browser. */
class SweepReportTest {

    static final String NAME = "<script>window.pwned=1</script> sweep";

    @TempDir
    static Path tmp;

    static Path out;

    static Cli sweep(Path dir, String threads) {
        return Cli.run("sweep", "--set", "market.population=20000", "--set", "market.prospectShare=0.2",
                "--set", "name=" + NAME, "--months", "12", "--replications", "4", "--threads", threads,
                "--vary", "economics.monthlyFee=0,40", "--vary", "recruitment.imitation=0.2,0.4",
                "--metric", "shareLosingMoney", "--metric", "netIncome.p50", "--out", dir.toString());
    }

    @BeforeAll
    static void run() {
        out = tmp.resolve("s");
        Cli r = sweep(out, "2");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("report.html"), r.out());
    }

    static String html() throws IOException {
        return Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8);
    }

    /** Each row of sweep.csv is a row of the page's table: values, seed, each chosen metric a group. */
    @Test
    void holdsEveryCellsValues() throws IOException {
        String html = html();
        List<CSVRecord> rows;
        try (CSVParser p = CSVParser.parse(out.resolve("sweep.csv"), StandardCharsets.UTF_8,
                CSVFormat.DEFAULT.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true).build())) {
            rows = p.getRecords();
        }
        assertEquals(4, rows.size());
        for (CSVRecord row : rows) {
            StringBuilder tr = new StringBuilder("<tr><td class=\"key\">" + row.get("economics.monthlyFee")
                    + "</td><td class=\"key\">" + row.get("recruitment.imitation") + "</td><td class=\"seed\">"
                    + row.get("seed") + "</td>");
            for (Metric m : List.of(Metric.SHARE_LOSING_MONEY, Metric.NET_P50)) {
                for (String g : List.of("mlm", "affiliate", "mlmMinusAffiliate")) {
                    String col = g + "." + m.key();
                    double mean = Double.parseDouble(row.get(col));
                    double lo = Double.parseDouble(row.get(col + ".ci95Low"));
                    double hi = Double.parseDouble(row.get(col + ".ci95High"));
                    boolean paired = g.equals("mlmMinusAffiliate");
                    if (m.unit() == Unit.SHARE && !paired) {
                        lo = Math.max(0, lo);
                        hi = Math.min(1, hi);
                    }
                    Unit u = m.unit();
                    tr.append("<td class=\"num\">").append(paired ? u.differenceText(mean) : u.text(mean));
                    if (lo != hi) {             // every replication the same (sd 0): the value alone
                        tr.append("<span class=\"ci\">[").append(paired ? u.differenceText(lo) : u.text(lo))
                                .append(", ").append(paired ? u.differenceText(hi) : u.text(hi)).append("]</span>");
                    }
                    tr.append("</td>");
                }
            }
            tr.append("</tr>");
            assertTrue(html.contains(tr), tr + " not in the page");
        }
        assertTrue(html.contains("<th scope=\"col\" class=\"num\">Lost money, MLM</th>"), "metric and world in the head");
    }

    /** Every chart in charts/ is embedded once, decodes, and has a caption. */
    @Test
    void embedsEveryChart() throws IOException {
        String html = html();
        List<EmbeddedImages.Image> embedded = EmbeddedImages.of(html);
        for (EmbeddedImages.Image image : embedded) {
            assertTrue(image.caption().contains("one square a cell"), image.caption());
        }
        assertEquals(4, embedded.size(), "two metrics, two worlds");
        EmbeddedImages.assertEveryChartEmbedded(embedded, out.resolve("charts"));
        EmbeddedImages.assertFetchesNothing(html);
    }

    /** The scenario's name is shown as text. */
    @Test
    void escapesTheScenarioName() throws IOException {
        String html = html();
        assertFalse(html.contains(NAME));
        assertFalse(html.toLowerCase(java.util.Locale.ROOT).contains("<script"));
        assertTrue(html.contains("<h1>Sweep: &lt;script&gt;window.pwned&#61;1&lt;/script&gt; sweep</h1>"),
                "the name, escaped");
    }

    /** The page is the same bytes on one thread as on two. */
    @Test
    void isTheSameOnOneThread() throws IOException {
        Path one = tmp.resolve("one");
        Cli r = sweep(one, "1");
        assertEquals(0, r.exit(), r.err());
        assertArrayEquals(Files.readAllBytes(out.resolve("report.html")), Files.readAllBytes(one.resolve("report.html")));
    }

    /** In headless Chromium, offline: every image loads, nothing is fetched, the name never runs, it fits a phone, charts open full size. */
    @Test
    void opensOfflineInABrowser() throws Exception {
        Path shots = Path.of(System.getProperty("downline.screenshots", "target/report-screenshots"));
        try (HeadlessChromium browser = HeadlessChromium.start()) {
            for (int width : new int[] {1280, 390}) {
                HeadlessChromium.Page page = browser.open(out.resolve("report.html"), width, width < 600);
                page.assertOfflineAndWhole(4, width);
                page.assertChartsOpenFullSize();
                assertEquals(NAME, page.eval("document.querySelector('h1').textContent.replace('Sweep: ', '')")
                        .asText());
                assertFalse(page.screenshot(shots.resolve("sweep-report-" + width), 2400).isEmpty());
            }
        }
    }
}
