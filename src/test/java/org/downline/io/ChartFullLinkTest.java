package org.downline.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.mustachejava.DefaultMustacheFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The "Open full size" link under each chart is written once, in {@code chart-full-link.mustache}: the
 * run's, the sweep's and the fit's reports include it in every chart's caption and do not spell it out.
 */
class ChartFullLinkTest {

    @Test
    void everyReportTakesTheFullSizeLinkFromItsPartial() throws IOException {
        for (String page : List.of("report.html.mustache", "sweep-report.html.mustache", "fit-report.html.mustache")) {
            String template = resource(page);
            assertFalse(template.contains("Open full size"), page + " spells the link out");
            long captions = template.lines().filter(l -> l.startsWith("<figcaption>")).count();
            long links = template.lines().filter(l -> l.startsWith("<figcaption>") && l.contains("{{> chart-full-link}}")).count();
            assertTrue(captions > 0, page);
            assertEquals(captions, links, page + ": a chart caption without the link");
        }
        StringWriter out = new StringWriter();
        new DefaultMustacheFactory("org/downline/io/").compile("chart-full-link.mustache")
                .execute(out, Map.of("id", "outlook")).flush();
        assertEquals("<a class=\"full\" href=\"#outlook-full\">Open full size</a>", out.toString());
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = ChartFullLinkTest.class.getResourceAsStream("/org/downline/io/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
