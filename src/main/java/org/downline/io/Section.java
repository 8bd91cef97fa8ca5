package org.downline.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.downline.scenario.Checks;
import org.downline.scenario.Key;
import org.downline.scenario.Problem;

/**
 * One mapping of a scenario file being read: typed getters that fall back to a default when a key
 * is absent, record a problem (and use the default) when a value has the wrong type, and remember
 * every key asked for so that {@link #finish} can report the keys nobody asked for.
 */
final class Section {

    /** A list index in a key path, {@code [2]}. */
    private static final Pattern INDEX = Pattern.compile("\\[\\d+]");
    /** A problem's field that is a list's element, {@code levels[1]}: the list's key and the index. */
    private static final Pattern INDEXED = Pattern.compile("(.+)\\[(\\d+)]");

    private final String path;
    private final ObjectNode node;
    private final List<Problem> problems;
    private final Set<String> known = new LinkedHashSet<>();
    private final List<Section> children = new ArrayList<>();

    Section(String path, ObjectNode node, List<Problem> problems) {
        this.path = path;
        this.node = node;
        this.problems = problems;
    }

    String path() {
        return path;
    }

    String key(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private JsonNode node(String name) {
        known.add(name);
        JsonNode v = node == null ? null : node.get(name);
        return v == null || v.isMissingNode() ? null : v;
    }

    /**
     * The value of a key that needs one: null when absent (the default applies); a problem, and
     * null, when the key is there with no value ({@code key:}, {@code key: null}, {@code key: ~}).
     */
    private JsonNode value(String name, String allowed) {
        JsonNode v = node(name);
        if (v != null && v.isNull()) {
            problems.add(new Problem(key(name), "must be " + allowed + ", was empty (null); leave the key out for"
                    + " the default"));
            return null;
        }
        return v;
    }

    private void wrongType(String name, String expected, JsonNode v) {
        problems.add(Problem.shown(key(name), expected, shown(v)));
    }

    /** A value as a message shows it: {@link #given}, but a float as written ({@code 1e99}, not {@code 1.0E99}). */
    static String shown(JsonNode v) {
        return v instanceof YamlTree.Written w ? Checks.showTyped(w.text()) : Checks.show(given(v));
    }

    /**
     * {@code p}, a problem of this mapping's record, echoing the value of the key it names (or of a list
     * element, {@code levels[1]}) as written ({@code was 1e99}) where it echoes its double ({@code was 1.0E99}).
     */
    Problem asWritten(Problem p) {
        java.util.regex.Matcher m = INDEXED.matcher(p.field());
        JsonNode v = node == null ? null : m.matches()
                ? node.path(m.group(1)).path(Integer.parseInt(m.group(2))) : node.get(p.field());
        if (!(v instanceof YamlTree.Written w)) {
            return p;
        }
        double d = w.doubleValue();
        // as the record showed it: a number key's double, or a whole-number key's long (1e15: 1000000000000000)
        for (Object read : d == Math.rint(d) && Math.abs(d) < 9e15 ? List.of(d, (long) d) : List.of(d)) {
            String was = ", was " + Checks.show(read);
            if (p.message().endsWith(was)) {
                return new Problem(p.field(), p.message().substring(0, p.message().length() - was.length())
                        + ", was " + shown(w));
            }
        }
        return p;
    }

    /**
     * A value as the user wrote it: text in quotes, booleans as they are, whole numbers in full
     * (never clamped, never in E notation), other numbers as read.
     */
    static Object given(JsonNode v) {
        if (v.isIntegralNumber()) {
            return v.bigIntegerValue();
        }
        if (v.isBigDecimal()) {
            return v.decimalValue();                        // a number beyond a double, as written
        }
        if (v.isNumber()) {
            return v.doubleValue();
        }
        if (v.isBoolean()) {
            return v.booleanValue();
        }
        return v.isTextual() ? v.asText() : v.toString();
    }

    double number(Key<?> k, double fallback) {
        JsonNode v = value(k.name(), k.allowed());
        if (v == null) {
            return fallback;
        }
        if (!v.isNumber() || v.isBigDecimal()) {
            // a decimal is a number beyond a double (1e400), outside every key's range: refused as written
            wrongType(k.name(), k.allowed(), v);
            return fallback;
        }
        return v.doubleValue();
    }

    /** A whole number within {@code [lo, hi]} (the type's limits), or null and a problem. */
    private Long whole(Key<?> k, long lo, long hi) {
        JsonNode v = value(k.name(), k.allowed());
        if (v == null) {
            return null;
        }
        Long x = null;
        if (v.isIntegralNumber()) {
            x = v.canConvertToLong() ? v.longValue() : null;
        } else if (v.isNumber()) {
            // 5e6 is a float in YAML but a perfectly good population
            double d = v.doubleValue();
            x = d == Math.rint(d) && Math.abs(d) < 9e15 ? (long) d : null;
        }
        if (x == null || x < lo || x > hi) {
            wrongType(k.name(), k.allowed(), v);
            return null;
        }
        return x;
    }

    long integer(Key<?> k, long fallback) {
        Long x = whole(k, Long.MIN_VALUE, Long.MAX_VALUE);
        return x == null ? fallback : x;
    }

    /** An int-valued key; a value beyond int range is reported as given (never clamped). */
    int integer32(Key<?> k, int fallback) {
        Long x = whole(k, Integer.MIN_VALUE, Integer.MAX_VALUE);
        return x == null ? fallback : (int) (long) x;
    }

    boolean bool(Key<?> k, boolean fallback) {
        JsonNode v = value(k.name(), k.allowed());
        if (v == null) {
            return fallback;
        }
        if (!v.isBoolean()) {
            wrongType(k.name(), k.allowed(), v);
            return fallback;
        }
        return v.booleanValue();
    }

    String text(Key<?> k, String fallback) {
        JsonNode v = value(k.name(), k.allowed());
        if (v == null) {
            return fallback;
        }
        if (!v.isValueNode()) {
            wrongType(k.name(), k.allowed(), v);
            return fallback;
        }
        return v.asText();
    }

    /** One of a choice key's words, as the value it names. */
    <T> T word(String name, Key<T> key, T fallback) {
        JsonNode v = value(name, key.allowed());
        if (v == null) {
            return fallback;
        }
        T t = v.isTextual() ? key.parse(v.asText()) : null;
        if (t == null) {
            problems.add(Problem.shown(key(name), key.allowed(), shown(v)));
            return fallback;
        }
        return t;
    }

    List<Double> numbers(String name, List<Double> fallback) {
        JsonNode v = value(name, "a list of numbers");
        if (v == null) {
            return fallback;
        }
        if (!v.isArray()) {
            wrongType(name, "a list of numbers such as [0.05, 0.05]", v);
            return fallback;
        }
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            JsonNode e = v.get(i);
            if (!e.isNumber()) {
                problems.add(Problem.of(key(name) + "[" + i + "]", "a number",
                        given(e)));
                return fallback;
            }
            out.add(e.doubleValue());
        }
        return out;
    }

    /** Raw node of a key, for values of more than one type. */
    JsonNode raw(Key<?> k) {
        return value(k.name(), k.allowed());
    }

    /** A nested mapping; an absent key gives an empty section (all defaults). */
    Section child(String name) {
        JsonNode v = node(name);
        ObjectNode obj = null;
        if (v != null && !v.isNull()) {
            if (v.isObject()) {
                obj = (ObjectNode) v;
            } else {
                wrongType(name, "a mapping of keys", v);
            }
        }
        Section s = new Section(key(name), obj, problems);
        children.add(s);
        return s;
    }

    /**
     * A list of mappings, each read by {@code reader}; null when absent, or when an item is no mapping or
     * cannot be read (its problems said, the caller's fallback taken, as for a list of the wrong type: not
     * a shorter list, whose length the checks would refuse besides).
     */
    <T> List<T> list(String name, Function<Section, T> reader) {
        JsonNode v = value(name, "a list of mappings");
        if (v == null) {
            return null;
        }
        if (!v.isArray()) {
            wrongType(name, "a list", v);
            return null;
        }
        List<T> out = new ArrayList<>();
        boolean whole = true;
        for (int i = 0; i < v.size(); i++) {
            JsonNode e = v.get(i);
            String at = key(name) + "[" + i + "]";
            if (!e.isObject()) {
                problems.add(Problem.of(at, "a mapping of keys", e.toString()));
                whole = false;
                continue;
            }
            Section s = new Section(at, (ObjectNode) e, problems);
            children.add(s);
            T t = reader.apply(s);
            if (t == null) {
                whole = false;
            } else {
                out.add(t);
            }
        }
        return whole ? out : null;
    }

    /** Reports keys present in this mapping (and its children) that nobody asked for. */
    void finish(Set<String> allKnownPaths) {
        if (node != null) {
            Iterator<String> names = node.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                if (known.contains(name)) {
                    continue;
                }
                if (name.length() > Checks.ECHO_LIMIT) {
                    // a runaway key is shown cut, as a runaway value is (no key is that long)
                    problems.add(new Problem(path, "has an unknown key " + show(name)));
                } else {
                    problems.add(new Problem(key(name), "is not a known key" + suggestion(name, allKnownPaths)));
                }
            }
        }
        for (Section c : children) {
            c.finish(allKnownPaths);
        }
    }

    /** Every key path this section and its children asked for. */
    void collectKnown(Set<String> into) {
        for (String k : known) {
            into.add(stripIndex(key(k)));
        }
        for (Section c : children) {
            c.collectKnown(into);
        }
    }

    private static String stripIndex(String path) {
        // every key of every scenario read comes through here: the pattern compiled once, not per key
        return path.indexOf('[') < 0 ? path : INDEX.matcher(path).replaceAll("[]");
    }

    private String suggestion(String name, Set<String> allKnownPaths) {
        String here = stripIndex(path);
        String best = nearest(here, name, allKnownPaths);
        if (best != null) {
            return "; did you mean '" + best.replace("[]", "[0]") + "'?";
        }
        List<String> siblings = new ArrayList<>();
        for (String candidate : allKnownPaths) {
            int dot = candidate.lastIndexOf('.');
            if ((dot < 0 ? "" : candidate.substring(0, dot)).equals(here)) {
                siblings.add(candidate.substring(dot + 1));
            }
        }
        return siblings.isEmpty() ? "" : "; known keys here: " + String.join(", ", siblings);
    }

    /**
     * The known path that the unknown key {@code name} under {@code here} (a dotted path, "" at the
     * top) most likely meant, or null: the same key in another section ({@code monthlyFee} for
     * {@code economics.monthlyFee}), else a key of {@code here} within a few typos. The one rule of
     * "did you mean" for keys, in a file, in {@code --set} and in {@code --vary} and {@code --prior}
     * ({@link ScenarioKeys#nearest}).
     */
    static String nearest(String here, String name, java.util.Collection<String> allKnownPaths) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : allKnownPaths) {
            int dot = candidate.lastIndexOf('.');
            String parent = dot < 0 ? "" : candidate.substring(0, dot);
            String leaf = candidate.substring(dot + 1);
            int d;
            if (leaf.equalsIgnoreCase(name) && !parent.equals(here)) {
                d = 0;                      // the right key in the wrong section
            } else if (parent.equals(here)) {
                String typed = name.toLowerCase(java.util.Locale.ROOT);
                String known = leaf.toLowerCase(java.util.Locale.ROOT);
                if (!Levenshtein.near(typed, known, Math.max(2, leaf.length() / 3))) {
                    continue;
                }
                d = Levenshtein.distance(typed, known);
            } else {
                continue;
            }
            if (d < bestDistance) {
                bestDistance = d;
                best = candidate;
            }
        }
        return best;
    }

    static String show(Object o) {
        return Checks.show(o);
    }
}
