package org.downline.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;

/** The PNG encoding: valid chunks, the text chunks where they belong, the pixels exactly. */
class PngWriterTest {

    @Test
    void encodesEveryPixelWithTheTextChunksAfterTheHeader() throws IOException {
        BufferedImage image = new BufferedImage(301, 97, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 301, 97);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(0xD55E00));
        g.drawOval(10, 10, 200, 70);
        g.setColor(new Color(0x0072B2));
        g.drawString("Downline · ±", 40, 50);
        g.dispose();
        Map<String, String> text = new LinkedHashMap<>();
        text.put("Software", "Downline 9.9");
        text.put("Comment", "a line; seed 7; caf\u00e9 \u20ac");

        byte[] png = encode(image, text);
        assertArrayEquals(png, encode(image, text), "the same image gives the same bytes");

        // the signature, then chunks whose CRCs hold: IHDR, the two tEXt in order, IDAT..., IEND
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'},
                java.util.Arrays.copyOf(png, 8));
        List<String> types = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        ByteBuffer b = ByteBuffer.wrap(png, 8, png.length - 8);
        while (b.hasRemaining()) {
            int length = b.getInt();
            byte[] typeAndData = new byte[4 + length];
            b.get(typeAndData);
            CRC32 crc = new CRC32();
            crc.update(typeAndData);
            assertEquals((int) crc.getValue(), b.getInt(), "CRC of a chunk");
            String type = new String(typeAndData, 0, 4, StandardCharsets.ISO_8859_1);
            if (types.isEmpty() || !type.equals(types.get(types.size() - 1))) {
                types.add(type);
            }
            if (type.equals("tEXt")) {
                texts.add(new String(typeAndData, 4, length, StandardCharsets.ISO_8859_1));
            }
        }
        assertEquals(List.of("IHDR", "tEXt", "IDAT", "IEND"), types);
        // Latin-1 as it is; a character outside it ('€') as '?'
        assertEquals(List.of("Software\0Downline 9.9", "Comment\0a line; seed 7; caf\u00e9 ?"), texts);

        BufferedImage back = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(301, back.getWidth());
        assertEquals(97, back.getHeight());
        for (int y = 0; y < 97; y++) {
            for (int x = 0; x < 301; x++) {
                assertEquals(image.getRGB(x, y), back.getRGB(x, y), "pixel " + x + "," + y);
            }
        }
    }

    @Test
    void aTitleWiderThanItsChartIsSetSmallerUntilItFitsAndOneThatFitsIsLeftAlone() {
        FontRenderContext context = new FontRenderContext(null, true, true);
        Font font = new Font(Font.SANS_SERIF, Font.BOLD, 20);
        String longTitle = "Lost money (net income < $0) by recruitment.effort.sigma (95% intervals over 2 replications a cell)";
        XYChart wide = new XYChartBuilder().width(1100).height(680).title(longTitle).build();
        wide.getStyler().setChartTitleFont(font).setChartPadding(14);
        int room = 1100 - 2 * 14 - 2 * PngWriter.Y_AXIS_ALLOWANCE;
        assertTrue(font.getStringBounds(longTitle, context).getWidth() > room,
                "the case: the title does not fit at 20 points");
        PngWriter.fitTitle(wide);
        Font fitted = wide.getStyler().getChartTitleFont();
        assertTrue(fitted.getSize2D() < 20 && fitted.getSize2D() >= PngWriter.TITLE_MIN_POINTS,
                "shrunk, not below the least: " + fitted.getSize2D());
        assertTrue(fitted.getStringBounds(longTitle, context).getWidth() <= room, "fits");
        assertTrue(
                fitted.deriveFont(fitted.getSize2D() + 1).getStringBounds(longTitle, context).getWidth() > room,
                "the largest size that fits");

        XYChart fits = new XYChartBuilder().width(1100).height(680).title("Growth").build();
        fits.getStyler().setChartTitleFont(font);
        PngWriter.fitTitle(fits);
        assertEquals(font, fits.getStyler().getChartTitleFont(), "a title that fits keeps its font");
    }

    /**
     * A legend wider than its chart (XChart centres it below the plot and cuts what runs past the edges:
     * a 1-month run's cohort-net-income lost the end of "arrowhead: interval cut at the axis (cohorts.csv)")
     * is set in a smaller font, down to {@link PngWriter#LEGEND_MIN_POINTS}, then, still too wide, one entry
     * a row, until it lies inside the chart, its box painted whole. One that fits keeps its font and its
     * pixels.
     */
    @Test
    void aLegendWiderThanItsChartIsNarrowedUntilItFitsAndOneThatFitsIsLeftAlone() {
        List<String> names = List.of("MLM: median", "MLM: mean (on the line of the median)",
                "Affiliate marketing: median (right axis)", "Affiliate marketing: mean (right axis)",
                "arrowhead: interval cut at the axis (cohorts.csv)", "Prospects not yet joined (right axis)");
        // four entries fit in one row of 1,000 pixels in a smaller font; six in 1,100, or four in 700, only one a row
        for (List<Object> c : List.<List<Object>>of(List.of(1000, 4), List.of(1100, 6), List.of(700, 4))) {
            int width = (Integer) c.get(0);
            List<String> entries = names.subList(0, (Integer) c.get(1));
            String where = entries.size() + " entries in " + width + " px";
            XYChart wide = legendChart(width, entries);
            org.knowm.xchart.BitmapEncoder.getBufferedImage(wide);
            java.awt.geom.Rectangle2D before = PngWriter.legendBounds(wide);
            assertTrue(before.getMaxX() > width, "the case: the legend runs past the right edge: " + before);
            BufferedImage fitted = PngWriter.painted(wide);
            java.awt.geom.Rectangle2D after = PngWriter.legendBounds(wide);
            assertTrue(after.getMinX() >= 0 && after.getMaxX() <= width && after.getMinY() >= 0
                    && after.getMaxY() <= wide.getHeight(), where + ": " + after);
            float points = wide.getStyler().getLegendFont().getSize2D();
            boolean oneRow = wide.getStyler().getLegendLayout() == org.knowm.xchart.style.Styler.LegendLayout.Horizontal;
            assertTrue(points < 14 && points >= PngWriter.LEGEND_MIN_POINTS, where + ": " + points);
            assertEquals(width == 1000, oneRow, where + ": one row at " + points + " points");
            assertTrue(oneRow || points == PngWriter.LEGEND_MIN_POINTS, where + ": one a row only at the least font");
            // its box is painted whole: its right edge, in the legend's border colour, inside the image
            int right = (int) Math.floor(after.getMaxX());
            assertTrue(right < width && fitted.getRGB(right, (int) after.getCenterY()) != Color.WHITE.getRGB(),
                    where + ": the legend's right edge painted");
        }
        XYChart fits = legendChart(1100, List.of("MLM", "Affiliate marketing"));
        BufferedImage alone = org.knowm.xchart.BitmapEncoder.getBufferedImage(fits);
        BufferedImage fitted = PngWriter.painted(fits);
        assertEquals(14f, fits.getStyler().getLegendFont().getSize2D(), "a legend that fits keeps its font");
        for (int y = 0; y < alone.getHeight(); y++) {
            for (int x = 0; x < alone.getWidth(); x++) {
                assertEquals(alone.getRGB(x, y), fitted.getRGB(x, y), "pixel " + x + "," + y);
            }
        }
    }

    /**
     * Every chart of runs of several shapes, painted as written, has its legend inside the image: every
     * preset briefly, the default one over 1, 2 and 3 months (a 1-month run's cohort-net-income lost the
     * ends of its first and last entries past both edges: checked, so the test can fail), and a run nobody
     * joined the MLM in (the affiliate world alone, the outlook's single join month).
     */
    @Test
    void everyChartsLegendLiesInsideItsImage() {
        List<List<String>> runs = new ArrayList<>();
        for (String preset : Presets.names()) {
            runs.add(List.of(preset, "market.population=20000", "months=13", "replications=2"));
        }
        for (String months : List.of("months=1", "months=2", "months=3")) {
            runs.add(List.of(Presets.DEFAULT, "market.population=20000", months, "replications=3"));
        }
        // one whose cohort-net-income's legend, at the 12 points the chart gives it, ran from x = -81 to 1,252
        runs.add(List.of(Presets.DEFAULT, "market.population=20000", "months=1", "replications=2", "seed=2"));
        runs.add(List.of(Presets.DEFAULT, "recruitment.founders=0", "market.prospectShare=0", "market.population=20000",
                "affiliate.entrants=500", "months=13", "replications=2"));
        for (List<String> run : runs) {
            org.downline.engine.Results r = org.downline.engine.Simulation.run(
                    Presets.load(run.get(0), run.subList(1, run.size())), new org.downline.engine.RunOptions(2),
                    org.downline.engine.ProgressListener.NONE);
            for (org.downline.chart.Charts.Named c : org.downline.chart.Charts.all(r)) {
                if (run.contains("seed=2") && c.fileName().equals("cohort-net-income.png")) {
                    org.knowm.xchart.BitmapEncoder.getBufferedImage(c.chart());
                    java.awt.geom.Rectangle2D unfitted = PngWriter.legendBounds(c.chart());
                    assertTrue(unfitted.getMinX() < 0 && unfitted.getMaxX() > c.chart().getWidth(),
                            "the case: painted as built, the legend runs past both edges: " + unfitted);
                }
                BufferedImage image = PngWriter.painted(c.chart());
                java.awt.geom.Rectangle2D legend = PngWriter.legendBounds(c.chart());
                String where = run + " " + c.fileName() + ": " + legend;
                assertTrue(legend != null, where);
                assertTrue(legend.getMinX() >= 0 && legend.getMaxX() <= image.getWidth() && legend.getMinY() >= 0
                        && legend.getMaxY() <= image.getHeight(), where);
            }
        }
    }

    /** A chart {@code width} wide with a line for each name, its legend below the plot in one row at 14 points. */
    private static XYChart legendChart(int width, List<String> names) {
        XYChart c = new XYChartBuilder().width(width).height(650).title("t").xAxisTitle("x").yAxisTitle("y").build();
        c.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.OutsideS);
        c.getStyler().setLegendLayout(org.knowm.xchart.style.Styler.LegendLayout.Horizontal);
        c.getStyler().setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        c.getStyler().setChartBackgroundColor(Color.WHITE);
        for (int i = 0; i < names.size(); i++) {
            c.addSeries(names.get(i), new double[] {0, 1}, new double[] {i, i + 1});
        }
        return c;
    }

    private static byte[] encode(BufferedImage image, Map<String, String> text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PngWriter.encode(image, text, out);
        return out.toByteArray();
    }
}
