package org.downline.io;

import com.pngencoder.PngEncoder;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.image.BufferedImage;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.zip.CRC32;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * Renders a chart to PNG with a footer line saying what produced it (version, scenario, seed,
 * replications, generator) — printed on the image, so it survives being copied into an article,
 * and also stored as PNG text chunks.
 */
public final class PngWriter {

    /** The footer's height in pixels, for one line; each further line adds {@link #FOOTER_LINE}. */
    private static final int FOOTER = 30;
    private static final int FOOTER_LINE = 16;
    /** The footer's font size at most, and the least it shrinks to before it is wrapped (points). */
    private static final int FOOTER_POINTS = 12;
    static final int FOOTER_MIN_POINTS = 10;
    /** Where the parts of a footer ({@link Provenance#footer}) join, and so where it is wrapped. */
    private static final String SEPARATOR = Provenance.SEPARATOR;
    /** The least a chart legend's font shrinks to when the legend runs past the chart's edges (points). */
    static final int LEGEND_MIN_POINTS = 10;
    /** The least a chart's title shrinks to when it is wider than the chart (points). */
    static final int TITLE_MIN_POINTS = 13;
    /** How far right of a chart's middle the y axis can push the middle of its plot (pixels). */
    static final int Y_AXIS_ALLOWANCE = 90;
    /** The footer's margins, left and right together (pixels). */
    private static final int MARGINS = 28;
    /** zlib's default: 5% smaller files than ImageIO's level 4, and still fast. */
    private static final int DEFLATE_LEVEL = 6;
    /** Bytes before the first chunk after the header: the signature (8) and IHDR (4 + 4 + 13 + 4). */
    private static final int AFTER_HEADER = 33;

    /** Images {@link #blank} may reuse: one for each thread that draws charts at once is enough. */
    private static final ConcurrentLinkedQueue<BufferedImage> IMAGES = new ConcurrentLinkedQueue<>();
    private static final int POOLED = 2;

    private PngWriter() {
    }

    /** Writes {@code chart} to {@code target}, atomically, with the provenance's footer and text chunks. */
    public static void write(Chart<?, ?> chart, Path target, Provenance provenance) {
        BufferedImage image = withFooter(chart, provenance.footer());
        Map<String, String> text = provenance.pngText();
        try {
            AtomicFiles.write(target, out -> encode(image, text, out));
        } finally {
            release(image);
        }
    }

    /**
     * Writes charts as one image, a grid of {@code columns} a row (row by row; a null leaves its cell
     * white; cells as large as the largest chart), atomically, with the provenance's footer and text
     * chunks.
     */
    public static void write(List<? extends Chart<?, ?>> charts, int columns, Path target, Provenance provenance) {
        if (charts.size() == 1 && charts.get(0) != null) {
            write(charts.get(0), target, provenance);
            return;
        }
        int w = 1;
        int h = 1;
        List<BufferedImage> tiles = new ArrayList<>();
        for (Chart<?, ?> c : charts) {
            if (c != null) {
                fitTitle(c);
            }
            BufferedImage t = c == null ? null : painted(c);
            tiles.add(t);
            if (t != null) {
                w = Math.max(w, t.getWidth());
                h = Math.max(h, t.getHeight());
            }
        }
        int rows = (tiles.size() + columns - 1) / columns;
        // the grid is drawn straight into an image one footer taller, as a single chart is
        Footer footer = Footer.of(provenance.footer(), w * columns);
        BufferedImage image = new BufferedImage(w * columns, h * rows + footer.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), h * rows);
            for (int k = 0; k < tiles.size(); k++) {
                if (tiles.get(k) != null) {
                    g.drawImage(tiles.get(k), (k % columns) * w, (k / columns) * h, null);
                }
            }
        } finally {
            g.dispose();
        }
        footer(image, h * rows, footer);
        Map<String, String> text = provenance.pngText();
        AtomicFiles.write(target, out -> encode(image, text, out));
    }

    /**
     * Draws and encodes {@code chart} as {@link #write} would, with a made-up footer, and throws the
     * bytes away: loads the classes and fonts writing needs (see {@code ResultsWriter.warmUp}).
     */
    static void warmUp(Chart<?, ?> chart) throws IOException {
        Provenance none = new Provenance("0", "warm-up", "seed 0", "0 replications", 0, "none");
        BufferedImage image = withFooter(chart, none.footer());
        try {
            encode(image, none.pngText(), OutputStream.nullOutputStream());
        } finally {
            release(image);
        }
    }

    /**
     * {@code chart} painted straight into the top of an image one footer taller, the footer line
     * under it: the same pixels as painting it alone ({@link BitmapEncoder#getBufferedImage}, an
     * opaque image) and copying that into place, without the copy.
     */
    private static BufferedImage withFooter(Chart<?, ?> chart, String text) {
        fitTitle(chart);
        int w = chart.getWidth();
        int h = chart.getHeight();
        Footer footer = Footer.of(text, w);
        BufferedImage image = blank(w, h + footer.height());
        paint(chart, image);
        footer(image, h, footer);
        return image;
    }

    /**
     * {@code chart} painted alone, as {@link BitmapEncoder#getBufferedImage} paints it, its legend fitted
     * into it ({@link #paint}).
     */
    static BufferedImage painted(Chart<?, ?> chart) {
        BufferedImage image = new BufferedImage(chart.getWidth(), chart.getHeight(), BufferedImage.TYPE_INT_RGB);
        paint(chart, image);
        return image;
    }

    /**
     * Paints {@code chart} into the top of {@code image}, and again for as long as {@link #fitLegend} finds
     * its legend running past the chart's edges and makes it narrower. A chart whose legend fits is painted
     * once, and keeps its pixels.
     */
    private static void paint(Chart<?, ?> chart, BufferedImage image) {
        int w = chart.getWidth();
        int h = chart.getHeight();
        do {
            Graphics2D g = image.createGraphics();
            try {
                g.clipRect(0, 0, w, h);         // its own graphics: the chart's hints stay off the footer
                chart.paint(g, w, h);
            } finally {
                g.dispose();
            }
        } while (fitLegend(chart));
    }

    /**
     * Makes the legend of {@code chart}, as last painted, narrower if it runs past the chart's edges
     * (XChart centres a legend below the plot, which the y axes push off the chart's middle, and cuts
     * what does not fit: the last entry of a 1-month run's cohort-net-income, "arrowhead: interval cut at
     * the axis (co"): its font a point smaller, down to {@link #LEGEND_MIN_POINTS}; then, still too wide,
     * one entry a row. Returns whether it changed anything, so that the chart is painted again; false once
     * the legend fits, or nothing is left to narrow.
     */
    static boolean fitLegend(Chart<?, ?> chart) {
        java.awt.geom.Rectangle2D legend = legendBounds(chart);
        if (legend == null || legend.getMinX() >= 0 && legend.getMaxX() <= chart.getWidth()
                && legend.getMinY() >= 0 && legend.getMaxY() <= chart.getHeight()) {
            return false;
        }
        Font font = chart.getStyler().getLegendFont();
        if (font.getSize2D() > LEGEND_MIN_POINTS) {
            chart.getStyler().setLegendFont(font.deriveFont(Math.max(LEGEND_MIN_POINTS, font.getSize2D() - 1)));
            return true;
        }
        if (chart.getStyler().getLegendLayout() == org.knowm.xchart.style.Styler.LegendLayout.Vertical) {
            return false;
        }
        // too wide even so: one entry a row. (An entry in two lines is no way out: XChart 3.8.8 drew a
        // one-row legend's bottom border through an entry's second line.)
        chart.getStyler().setLegendLayout(org.knowm.xchart.style.Styler.LegendLayout.Vertical);
        return true;
    }

    /**
     * Where XChart 3.8.8 painted the legend of {@code chart} (its box), or null where it has no legend
     * of lines and markers (x–y and bar charts') to paint. XChart keeps these to itself: the chart's
     * legend, and its place (set as it is painted), are read from their fields.
     */
    static java.awt.geom.Rectangle2D legendBounds(Chart<?, ?> chart) {
        if (!chart.getStyler().isLegendVisible()
                || chart.getSeriesMap().values().stream().noneMatch(s -> s.isShowInLegend())) {
            return null;
        }
        try {
            Object legend = LEGEND.get(chart);
            if (!(legend instanceof org.knowm.xchart.internal.chartpart.Legend_Marker<?, ?> marker)) {
                return null;
            }
            java.awt.geom.Rectangle2D size = marker.getBounds();
            return new java.awt.geom.Rectangle2D.Double(LEGEND_X.getDouble(legend), LEGEND_Y.getDouble(legend),
                    size.getWidth(), size.getHeight());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("XChart's legend could not be read", e);
        }
    }

    /** XChart 3.8.8's fields: a chart's legend, and where it was last painted. */
    private static final java.lang.reflect.Field LEGEND = field(Chart.class, "legend");
    private static final java.lang.reflect.Field LEGEND_X = field(org.knowm.xchart.internal.chartpart.Legend_.class, "xOffset");
    private static final java.lang.reflect.Field LEGEND_Y = field(org.knowm.xchart.internal.chartpart.Legend_.class, "yOffset");

    private static java.lang.reflect.Field field(Class<?> owner, String name) {
        try {
            java.lang.reflect.Field f = owner.getDeclaredField(name);
            f.setAccessible(true);
            return f;
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("XChart has no " + owner.getSimpleName() + "." + name, e);
        }
    }

    /**
     * Gives a title wider than its chart (XChart centres it and cuts it at both edges: a sweep's long
     * metric and key) the largest smaller font, down to {@link #TITLE_MIN_POINTS}, in which it fits.
     * XChart centres a title over the plot, which the y axis's title and labels push right of the
     * chart's middle by up to about {@link #Y_AXIS_ALLOWANCE} pixels: the title must fit in the chart
     * less its paddings and twice that. A title that fits keeps its font, and its chart its pixels.
     */
    static void fitTitle(Chart<?, ?> chart) {
        String title = chart.getTitle();
        if (title == null || title.isEmpty()) {
            return;
        }
        Font font = chart.getStyler().getChartTitleFont();
        int room = chart.getWidth() - 2 * chart.getStyler().getChartPadding() - 2 * Y_AXIS_ALLOWANCE;
        FontRenderContext context = new FontRenderContext(null, true, true);
        float size = font.getSize2D();
        while (size > TITLE_MIN_POINTS && font.deriveFont(size).getStringBounds(title, context).getWidth() > room) {
            size--;
        }
        if (size != font.getSize2D()) {
            chart.getStyler().setChartTitleFont(font.deriveFont(size));
        }
    }

    /**
     * An opaque image of {@code w × h} black pixels, as a new one has: one given back by
     * {@link #release}, cleared, if there is one of that size. A chart's image (some megabytes) is
     * allocated in fresh heap memory each time otherwise, and touching that memory for the first
     * time cost more than painting into it; the warm-up's images serve the run's charts.
     */
    private static BufferedImage blank(int w, int h) {
        for (BufferedImage image; (image = IMAGES.poll()) != null; ) {
            if (image.getWidth() == w && image.getHeight() == h) {
                Graphics2D g = image.createGraphics();
                try {
                    g.setBackground(Color.BLACK);
                    g.clearRect(0, 0, w, h);
                } finally {
                    g.dispose();
                }
                return image;
            }
        }
        return new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    }

    /** Gives {@code image}, no longer used, back for {@link #blank} to reuse; keeps a few at most. */
    private static void release(BufferedImage image) {
        if (IMAGES.size() < POOLED) {
            IMAGES.offer(image);
        }
    }

    /**
     * A footer laid out for an image {@code width} wide: one line in the largest font from 12 down to
     * {@link #FOOTER_MIN_POINTS} points in which it fits; one that does not fit at that size is wrapped
     * at its parts' separators (and a part too wide alone at its spaces), in the smallest size, so that
     * it stays legible and inside the image however long it is (a sweep's many --set).
     */
    record Footer(List<String> lines, int points) {

        static Footer of(String text, int width) {
            BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = scratch.createGraphics();
            try {
                g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
                int room = width - MARGINS;
                for (int size = FOOTER_POINTS; size >= FOOTER_MIN_POINTS; size--) {
                    if (g.getFontMetrics(font(size)).stringWidth(text) <= room) {
                        return new Footer(List.of(text), size);
                    }
                }
                java.awt.FontMetrics m = g.getFontMetrics(font(FOOTER_MIN_POINTS));
                List<String> lines = new ArrayList<>();
                String line = "";
                for (String part : text.split(java.util.regex.Pattern.quote(SEPARATOR))) {
                    String joined = line.isEmpty() ? part : line + SEPARATOR + part;
                    if (m.stringWidth(joined) <= room) {
                        line = joined;
                        continue;
                    }
                    if (!line.isEmpty()) {
                        lines.add(line);
                    }
                    line = "";
                    for (String word : part.split(" ")) {   // a part too wide alone: at its spaces
                        String longer = line.isEmpty() ? word : line + " " + word;
                        if (m.stringWidth(longer) <= room || line.isEmpty()) {
                            line = longer;
                        } else {
                            lines.add(line);
                            line = word;
                        }
                    }
                }
                if (!line.isEmpty()) {
                    lines.add(line);
                }
                return new Footer(List.copyOf(lines), FOOTER_MIN_POINTS);
            } finally {
                g.dispose();
            }
        }

        /** Its height in pixels: {@link #FOOTER} for one line, {@link #FOOTER_LINE} more for each further. */
        int height() {
            return FOOTER + (lines.size() - 1) * FOOTER_LINE;
        }

        private static Font font(int points) {
            return new Font(Font.SANS_SERIF, Font.PLAIN, points);
        }
    }

    /** Fills the bottom of {@code image}, below {@code top}, with the footer's lines. */
    private static void footer(BufferedImage image, int top, Footer footer) {
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, top, image.getWidth(), image.getHeight() - top);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(new Color(0x666666));
            g.setFont(Footer.font(footer.points()));
            for (int i = 0; i < footer.lines().size(); i++) {
                g.drawString(footer.lines().get(i), MARGINS / 2, top + FOOTER - 11 + i * FOOTER_LINE);
            }
        } finally {
            g.dispose();
        }
    }

    /**
     * PNG bytes of {@code image} (pngencoder: deflate at zlib's default level, no row filters, one
     * thread, so the bytes depend on the pixels alone) with {@code text} as tEXt chunks right after
     * the header chunk, where ImageIO put them (pngencoder writes none). tEXt is Latin-1: a character
     * outside it is written as '?'.
     */
    static void encode(BufferedImage image, Map<String, String> text, OutputStream out) throws IOException {
        byte[] png = new PngEncoder().withBufferedImage(image).withCompressionLevel(DEFLATE_LEVEL)
                .withMultiThreadedCompressionEnabled(false).toBytes();
        if (png.length < AFTER_HEADER || !new String(png, 12, 4, StandardCharsets.ISO_8859_1).equals("IHDR")) {
            throw new IllegalStateException("the PNG encoder wrote no header chunk first");
        }
        out.write(png, 0, AFTER_HEADER);
        for (Map.Entry<String, String> e : text.entrySet()) {
            chunk(out, "tEXt", (e.getKey() + "\0" + e.getValue()).getBytes(StandardCharsets.ISO_8859_1));
        }
        out.write(png, AFTER_HEADER, png.length - AFTER_HEADER);
    }

    /** One PNG chunk: length, type, data, CRC-32 of type and data. */
    private static void chunk(OutputStream out, String type, byte[] data) throws IOException {
        byte[] t = type.getBytes(StandardCharsets.ISO_8859_1);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        DataOutputStream d = new DataOutputStream(out);
        d.writeInt(data.length);
        d.write(t);
        d.write(data);
        d.writeInt((int) crc.getValue());
        d.flush();
    }
}
