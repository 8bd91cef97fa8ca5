package org.downline.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.downline.scenario.ScenarioException;

/**
 * One command at a time into an {@code --out} folder: an OS lock ({@link FileChannel#tryLock}) on
 * {@code NAME.downline-lock} beside it, held until the command ends. A second command into the same
 * folder, in this process or another, is refused at once. The operating system drops the lock when
 * a process ends, however it ends, so a lock never outlives its command; the file is deleted while
 * still locked when the command ends (or on SIGINT), and one a SIGKILL left holds no lock: the next
 * command takes it.
 *
 * <p>Deleting the file makes a race: a command may open the file, then lock it after its holder has
 * deleted it and let go, and so hold a lock on a file no one else sees. A lock counts only if the
 * file at the path is, before the opening and after the locking, the same file (its
 * {@link BasicFileAttributes#fileKey key}); else the command tries again.
 *
 * <p>An OS lock belongs to the process, and closing any channel on the file lets go of it: a command
 * is refused without opening the file when another command of this process holds its lock (the
 * same key), and locks are taken and released under one monitor so that this check holds.
 */
final class OutLock {

    static final String SUFFIX = ".downline-lock";
    private static final int ATTEMPTS = 20;
    /** The locks the current thread's command holds, by {@code --out} (absolute, links followed). */
    private static final ThreadLocal<Map<Path, OutLock>> HELD = ThreadLocal.withInitial(HashMap::new);
    /** Every lock held in this process, for the shutdown hook. */
    private static final Set<OutLock> ALL = ConcurrentHashMap.newKeySet();

    private final Path file;
    private final Object key;
    private final FileChannel channel;
    private final FileLock lock;

    private OutLock(Path file, Object key, FileChannel channel, FileLock lock) {
        this.file = file;
        this.key = key;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock of {@code abs} for the current thread's command (again is nothing), or refuses:
     * the folder is the option or parameter {@code field} (--out, DIR), given as {@code out}. The
     * parent of {@code abs} must exist.
     */
    static void take(Path abs, Path out, String field) {
        Map<Path, OutLock> held = HELD.get();
        if (held.containsKey(abs)) {
            return;
        }
        Path file = abs.resolveSibling(abs.getFileName() + SUFFIX);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            OutLock l;
            try {
                l = tryOnce(file);
            } catch (IOException e) {
                throw new ScenarioException(field, "cannot lock '" + out + "' against other commands: '" + file
                        + "' (" + ResultFolder.reason(e) + ")");
            }
            if (l == BUSY) {
                throw new ScenarioException(field, "'" + out + "' is being written by another Downline command "
                        + "(it holds '" + file.getFileName() + "'): wait for it to end, or choose another folder");
            }
            if (l != null) {
                held.put(abs, l);
                return;
            }
        }
        throw new ScenarioException(field, "cannot lock '" + out + "' against other commands: '" + file
                + "' keeps changing");
    }

    /** Stands for "another command holds it". */
    private static final OutLock BUSY = new OutLock(null, null, null, null);

    /** The lock (added to {@link #ALL}), {@link #BUSY}, or null if the file changed under us (try again). */
    private static synchronized OutLock tryOnce(Path file) throws IOException {
        try {
            Files.createFile(file);
        } catch (FileAlreadyExistsException e) {
            // another command's, or one a SIGKILL left
        }
        Object before = key(file);
        if (before == null) {
            return null;
        }
        for (OutLock h : ALL) {
            if (before.equals(h.key)) {
                return BUSY;                                // another command of this process holds it
            }
        }
        FileChannel ch;
        try {
            ch = FileChannel.open(file, StandardOpenOption.WRITE);
        } catch (NoSuchFileException e) {
            return null;
        }
        FileLock l;
        try {
            l = ch.tryLock();
        } catch (IOException e) {
            ch.close();
            throw e;
        }
        if (l == null) {
            ch.close();
            return BUSY;
        }
        if (!Objects.equals(before, key(file))) {
            ch.close();                                     // releases the lock of a file since deleted
            return null;
        }
        OutLock held = new OutLock(file, before, ch, l);
        ALL.add(held);
        return held;
    }

    private static Object key(Path file) throws IOException {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class).fileKey();
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    /** Releases the locks of the current thread's command (its end). */
    static void releaseHeld() {
        Map<Path, OutLock> held = HELD.get();
        for (OutLock l : held.values()) {
            l.release();
        }
        held.clear();
    }

    /** On exit: deletes the files of every lock still held (the locks go with the process). */
    static void onExit() {
        for (OutLock l : ALL) {
            try {
                Files.deleteIfExists(l.file);
            } catch (IOException e) {
                // it holds no lock once the process is gone
            }
        }
    }

    private void release() {
        synchronized (OutLock.class) {
            try {
                Files.deleteIfExists(file);                 // while still locked: see the class comment
            } catch (IOException e) {
                // left behind, it holds no lock: the next command takes it
            }
            try {
                lock.release();
                channel.close();
            } catch (IOException e) {
                // closing drops the lock
            }
            ALL.remove(this);
        }
    }
}
