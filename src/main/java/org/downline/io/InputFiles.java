package org.downline.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import org.downline.scenario.ScenarioException;

/**
 * Reading a user's input file: its text, or a one-line problem naming the file. Every kind of input
 * file has a size limit checked before it is read (a file that is not a regular file, such as a
 * pipe or {@code /dev/zero}, is read up to the limit and refused beyond it), so that no input can
 * make Downline read for minutes or run out of memory.
 */
public final class InputFiles {

    /** Scenario and plan files (YAML): far more than any scenario needs. */
    public static final long SCENARIO_LIMIT = 1L << 20;
    /** Published disclosure CSVs. */
    public static final long DISCLOSURES_LIMIT = 16L << 20;
    /** Genealogy CSVs: about 30 million members; payout's memory check then decides what fits. */
    public static final long GENEALOGY_LIMIT = 1L << 30;

    private InputFiles() {
    }

    /**
     * The file's text (UTF-8, a leading byte-order mark dropped).
     *
     * @param limit the most bytes this kind of file may hold
     * @param kind  what the file is, for the message ("a scenario file")
     * @throws ScenarioException if it does not exist, is too large, is not UTF-8 or cannot be read
     */
    static String read(Path file, long limit, String kind) {
        byte[] bytes = bytes(file, limit, kind);
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new ScenarioException(file.toString(), "is not UTF-8 text");
        }
    }

    /** The file's bytes, at most {@code limit} of them. */
    static byte[] bytes(Path file, long limit, String kind) {
        long size = size(file, limit, kind);
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, Math.max(size, limit + 1)));
            if (bytes.length > limit) {
                throw new ScenarioException(file.toString(), "holds more than the " + bytes(limit) + " limit for "
                        + kind);
            }
            return bytes;
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    /**
     * Checks that {@code file} names a readable file of at most {@code limit} bytes.
     *
     * @return its size, or -1 if it is not a regular file (a pipe, a device) whose size is known
     *         only by reading it
     */
    static long size(Path file, long limit, String kind) {
        if (file.toString().isEmpty()) {
            throw new ScenarioException("", "the name of " + kind + " is empty (''): give a path");
        }
        if (Files.isDirectory(file)) {
            throw new ScenarioException(file.toString(), "is a folder, not " + kind);
        }
        if (!Files.exists(file)) {
            throw new ScenarioException(file.toString(), missing(file));
        }
        if (!Files.isRegularFile(file)) {
            return -1;
        }
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw unreadable(file, e);
        }
        if (size > limit) {
            throw tooLarge(file, limit, kind, size);
        }
        return size;
    }

    /**
     * Why a path that is not there is not: "does not exist", or for a symbolic link that leads to no file
     * (which {@code ls} lists) that it is one, not that nothing is there.
     */
    static String missing(Path file) {
        return Files.isSymbolicLink(file) ? "is a symbolic link that leads to no file (to itself, or to a path that "
                + "does not exist)" : "does not exist";
    }

    /** Lines in a regular file (newline characters, and a last line without one), read in blocks. */
    static long lines(Path file) {
        long lines = 0;
        boolean open = false;
        byte[] buf = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buf); n > 0; n = in.read(buf)) {
                for (int i = 0; i < n; i++) {
                    if (buf[i] == '\n') {
                        lines++;
                    }
                }
                open = buf[n - 1] != '\n';
            }
        } catch (IOException e) {
            throw unreadable(file, e);
        }
        return lines + (open ? 1 : 0);
    }

    private static ScenarioException tooLarge(Path file, long limit, String kind, long size) {
        String shown = bytes(size);
        String max = bytes(limit);
        // just over the limit, a size rounds to the limit's own figure ("1.0 MiB" against "1 MiB"): in bytes then
        String over = shown.replace(".0 ", " ").equals(max)
                ? String.format(Locale.ROOT, "%,d bytes, larger than the %s (%,d-byte)", size, max, limit)
                : shown + ", larger than the " + max;
        return new ScenarioException(file.toString(), "is " + over + " limit for " + kind);
    }

    private static ScenarioException unreadable(Path file, IOException e) {
        if (e instanceof NoSuchFileException) {
            return new ScenarioException(file.toString(), "does not exist");
        }
        if (e instanceof AccessDeniedException) {
            return new ScenarioException(file.toString(), "cannot be read: permission denied");
        }
        String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new ScenarioException(file.toString(), "cannot be read: " + why.split("\\R")[0]);
    }

    /** 1 MiB, 3.2 GiB, 512 bytes. */
    static String bytes(long n) {
        if (n < 1024) {
            return n + " bytes";
        }
        String[] units = {"KiB", "MiB", "GiB", "TiB"};
        double v = n;
        int u = -1;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        return (v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v)) + " " + units[u];
    }
}
