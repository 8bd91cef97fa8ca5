package org.downline.io;

import static org.downline.testing.Folders.names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a killed process left beside {@code --out} is cleaned by the next command into it even when
 * that command's process has the killed one's pid, as a container's often has from run to run; a
 * work folder this process still writes is left alone.
 */
class ResultFolderRecoverTest {

    @TempDir
    Path tmp;

    @Test
    void whatAKilledProcessWithThisPidLeftIsCleanedNotCollidedWith() throws IOException {
        Path out = tmp.resolve("out");
        String name;
        try (ResultFolder first = ResultFolder.open(out)) {
            name = first.dir().getFileName().toString();          // out.downline-tmp-PID-N
        } finally {
            ResultFolder.releaseLocks();
        }
        String prefix = name.substring(0, name.lastIndexOf('-') + 1);
        long n = Long.parseLong(name.substring(name.lastIndexOf('-') + 1));
        // a killed process with this pid: its work folders, numbered as this process numbers its next
        // ones, and an earlier set it had renamed aside when it was killed (--out is gone)
        for (long k = n + 1; k <= n + 3; k++) {
            Files.createDirectories(tmp.resolve(prefix + k).resolve("charts"));
        }
        Path aside = Files.createDirectories(tmp.resolve("out" + ResultFolder.OLD + ProcessHandle.current().pid()));
        Files.writeString(aside.resolve(ResultFolder.MARKER), "{}");
        try (ResultFolder live = ResultFolder.open(out)) {
            assertTrue(Files.isRegularFile(out.resolve(ResultFolder.MARKER)), "the earlier set is put back");
            try (ResultFolder again = ResultFolder.open(out)) {
                assertTrue(Files.isDirectory(live.dir()), "a work folder of this process is left alone");
                assertEquals(List.of("out", "out.downline-lock", live.dir().getFileName().toString(),
                        again.dir().getFileName().toString()), names(tmp));
            }
            Files.writeString(live.dir().resolve("summary.json"), "{}");
            live.commit(ResultFolder.marker("run"));
        } finally {
            ResultFolder.releaseLocks();
        }
        assertEquals(List.of("out"), names(tmp));
        assertEquals(List.of(".downline", "summary.json"), names(out));
    }
}
