package org.downline.cli;

import java.io.File;
import java.io.FileReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StreamTokenizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.downline.scenario.Checks;

/**
 * The files of arguments ({@code @FILE}) of a command line, nested ones included, walked before picocli
 * reads them, so that what picocli would do silently or badly is refused in one line instead: a file named
 * a second time, by the command line or inside a file (picocli skips it without a word, so a file naming
 * itself ran the default scenario), and a name that is a folder (picocli's stack trace) or a device or
 * pipe (read without end). A file's arguments are split as picocli splits them (whitespace, quotes and
 * {@code #} comments, by {@link StreamTokenizer}); an argument that starts with one {@code @} and names a
 * readable file is another file of arguments, {@code @@x} is the text {@code @x}, and an {@code @} name
 * that cannot be read is left to picocli, which keeps it as text ({@link Main#missingArgumentFile}).
 *
 * @param names    the files read, in the order picocli reads them (the command's inputs, which its
 *                 {@code --out} must not hold)
 * @param refusal  why the command line is refused, or null
 */
record ArgumentFiles(List<String> names, String refusal) {

    private static final String ONCE = "; each file of arguments may be given once";

    /** Walks the files of arguments of {@code args}. */
    static ArgumentFiles of(String[] args) {
        Walk walk = new Walk();
        String refusal = null;
        for (int i = 0; i < args.length && refusal == null; i++) {
            refusal = walk.visit(args[i], null);
        }
        return new ArgumentFiles(List.copyOf(walk.names), refusal);
    }

    /**
     * The file {@code arg} names if it is a file of arguments (a single {@code @} and a name), else null:
     * {@code @} alone and {@code @@x} (the text {@code @x}) are arguments as they are.
     */
    static String named(String arg) {
        return arg.length() > 1 && arg.startsWith("@") && !arg.startsWith("@@") ? arg.substring(1) : null;
    }

    private static final class Walk {
        final List<String> names = new ArrayList<>();
        /** Absolute paths already read: picocli's own test for a file it skips. */
        final Set<String> visited = new HashSet<>();

        /** Reads {@code arg} if it names a file of arguments, {@code in} the file it was found in (or null). */
        String visit(String arg, String in) {
            String name = named(arg);
            if (name == null) {
                return null;
            }
            File file = new File(name);
            String where = in == null ? "" : " (in " + Checks.show(in) + ")";
            if (!file.canRead()) {
                return null;
            }
            if (!file.isFile()) {
                return "the argument " + Checks.show(arg) + where + " names "
                        + (file.isDirectory() ? "a folder" : "a device or pipe")
                        + ", not a file of arguments (an argument @FILE stands for the arguments FILE holds)";
            }
            if (!visited.add(file.getAbsolutePath())) {
                return "the file of arguments " + Checks.show(name)
                        + (in == null ? " is named twice" : " is named again in " + Checks.show(in)) + ONCE;
            }
            names.add(name);
            try (Reader reader = new FileReader(file)) {
                StreamTokenizer tokens = new StreamTokenizer(reader);
                tokens.resetSyntax();
                tokens.wordChars(' ', 255);
                tokens.whitespaceChars(0, ' ');
                tokens.quoteChar('"');
                tokens.quoteChar('\'');
                tokens.commentChar('#');
                while (tokens.nextToken() != StreamTokenizer.TT_EOF) {
                    String refusal = tokens.sval == null ? null : visit(tokens.sval, name);
                    if (refusal != null) {
                        return refusal;
                    }
                }
            } catch (IOException e) {
                return "cannot read the file of arguments " + Checks.show(name) + ": " + e.getMessage();
            }
            return null;
        }
    }
}
