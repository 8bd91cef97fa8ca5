package org.downline.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.downline.plans.Plans;
import org.downline.scenario.Checks;
import org.downline.scenario.Entrants;
import org.downline.scenario.Field;
import org.downline.scenario.Group;
import org.downline.scenario.Key;
import org.downline.scenario.PlanConfig;
import org.downline.scenario.Problem;
import org.downline.scenario.Scenario;
import org.downline.scenario.ScenarioException;
import org.downline.scenario.Schema;
import org.downline.scenario.Values;

/**
 * Reads scenario files (format 1, see SCENARIO.md) into validated {@link Scenario}s.
 *
 * <p>YAML is parsed into a Jackson tree by {@link YamlTree} (YAML 1.2 numbers, one document, no
 * aliases); {@code --set key.path=value} overrides are applied to
 * the tree; then every key declared in {@link Scenario#SCHEMA} (and, under {@code plan:}, by the
 * plan registry {@link Plans}) is read with its default, every value checked by the record it belongs
 * to, and every problem collected — wrong types, out-of-range values, unknown keys (with the nearest
 * known key), impossible combinations — so that {@link #problems} can list them all at once.
 */
public final class ScenarioReader {

    private ScenarioReader() {
    }

    /** Reads a scenario file with overrides. @throws ScenarioException listing every problem */
    public static Scenario read(Path file, List<String> overrides) {
        return fromTree(parse(file, SCENARIO_EXAMPLE), overrides, file.getFileName().toString());
    }

    /**
     * Reads a plan file ({@code payout --plan}: a {@code plan:} block, or a whole scenario) with
     * overrides, as {@link #read}; a file that is not a mapping is answered with a plan's key.
     */
    public static Scenario readPlan(Path file, List<String> overrides) {
        return fromTree(parse(file, "plan: {type: unilevel}"), overrides, file.getFileName().toString());
    }

    /** The key a message shows a scenario file's mapping with. */
    private static final String SCENARIO_EXAMPLE = "months: 36";

    /** Reads scenario text with overrides. @throws ScenarioException listing every problem */
    public static Scenario fromText(String yaml, List<String> overrides, String source) {
        return fromTree(parseText(yaml, source), overrides, source);
    }

    /**
     * {@code e} with each problem about a key the user's {@code --set} options gave (the key, or a key
     * under it) blamed on that option as written: {@code --set months=010000: months must be ..., was
     * 10000}, not on the file, which does not hold that value. The last {@code --set} of a key wins, as
     * in {@link #applyOverrides}. Problems about other keys are kept as they are.
     */
    public static ScenarioException blamingSets(ScenarioException e, List<String> sets) {
        return blaming(e, "--set", sets);
    }

    /**
     * As {@link #blamingSets}, for the {@code KEY=...} values of any {@code option} ({@code --vary
     * plan.type=unilevel,foo: plan.type must be ..., was 'foo'}).
     */
    public static ScenarioException blaming(ScenarioException e, String option, List<String> sets) {
        if (sets.isEmpty()) {
            return e;
        }
        List<Problem> out = new ArrayList<>();
        for (Problem p : e.problems()) {
            String given = null;
            for (String o : sets) {
                String key = keyOf(o);
                // or a key above it that no scenario knows, which this option brought in (--set
                // nope.key=1: 'nope is not a known key')
                boolean unknownAbove = key.startsWith(p.field() + ".") && p.message().startsWith("is not a known key");
                // or a runaway key this option gave, named by the section it is under, shown cut (--set
                // aaa…=1: 'has an unknown key 'aaa…' (61 characters)')
                boolean runaway = p.message().startsWith("has an unknown key ")
                        && (p.field().isEmpty() || key.startsWith(p.field() + "."))
                        && java.util.Arrays.stream(key.split("\\.")).anyMatch(
                                k -> k.length() > org.downline.scenario.Checks.ECHO_LIMIT);
                if (!key.isEmpty() && (p.field().equals(key) || p.field().startsWith(key + ".")
                        || p.field().startsWith(key + "[") || unknownAbove || runaway)) {
                    given = o;
                }
            }
            out.add(given == null ? p : new Problem(option, shown(given) + ": " + p));
        }
        return new ScenarioException(out);
    }

    /**
     * A {@code KEY=VALUE} as written, or, past {@link org.downline.scenario.Checks#ECHO_LIMIT}
     * characters, its key with the value left out ({@code market.population=…}): the problem that
     * follows shows the value, cut there with its length, and the line stays one short line.
     */
    static String shown(String set) {
        if (set.length() <= org.downline.scenario.Checks.ECHO_LIMIT) {
            return set;
        }
        String key = keyOf(set);
        return key.length() <= org.downline.scenario.Checks.ECHO_LIMIT ? key + "=…"
                : org.downline.scenario.Checks.show(set);
    }

    /**
     * The key a {@code KEY=...} option gives ({@code --set}, as {@link #applyOverrides} reads it;
     * {@code sweep --vary}; {@code fit --prior}): the text before the first '=', stripped of
     * whitespace as {@link String#strip} knows it (spaces, tabs, line ends, an ideographic space; not
     * a no-break space); empty where there is none. One rule, so that the same text is the same key
     * to every option.
     */
    public static String keyOf(String option) {
        int eq = option.indexOf('=');
        return eq <= 0 ? "" : option.substring(0, eq).strip();
    }

    /**
     * Refuses two {@code --set} options of one key ({@code --set months=12 --set months=13}): which one
     * was meant cannot be told, as of a key a scenario file gives twice, which is an error too. Called
     * once for every command's --set options, before the command runs ({@code cli.Main}).
     *
     * @throws ScenarioException naming the key and both options as written
     */
    public static void refuseRepeatedSets(List<String> sets) {
        java.util.Map<String, String> first = new java.util.HashMap<>();
        for (String o : sets) {
            if (o.indexOf('=') > 0) {
                String key = keyOf(o);
                String earlier = first.putIfAbsent(key, o);
                if (earlier != null) {
                    throw givenTwice("--set", key, earlier, o);
                }
            }
        }
    }

    /**
     * The refusal of a key that {@code option} gives twice, in the one wording every such option's has
     * ({@code --set}, {@code sweep --vary}, {@code fit --prior}): {@code --vary gives the key 'months'
     * twice ('months=6,12', then 'months=24'): give each key once}.
     *
     * @param first the first option giving it, as written
     * @param then the second, as written
     */
    public static ScenarioException givenTwice(String option, String key, String first, String then) {
        return new ScenarioException(option, "gives the key " + Checks.show(key) + " twice ("
                + Checks.show(first) + ", then " + Checks.show(then)
                + "): give each key once");
    }

    /** Every problem of a scenario file with overrides; empty if it is valid. */
    public static List<Problem> problems(Path file, List<String> overrides) {
        try {
            read(file, overrides);
            return List.of();
        } catch (ScenarioException e) {
            return e.problems();
        }
    }

    /** Parses a YAML file into a tree (an empty file is an empty mapping). */
    /** A scenario or plan file's tree; {@code example} is the key a file that is not a mapping is shown. */
    private static ObjectNode parse(Path file, String example) {
        return parseText(InputFiles.read(file, InputFiles.SCENARIO_LIMIT, "a scenario or plan file"), file.toString(),
                example);
    }

    static ObjectNode parseText(String text, String source) {
        return parseText(text, source, SCENARIO_EXAMPLE);
    }

    private static ObjectNode parseText(String text, String source, String example) {
        JsonNode root = YamlTree.parse(text, source);
        if (root == null || root.isMissingNode() || root.isNull()) {
            return JsonNodeFactory.instance.objectNode();
        }
        if (!root.isObject()) {
            throw new ScenarioException(source, "must be a mapping of keys (such as '" + example + "'), was "
                    + root.getNodeType().toString().toLowerCase(java.util.Locale.ROOT));
        }
        return (ObjectNode) root;
    }

    /** Applies {@code key.path=value} overrides to a tree; values are YAML (numbers, lists, text). */
    static void applyOverrides(ObjectNode root, List<String> overrides) {
        List<Problem> problems = new ArrayList<>();
        for (String o : overrides) {
            int eq = o.indexOf('=');
            if (eq <= 0) {
                problems.add(new Problem("--set", "expects key.path=value (such as market.population=5e6), was "
                        + Checks.show(o)));
                continue;
            }
            String path = keyOf(o);
            String text = o.substring(eq + 1).strip();  // as --vary's values (SweepSpec)
            JsonNode value;
            if (text.isEmpty()) {
                value = TextNode.valueOf("");
            } else {
                try {
                    value = YamlTree.parse(text, path);
                } catch (ScenarioException e) {
                    String refused = "cannot be set to " + Checks.show(text) + ": not a YAML value";
                    // a runaway key is echoed cut, as the --set it is in (shown), not whole as the problem's field
                    problems.add(path.length() <= Checks.ECHO_LIMIT ? new Problem(path, refused)
                            : new Problem("--set", shown(o) + ": " + refused));
                    continue;
                }
            }
            String[] keys = path.split("\\.", -1);
            ObjectNode at = root;
            boolean ok = true;
            for (int k = 0; k < keys.length && ok; k++) {
                if (keys[k].isEmpty()) {
                    problems.add(new Problem("--set", "has an empty key in " + Checks.show(o)));
                    ok = false;
                    continue;
                }
                if (k == keys.length - 1) {
                    at.set(keys[k], value);
                    continue;
                }
                JsonNode next = at.get(keys[k]);
                boolean absent = next == null || next.isNull();
                // a key the file leaves out is still the value or list the scenario declares it
                ScenarioKeys.Declared declared = absent ? ScenarioKeys.find(
                        String.join(".", java.util.Arrays.copyOf(keys, k + 1))) : null;
                // plan.levels.0=0.1: no key names a list's item (else made the mapping {"0": 0.1}), whether the
                // list is in the file or a key the scenario declares a list (an unknown key, nope.0=1, is said as such)
                if (next != null && next.isArray() || declared != null && !declared.key().type().scalar()) {
                    problems.add(new Problem("--set", shown(o) + ": a list is set whole (such as --set "
                            + "plan.levels=[0.1,0.05]), not an item at a time"));
                    ok = false;
                } else if (absent && declared == null) {
                    at = at.putObject(keys[k]);
                } else if (next != null && next.isObject()) {
                    at = (ObjectNode) next;
                } else {
                    problems.add(new Problem(String.join(".", java.util.Arrays.copyOf(keys, k + 1)),
                            "holds a value, not a mapping, so --set " + Checks.showUnquoted(path) + " cannot apply"));
                    ok = false;
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
    }

    static Scenario fromTree(ObjectNode root, List<String> overrides, String source) {
        return fromTree(root, overrides, source, new LinkedHashSet<>());
    }

    /** Reads a tree; {@code known} receives every key path the reading asked for (tests check them). */
    static Scenario fromTree(ObjectNode root, List<String> overrides, String source, Set<String> known) {
        applyOverrides(root, overrides);
        List<Problem> problems = new ArrayList<>();
        Section s = new Section("", root, problems);
        Scenario scenario = new Reader(problems).scenario(s, source);
        s.collectKnown(known);
        s.finish(known);
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        return scenario;
    }

    /**
     * The reading proper, driven by the declarations: every {@link Schema} binding is read by its
     * field's {@link ValueType}, with the enclosing record's default as fallback, and each record is
     * built (and so checked) once its keys are read.
     */
    private static final class Reader {
        private final List<Problem> problems;

        Reader(List<Problem> problems) {
            this.problems = problems;
        }

        /** Constructs a record, turning its validation failure into problems and the fallback. */
        private <T> T build(Section s, Supplier<T> ctor, T fallback) {
            try {
                return ctor.get();
            } catch (ScenarioException e) {
                e.problems().forEach(p -> problems.add(s.asWritten(p).under(s.path())));
                return fallback;
            }
        }

        Scenario scenario(Section s, String source) {
            Scenario d = source == null ? Scenario.DEFAULT
                    : Scenario.DEFAULT.withName(source.replaceFirst("\\.ya?ml$", ""));
            Values values = fields(s, Scenario.SCHEMA, d);
            if (!problems.isEmpty()) {
                // Cross-checks between sections would only repeat, or misreport, what is wrong:
                // check the top-level keys alone.
                Checks c = new Checks();
                for (Schema.Binding<Scenario, ?> b : Scenario.SCHEMA.bindings()) {
                    if (b.field() instanceof Key<?> k) {
                        checkKey(c, k, values);
                    }
                }
                try {
                    c.throwIfAny();
                } catch (ScenarioException e) {
                    e.problems().forEach(p -> problems.add(s.asWritten(p)));
                }
                return null;
            }
            return build(s, () -> Scenario.SCHEMA.build(values), null);
        }

        private static <T> void checkKey(Checks c, Key<T> k, Values values) {
            c.check(k, values.get(k));
        }

        /** Reads every field of {@code schema} in {@code s}, falling back to {@code defaults}' values. */
        private <R> Values fields(Section s, Schema<R> schema, R defaults) {
            Values values = new Values();
            for (Schema.Binding<R, ?> b : schema.bindings()) {
                readInto(values, s, b, defaults);
            }
            return values;
        }

        private <R, T> void readInto(Values values, Section s, Schema.Binding<R, T> b, R defaults) {
            T fallback = defaults == null ? b.field().defaultValue() : b.valueIn(defaults);
            values.put(b.field(), field(s, b.field(), fallback));
        }

        /** A mapping read into its record; {@code fallback} if it has problems. */
        private <R> R record(Section s, Schema<R> schema, R defaults, R fallback) {
            Values values = fields(s, schema, defaults);
            return build(s, () -> schema.build(values), fallback);
        }

        @SuppressWarnings("unchecked")
        private <T> T field(Section s, Field<T> f, T fallback) {
            if (f instanceof Group<T> g) {
                Section child = s.child(g.name());
                return g.variant() ? (T) plan(child, (PlanConfig) fallback)
                        : record(child, g.schema(), fallback, fallback);
            }
            return key(s, (Key<T>) f, fallback);
        }

        @SuppressWarnings("unchecked")
        private <T> T key(Section s, Key<T> k, T fallback) {
            String name = k.name();
            Object value = switch (k.type()) {
                case TEXT -> s.text(k, (String) fallback);
                case INT -> s.integer32(k, (Integer) fallback);
                case LONG -> s.integer(k, (Long) fallback);
                case NUMBER -> s.number(k, (Double) fallback);
                case BOOLEAN -> s.bool(k, (Boolean) fallback);
                case CHOICE -> s.word(name, k, fallback);
                case NUMBERS -> s.numbers(name, (List<Double>) fallback);
                case RECORDS -> {
                    List<?> list = s.list(name, e -> elementOf(e, k.element()));
                    yield list == null ? fallback : list;
                }
                case MLM_OR_COUNT -> entrants(s, (Key<Entrants>) k, (Entrants) fallback);
            };
            return (T) value;
        }

        /** An element of a list of mappings, or null (and problems) if it cannot be read. */
        private <R> R elementOf(Section s, Schema<R> schema) {
            return record(s, schema, null, null);
        }

        /**
         * The {@code plan:} mapping: {@code plan.type} chooses a registered plan, whose record is built
         * from its keys; the keys of the other plans are read and checked too (a file may switch plans
         * with {@code --set plan.type=...}) but not used.
         */
        PlanConfig plan(Section s, PlanConfig fallback) {
            String type = key(s, Plans.TYPE, fallback.type());
            Plans.Entry<?> chosen = Plans.byName(type);
            Values values = new Values();
            Checks others = new Checks();
            for (Field<?> f : Plans.fields()) {
                readPlanField(values, s, f, fallback);
                if (!chosen.kind().keys().has(f)) {
                    checkField(others, f, values);
                }
            }
            try {
                others.throwIfAny();
            } catch (ScenarioException e) {
                e.problems().forEach(p -> problems.add(s.asWritten(p).under(s.path())));
            }
            return build(s, () -> chosen.kind().keys().build(values), fallback);
        }

        private <T> void readPlanField(Values values, Section s, Field<T> f, PlanConfig fallback) {
            values.put(f, field(s, f, Plans.value(fallback, f)));
        }

        private static <T> void checkField(Checks c, Field<T> f, Values values) {
            c.check(f, values.get(f));
        }

        Entrants entrants(Section s, Key<Entrants> k, Entrants fallback) {
            JsonNode v = s.raw(k);
            if (v == null) {
                return fallback;
            }
            if (v.isTextual() && v.asText().equals("mlm")) {
                return Entrants.MLM;
            }
            double count = v.doubleValue();
            if (v.isNumber() && count == Math.rint(count) && count >= Integer.MIN_VALUE && count <= Integer.MAX_VALUE) {
                try {
                    return Entrants.fixed((int) count);
                } catch (ScenarioException e) {
                    problems.add(Problem.shown(s.key(k.name()), k.allowed(), Section.shown(v)));
                    return fallback;
                }
            }
            problems.add(Problem.shown(s.key(k.name()), k.allowed(), Section.shown(v)));
            return fallback;
        }
    }
}
