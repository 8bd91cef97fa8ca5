package org.downline.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.downline.scenario.Checks;

/**
 * A JSON parser's failure as one line of our own: the file, where (line and column, from the
 * parser's location) and what is wrong, without the library's advice on its own settings.
 */
final class JsonProblems {

    private static final Pattern NON_STANDARD = Pattern.compile("^Non-standard token '([^']*)'");
    private static final Pattern CHARACTER = Pattern.compile("^Unexpected character \\('(.)' \\(code \\d+\\)\\)");
    private static final Pattern TOKEN = Pattern.compile("^Unrecognized token '(.*?)': was expecting");
    private static final Pattern DUPLICATE = Pattern.compile("^Duplicate field '(.*)'");
    private static final Pattern CONTROL =
            Pattern.compile("^Illegal unquoted character \\(\\(CTRL-CHAR, code (\\d+)\\)\\)");

    private JsonProblems() {
    }

    /**
     * {@code e}, thrown while reading {@code text}, the file named {@code file}, as one line.
     */
    static String of(String file, JsonProcessingException e, String text) {
        return file + " is " + problem(e, text);
    }

    /**
     * {@code e}, thrown while reading {@code text} (null if not at hand), as one line without the file, for
     * a message that names it already: {@code not valid JSON at line 1, column 12: 'NaN' is not a JSON value
     * ...}. A word the parser does not know is placed by finding it in the text: Jackson's versions disagree
     * on where they stand when they report it (2.18 after the word, 2.21, which Spark's profile brings, at
     * its start).
     */
    static String problem(JsonProcessingException e, String text) {
        String why = String.valueOf(e.getOriginalMessage()).split("\\R")[0];     // the parser's own first line
        var at = e.getLocation();
        String where = "";
        if (at != null && at.getLineNr() >= 1) {
            // the parser stands after a word it does not know: the column of its first letter
            Matcher word = NON_STANDARD.matcher(why);
            if (!word.find()) {
                word = TOKEN.matcher(why);
            }
            int column = at.getColumnNr();
            Matcher key = DUPLICATE.matcher(why);
            if (word.reset().find()) {
                column = startOf(word.group(1), text, at.getLineNr(), column);
            } else if (key.find()) {                    // it stands after a key given twice: at its quote
                column = startOf('"' + key.group(1) + '"', text, at.getLineNr(), column);
            }
            where = " at line " + at.getLineNr() + ", column " + column;
        }
        return "not valid JSON" + where + ": " + what(e, why);
    }

    /**
     * The JSON in {@code file}, a file Downline wrote and reads back (a result set's marker; for
     * {@code --resume}, fit-settings.json or a marker-less sweep's sweep.json), or one line naming {@code field},
     * the file and why it cannot be read: not JSON (where and what, {@link #problem}), or as {@link
     * ResultFolder#readBack} says (not UTF-8 text, unreadable).
     */
    static com.fasterxml.jackson.databind.JsonNode read(java.nio.file.Path file, String field) {
        String text = ResultFolder.readBack(file, field);
        try {
            return ResultFolder.Json.MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new org.downline.scenario.ScenarioException(field, "cannot read " + file + ": "
                    + problem(e, text));
        }
    }

    /**
     * As {@link #read}, for a file that holds a JSON object: anything else (an emptied file, a list) is refused
     * in one line, "cannot read FILE: it holds no JSON object ({@code what})", not read as every field missing.
     */
    static com.fasterxml.jackson.databind.JsonNode readObject(java.nio.file.Path file, String field, String what) {
        com.fasterxml.jackson.databind.JsonNode node = read(file, field);
        if (!node.isObject()) {
            throw new org.downline.scenario.ScenarioException(field, "cannot read " + file
                    + ": it holds no JSON object (" + what + ")");
        }
        return node;
    }

    /** The column where {@code word} starts on line {@code line}, at or before {@code column}; else {@code column}. */
    static int startOf(String word, String text, int line, int column) {
        if (text == null) {
            return column;
        }
        String[] lines = text.split("\\R", -1);
        if (word.isEmpty() || line > lines.length) {
            return column;
        }
        int at = lines[line - 1].lastIndexOf(word, column - 1);
        return at >= 0 ? at + 1 : column;
    }

    /** What is wrong, from {@code e} and {@code why}, the first line of its message. */
    private static String what(JsonProcessingException e, String why) {
        if (e instanceof JsonEOFException || why.startsWith("Unexpected end-of-input")) {
            return "the file ends before its JSON does (cut short?)";
        }
        Matcher m = NON_STANDARD.matcher(why);
        if (m.find()) {
            return Checks.show(m.group(1)) + " is not a JSON value (a number that cannot be computed is written "
                    + "null)";
        }
        m = CHARACTER.matcher(why);
        if (m.find()) {
            String c = m.group(1);
            return "unexpected character " + (c.equals("'") ? "\"'\"" : "'" + c + "'");
        }
        m = TOKEN.matcher(why);
        if (m.find()) {
            return Checks.show(m.group(1)) + " is not a JSON value";
        }
        m = CONTROL.matcher(why);
        if (m.find()) {
            return "a control character (code " + m.group(1) + ") inside a string";
        }
        m = DUPLICATE.matcher(why);
        if (m.find()) {
            return "it gives the key " + Checks.show(m.group(1)) + " twice in one object";
        }
        if (why.startsWith("Trailing token")) {
            return "more follows the end of its JSON (two files joined into one?)";
        }
        if (why.startsWith("Invalid numeric value: ")) {
            return "an invalid number (" + why.substring("Invalid numeric value: ".length()) + ")";
        }
        return "not JSON as Downline writes it";
    }
}
