package org.downline.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.downline.io.ResultsWriter;
import org.downline.io.ScenarioReader;
import org.downline.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * The summary of a small fixed-seed scenario must not change unless someone means it to: any change
 * to the model, the random streams or the statistics shows up here first. Regenerate on purpose with
 * {@code -Ddownline.golden.update=true} and say why in the commit.
 */
class GoldenSummaryTest {

    private static final Path DIR = Path.of("src/test/resources/golden");

    @Test
    void summaryMatchesTheGoldenFile() throws IOException {
        Scenario s = ScenarioReader.read(DIR.resolve("scenario.yaml"), List.of());
        String json = ResultsWriter.summaryJson(Simulation.run(s, new RunOptions(2), ProgressListener.NONE));
        Path golden = DIR.resolve("summary.json");
        if (Boolean.getBoolean("downline.golden.update")) {
            Files.writeString(golden, json);
            return;
        }
        if (!Files.exists(golden)) {
            fail("no golden file: run with -Ddownline.golden.update=true to create " + golden);
        }
        String expected = Files.readString(golden);
        if (!expected.equals(json)) {
            List<String> a = expected.lines().toList();
            List<String> b = json.lines().toList();
            for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
                assertEquals(a.get(i), b.get(i), "summary.json line " + (i + 1) + " differs from the golden file");
            }
            assertEquals(a.size(), b.size(), "summary.json length differs from the golden file");
        }
    }
}
