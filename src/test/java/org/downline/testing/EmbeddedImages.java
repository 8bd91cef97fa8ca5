package org.downline.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/** What the reports' tests check of a page's embedded images and of its links. */
public final class EmbeddedImages {

    private static final Pattern IMG = Pattern.compile("<img src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\" "
            + "width=\"(\\d+)\" height=\"(\\d+)\" alt=\"([^\"]+)\">"
            // the link that opens it full size, and the one that closes that view (chart-image.mustache)
            + "(?:</a><a class=\"close\" href=\"#[^\"]+\">[^<]*</a></div>)?(?:\\s*<figcaption>([^<]+)<)?");
    private static final Pattern EXTERNAL = Pattern.compile(
            "(?i)\\b(src|href)\\s*=\\s*[\"']?\\s*(https?:|//)|<script|<link");

    private EmbeddedImages() {
    }

    /**
     * One embedded image.
     *
     * @param caption its figure caption, or null without one
     */
    public record Image(byte[] png, String alt, String caption) {
    }

    /** Every embedded PNG of {@code html}, each checked to decode at its stated size with alt text. */
    public static List<Image> of(String html) {
        Matcher m = IMG.matcher(html);
        List<Image> out = new ArrayList<>();
        while (m.find()) {
            byte[] png = Base64.getDecoder().decode(m.group(1));
            BufferedImage image;
            try {
                image = ImageIO.read(new ByteArrayInputStream(png));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            assertNotNull(image, "an embedded image does not decode");
            assertEquals(Integer.parseInt(m.group(2)), image.getWidth());
            assertEquals(Integer.parseInt(m.group(3)), image.getHeight());
            assertFalse(m.group(4).isBlank(), "alt text");
            out.add(new Image(png, m.group(4), m.group(5)));
        }
        return out;
    }

    /** Every PNG in {@code charts} is among {@code embedded}, byte for byte, and there are as many of each. */
    public static void assertEveryChartEmbedded(List<Image> embedded, Path charts) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(charts)) {
            files = s.filter(p -> p.toString().endsWith(".png")).sorted().toList();
        }
        assertEquals(files.size(), embedded.size(), "every chart of " + charts + " embedded once");
        for (Path f : files) {
            byte[] bytes = Files.readAllBytes(f);
            assertTrue(embedded.stream().anyMatch(e -> Arrays.equals(e.png(), bytes)), f.getFileName() + " not embedded");
        }
    }

    /** No http(s) or protocol-relative src/href, no script, no stylesheet link. */
    public static void assertFetchesNothing(String html) {
        assertFalse(EXTERNAL.matcher(html).find(), "fetches nothing, runs nothing");
    }
}
