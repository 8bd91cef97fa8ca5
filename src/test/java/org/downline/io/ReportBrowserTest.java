package org.downline.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.downline.engine.ProgressListener;
import org.downline.engine.RunOptions;
import org.downline.engine.Simulation;
import org.downline.scenario.Scenario;
import org.downline.testing.HeadlessChromium;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * report.html in a real browser: Debian's headless Chromium with its network cut off opens the
 * file at a desktop and a phone width. Every image must load, nothing may fail or be fetched, no
 * script may fail, the page must fit a phone's width, and every chart must open full size (readable on
 * a phone, scrolling) and close again. Fails, and does not skip, without
 * Chromium: CI installs it (.ci/run).
 *
 * <p>Screenshots of the whole page are saved under {@code target/report-screenshots/} (or the
 * folder in the system property {@code downline.screenshots}) to look at.
 */
class ReportBrowserTest {

    @TempDir
    Path tmp;

    @Test
    void opensOfflineWithEveryImageAtDesktopAndPhoneWidths() throws Exception {
        Scenario s = Presets.load("default", List.of("market.population=20000", "months=36", "replications=8",
                "name=<script>window.pwned=1</script> default"));
        Path dir = tmp.resolve("run");
        ResultsWriter.writeAll(Simulation.run(s, new RunOptions(2), ProgressListener.NONE), dir);
        long charts;
        try (Stream<Path> files = Files.list(dir.resolve("charts"))) {
            charts = files.filter(p -> p.toString().endsWith(".png")).count();
        }
        assertTrue(charts >= 6, "the run has its charts");
        Path shots = Path.of(System.getProperty("downline.screenshots", "target/report-screenshots"));
        try (HeadlessChromium browser = HeadlessChromium.start()) {
            for (int width : new int[] {1280, 390}) {
                HeadlessChromium.Page page = browser.open(dir.resolve(HtmlReport.FILE), width, width < 600);
                JsonNode images = page.eval("Array.from(document.images).map(i => ({complete: i.complete, "
                        + "width: i.naturalWidth, alt: i.alt}))");
                assertEquals(charts, images.size(), "one <img> a chart");
                for (JsonNode img : images) {
                    assertTrue(img.path("complete").asBoolean() && img.path("width").asInt() > 0,
                            "an image did not load: " + img);
                    assertTrue(!img.path("alt").asText().isBlank(), "an image without alt text");
                }
                assertEquals(List.of(), page.failedRequests(), "nothing fails to load");
                List<String> fetched = new ArrayList<>();
                for (String url : page.requestedUrls()) {
                    if (!url.startsWith("data:") && !url.startsWith("file:")) {
                        fetched.add(url);
                    }
                }
                assertEquals(List.of(), fetched, "nothing is fetched from the network");
                assertEquals(List.of(), page.scriptErrors());
                assertEquals("<script>window.pwned=1</script> default",
                        page.eval("document.querySelector('h1').textContent.replace('Who earns what: ', '')")
                                .asText(), "the hostile name is shown as text");
                assertTrue(page.eval("typeof window.pwned === 'undefined'").asBoolean(), "and never runs");
                int pageWidth = page.eval("document.documentElement.scrollWidth").asInt();
                if (pageWidth > width) {
                    // what is wider than its box, outside the tables that scroll on their own
                    JsonNode wide = page.eval("Array.from(document.querySelectorAll('body *')).filter(e => "
                            + "e.scrollWidth > e.clientWidth + 1 && !e.closest('.table-wrap, pre')).map(e => "
                            + "e.tagName + '.' + e.className + ' ' + e.scrollWidth + '/' + e.clientWidth).slice(0, 10)");
                    throw new AssertionError("the page is " + pageWidth + " px wide in a " + width
                            + " px window; wider than their box: " + wide);
                }
                // a table wider than the window scrolls in its box; its caption stays readable in the window
                JsonNode captions = page.eval("Array.from(document.querySelectorAll('caption')).filter(c => "
                        + "c.getBoundingClientRect().right > window.innerWidth + 1).map(c => c.textContent)");
                assertTrue(page.eval("document.querySelectorAll('caption').length").asInt() >= 5, "the tables");
                assertEquals(0, captions.size(), "captions cut off at " + width + " px: " + captions);
                List<Path> saved = page.screenshot(shots.resolve("report-" + width), 2400);
                assertTrue(!saved.isEmpty() && Files.size(saved.get(0)) > 0);
                // every chart opens full size (at a phone's width it is shrunk to a third in the page,
                // its text to about 4 px) and closes again; a look at one, opened
                page.assertChartsOpenFullSize();
                page.eval("document.querySelector('#chart-outlook a.open').click()");
                assertTrue(Files.size(page.windowScreenshot(shots.resolve("report-" + width + "-outlook-full-size.png"))) > 0);
            }
        }
    }

    /**
     * The harness can fail: a page that needs the network is caught — its request is seen and fails
     * (the browser's network is cut off), and its image does not load.
     */
    @Test
    void aPageThatFetchesIsCaught() throws Exception {
        Path page = tmp.resolve("fetches.html");
        Files.writeString(page, "<!DOCTYPE html><title>t</title><img src=\"http://downline.invalid/x.png\" alt=\"x\">");
        try (HeadlessChromium browser = HeadlessChromium.start()) {
            HeadlessChromium.Page p = browser.open(page, 800, false);
            assertEquals(0, p.eval("document.images[0].naturalWidth").asInt());
            assertTrue(p.requestedUrls().contains("http://downline.invalid/x.png"), p.requestedUrls().toString());
            assertEquals(1, p.failedRequests().size(), p.failedRequests().toString());
        }
    }
}
