package org.downline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.downline.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bad-input corpus, {@code badinput/cases.tsv}: one case a row (name, command line, expected exit
 * code, a pattern, input files), run in-process by one parameterised test. A refused input (exit 2)
 * must give exactly one line on stderr, starting "error: ", under 200 characters, matching the
 * pattern, with no exception class or stack frame, nothing on stdout and nothing written (no --out,
 * no new file beside the inputs). An accepted input (exit 0) must print something matching the
 * pattern on stdout. The format is described at the top of the file.
 */
class BadInputTest {

    private static final String DIR = "/org/downline/badinput/";
    private static final int MAX_LINE = 200;

    record Case(String name, String args, int exit, String pattern, String files, int line) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        String[] lines = resource("cases.tsv").split("\n");
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i];
            if (l.isBlank() || l.startsWith("#")) {
                continue;
            }
            String[] f = l.split("\t", -1);
            if (f.length < 4 || f.length > 5) {
                throw new IllegalStateException("cases.tsv line " + (i + 1) + ": 4 or 5 tab-separated fields, was "
                        + f.length);
            }
            cases.add(new Case(f[0], f[1], Integer.parseInt(f[2]), f[3], f.length > 4 ? f[4] : "", i + 1));
        }
        return cases;
    }

    @Test
    void theCorpusIsLargeAndCoversEveryCommand() {
        List<Case> all = cases();
        assertTrue(all.size() >= 80, "at least 80 cases, was " + all.size());
        assertEquals(all.size(), all.stream().map(Case::name).distinct().count(), "case names are unique");
        for (String command : List.of("run", "sweep", "payout", "validate", "presets", "disclose", "fit", "merge",
                "disclosures", "report")) {
            assertTrue(all.stream().anyMatch(c -> c.args().startsWith(command + " ") && c.exit() == 2),
                    "a bad input case for " + command);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void caseBehavesAsDeclared(Case c, @TempDir Path dir) throws IOException {
        for (String spec : c.files().isEmpty() ? new String[0] : c.files().split(" && ")) {
            write(dir, spec);
        }
        List<Path> before;
        try (Stream<Path> s = Files.list(dir)) {
            before = s.sorted().toList();
        }
        Path out = dir.resolve("out");
        List<String> args = new ArrayList<>();
        for (String token : c.args().split(" ")) {
            args.add(token.equals("''") ? "" : token
                    .replace("{out}", out.toString())
                    .replace("{dir}", dir.toString()));
        }
        addOut(args, out);
        Cli r = Cli.run(args.toArray(String[]::new));
        String where = "cases.tsv line " + c.line() + " (" + c.name() + "): ";
        Pattern pattern = Pattern.compile(c.pattern());
        if (c.exit() == 0) {
            assertEquals(0, r.exit(), where + "exit code; stderr: " + r.err());
            assertTrue(pattern.matcher(r.out()).find(), where + "stdout matches " + c.pattern() + ": " + r.out());
            return;
        }
        String err = r.err().strip();
        assertEquals(c.exit(), r.exit(), where + "exit code; stderr: " + err);
        assertEquals(1, err.lines().count(), where + "one line: " + err);
        assertTrue(err.startsWith("error: ") || args.get(0).equals("validate"), where + err);
        assertTrue(err.length() < MAX_LINE, where + "under " + MAX_LINE + " characters (was " + err.length() + "): "
                + err);
        assertTrue(pattern.matcher(err).find(), where + "matches " + c.pattern() + ": " + err);
        assertFalse(err.contains("Exception") || err.contains("at org.") || err.contains("\tat ")
                || err.matches(".*\\b(?:org|com|java)\\.\\w+\\.\\w+.*"), where + "no class names: " + err);
        assertEquals("", r.out(), where + "nothing on stdout");
        assertFalse(Files.exists(out), where + "nothing written to --out");
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(before, s.sorted().toList(), where + "no file written beside the inputs");
        }
    }

    /** Commands that write take --out; the test's own, unless the case gives one. */
    private static void addOut(List<String> args, Path out) {
        if (args.contains("--out")) {
            return;
        }
        switch (args.get(0)) {
            case "run", "sweep", "fit", "merge" -> args.addAll(List.of("--out", out.toString()));
            case "payout" -> args.addAll(List.of("--out", out.resolve("payout.csv").toString()));
            case "disclose" -> args.addAll(List.of("--out", out.resolve("disclosure.csv").toString()));
            default -> { }
        }
    }

    /**
     * One input file: {@code NAME:=CONTENT} (escapes \n \t \r \\ \\uXXXX, and \xHH for a raw byte),
     * {@code NAME:@FIXTURE} (a file of badinput/fixtures), {@code NAME:#SIZE} (a sparse file of SIZE
     * bytes, K M G suffixes), or {@code NAME:/} (a folder).
     */
    private static void write(Path dir, String spec) throws IOException {
        int sep = spec.indexOf(':');
        Path p = dir.resolve(spec.substring(0, sep));
        String what = spec.substring(sep + 1);
        if (what.startsWith("=")) {
            Files.write(p, unescape(what.substring(1)));
        } else if (what.startsWith("@")) {
            Files.writeString(p, resource("fixtures/" + what.substring(1)));
        } else if (what.startsWith("#")) {
            try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "rw")) {
                f.setLength(size(what.substring(1)));
            }
        } else if (what.equals("/")) {
            Files.createDirectory(p);
        } else {
            throw new IllegalArgumentException("unknown file spec " + spec);
        }
    }

    private static long size(String s) {
        char unit = Character.toUpperCase(s.charAt(s.length() - 1));
        int shift = switch (unit) {
            case 'K' -> 10;
            case 'M' -> 20;
            case 'G' -> 30;
            default -> 0;
        };
        return Long.parseLong(shift == 0 ? s : s.substring(0, s.length() - 1)) << shift;
    }

    static byte[] unescape(String s) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch != '\\' || i + 1 == s.length()) {
                text.append(ch);
                continue;
            }
            char e = s.charAt(++i);
            switch (e) {
                case 'n' -> text.append('\n');
                case 't' -> text.append('\t');
                case 'r' -> text.append('\r');
                case '\\' -> text.append('\\');
                case 'u' -> {
                    text.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                case 'x' -> {
                    b.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
                    text.setLength(0);
                    b.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
                    i += 2;
                }
                default -> text.append('\\').append(e);
            }
        }
        b.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
        return b.toByteArray();
    }

    private static String resource(String name) {
        try (InputStream in = BadInputTest.class.getResourceAsStream(DIR + name)) {
            if (in == null) {
                throw new IllegalStateException("no test resource " + DIR + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
