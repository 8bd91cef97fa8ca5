package org.downline.io;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.downline.scenario.ScenarioException;

/** A CSV parser's failure as a one-line problem naming the file and the line, without library names. */
final class CsvProblems {

    private static final Pattern UNCLOSED = Pattern.compile("\\(startline (\\d+)\\) EOF reached before encapsulated"
            + " token finished");
    private static final Pattern BETWEEN = Pattern.compile("Invalid character between encapsulated token and"
            + " delimiter at line: (\\d+)");

    private CsvProblems() {
    }

    /** The number of the header line of a CSV {@code text} whose comments start with '#': its first other line. */
    static long headerLine(String text) {
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isEmpty() && !lines[i].startsWith("#")) {
                return i + 1;
            }
        }
        return 0;
    }

    /** {@code e} (thrown while reading {@code source} at {@code line}) as a problem. */
    static ScenarioException of(String source, long line, Exception e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String why = t.getMessage() == null ? "" : t.getMessage().split("\\R")[0];
        Matcher m = UNCLOSED.matcher(why);
        if (m.find()) {
            return new ScenarioException(source, "line " + m.group(1) + " opens a quoted field (\") that is never"
                    + " closed");
        }
        if (why.startsWith("A header name is missing in ")) {
            return new ScenarioException(source, (line > 0 ? "line " + line + ", the header," : "its header line")
                    + " has a column with no name");
        }
        m = BETWEEN.matcher(why);
        if (m.find()) {
            return new ScenarioException(source, "line " + m.group(1) + " has text after a closing quote (\") "
                    + "before the next comma");
        }
        // no class names: the message alone, at most one line and a sensible length
        why = why.replaceAll("\\b(?:[a-z]\\w*\\.)+[A-Z]\\w*(?:Exception|Error): ?", "");
        if (why.length() > 100) {
            why = why.substring(0, 100) + "...";
        }
        return new ScenarioException(source, "is not a valid CSV file" + (line > 0 ? " (near line " + line + ")" : "")
                + (why.isEmpty() ? "" : ": " + why));
    }
}
