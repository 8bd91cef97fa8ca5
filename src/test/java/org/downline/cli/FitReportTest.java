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
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.downline.io.FitReport;
import org.downline.stats.Unit;
import org.downline.testing.Cli;
import org.downline.testing.HeadlessChromium;
import org.junit.jupiter.api.BeforeAll;
import org.downline.testing.EmbeddedImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A fit's report.html: the posterior as in fit.json, charts embedded, escaping, offline in a browser. */
class FitReportTest {

    static final String LABEL = "<script>alert(1)</script>";
    static final String TITLE = "<img src=x onerror=\"window.pwned=1\"> & co";

    @TempDir
    static Path tmp;

    static Path out;
    static JsonNode fit;
    static String html;

    @BeforeAll
    static void run() throws IOException {
        String csv = new String(FitReportTest.class.getResourceAsStream("/org/downline/disclosures/doterra-us-2017.csv")
                .readAllBytes(), StandardCharsets.UTF_8)
                .replace("# title: doTERRA International, Opportunity and Earnings Disclosure Summary, US, 2017",
                        "# title: " + TITLE)
                .replace("Manager,", LABEL + ",");
        assertTrue(csv.contains(LABEL) && csv.contains(TITLE));
        Path file = tmp.resolve("hostile.csv");
        Files.writeString(file, csv);
        out = tmp.resolve("fit");
        Cli r = Cli.run("fit", "--set", "market.population=20000", "--disclosure", file.toString(),
                "--prior", "recruitment.imitation=uniform(0.05,0.9)", "--prior",
                "recruitment.effort.sigma=uniform(0.2,2.5)", "--particles", "20", "--budget", "200",
                "--max-generations", "3", "--predictive-draws", "30", "--threads", "2", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("report.html"), r.out());
        fit = new ObjectMapper().readTree(out.resolve("fit.json").toFile());
        html = Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8);
    }

    /**
     * A fit that stops after generation 0 has no tolerance (fit.json: null): the terminal and the
     * report both say so in words, not "Infinity" or "0.000" (which reads as a perfect match).
     */
    @Test
    void aFitOfGenerationZeroOnlySaysItHasNoTolerance() throws IOException {
        Path zero = tmp.resolve("zero");
        Cli r = Cli.run("fit", "--set", "market.population=5000", "--disclosure", "monavie-2009", "--prior",
                "recruitment.imitation=uniform(0.1,0.8)", "--particles", "10", "--budget", "10",
                "--predictive-draws", "4", "--threads", "2", "--out", zero.toString());
        assertEquals(0, r.exit(), r.err());
        JsonNode z = new ObjectMapper().readTree(zero.resolve("fit.json").toFile());
        assertEquals(1, z.path("generations").asInt());
        assertTrue(z.path("tolerance").isNull(), z.toString());
        String none = "tolerance none (generation 0 accepts every simulation)";
        assertTrue(r.out().contains(none + ", acceptance rate"), r.out());
        // the acceptance rate reads the same in the terminal and the report: a share (was 1.00 beside 100.0%)
        String rate = "acceptance rate " + FitReport.acceptanceRate(z.path("acceptanceRate").asDouble()) + ",";
        assertTrue(rate.matches("acceptance rate \\d+\\.\\d%,") && r.out().contains(rate), r.out());
        assertFalse(r.out().contains("Infinity"), r.out());
        String page = Files.readString(zero.resolve("report.html"), StandardCharsets.UTF_8);
        assertTrue(page.contains("Last generation: " + none + ","), "report.html");
        assertTrue(page.contains(none + ", " + rate), "report.html");
        // a fit of several generations still shows its number
        assertTrue(html.contains("Last generation: tolerance "
                + FitReport.number(fit.path("tolerance").asDouble()) + ","), "report.html");
    }

    /**
     * A fit of {@code months}, a whole-number key: the charts say the months were fitted (not the
     * scenario's 36), and the posterior is summarised in whole months, as the model ran them, in
     * the terminal, fit.json and the report; posterior.csv keeps the particles as drawn and says so.
     */
    @Test
    void aFittedWholeNumberKeyIsSummarisedInWholeNumbersAndChartsSayItWasFitted() throws IOException {
        Path m = tmp.resolve("months");
        Cli r = Cli.run("fit", "--set", "market.population=5000", "--disclosure", "doterra-us-2017", "--prior",
                "recruitment.imitation=uniform(0.05,0.9)", "--prior", "months=uniform(24,180)", "--particles", "10",
                "--budget", "30", "--predictive-draws", "4", "--threads", "2", "--out", m.toString());
        assertEquals(0, r.exit(), r.err());
        JsonNode months = new ObjectMapper().readTree(m.resolve("fit.json").toFile()).path("parameters")
                .path("months");
        double median = months.path("median").asDouble();
        double lo = months.path("ci95").get(0).asDouble();
        double hi = months.path("ci95").get(1).asDouble();
        for (double x : new double[] {median, lo, hi}) {
            assertEquals(Math.rint(x), x, months.toString());
        }
        String mean = Long.toString(Math.round(months.path("mean").asDouble()));
        assertTrue(Pattern.compile("(?m)^months +" + mean + " +" + (long) median + " +\\[ +" + (long) lo + ", +"
                + (long) hi + "\\]$").matcher(r.out()).find(), r.out());
        String page = Files.readString(m.resolve("report.html"), StandardCharsets.UTF_8);
        assertTrue(page.contains("<td><code>months</code></td><td><code>uniform(24,180)</code></td><td class=\"num\">"
                + mean + "</td><td class=\"num\">" + (long) median + "</td><td class=\"num\">[" + (long) lo + ", "
                + (long) hi + "]</td></tr>"), "report.html's months row");
        List<String> posterior = Files.readAllLines(m.resolve("posterior.csv"));
        assertTrue(posterior.get(1).startsWith("# months: particles as drawn; the model ran each rounded"),
                posterior.get(1));
        for (String chart : List.of("posterior.png", "predictive-check.png")) {
            String png = Files.readString(m.resolve("charts").resolve(chart), StandardCharsets.ISO_8859_1);
            assertTrue(png.contains("months 24 to 180, fitted"), chart);
            assertFalse(png.contains("months 36"), chart);
        }
    }

    /** Each fitted key's row holds fit.json's prior, mean, median and 95% interval, formatted. */
    @Test
    void postersTheSamePosteriorAsFitJson() {
        int rows = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = fit.path("parameters").fields(); it.hasNext(); rows++) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode p = e.getValue();
            String row = "<tr><td><code>" + e.getKey() + "</code></td><td><code>" + p.path("prior").asText()
                    + "</code></td><td class=\"num\">" + FitReport.number(p.path("mean").asDouble())
                    + "</td><td class=\"num\">" + FitReport.number(p.path("median").asDouble())
                    + "</td><td class=\"num\">[" + FitReport.number(p.path("ci95").get(0).asDouble()) + ", "
                    + FitReport.number(p.path("ci95").get(1).asDouble()) + "]</td></tr>";
            assertTrue(html.contains(row), row + " not in the page");
        }
        assertEquals(2, rows);
        assertTrue(html.contains(String.format(Locale.US, "%,d simulations in %d generations",
                fit.path("simulations").asLong(), fit.path("generations").asInt())));
    }

    /** The predictive check's rows and the verdict's count come from fit.json's predictive block. */
    @Test
    void predictiveCheckAndItsVerdict() {
        int outside = 0;
        int n = 0;
        for (JsonNode g : fit.path("predictive").path("groups")) {
            n++;
            double x = g.path("published").asDouble();
            boolean out = x < g.path("p05").asDouble() || x > g.path("p95").asDouble();
            outside += out ? 1 : 0;
            String label = g.path("group").asText().equals(LABEL) ? "&lt;script&gt;alert(1)&lt;/script&gt;"
                    : g.path("group").asText();
            String row = "<td class=\"label\">" + label + "</td><td class=\"num\">"
                    + FitReport.groupShare(g.path("share").asDouble())
                    + "</td><td class=\"num\">" + Unit.DOLLARS.text(x) + "</td><td class=\"num\">"
                    + Unit.DOLLARS.text(g.path("median").asDouble()) + "</td><td class=\"num\">["
                    + Unit.DOLLARS.text(g.path("p05").asDouble()) + ", " + Unit.DOLLARS.text(g.path("p95").asDouble())
                    + "]</td><td>" + (out ? "outside" : "inside") + "</td></tr>";
            assertTrue(html.contains(row), row + " not in the page");
        }
        assertEquals(13, n);
        assertTrue(html.contains(outside == 0 ? "Every published group mean lies inside the predictive 5–95% band"
                : outside + " of the 13 published group means fall outside the predictive 5–95% band"), "" + outside);
        assertTrue(html.contains("<td class=\"label\">Share paid nothing</td>"), "shareZero row");
        assertTrue(html.contains("<td class=\"label\">Top 1%&#39;s share of all pay</td>"), "topOnePercentShare row");
        // implications: a share's interval cut at 0% and 100%
        JsonNode lose = fit.path("implications").path("shareLosingMoney");
        String ci = "[" + Unit.SHARE.text(Math.max(0, lose.path("ci95").get(0).asDouble())) + ", "
                + Unit.SHARE.text(Math.min(1, lose.path("ci95").get(1).asDouble())) + "]";
        assertTrue(html.contains("<td class=\"label\">Lost money over their whole time in the company</td><td class=\"num\">"
                + Unit.SHARE.text(lose.path("mean").asDouble()) + "</td><td class=\"num\">" + ci + "</td>"), ci);
    }

    /** Every chart in charts/ is embedded, decodes at its stated size, and has a caption; nothing is fetched. */
    @Test
    void embedsEveryChart() throws IOException {
        List<EmbeddedImages.Image> embedded = EmbeddedImages.of(html);
        for (EmbeddedImages.Image image : embedded) {
            assertEquals(image.alt().strip(), image.caption().strip());
        }
        assertEquals(4, embedded.size());
        EmbeddedImages.assertEveryChartEmbedded(embedded, out.resolve("charts"));
        EmbeddedImages.assertFetchesNothing(html);
        // the scenario, downloadable
        Matcher yaml = Pattern.compile("href=\"data:text/yaml;charset=utf-8;base64,([A-Za-z0-9+/=]+)\"").matcher(html);
        assertTrue(yaml.find());
        String text = new String(Base64.getDecoder().decode(yaml.group(1)), StandardCharsets.UTF_8);
        assertTrue(text.contains("population: 20000"), text);
        assertFalse(html.contains("thread") && html.matches("(?s).*\\b\\d+ threads\\b.*"), "no thread count");
    }

    /** The hostile group label and title are shown as text. */
    @Test
    void escapesTheDisclosure() {
        assertFalse(html.contains(LABEL));
        assertFalse(html.contains(TITLE));
        assertFalse(html.toLowerCase(Locale.ROOT).contains("<script"));
        assertFalse(html.toLowerCase(Locale.ROOT).contains("<img src=x"));
        assertTrue(html.contains("<td class=\"label\">&lt;script&gt;alert(1)&lt;/script&gt;</td>"));
        assertTrue(html.contains("&lt;img src&#61;x onerror&#61;&quot;window.pwned&#61;1&quot;&gt; &amp; co"));
    }

    /** In headless Chromium, offline: images load, nothing fetched, nothing runs, fits a desktop and a phone, charts open full size. */
    @Test
    void opensOfflineInABrowser() throws Exception {
        Path shots = Path.of(System.getProperty("downline.screenshots", "target/report-screenshots"));
        try (HeadlessChromium browser = HeadlessChromium.start()) {
            for (int width : new int[] {1280, 390}) {
                HeadlessChromium.Page page = browser.open(out.resolve("report.html"), width, width < 600);
                page.assertOfflineAndWhole(4, width);
                page.assertChartsOpenFullSize();
                assertTrue(page.eval("Array.from(document.querySelectorAll('td')).some(t => t.textContent === '"
                        + LABEL.replace("/", "\\/") + "')").asBoolean(), "the label shown as text");
                assertFalse(page.screenshot(shots.resolve("fit-report-" + width), 2400).isEmpty());
            }
        }
    }
}
