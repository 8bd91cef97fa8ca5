package org.downline.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file under a temporary name in the same directory and renames it into place, so an
 * interrupted run never leaves a truncated file that looks complete. Files get the permissions the
 * umask gives any new file (0644 under 022).
 */
public final class AtomicFiles {

    /**
     * Makes temporary names unique within this process; the pid, across the live processes of one pid
     * namespace (a name already taken, by a killed process with the same pid, is skipped).
     */
    private static final java.util.concurrent.atomic.AtomicLong SEQUENCE = new java.util.concurrent.atomic.AtomicLong();

    /** Folders being deleted on the way out (SIGINT): nothing more is written under them. */
    private static final java.util.Set<Path> REFUSED = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /**
     * A test seam, off by default: with the system property {@code downline.test.pauseAfterEachFileMillis}
     * set, every file written is followed by that pause, so that a test can interrupt a process
     * between the files of a result set.
     */
    private static final long PAUSE = Long.getLong("downline.test.pauseAfterEachFileMillis", 0L);

    private AtomicFiles() {
    }

    /** Refuses every later write under {@code dir} (a result set's work folder being deleted). */
    static void refuseUnder(Path dir) {
        REFUSED.add(dir.toAbsolutePath());
    }

    /** What writes the file's bytes. */
    @FunctionalInterface
    public interface Body {
        void write(OutputStream out) throws IOException;
    }

    public static void write(Path target, Body body) {
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = null;
        try {
            for (Path refused : REFUSED) {
                if (dir.startsWith(refused)) {
                    throw new IOException("interrupted");
                }
            }
            Files.createDirectories(dir);
            // a new file, not Files.createTempFile (which makes it 0600): it gets the permissions the
            // umask gives any file, as the renamed result should
            OutputStream file = null;
            while (file == null) {
                Path next = dir.resolve("." + target.getFileName() + "." + ProcessHandle.current().pid() + "."
                        + SEQUENCE.incrementAndGet() + ".tmp");
                try {
                    file = Files.newOutputStream(next, java.nio.file.StandardOpenOption.CREATE_NEW,
                            java.nio.file.StandardOpenOption.WRITE);
                    tmp = next;
                } catch (FileAlreadyExistsException e) {
                    // a killed process's with this pid (a container's often has the same pid from run to
                    // run), or a live one's in another pid namespace: not ours, the next name
                }
            }
            try (OutputStream out = new java.io.BufferedOutputStream(file)) {
                body.write(out);
            }
            // a rename within one folder (replacing the target), which is atomic: never a copy
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            tmp = null;
            if (PAUSE > 0) {
                Thread.sleep(PAUSE);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + ResultFolder.reason(e), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the original failure is what matters
                }
            }
        }
    }

    public static void writeString(Path target, String text) {
        write(target, out -> out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
}
