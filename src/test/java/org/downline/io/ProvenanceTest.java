package org.downline.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.downline.engine.ProgressListener;
import org.downline.engine.Results;
import org.downline.engine.RunOptions;
import org.downline.engine.Simulation;
import org.downline.scenario.Scenario;
import org.downline.testing.Scenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Node;

class ProvenanceTest {

    @Test
    void lineAndFooterSayWhatProducedTheOutput() {
        Provenance p = new Provenance("9.9", "scenario x", "seed 42", "7 replications", 13, "GEN");
        assertEquals("downline 9.9; scenario x; seed 42; 7 replications; months 13; generator GEN", p.line());
        assertEquals("Downline 9.9  ·  scenario x  ·  seed 42  ·  7 replications  ·  13 months  ·  GEN", p.footer());
        assertEquals(List.of("Software", "Comment"), List.copyOf(p.pngText().keySet()));
        assertEquals(p.line(), p.pngText().get("Comment"));
        Provenance fitted = new Provenance("9.9", "fit x", "seed 42", "7 simulations", "24 to 180, fitted", "GEN");
        assertEquals("downline 9.9; fit x; seed 42; 7 simulations; months 24 to 180, fitted; generator GEN",
                fitted.line());
        assertEquals("Downline 9.9  ·  fit x  ·  seed 42  ·  7 simulations  ·  months 24 to 180, fitted  ·  GEN",
                fitted.footer());
    }

    /**
     * A run of one replication and one month says "1 replication" and "1 month" in its chart footers
     * and files (they said "1 replications" and "1 months").
     */
    @Test
    void oneReplicationOfOneMonthIsSingular() {
        Scenario s = Scenarios.run(Scenarios.with(Scenario.DEFAULT, Scenarios.market(2_000, 0.3)), 1, 1, 11);
        Provenance p = Provenance.of(Simulation.run(s, new RunOptions(1), ProgressListener.NONE));
        assertTrue(p.footer().contains("  ·  1 replication  ·  1 month  ·  "), p.footer());
        assertTrue(p.line().contains("; 1 replication; months 1;"), p.line());
    }

    /** Every CSV of a run starts with the provenance line, every PNG stores it as its Comment. */
    @Test
    void everyFileOfARunCarriesTheSameProvenance(@TempDir Path tmp) throws IOException {
        Scenario s = Scenarios.run(Scenarios.with(Scenario.DEFAULT, Scenarios.market(10_000, 0.3)), 6, 2, 11);
        Results r = Simulation.run(s, new RunOptions(1), ProgressListener.NONE);
        String line = Provenance.of(r).line();
        assertTrue(line.contains("seed 11") && line.contains("2 replications") && line.contains("months 6"), line);
        int csv = 0;
        int png = 0;
        for (Path f : ResultsWriter.writeAll(r, tmp)) {
            String name = f.getFileName().toString();
            if (name.endsWith(".csv")) {
                assertEquals("# " + line, Files.readAllLines(f).get(0), name);
                csv++;
            } else if (name.endsWith(".png")) {
                assertEquals(line, pngComment(f), name);
                png++;
            }
        }
        assertTrue(csv >= 5 && png >= 6, csv + " CSV and " + png + " PNG files");
    }

    private static String pngComment(Path f) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(f.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            Node root = reader.getImageMetadata(0).getAsTree("javax_imageio_png_1.0");
            for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n.getNodeName().equals("tEXt")) {
                    for (Node e = n.getFirstChild(); e != null; e = e.getNextSibling()) {
                        IIOMetadataNode entry = (IIOMetadataNode) e;
                        if (entry.getAttribute("keyword").equals("Comment")) {
                            return entry.getAttribute("value");
                        }
                    }
                }
            }
            return null;
        }
    }

    /**
     * A footer too long for its image at {@value PngWriter#FOOTER_MIN_POINTS} points is wrapped at its
     * separators (a part too long alone at its spaces), each line inside the image; one that fits
     * stays one line in the largest size that fits.
     */
    @Test
    void aLongFooterIsWrappedInsideTheImage() {
        Provenance p = new Provenance("9.9", "sweep of scenario x with " + "--set economics.monthlyFee=40 ".repeat(12).trim(),
                "master seed 1 (cell seeds derived from it)", "2 replications a cell", 12, "L64X128MixRandom");
        PngWriter.Footer wrapped = PngWriter.Footer.of(p.footer(), 1100);
        assertTrue(wrapped.lines().size() >= 3, wrapped.lines().toString());
        assertEquals(PngWriter.FOOTER_MIN_POINTS, wrapped.points());
        java.awt.image.BufferedImage scratch = new java.awt.image.BufferedImage(1, 1,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.FontMetrics m = scratch.createGraphics().getFontMetrics(new java.awt.Font(java.awt.Font.SANS_SERIF,
                java.awt.Font.PLAIN, PngWriter.FOOTER_MIN_POINTS));
        for (String line : wrapped.lines()) {
            assertTrue(m.stringWidth(line) <= 1100 - 28, line);
        }
        assertEquals(p.footer().replace("  ·  ", " "), String.join(" ", wrapped.lines()).replace("  ·  ", " "),
                "every word kept, in order");
        assertTrue(wrapped.lines().get(wrapped.lines().size() - 1).endsWith("12 months  ·  L64X128MixRandom"));
        Provenance shortOne = new Provenance("9.9", "scenario x", "seed 42", "7 replications", 13, "GEN");
        assertEquals(new PngWriter.Footer(List.of(shortOne.footer()), 12), PngWriter.Footer.of(shortOne.footer(), 1100));
        // the footer's subject may be shorter than the one the text chunk and the CSVs keep
        Provenance abbreviated = new Provenance("9.9", "sweep with --set a=1 --set b=2", "seed 1", "2 replications",
                "12", "GEN", "sweep with --set a=1 … and 1 more --set, see sweep.json");
        assertTrue(abbreviated.footer().contains("  ·  sweep with --set a=1 … and 1 more --set, see sweep.json  ·  "));
        assertTrue(abbreviated.line().contains("; sweep with --set a=1 --set b=2; "), abbreviated.line());
    }
}
