package org.downline.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.downline.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code downline report DIR}, as a user runs it after {@code downline run}. */
class ReportCommandTest {

    @TempDir
    Path tmp;

    @Test
    void rebuildsTheReportTheRunWroteByteForByte() throws IOException {
        Path out = tmp.resolve("out");
        Cli run = Cli.run("run", "--set", "market.population=5000", "--months", "14", "--replications", "4",
                "--set", "plan.type=breakaway", "--threads", "2", "--out", out.toString());
        assertEquals(0, run.exit(), run.err());
        Path report = out.resolve("report.html");
        byte[] written = Files.readAllBytes(report);
        // 14 months: join months 0..3 have a whole first year, read back from outlook.csv
        assertTrue(Files.readString(report).contains("id=\"outlook-mlm\""), "the run has a newcomer's outlook");
        Files.delete(report);

        Cli rebuilt = Cli.run("report", out.toString());
        assertEquals(0, rebuilt.exit(), rebuilt.err());
        assertTrue(rebuilt.out().contains("Wrote " + report), rebuilt.out());
        assertArrayEquals(written, Files.readAllBytes(report), "the rebuilt report is the run's");
    }

    @Test
    void refusesAFolderWithoutResults() throws IOException {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        Cli r = Cli.run("report", empty.toString());
        assertEquals(Main.BAD_INPUT, r.exit());
        assertTrue(r.err().contains("must be a results folder holding summary.json"), r.err());
        assertFalse(Files.exists(empty.resolve("report.html")));

        Files.writeString(empty.resolve("summary.json"), "{\"version\": \"0.1.0\"}");
        Cli broken = Cli.run("report", empty.toString());
        assertEquals(Main.BAD_INPUT, broken.exit(), broken.err());
        assertTrue(broken.err().startsWith("error: cannot read the results in"), broken.err());
        assertFalse(Files.exists(empty.resolve("report.html")));
    }
}
