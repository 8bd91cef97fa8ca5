package org.downline.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.downline.scenario.ScenarioException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * fit --resume and sweep --resume name a settings file that is not JSON in our own words, with the
 * line and column of what is there (JsonProblems, as report names a broken summary.json), not with
 * Jackson's message and its advice on its own settings.
 */
class ResumeJsonTest {

    @Test
    void fitSettingsThatAreNotJsonAreNamedInOurWords(@TempDir Path dir) throws Exception {
        Path file = dir.resolve(FitFiles.SETTINGS);
        Files.writeString(file, "{\n  \"seed\" : NaN\n}\n");
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> FitFiles.resume(dir, JsonNodeFactory.instance.objectNode(), List.of("recruitment.imitation")));
        assertEquals("--resume cannot read " + file + ": not valid JSON at line 2, column 12: 'NaN' is not a JSON "
                + "value (a number that cannot be computed is written null)", e.getMessage());
        Files.writeString(file, "{\n  \"seed\" : 3,");
        e = assertThrows(ScenarioException.class,
                () -> FitFiles.resume(dir, JsonNodeFactory.instance.objectNode(), List.of("recruitment.imitation")));
        assertEquals("--resume cannot read " + file + ": not valid JSON at line 2, column 14: the file ends before "
                + "its JSON does (cut short?)", e.getMessage());
        // emptied, or not an object: said so, not as every setting differing (a line of 2,000 characters)
        for (String held : List.of("", "[]\n")) {
            Files.writeString(file, held);
            e = assertThrows(ScenarioException.class,
                    () -> FitFiles.resume(dir, JsonNodeFactory.instance.objectNode(), List.of("recruitment.imitation")));
            assertEquals("--resume cannot read " + file + ": it holds no JSON object (the settings of the fit)",
                    e.getMessage());
        }
    }

    /** A settings file that is not UTF-8 text is named so, not in Java's words ("Input length = 1"). */
    @Test
    void aSettingsFileThatIsNotUtf8IsNamedSo(@TempDir Path dir) throws Exception {
        Path fit = dir.resolve(FitFiles.SETTINGS);
        Files.write(fit, new byte[] {'{', '"', 's', '"', ':', '"', (byte) 0xff, '"', '}'});
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> FitFiles.resume(dir, JsonNodeFactory.instance.objectNode(), List.of("recruitment.imitation")));
        assertEquals("--resume cannot read " + fit + ": it is not UTF-8 text, as Downline writes it", e.getMessage());
        Path sweep = dir.resolve("sweep.json");
        Files.copy(fit, sweep);
        e = assertThrows(ScenarioException.class,
                () -> SweepWriter.checkResume(dir, JsonNodeFactory.instance.objectNode()));
        assertEquals("--resume cannot read " + sweep + ": it is not UTF-8 text, as Downline writes it", e.getMessage());
    }

    /** A result set's marker that is not UTF-8 text is named so too: it is read as the settings files are. */
    @Test
    void aMarkerThatIsNotUtf8IsNamedSo(@TempDir Path dir) throws Exception {
        Path marker = dir.resolve(ResultFolder.MARKER);
        Files.write(marker, new byte[] {'{', '"', 's', '"', ':', '"', (byte) 0xff, '"', '}'});
        ScenarioException e = assertThrows(ScenarioException.class, () -> ResultFolder.readMarker(dir, "--out"));
        assertEquals("--out cannot read " + marker + ": it is not UTF-8 text, as Downline writes it", e.getMessage());
    }

    /** An emptied sweep.json (in a folder without a marker) is said so, not as "another version , now 0.1.0". */
    @Test
    void anEmptiedSweepJsonIsNamedSo(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("sweep.json");
        Files.writeString(file, "");
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> SweepWriter.checkResume(dir, JsonNodeFactory.instance.objectNode()));
        assertEquals("--resume cannot read " + file + ": it holds no JSON object (the sweep's results)",
                e.getMessage());
    }

    @Test
    void aSweepJsonThatIsNotJsonIsNamedInOurWords(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("sweep.json");
        Files.writeString(file, "{\"version\" : 0.1.0}\n");
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> SweepWriter.checkResume(dir, JsonNodeFactory.instance.objectNode()));
        assertEquals("--resume cannot read " + file + ": not valid JSON at line 1, column 17: unexpected "
                + "character '.'", e.getMessage());
    }

    /**
     * A sweep whose marker is broken is refused, naming the marker and what is wrong: it was read as
     * no marker, and the sweep.json beside it (as a set written before markers) let the resume go on.
     */
    @Test
    void aBrokenMarkerIsRefusedNotBypassedBySweepJson(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("sweep.json"), "{\"version\" : \"0.1.0\", \"seed\" : 1}\n");
        Path marker = dir.resolve(ResultFolder.MARKER);
        Files.writeString(marker, "{\"results\" : \"sweep\",\n");
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> SweepWriter.checkResume(dir, JsonNodeFactory.instance.objectNode()));
        assertEquals("--resume cannot read " + marker + ": not valid JSON at line 2, column 1: the file ends before "
                + "its JSON does (cut short?)", e.getMessage());
        Files.writeString(marker, "[]\n");
        e = assertThrows(ScenarioException.class,
                () -> SweepWriter.checkResume(dir, JsonNodeFactory.instance.objectNode()));
        assertEquals("--resume cannot read " + marker + ": it holds no JSON object (a result set's marker says "
                + "what wrote it)", e.getMessage());
    }
}
