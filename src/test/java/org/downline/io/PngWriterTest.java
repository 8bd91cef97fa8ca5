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

    private static byte[] encode(BufferedImage image, Map<String, String> text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PngWriter.encode(image, text, out);
        return out.toByteArray();
    }
}
