package org.downline.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.downline.engine.ProgressListener;
import org.downline.engine.RunOptions;
import org.downline.engine.Simulation;
import org.downline.scenario.Scenario;
import org.downline.stats.Metric;
import org.downline.stats.Unit;
import org.downline.stats.World;
import org.junit.jupiter.api.BeforeAll;
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

    @BeforeAll
    static void runs() {
        mlmAndAffiliate = write(Presets.load("default", SMALL), "default");
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

    /** The headline of each world reads the numbers of summary.json, formatted as the summary table formats them. */
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
                String expected = m.unit().text(s.path("mean").asDouble()) + " [" + m.unit().text(s.path("ci95")
                        .path(0).asDouble()) + ", " + m.unit().text(s.path("ci95").path(1).asDouble()) + "]";
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
            Matcher img = Pattern.compile("<img src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\" width=\"(\\d+)\" "
                    + "height=\"(\\d+)\" alt=\"([^\"]+)\">").matcher(html);
            List<byte[]> embedded = new ArrayList<>();
            while (img.find()) {
                byte[] png = Base64.getDecoder().decode(img.group(1));
                BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
                assertNotNull(image, "an embedded image does not decode");
                assertEquals(Integer.parseInt(img.group(2)), image.getWidth());
                assertEquals(Integer.parseInt(img.group(3)), image.getHeight());
                assertFalse(img.group(4).isBlank());
                embedded.add(png);
            }
            List<Path> files;
            try (Stream<Path> s = Files.list(dir.resolve("charts"))) {
                files = s.filter(p -> p.toString().endsWith(".png")).sorted().toList();
            }
            assertEquals(files.size(), embedded.size(), "every chart of " + dir.getFileName() + " embedded once");
            for (Path f : files) {
                byte[] bytes = Files.readAllBytes(f);
                assertTrue(embedded.stream().anyMatch(e -> java.util.Arrays.equals(e, bytes)),
                        f.getFileName() + " is not embedded");
            }
        }
        assertTrue(html(binary).contains("by highest rank reached"), "a plan with ranks has a ranks table");
        assertFalse(html(mlmAndAffiliate).contains("by highest rank reached"));
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
