package org.downline.io;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * Renders a chart to PNG with a footer line saying what produced it (version, scenario, seed,
 * replications, generator) — printed on the image, so it survives being copied into an article,
 * and also stored as PNG text chunks.
 */
public final class PngWriter {

    private static final int FOOTER = 30;

    static {
        // no ImageIO cache files in java.io.tmpdir, whoever writes images (they stay behind on a kill)
        ImageIO.setUseCache(false);
    }

    private PngWriter() {
    }

    /** Writes {@code chart} to {@code target}, atomically, with the provenance's footer and text chunks. */
    public static void write(Chart<?, ?> chart, Path target, Provenance provenance) {
        write(BitmapEncoder.getBufferedImage(chart), target, provenance);
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
            BufferedImage t = c == null ? null : BitmapEncoder.getBufferedImage(c);
            tiles.add(t);
            if (t != null) {
                w = Math.max(w, t.getWidth());
                h = Math.max(h, t.getHeight());
            }
        }
        int rows = (tiles.size() + columns - 1) / columns;
        BufferedImage grid = new BufferedImage(w * columns, h * rows, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = grid.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, grid.getWidth(), grid.getHeight());
            for (int k = 0; k < tiles.size(); k++) {
                if (tiles.get(k) != null) {
                    g.drawImage(tiles.get(k), (k % columns) * w, (k / columns) * h, null);
                }
            }
        } finally {
            g.dispose();
        }
        write(grid, target, provenance);
    }

    private static void write(BufferedImage plot, Path target, Provenance provenance) {
        final String footer = provenance.footer();
        final Map<String, String> text = provenance.pngText();
        BufferedImage image = new BufferedImage(plot.getWidth(), plot.getHeight() + FOOTER,
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.drawImage(plot, 0, 0, null);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(new Color(0x666666));
            // the footer must fit the image: a narrow chart gets a smaller font, down to 8 points
            int size = 12;
            Font font = new Font(Font.SANS_SERIF, Font.PLAIN, size);
            while (size > 8 && g.getFontMetrics(font).stringWidth(footer) > image.getWidth() - 28) {
                font = new Font(Font.SANS_SERIF, Font.PLAIN, --size);
            }
            g.setFont(font);
            g.drawString(footer, 14, plot.getHeight() + FOOTER - 11);
        } finally {
            g.dispose();
        }
        AtomicFiles.write(target, out -> encode(image, text, out));
    }

    private static void encode(BufferedImage image, Map<String, String> text, OutputStream out) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        // cached in memory: ImageIO's default caches in java.io.tmpdir, leaving imageio*.tmp files
        // behind when a run is killed
        try (ImageOutputStream ios = new javax.imageio.stream.MemoryCacheImageOutputStream(out)) {
            writer.setOutput(ios);
            ImageWriteParam param = writer.getDefaultWriteParam();
            IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
            IIOMetadataNode chunks = new IIOMetadataNode("tEXt");
            text.forEach((k, v) -> {
                IIOMetadataNode e = new IIOMetadataNode("tEXtEntry");
                e.setAttribute("keyword", k);
                e.setAttribute("value", v);
                chunks.appendChild(e);
            });
            IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
            root.appendChild(chunks);
            meta.mergeTree("javax_imageio_png_1.0", root);
            writer.write(null, new IIOImage(image, null, meta), param);
        } finally {
            writer.dispose();
        }
    }
}
