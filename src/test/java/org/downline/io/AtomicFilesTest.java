package org.downline.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path tmp;

    /** A written file has the permissions the umask gives a plain new file: not the 0600 of a temp file. */
    @Test
    void writtenFilesFollowTheUmask() throws IOException {
        Path plain = Files.createFile(tmp.resolve("plain"));
        Set<PosixFilePermission> umasked = Files.getPosixFilePermissions(plain);
        assertTrue(umasked.contains(PosixFilePermission.OWNER_READ));
        Path written = tmp.resolve("written.csv");
        AtomicFiles.writeString(written, "a,b\n");
        assertEquals(umasked, Files.getPosixFilePermissions(written));
        AtomicFiles.writeString(written, "c,d\n");                 // replacing keeps following it
        assertEquals(umasked, Files.getPosixFilePermissions(written));
        assertEquals("c,d\n", Files.readString(written));
        try (var left = Files.list(tmp)) {
            assertEquals(2, left.count(), "no temporary file left");
        }
    }

    /**
     * A temporary file a killed process left under the name this process would use next (a
     * container's process often has the same pid from run to run) is not in the way of the write.
     */
    @Test
    void aTemporaryFileAKilledProcessWithThisPidLeftIsNotInTheWay() throws IOException {
        Path target = tmp.resolve("payout.csv");
        String[] name = new String[1];
        AtomicFiles.write(target, out -> {
            try (var s = Files.list(tmp)) {                            // .payout.csv.PID.N.tmp
                name[0] = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp")).findFirst()
                        .orElseThrow();
            }
            out.write('a');
        });
        String stem = name[0].substring(0, name[0].length() - ".tmp".length());
        long n = Long.parseLong(stem.substring(stem.lastIndexOf('.') + 1));
        Files.writeString(tmp.resolve(stem.substring(0, stem.lastIndexOf('.') + 1) + (n + 1) + ".tmp"), "half");
        AtomicFiles.writeString(target, "b\n");
        assertEquals("b\n", Files.readString(target));
    }
}
