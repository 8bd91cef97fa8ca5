package org.downline.io;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.downline.Version;
import org.downline.scenario.Checks;
import org.downline.scenario.ScenarioException;

/**
 * A result set written as a whole: every file goes into a work folder beside {@code --out} (same
 * parent, so renaming is atomic) and the folder is renamed into place only when every file is in it,
 * so a reader never sees a partial set or a mixture of two.
 *
 * <p>A finished set holds a marker, {@value #MARKER} (what wrote it, the version). An existing
 * {@code --out} that holds an earlier result set of the same kind is replaced whole: it is renamed
 * aside, the new set renamed in, the old one deleted; a crash between the two renames leaves the old
 * set under the aside name, which the next command into the same {@code --out} puts back or deletes.
 * A folder that holds another kind of result set, or anything else, is refused unless {@code --force}.
 *
 * <p>Work folders: {@code NAME.downline-tmp-PID-N} for commands that write their set at the end
 * ({@code run}, {@code merge}), deleted on failure and on SIGINT (a shutdown hook) and, if a SIGKILL
 * left one, by the next command into the same {@code --out}; {@code NAME.downline-partial} for the
 * long commands that write as they go and can continue with {@code --resume} ({@code sweep},
 * {@code fit}), kept after an interruption.
 */
public final class ResultFolder implements AutoCloseable {

    /** The marker file in every finished result set. */
    public static final String MARKER = ".downline";
    static final String TMP = ".downline-tmp-";
    static final String PARTIAL = ".downline-partial";
    static final String OLD = ".downline-old-";
    /** The longest name, in bytes, a folder can have on Linux file systems (NAME_MAX). */
    static final int NAME_MAX = 255;
    /**
     * The most bytes Downline adds to an {@code --out}'s name naming the work files beside it:
     * {@code NAME.downline-tmp-PID-N} adds 14, a pid of up to 7 digits, '-' and a count; the probe, lock,
     * partial and aside names and a file's {@code .NAME.PID.N.tmp} add fewer.
     */
    static final int SUFFIX_MAX = 25;
    /**
     * Files that mark a folder written by a Downline version without the marker, each with what such a
     * folder holds (the first found tells).
     */
    private static final List<Map.Entry<String, String>> LEGACY = List.of(Map.entry("sweep.json", "sweep"),
            Map.entry("fit-settings.json", "fit"), Map.entry("summary.json", "run"));
    /**
     * The single-file results ({@link #checkFile}): the command that writes each and the start of the
     * first line it writes, which tells its file.
     */
    private static final List<Map.Entry<String, String>> FILES = List.of(Map.entry("payout", "id,commission"),
            Map.entry("disclose", "# disclosure:"));
    /** Links followed from {@code --out} before it counts as a loop (Linux's limit, MAXSYMLINKS). */
    private static final int MAX_LINKS = 40;
    private static final AtomicLong SEQUENCE = new AtomicLong();
    private static final Object LOCK = new Object();
    private static final Set<ResultFolder> OPEN = ConcurrentHashMap.newKeySet();
    private static boolean hooked;
    private static boolean stopping;

    private final Path out;
    private final Path work;
    private final boolean partial;
    private final boolean created;
    private boolean committed;

    /**
     * The one JSON mapper of the files Downline reads (the marker of an existing {@code --out}, a
     * {@code summary.json}, the fit's and the sweep's files), made when first used: making one loads
     * much of Jackson. Files are written by {@link JsonText}, the same text without a mapper, so a run
     * into a new folder, which reads no JSON, never makes one. A file edited by hand is read whole: a key
     * given twice in one object, or anything after the JSON, is refused rather than read past.
     */
    static final class Json {
        static final ObjectMapper MAPPER = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
        /** Jackson's default pretty printer, as {@code SerializationFeature.INDENT_OUTPUT} writes. */
        static final ObjectWriter PRETTY = MAPPER.writerWithDefaultPrettyPrinter();
    }

    private ResultFolder(Path out, Path work, boolean partial, boolean created) {
        this.out = out;
        this.work = work;
        this.partial = partial;
        this.created = created;
    }

    /**
     * The topmost folder above {@code out} that does not exist, which writing {@code out} creates (with
     * any below it, as {@code mkdir -p} would); null if {@code out}'s folder exists. Commands name it in
     * their last line, so a mistyped path does not make folders unseen. A symbolic link is followed ({@link
     * #absolute}), as writing through it is: a dangling one's missing folders are those above where it leads.
     */
    public static Path missingParent(Path out) {
        Path abs = out.toAbsolutePath();
        if (Files.isSymbolicLink(abs)) {
            try {
                abs = absolute(out);
            } catch (ScenarioException e) {
                return null;                                // a link to itself: refused where --out is checked
            }
        }
        Path top = null;
        for (Path p = abs.getParent(); p != null && !Files.exists(p); p = p.getParent()) {
            top = p;
        }
        return top;
    }

    /**
     * A file or folder a command reads, named in errors by the option or parameter that gave it
     * ({@code --scenario}, {@code SHARD}) and its path as given.
     */
    public record Input(String option, Path path) {
    }

    /** {@link #check(Path, boolean, String, List)} for a command that reads no file. */
    public static void check(Path out, boolean force, String kind) {
        check(out, force, kind, List.of());
    }

    /**
     * Checks an {@code --out} folder before anything runs: a name, not a file, and either absent,
     * empty, an earlier Downline result set of the same {@code kind} (what the marker says:
     * {@code run}, {@code sweep}, {@code fit}) or (with {@code force}) anything; and, as an existing
     * one is replaced whole, holding none of the command's {@code inputs} ({@link #heldIn}).
     */
    public static void check(Path out, boolean force, String kind, List<Input> inputs) {
        Path abs = absolute(out);
        if (Files.exists(abs) && !Files.isDirectory(abs)) {
            throw new ScenarioException("--out", "must be a directory, was the file '" + out + "'");
        }
        if (!force && Files.isDirectory(abs)) {
            String foreign = foreign(abs);
            if (foreign != null) {
                throw new ScenarioException("--out", "'" + out + "' holds files that are not a Downline result "
                        + "(such as '" + foreign + "'): choose another folder, or add --force to replace it whole");
            }
        }
        if (Files.isDirectory(abs)) {
            Path readOnly = readOnly(abs, out);
            if (readOnly != null) {
                throw new ScenarioException("--out", "'" + out + "' is not writable"
                        + (readOnly.equals(abs) ? "" : " (the folder '" + out.resolve(abs.relativize(readOnly))
                        + "' in it is not)") + ": a command replaces its --out whole and leaves a read-only one "
                        + "as it is; choose another folder, or make it writable");
            }
        }
        // the nearest folder that exists must take new folders
        Path at = existingAbove(abs);
        if (at != null && !Files.isDirectory(at)) {
            throw new ScenarioException("--out", "cannot be created in '" + out + "': '" + at + "' is a file");
        }
        if (at != null && !Files.isWritable(at)) {
            throw new ScenarioException("--out", "'" + out + "' cannot be created: the folder '" + at
                    + "' is not writable");
        }
        if (at != null) {
            checkNameLengths(out, abs, at);
            // a probe, deleted at once: some folders (/proc, read-only mounts) refuse what access() allows
            Path probe = at.resolve(abs.getFileName() + ".downline-probe-" + ProcessHandle.current().pid());
            try {
                Files.createDirectory(probe);
                Files.delete(probe);
            } catch (IOException e) {
                throw new ScenarioException("--out", "'" + out + "' cannot be created: the folder '" + at
                        + "' does not take new folders (" + (e instanceof NoSuchFileException ? "no such file or "
                        + "directory" : reason(e)) + ")");
            }
        }
        if (Files.isDirectory(abs.getParent())) {
            lock(abs, out, "--out");                        // else when the folder is opened
        }
        // read under the lock: a command writing the folder is named first, as such
        String held;
        try {
            held = force || !Files.isDirectory(abs) ? null : kindOf(abs, "--out");
        } catch (ScenarioException e) {                     // a broken marker: --force replaces the set
            throw new ScenarioException("--out", e.problems().get(0).message() + "; choose another folder, or add "
                    + "--force to replace it");
        }
        if (held != null && !held.equals(kind)) {
            throw new ScenarioException("--out", "'" + out + "' holds the results of '" + held + "', which "
                    + "the results of '" + kind + "' would replace whole: choose another folder, or add --force "
                    + "to replace it");
        }
        Input input = heldIn(abs, inputs);
        if (input != null) {
            throw new ScenarioException("--out", "'" + out + "' holds the input " + input.option() + " '"
                    + input.path() + "', which replacing the folder would delete; choose another --out");
        }
    }

    /**
     * The first of the command's {@code inputs} that {@code target}, an existing {@code --out} folder
     * replaced whole or file written anew, holds at any depth ({@code run --scenario s.yaml --out .
     * --force}, {@code merge parts --out parts --force}), or null, as when nothing is there: the input's
     * real place, and that of every symbolic link on the way to it (a link in the folder is deleted with
     * it), is looked at ({@link #within}). An input that does not exist is left to the command that reads it.
     */
    private static Input heldIn(Path target, List<Input> inputs) {
        Path real;
        try {
            real = target.toRealPath();
        } catch (IOException e) {
            return null;                                    // nothing there to replace
        }
        for (Input input : inputs) {
            if (within(real, input.path())) {
                return input;
            }
        }
        return null;
    }

    /** Whether {@code path}, or a symbolic link on the way to what it names, lies in the real folder {@code dir}. */
    private static boolean within(Path dir, Path path) {
        try {
            Path p = path.toAbsolutePath();
            for (int hops = 0; hops <= MAX_LINKS && p.getParent() != null; hops++) {
                Path at = p.getParent().toRealPath().resolve(p.getFileName()).normalize();
                if (at.startsWith(dir)) {
                    return true;
                }
                if (!Files.isSymbolicLink(at)) {
                    return false;
                }
                p = at.resolveSibling(Files.readSymbolicLink(at));
            }
        } catch (IOException e) {
            // a folder on the way that does not exist or cannot be read: the input is read (and refused) later
        }
        return false;
    }

    /**
     * Checks the {@code --out} folder of {@code run --shard}, which shard files are written into beside
     * each other (not replaced whole, so not locked: the shards of one run may be written at once): a
     * name, not a file, and not a finished result set of any kind ({@link #kindOf}), which the shard
     * would be mixed into, {@code force} or not ({@code --force} replaces a folder whole, and the
     * shards' is not replaced).
     */
    public static void checkForShards(Path out) {
        Path abs = absolute(out);
        if (Files.exists(abs) && !Files.isDirectory(abs)) {
            throw new ScenarioException("--out", "must be a directory, was the file '" + out + "'");
        }
        String held = Files.isDirectory(abs) ? kindOf(abs, "--out") : null;
        if (held != null) {
            throw new ScenarioException("--out", "'" + out + "' holds the results of '" + held + "', which a "
                    + "shard file would be mixed into: choose another folder for the shards (--force does not "
                    + "apply: shards are written beside each other, not replacing the folder)");
        }
    }

    /**
     * Takes the lock of an existing result folder that a command adds a file to ({@code report DIR}),
     * as {@link #check} does for {@code --out}: refused, one line naming {@code field}, while another
     * command writes or replaces it.
     */
    public static void lockToUpdate(Path dir, String field) {
        lock(absolute(dir, field), dir, field);
    }

    /**
     * Takes the lock of {@code abs} ({@link OutLock}) for the current thread's command until
     * {@link #releaseLocks}: a second command into the same folder is refused, one line naming the
     * option or parameter {@code field} ({@code --out}, {@code DIR}).
     */
    private static void lock(Path abs, Path out, String field) {
        hook();
        OutLock.take(abs, out, field);
    }

    /**
     * Releases the folder locks ({@code --out}, report's {@code DIR}) the current thread's command
     * took (at its end, {@code Main}).
     */
    public static void releaseLocks() {
        OutLock.releaseHeld();
    }

    /**
     * Checks an {@code --out} file (a single-file result of {@code command}, {@code payout} or
     * {@code disclose}): a name, not a folder, and either absent, a file that command wrote (its first
     * line starts as that command's does) or (with {@code force}) anything; another command's file is
     * refused as such, and one no command wrote as that; a file this user cannot write to is refused,
     * with or without {@code force}, as a read-only {@code --out} folder is, and so is a device, pipe or socket
     * ({@code /dev/null}, which the file renamed into place would replace as root), and so is one of the
     * command's {@code inputs} (with {@code force}: a file Downline did not write is refused without it).
     * The file itself is written atomically.
     */
    public static void checkFile(Path out, String command, boolean force, List<Input> inputs) {
        final String firstLine = FILES.stream().filter(f -> f.getKey().equals(command)).map(Map.Entry::getValue)
                .findFirst().orElseThrow(() -> new IllegalArgumentException("no single-file result of " + command));
        if (out == null || out.toString().isBlank()) {
            throw new ScenarioException("--out", "must name a file, was ''");
        }
        if (Files.isDirectory(out)) {
            throw new ScenarioException("--out", "must be a file, was the folder '" + out + "'");
        }
        if (Files.exists(out) && !Files.isRegularFile(out)) {
            // the file is renamed onto --out: it would replace /dev/null itself, with --force, not write to it
            throw new ScenarioException("--out", "must name a regular file, and '" + out + "' is a device, pipe or "
                    + "socket, which the file written would replace");
        }
        if (Files.exists(out) && !Files.isWritable(out)) {
            // writing it anew renames a new file onto it, which its folder's permission alone allows
            throw new ScenarioException("--out", "'" + out + "' is not writable: a command replaces its --out and "
                    + "leaves a read-only one as it is; choose another file, or make it writable");
        }
        if (!force && Files.exists(out)) {
            String first;
            try (java.io.BufferedReader r = Files.newBufferedReader(out, java.nio.charset.StandardCharsets.UTF_8)) {
                first = r.readLine();
            } catch (IOException | UncheckedIOException e) {
                first = null;
            }
            final String line = first;
            Map.Entry<String, String> other = line == null ? null
                    : FILES.stream().filter(f -> line.startsWith(f.getValue())).findFirst().orElse(null);
            if (other != null && !other.getKey().equals(command)) {
                throw new ScenarioException("--out", "'" + out + "' is the output of 'downline " + other.getKey()
                        + "' (its first line starts '" + other.getValue() + "'), not of 'downline " + command + "': choose "
                        + "another file, or add --force to replace it");
            }
            if (line == null || !line.startsWith(firstLine)) {
                throw new ScenarioException("--out", "'" + out + "' is a file Downline did not write (its first line "
                        + "is not '" + firstLine + "...'): choose another file, or add --force to replace it");
            }
        }
        Input held = heldIn(out, inputs);
        if (held != null) {
            throw new ScenarioException("--out", "'" + out + "' is the input " + held.option() + " '" + held.path()
                    + "', which writing --out would replace; choose another --out");
        }
        Path parent = existingAbove(out.toAbsolutePath());
        if (parent != null && (!Files.isDirectory(parent) || !Files.isWritable(parent))) {
            throw new ScenarioException("--out", "'" + out + "' cannot be created: '" + parent + "' is "
                    + (Files.isDirectory(parent) ? "a folder that is not writable" : "a file"));
        }
        if (parent != null) {
            checkNameLengths(out, out.toAbsolutePath(), parent);
        }
    }

    /**
     * Refuses an {@code --out} with a name below {@code at}, the nearest folder that exists, longer than a
     * file system takes ({@link #NAME_MAX}), or its own name too long to leave room for the work files
     * Downline names after it ({@link #SUFFIX_MAX}): said as such, not as a folder refusing the work file.
     */
    private static void checkNameLengths(Path out, Path abs, Path at) {
        Path names = at.relativize(abs);
        for (int k = 0; k < names.getNameCount(); k++) {
            int bytes = names.getName(k).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            if (bytes > NAME_MAX) {
                throw new ScenarioException("--out", Checks.show(out.toString()) + " cannot be created: a name in "
                        + "it is " + bytes + " bytes long, and a file system takes at most " + NAME_MAX);
            }
            if (k == names.getNameCount() - 1 && bytes > NAME_MAX - SUFFIX_MAX) {
                throw new ScenarioException("--out", Checks.show(out.toString()) + " cannot be created: its name is "
                        + bytes + " bytes long; at most " + (NAME_MAX - SUFFIX_MAX) + " leave room for the work files "
                        + "named after it");
            }
        }
    }

    /**
     * An {@code --out} path as given, refused if empty (it would mean the current folder). A symbolic
     * link stands for the folder it points to (links to links followed): the set is written beside that
     * folder and renamed onto it as any {@code --out}, and the link stays as it was.
     */
    public static Path absolute(Path out) {
        return absolute(out, "--out");
    }

    /**
     * As {@link #absolute(Path)}, the folder (or file) named in errors as the option or parameter
     * {@code field}.
     */
    public static Path absolute(Path out, String field) {
        if (out == null || out.toString().isBlank()) {
            throw new ScenarioException(field, "must name a folder, was ''");
        }
        Path abs = real(out.toAbsolutePath());
        for (int hops = 0; abs.getParent() != null && Files.isSymbolicLink(abs); hops++) {
            if (hops == MAX_LINKS) {
                throw new ScenarioException(field, "'" + out + "' is a symbolic link that leads to itself");
            }
            try {
                abs = real(abs.resolveSibling(Files.readSymbolicLink(abs)));
            } catch (IOException e) {
                throw new ScenarioException(field, "cannot read the symbolic link '" + out + "' (" + reason(e)
                        + ")");
            }
        }
        if (abs.getParent() == null) {
            throw new ScenarioException(field, "must not be the root folder, was '" + out + "'");
        }
        return abs;
    }

    /**
     * {@code path} (absolute) with its folders as the system finds them: the longest part of it that
     * exists by its real path (its links followed, so that a ".." after a linked folder leaves the
     * link's target, not the folder the link is in), the rest, which does not exist yet, normalised.
     * Its last name is kept, a link or not.
     */
    private static Path real(Path path) {
        Path existing = existingAbove(path);
        if (existing == null) {
            return path.normalize();
        }
        try {
            // normalised below the real folder only: a ".." there is a real folder's parent
            return existing.toRealPath().resolve(existing.relativize(path)).normalize();
        } catch (IOException e) {
            return path.normalize();                    // unreadable: as written, refused where it is used
        }
    }

    /** The nearest of {@code path}'s ancestors (it is absolute) that exists, its parent or one above, or null. */
    private static Path existingAbove(Path path) {
        Path at = path.getParent();
        while (at != null && !Files.exists(at)) {
            at = at.getParent();
        }
        return at;
    }

    /**
     * The first folder in {@code dir} (itself or one in it) that this user cannot write to, or null if
     * every one is writable: replacing a set deletes its files, which takes write
     * permission on each folder that holds them. {@link Files#isWritable} asks the system (access(2)),
     * so a folder's mode does not stop root, as it does not stop {@code rm -r}; the immutable attribute
     * ({@code chattr +i}) does.
     */
    private static Path readOnly(Path dir, Path out) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) && !Files.isWritable(p))
                    .findFirst().orElse(null);
        } catch (IOException e) {
            throw failure("cannot read --out '" + out + "'", e);
        } catch (UncheckedIOException e) {                  // a folder inside it that cannot be listed
            throw failure("cannot read --out '" + out + "'", e.getCause());
        }
    }

    /** A name in {@code dir} that shows it is not a Downline result set, or null if it is one or empty. */
    private static String foreign(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            List<String> names = s.map(p -> p.getFileName().toString()).sorted().toList();
            if (names.isEmpty() || names.contains(MARKER)
                    || LEGACY.stream().anyMatch(e -> names.contains(e.getKey()))) {
                return null;
            }
            return names.get(0);
        } catch (IOException e) {
            throw failure("cannot read --out '" + dir + "'", e);
        }
    }

    /**
     * What the result set in {@code dir} holds ({@code run}, {@code sweep}, {@code fit}): its marker's
     * {@code results}, or for a set written before the marker, its files' ({@code sweep.json},
     * {@code fit-settings.json}, {@code summary.json}); null if neither tells. A marker that does not
     * read is refused ({@link #readMarker}), naming {@code field}.
     */
    public static String kindOf(Path dir, String field) {
        String quick = quickKind(dir);
        if (quick != null) {
            return quick.isEmpty() ? null : quick;
        }
        JsonNode m = readMarker(dir, field);
        if (m != null) {
            String kind = m.path("results").asText("");
            return kind.isEmpty() ? null : kind;
        }
        return LEGACY.stream().filter(e -> Files.exists(dir.resolve(e.getKey()))).map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }

    /**
     * What {@link #kindOf} reads from a marker that is a JSON object whose {@code results} is text or
     * absent ("" then), read by Jackson's parser alone ({@link JsonText#textIn}); null for anything
     * else — no marker, one that does not read, any other value — which {@link #readMarker} then reads
     * and refuses as before. Every marker Downline writes is such an object, and reading it so spares
     * checking an earlier set's {@code --out} the object mapper (a quarter of a second of loading).
     */
    private static String quickKind(Path dir) {
        Path f = dir.resolve(MARKER);
        if (!Files.exists(f, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        try {
            return JsonText.textIn(Files.readString(f), "results");
        } catch (IOException | RuntimeException e) {
            return null;                                    // unreadable, not UTF-8: readMarker says so
        }
    }

    /**
     * {@code node} as pretty JSON text (as {@link Json#PRETTY} writes it, by {@link JsonText}) and a
     * newline: the marker, summary, fit and sweep files; without {@link Json}'s object mapper, which a
     * run, reading no JSON, then never makes.
     */
    static String pretty(JsonNode node) {
        return JsonText.pretty(node) + "\n";
    }

    /** The marker's content: what wrote the set. */
    public static ObjectNode marker(String kind) {
        ObjectNode m = JsonNodeFactory.instance.objectNode();
        m.put("downline", Version.get());
        m.put("results", kind);
        return m;
    }

    /**
     * The marker of {@code dir}, or null if it has none. One that does not read (not JSON, not a JSON
     * object, not readable) is refused in one line naming {@code field}, the file and what is wrong: a
     * set whose marker is broken is not taken for one written before markers (a sweep resumed from
     * its sweep.json, a folder replaced without --force), nor for no set at all.
     */
    public static JsonNode readMarker(Path dir, String field) {
        Path f = dir.resolve(MARKER);
        if (!Files.exists(f, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        return JsonProblems.readObject(f, field, "a result set's marker says what wrote it");
    }

    /**
     * Opens a fresh work folder for a set written at the end; {@link #commit} moves it to {@code out},
     * {@link #close} without commit deletes it.
     */
    public static ResultFolder open(Path out) {
        Path abs = absolute(out);
        Path parent = abs.getParent();
        String name = abs.getFileName().toString();
        Path work = parent.resolve(name + TMP + ProcessHandle.current().pid() + "-" + SEQUENCE.incrementAndGet());
        try {
            Files.createDirectories(parent);
            lock(abs, out, "--out");
            recover(parent, name);
            Files.createDirectory(work);                    // mode from the umask, as any new folder
        } catch (IOException e) {
            throw failure("cannot create a folder in '" + parent + "' for --out '" + out + "'", e);
        }
        return register(new ResultFolder(abs, work, false, true));
    }

    /** The work folder a resumable command ({@code sweep}, {@code fit}) writes to as it goes. */
    public static Path partialOf(Path out) {
        Path abs = absolute(out);
        return abs.getParent().resolve(abs.getFileName() + PARTIAL);
    }

    /**
     * Opens (creating it if needed) the work folder of a resumable command, which stays when the
     * command is interrupted or fails, so that {@code --resume} can continue it.
     */
    public static ResultFolder openPartial(Path out) {
        Path abs = absolute(out);
        Path work = partialOf(out);
        boolean created = !Files.isDirectory(work);
        try {
            Files.createDirectories(abs.getParent());
            lock(abs, out, "--out");
            recover(abs.getParent(), abs.getFileName().toString());
            Files.createDirectories(work);
        } catch (IOException e) {
            throw failure("cannot create '" + work + "' for --out '" + out + "'", e);
        }
        return register(new ResultFolder(abs, work, true, created));
    }

    /** Where to write the files. */
    public Path dir() {
        return work;
    }

    /** Writes the marker into the work folder now (a resumable command's, so that --resume can check it). */
    public void writeMarker(JsonNode marker) {
        AtomicFiles.writeString(work.resolve(MARKER), pretty(marker));
    }

    /** Whether this call created the work folder (a partial one may have been there already). */
    public boolean created() {
        return created;
    }

    /**
     * Writes the marker and moves the work folder to {@code --out}, replacing what is there whole
     * (an earlier set, or an empty folder).
     */
    public void commit(JsonNode marker) {
        synchronized (LOCK) {
            if (stopping) {
                throw new UncheckedIOException(new IOException("interrupted before the results were complete"));
            }
            AtomicFiles.writeString(work.resolve(MARKER), pretty(marker));
            Path old = null;
            try {
                if (Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
                    old = out.resolveSibling(out.getFileName() + OLD + ProcessHandle.current().pid());
                    deleteTree(old);
                    Files.move(out, old, StandardCopyOption.ATOMIC_MOVE);
                }
                try {
                    Files.move(work, out, StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException e) {
                    if (old != null) {
                        Files.move(old, out, StandardCopyOption.ATOMIC_MOVE);
                        old = null;
                    }
                    throw e;
                }
                committed = true;
                OPEN.remove(this);
            } catch (IOException e) {
                throw failure("cannot move the results into --out '" + out + "'", e);
            }
            if (old != null) {
                try {
                    deleteTree(old);
                } catch (IOException e) {
                    throw failure("wrote the results to '" + out + "' but cannot delete the earlier ones in '"
                            + old + "'", e);
                }
            }
        }
    }

    /**
     * Deletes the work folder of a set that was not committed (a partial one only if
     * {@code alsoPartial}: a resumable command that has nothing worth keeping).
     */
    public void discard(boolean alsoPartial) {
        synchronized (LOCK) {
            if (committed || (partial && !alsoPartial)) {
                return;
            }
            OPEN.remove(this);
            try {
                deleteTree(work);
            } catch (IOException e) {
                // what failed before is what the user must see
            }
        }
    }

    /** {@link #discard discard(false)}: a committed or partial folder stays, any other is deleted. */
    @Override
    public void close() {
        discard(false);
    }

    /** A message naming the work folder, rewritten to name {@code --out} (what the user knows). */
    public RuntimeException explain(RuntimeException e) {
        if (e instanceof UncheckedIOException io && io.getMessage() != null) {
            return new UncheckedIOException(io.getMessage().replace(work.toString(), out.toString()), io.getCause());
        }
        return e;
    }

    private static void hook() {
        synchronized (LOCK) {
            if (!hooked) {
                Runtime.getRuntime().addShutdownHook(new Thread(ResultFolder::stopAll, "downline-cleanup"));
                hooked = true;
            }
        }
    }

    private static ResultFolder register(ResultFolder f) {
        hook();
        synchronized (LOCK) {
            if (!f.partial) {
                OPEN.add(f);
            }
        }
        return f;
    }

    /** On SIGINT (or any exit): no set of this process is left half-written. */
    private static void stopAll() {
        synchronized (LOCK) {
            try {
                stopWork();
            } finally {
                OutLock.onExit();                           // after the work folders: nothing of ours is left
            }
        }
    }

    private static void stopWork() {
        stopping = true;
        if (OPEN.isEmpty()) {
            return;                     // every set committed or discarded (any normal exit): nothing to wait for
        }
        for (ResultFolder f : OPEN) {
            AtomicFiles.refuseUnder(f.work);
        }
        for (int attempt = 0; attempt < 3; attempt++) {
            for (ResultFolder f : OPEN) {
                try {
                    deleteTree(f.work);
                } catch (IOException e) {
                    // tried again below
                }
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /**
     * Cleans what a killed process left beside {@code name}: its work folders (deleted) and an
     * earlier set renamed aside (put back if {@code name} is gone, else deleted). Called under the
     * lock of {@code name}, so what bears this process's pid is a killed process's too (a container's
     * often has the same pid from run to run) unless it is a work folder this process has open.
     */
    private static void recover(Path parent, String name) throws IOException {
        List<Path> left;
        try (Stream<Path> s = Files.list(parent)) {
            left = s.filter(p -> {
                String n = p.getFileName().toString();
                return n.startsWith(name + TMP) || n.startsWith(name + OLD);
            }).toList();
        }
        Path out = parent.resolve(name);
        for (Path p : left) {
            String n = p.getFileName().toString();
            boolean tmp = n.startsWith(name + TMP);
            String rest = n.substring(name.length() + (tmp ? TMP.length() : OLD.length()));
            long pid;
            try {
                pid = Long.parseLong(tmp ? rest.substring(0, Math.max(0, rest.indexOf('-'))) : rest);
            } catch (NumberFormatException e) {
                continue;
            }
            boolean live = pid == ProcessHandle.current().pid()
                    ? OPEN.stream().anyMatch(f -> f.work.equals(p))
                    : ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
            if (live) {
                continue;
            }
            if (!tmp && !Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
                Files.move(p, out, StandardCopyOption.ATOMIC_MOVE);
            } else {
                deleteTree(p);
            }
        }
    }

    /** Whether {@code dir} is a folder holding anything. */
    public static boolean holdsAny(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isPresent();
        } catch (IOException e) {
            return false;
        }
    }

    /** Deletes everything in {@code dir} (a folder of a work folder) but the files {@code keep}. */
    public static void prune(Path dir, List<Path> keep) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.toList()) {
                if (!keep.contains(p)) {
                    deleteTree(p);
                }
            }
        } catch (IOException e) {
            throw failure("cannot clean '" + dir + "'", e);
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        List<Path> all;
        try (Stream<Path> s = Files.walk(dir)) {
            all = s.sorted(Comparator.reverseOrder()).toList();
        }
        for (Path p : all) {
            Files.deleteIfExists(p);
        }
    }

    /** One line: what could not be done and why. */
    static UncheckedIOException failure(String what, IOException e) {
        return new UncheckedIOException(what + ": " + reason(e), e);
    }

    /**
     * The text of {@code file}, a file Downline wrote and reads back ({@code --resume}'s fit-settings.json,
     * generations.csv and sweep.json, a result set's marker), or one line naming {@code field}, the file and
     * why it cannot be read: not UTF-8 text (Java's own words were "Input length = 1"), or {@link #reason}.
     */
    static String readBack(Path file, String field) {
        try {
            return Files.readString(file);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new ScenarioException(field, "cannot read " + file + ": it is not UTF-8 text, as Downline writes it");
        } catch (IOException e) {
            throw new ScenarioException(field, "cannot read " + file + ": " + reason(e));
        }
    }

    /** Why an I/O operation failed, in words. */
    public static String reason(IOException e) {
        if (e.getCause() instanceof IOException cause && cause != e) {
            return reason(cause);                          // a wrapping exception: the cause says why
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException n) {
            return "'" + n.getFile() + "' cannot be created (no such folder, or the file system does not allow it)";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason() + " ('" + f.getFile() + "')";
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
