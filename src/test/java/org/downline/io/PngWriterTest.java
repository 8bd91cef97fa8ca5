package org.downline.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
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

    private static byte[] encode(BufferedImage image, Map<String, String> text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PngWriter.encode(image, text, out);
        return out.toByteArray();
    }
}
