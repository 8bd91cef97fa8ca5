package org.downline.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.downline.scenario.ScenarioException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFilesTest {

    @Test
    void aFileOverItsLimitIsRefusedWithASizeThatReadsLargerThanTheLimit(@TempDir Path tmp) throws IOException {
        Path just = tmp.resolve("just.yaml");
        Files.write(just, new byte[(int) InputFiles.SCENARIO_LIMIT + 12]);
        // rounded, 1,048,588 bytes would read "1.0 MiB, larger than the 1 MiB limit"
        assertEquals(just + " is 1,048,588 bytes, larger than the 1 MiB (1,048,576-byte) limit for a scenario",
                assertThrows(ScenarioException.class, () -> InputFiles.read(just, InputFiles.SCENARIO_LIMIT,
                        "a scenario")).getMessage());
        Path big = tmp.resolve("big.yaml");
        Files.write(big, new byte[3 << 20]);
        assertEquals(big + " is 3 MiB, larger than the 1 MiB limit for a scenario",
                assertThrows(ScenarioException.class, () -> InputFiles.read(big, InputFiles.SCENARIO_LIMIT,
                        "a scenario")).getMessage());
    }

    /** A symbolic link to itself, or to nothing, is named as one: "does not exist" sent the user to ls, which lists it. */
    @Test
    void aLinkThatLeadsNowhereIsNamedAsOne(@TempDir Path tmp) throws IOException {
        Path loop = Files.createSymbolicLink(tmp.resolve("loop.yaml"), Path.of("loop.yaml"));
        Path dangling = Files.createSymbolicLink(tmp.resolve("gone.yaml"), Path.of("nothing-here.yaml"));
        for (Path link : new Path[] {loop, dangling}) {
            assertEquals(link + " is a symbolic link that leads to no file (to itself, or to a path that does not exist)",
                    assertThrows(ScenarioException.class, () -> InputFiles.read(link, InputFiles.SCENARIO_LIMIT,
                            "a scenario")).getMessage());
        }
        Path none = tmp.resolve("none.yaml");
        assertEquals(none + " does not exist", assertThrows(ScenarioException.class,
                () -> InputFiles.read(none, InputFiles.SCENARIO_LIMIT, "a scenario")).getMessage());
    }
}
