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
}
