package org.downline.scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects every violated bound of a record before throwing, so a user sees all problems of a
 * scenario at once. Bounds are those of each {@link Range}; NaN is never in range.
 */
public final class Checks {

    private final List<Problem> problems = new ArrayList<>();

    /** {@code value} checked against everything {@code field}'s declaration allows. */
    public <T> Checks check(Field<T> field, T value) {
        field.check(this, value);
        return this;
    }

    /** {@code v} in {@code range}. */
    public Checks inRange(String field, double v, Range range) {
        if (!range.contains(v)) {
            problems.add(Problem.of(field, range.allowed(), v));
        }
        return this;
    }

    /** Whole-number {@code v} in {@code range}. */
    public Checks inRange(String field, long v, Range range) {
        if (!range.contains(v)) {
            problems.add(Problem.of(field, range.allowed(), v));
        }
        return this;
    }

    /** Adds a problem unless {@code ok}. */
    public Checks require(boolean ok, String field, String message) {
        if (!ok) {
            problems.add(new Problem(field, message));
        }
        return this;
    }

    public Checks add(Problem p) {
        problems.add(p);
        return this;
    }

    /** Throws a {@link ScenarioException} holding every problem found, if any. */
    public void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
    }

    /**
     * A scenario's number as people read it and as the presets write it: in plain decimals, never in
     * E-notation (0.0005, not Java's 5.0E-4; 100000000, not 1.0E8), a whole number without ".0" (99,
     * not 99.0), with the digits of {@link Double#toString}, so that it reads back as the same double
     * (a key that takes a number reads 99 as 99.0). The YAML ({@code validate --print}, the report's
     * scenario) and the report's scenario table write numbers so ({@code io.ScenarioWriter#plainNumbers}), and
     * {@link #show} a number of ordinary size.
     */
    public static String plain(double v) {
        String s = Double.toString(v);
        if (!Double.isFinite(v)) {
            return s;
        }
        return new java.math.BigDecimal(s).stripTrailingZeros().toPlainString();
    }

    /** The most characters of a given text an error message echoes ({@link #show}). */
    public static final int ECHO_LIMIT = 60;

    /**
     * Shows a value the way a user would type it: 5000000 rather than 5.0E6, 0.0005 rather than 5.0E-4,
     * 1e-300 rather than 1.0E-300, text in quotes. Text longer than {@link #ECHO_LIMIT} characters is
     * cut there and its length given ({@code 'abc…' (5000 characters)}), so that a file's runaway field
     * does not become a runaway error line.
     */
    public static String show(Object v) {
        if (v instanceof Double d) {
            double x = d;
            if (x == Math.rint(x) && Math.abs(x) < 1e15) {
                return Long.toString((long) x);
            }
            if (Math.abs(x) >= 1e-6 && Math.abs(x) < 1e15) {
                return plain(x);                // as a preset writes it: 0.0005, not 5.0E-4
            }
            return Double.toString(x).replace(".0E", "e").replace('E', 'e');     // 1e-300, 2.5e-7, NaN
        }
        if (v instanceof Float f) {
            return show((double) f);
        }
        if (v instanceof java.math.BigDecimal b) {
            // a number beyond a double, as typed: 1e400, not 1E+400
            return cut(b.toString().replace("E+", "e").replace('E', 'e'), "");
        }
        if (v instanceof CharSequence s) {
            return cut(s, "'");
        }
        return cut(String.valueOf(v), "");        // a whole number of 3,000 digits, a YAML list
    }

    /**
     * A command-line option's value as the user typed it: a number as typed and without quotes ({@code 1e99},
     * not {@link #show}'s {@code 1.0E99} of its double; {@code 1.5} and {@code 1e99} given an integer option
     * alike), other text in quotes ({@code 'x'}, {@code 'NaN'}), as a scenario's values are echoed; cut as
     * {@link #show} cuts text.
     */
    public static String showTyped(CharSequence typed) {
        return cut(typed, NUMBER.matcher(typed).matches() ? "" : "'");
    }

    /** {@code s} without quotes, cut as {@link #show} cuts text: for a message that sets it off itself. */
    public static String showUnquoted(CharSequence s) {
        return cut(s, "");
    }

    /**
     * A decimal number, as YAML 1.2 (the scenario reader, {@code io.YamlTree}, whose float this is) reads one:
     * {@code -5}, {@code 1.5}, {@code 1e999}.
     */
    public static final java.util.regex.Pattern NUMBER =
            java.util.regex.Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");

    /**
     * A number typed in a CSV cell or a command-line option: a {@link #NUMBER} (blanks around it allowed), else
     * NaN, which every range refuses. Not {@link Double#parseDouble} alone, which also takes Java's own
     * literals ({@code 100d}, {@code 0.5f}, {@code 0x1p6}): a typo would then be read as a number.
     */
    public static double decimal(String typed) {
        return decimal(typed, NUMBER.matcher(""));
    }

    /** {@link #decimal(String)} with a {@link #NUMBER} matcher to reuse, for the many cells of a file. */
    public static double decimal(String typed, java.util.regex.Matcher number) {
        String t = typed.strip();
        return number.reset(t).matches() ? Double.parseDouble(t) : Double.NaN;
    }

    /** {@code s} in {@code quote}s, cut at {@link #ECHO_LIMIT} characters with its length if longer. */
    private static String cut(CharSequence s, String quote) {
        if (s.length() <= ECHO_LIMIT) {
            return quote + s + quote;
        }
        int end = Character.isHighSurrogate(s.charAt(ECHO_LIMIT - 1)) ? ECHO_LIMIT - 1 : ECHO_LIMIT;
        return quote + s.subSequence(0, end) + "…" + quote + " (" + String.format(java.util.Locale.ROOT, "%,d",
                s.length()) + " characters)";
    }
}
