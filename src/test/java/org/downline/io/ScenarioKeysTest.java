package org.downline.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.downline.plans.Plans;
import org.downline.scenario.Key;
import org.downline.scenario.Problem;
import org.downline.scenario.Range;
import org.downline.scenario.Scenario;
import org.downline.scenario.ScenarioException;
import org.downline.scenario.Schema;
import org.downline.scenario.ValueType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Walks every declared scenario key ({@link ScenarioKeys}, from the declarations) and checks that
 * each is read from a file, checked, printed, and accepted by {@code --set} and {@code sweep --vary};
 * and that reading asks for no key that is not declared.
 */
class ScenarioKeysTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    static Stream<ScenarioKeys.Declared> keys() {
        return ScenarioKeys.all().stream();
    }

    /** A file giving the key {@code value}, and the overrides it needs (the plan that has the key). */
    private record Setting(ScenarioKeys.Declared key, String value) {

        /** The key's plan when it is one plan's key, so that the plan holds it. */
        List<String> context() {
            String[] parts = key.path().replace("[]", "").split("\\.");
            if (parts[0].equals(Scenario.PLAN.name()) && parts.length >= 2 && key.key() != Plans.TYPE) {
                for (Plans.Entry<?> e : Plans.all()) {
                    for (Schema.Binding<?, ?> b : e.kind().keys().bindings()) {
                        if (b.field().name().equals(parts[1])) {
                            return List.of("plan.type=" + e.name());
                        }
                    }
                }
            }
            return List.of();
        }

        /** The path a value is set at: a key inside a list is set as a list of one mapping. */
        String settable() {
            return key.inList() ? key.path().substring(0, key.path().indexOf("[]")) : key.path();
        }

        String settableValue() {
            if (!key.inList()) {
                return value;
            }
            String leaf = key.path().substring(key.path().lastIndexOf('.') + 1);
            return "[{" + leaf + ": " + value + "}]";
        }

        /** The file as JSON (valid YAML), the value nested under its path. */
        String file() {
            ObjectNode root = F.objectNode();
            ObjectNode at = root;
            String[] parts = settable().split("\\.");
            for (int i = 0; i < parts.length - 1; i++) {
                at = at.has(parts[i]) ? (ObjectNode) at.get(parts[i]) : at.putObject(parts[i]);
            }
            at.set(parts[parts.length - 1], parse(settableValue()));
            for (String c : context()) {
                ((ObjectNode) root.get("plan")).put("type", c.substring(c.indexOf('=') + 1));
            }
            return root.toString();
        }

        Scenario readFile() {
            return ScenarioReader.fromText(file(), List.of(), "t");
        }

        Scenario readSet() {
            List<String> sets = new ArrayList<>(context());
            sets.add(settable() + "=" + settableValue());
            return ScenarioReader.fromText("", sets, "t");
        }

        /** The value where a written scenario holds it. */
        JsonNode in(JsonNode tree) {
            JsonNode at = tree;
            for (String part : key.path().split("\\.")) {
                boolean list = part.endsWith("[]");
                at = at.get(list ? part.substring(0, part.length() - 2) : part);
                assertNotNull(at, key.path() + " is not in the written scenario");
                if (list) {
                    at = at.get(0);
                }
            }
            return at;
        }
    }

    static JsonNode parse(String yaml) {
        try {
            return YAML.readTree(yaml);
        } catch (JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    /** Equal as values: numbers by value (0 and 0.0 are one), the rest as they are. */
    static boolean same(JsonNode a, JsonNode b) {
        return a.equals((x, y) -> x.equals(y) || x.isNumber() && y.isNumber()
                && x.doubleValue() == y.doubleValue() ? 0 : 1, b);
    }

    static String decimal(double x) {
        return BigDecimal.valueOf(x).stripTrailingZeros().toPlainString();
    }

    /** Values other than the default that the key's own declaration allows, most likely valid first. */
    static List<String> candidates(ScenarioKeys.Declared d) {
        Key<?> k = d.key();
        Object dflt = d.defaultValue();
        List<String> out = new ArrayList<>();
        Range r = k.range();
        switch (k.type()) {
            case NUMBER -> {
                double v = (Double) dflt;
                for (double c : new double[] {v * 1.5, v + (r.hi() - v) / 1000, (r.lo() + v) / 2, v / 2, r.hi(), v + 1}) {
                    if (c != v && r.contains(c)) {
                        out.add(decimal(c));
                    }
                }
            }
            case INT, LONG -> {
                long v = ((Number) dflt).longValue();
                for (long c : new long[] {v + 1, v + 2, v - 1, v - 2, v * 2}) {
                    if (c != v && (r == null || r.contains(c))) {
                        out.add(Long.toString(c));
                    }
                }
            }
            case BOOLEAN -> out.add(Boolean.toString(!(Boolean) dflt));
            case TEXT -> out.add("changed");
            case CHOICE -> {
                @SuppressWarnings("unchecked")
                Key<Object> choice = (Key<Object>) k;
                String now = choice.print(dflt);
                k.words().stream().filter(w -> !w.equals(now)).forEach(out::add);
            }
            case MLM_OR_COUNT -> out.add("77");
            case NUMBERS -> out.add("[0.1, 0.05]");
            case RECORDS -> {
                // one element, every key of it at its default: a list unlike the default's
                ObjectNode element = F.objectNode();
                for (Schema.Binding<?, ?> b : k.element().bindings()) {
                    element.set(b.field().name(), YAML.valueToTree(b.field().defaultValue()));
                }
                ArrayNode list = F.arrayNode().add(element);
                out.add(list.toString());
            }
        }
        return out;
    }

    /** The first candidate that makes a valid scenario (others may break a rule across keys). */
    static Setting validSetting(ScenarioKeys.Declared d) {
        List<String> tried = new ArrayList<>();
        for (String c : candidates(d)) {
            Setting s = new Setting(d, c);
            try {
                s.readFile();
                return s;
            } catch (ScenarioException e) {
                tried.add(c + " (" + e.getMessage() + ")");
            }
        }
        fail(d.path() + ": no valid value other than the default among " + tried);
        return null;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("keys")
    void isReadFromAFileAndBySet(ScenarioKeys.Declared d) {
        Setting s = validSetting(d);
        Scenario read = s.readFile();
        assertTrue(same(parse(s.value()), s.in(ScenarioWriter.toTree(read))),
                d.path() + " set to " + s.value() + " reads back as " + s.in(ScenarioWriter.toTree(read)));
        assertFalse(same(YAML.valueToTree(d.defaultValue()), s.in(ScenarioWriter.toTree(read)))
                && !d.inList(), d.path() + ": the value read is the default");
        assertEquals(read, s.readSet(), "--set " + d.path() + "=" + s.value());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("keys")
    void isPrintedAndReadsBackToTheSameScenario(ScenarioKeys.Declared d) {
        Setting s = validSetting(d);
        Scenario read = s.readFile();
        String printed = ScenarioWriter.toCommentedYaml(read);
        assertTrue(same(parse(s.value()), s.in(parse(printed))), d.path() + " is not printed as set:\n" + printed);
        assertEquals(read, ScenarioReader.fromText(printed, List.of(), "t"));
        assertEquals(read, ScenarioReader.fromText(ScenarioWriter.toYaml(read), List.of(), "t"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("keys")
    void isCheckedWithAMessageNamingIt(ScenarioKeys.Declared d) {
        Setting good = validSetting(d);
        String at = d.inList() ? d.path().replace("[]", "[0]") : d.path();
        // a value of the wrong type
        String wrong = d.key().type() == ValueType.TEXT ? "[1, 2]" : "nope";
        if (d.key().type() == ValueType.NUMBERS || d.key().type() == ValueType.RECORDS) {
            wrong = "{a: 1}";
        }
        assertProblem(new Setting(d, wrong), at, d.key().type() == ValueType.CHOICE ? d.key().allowed() : null);
        // values just outside the declared range, at both ends
        Range r = d.key().range();
        if (r != null && d.key().type() != ValueType.MLM_OR_COUNT) {
            boolean whole = d.key().type() != ValueType.NUMBER;
            String above = whole ? Long.toString((long) r.hi() + 1) : decimal(Math.nextUp(r.hi()));
            String below = whole ? Long.toString((long) r.lo() - 1)
                    : decimal(r.openLow() ? r.lo() : Math.nextDown(r.lo()));
            assertProblem(new Setting(d, above), at, r.allowed());
            assertProblem(new Setting(d, below), at, r.allowed());
        }
        if (d.key().type() == ValueType.MLM_OR_COUNT) {
            assertProblem(new Setting(d, "0"), at, d.key().allowed());
        }
        assertNotNull(good);
    }

    private static void assertProblem(Setting s, String field, String inMessage) {
        ScenarioException e = assertThrows(ScenarioException.class, s::readFile, s.key().path() + "=" + s.value());
        Problem p = e.problems().stream().filter(q -> q.field().equals(field)).findFirst()
                .orElseThrow(() -> new AssertionError(s.key().path() + "=" + s.value() + " gave " + e.problems()));
        if (inMessage != null) {
            assertTrue(p.message().contains(inMessage), p + " does not say " + inMessage);
        }
        ScenarioException set = assertThrows(ScenarioException.class, s::readSet, "--set " + s.key().path());
        assertTrue(set.problems().stream().anyMatch(q -> q.field().equals(field)), set.problems().toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("keys")
    void sweepsVaryExactlyTheKeysThatHoldOneValue(ScenarioKeys.Declared d) {
        Setting s = validSetting(d);
        if (!d.variable()) {
            SweepSpec list = SweepSpec.parse(List.of(d.path() + "=1,2"), false);
            ScenarioException e = assertThrows(ScenarioException.class, list::requireScenarioKeys);
            assertEquals("--vary " + d.path(), e.problems().get(0).field());
            return;
        }
        assertTrue(d.key().type().scalar());
        String other = defaultText(d);
        SweepSpec grid = SweepSpec.parse(List.of(d.path() + "=" + s.value() + "," + other), false)
                .requireScenarioKeys();
        for (SweepSpec.Cell cell : grid.cells()) {
            List<String> sets = new ArrayList<>(s.context());
            sets.addAll(grid.overrides(cell));
            Scenario cellScenario = ScenarioReader.fromText("", sets, "t");
            String value = grid.coordinates(cell).get(d.path());
            assertTrue(same(parse(value), new Setting(d, value).in(ScenarioWriter.toTree(cellScenario))),
                    d.path() + "=" + value);
        }
        if (d.key().type().numeric()) {
            BigDecimal a = new BigDecimal(s.value());
            BigDecimal b = new BigDecimal(other);
            BigDecimal lo = a.min(b);
            BigDecimal hi = a.max(b);
            SweepSpec range = SweepSpec.parse(List.of(d.path() + "=" + lo.toPlainString() + ":"
                    + hi.toPlainString() + ":" + hi.subtract(lo).toPlainString()), false).requireScenarioKeys();
            assertEquals(2, range.cells().size());
            for (SweepSpec.Cell cell : range.cells()) {
                List<String> sets = new ArrayList<>(s.context());
                sets.addAll(range.overrides(cell));
                ScenarioReader.fromText("", sets, "t");
            }
        }
    }

    private static String defaultText(ScenarioKeys.Declared d) {
        JsonNode n = YAML.valueToTree(d.defaultValue());
        if (d.key().type() == ValueType.MLM_OR_COUNT) {
            return "mlm";
        }
        if (d.key().type() == ValueType.CHOICE) {
            @SuppressWarnings("unchecked")
            Key<Object> choice = (Key<Object>) d.key();
            return choice.print(d.defaultValue());
        }
        return n.isNumber() ? decimal(n.doubleValue()) : n.asText();
    }

    /** Reading asks for the declared keys and mappings and nothing else. */
    @Test
    void noKeyIsReadThatIsNotDeclared() {
        Set<String> declared = new LinkedHashSet<>();
        for (ScenarioKeys.Declared d : ScenarioKeys.all()) {
            String path = d.path();
            declared.add(path);
            for (int dot = path.indexOf('.'); dot > 0; dot = path.indexOf('.', dot + 1)) {
                declared.add(path.substring(0, dot).replace("[]", ""));   // the mappings on the way
            }
        }
        for (String type : Plans.all().stream().map(Plans.Entry::name).toList()) {
            Set<String> asked = new LinkedHashSet<>();
            String everything = ScenarioWriter.toYaml(ScenarioReader.fromText("", List.of("plan.type=" + type), "t"));
            ScenarioReader.fromTree((ObjectNode) parse(everything), List.of(), "t", asked);
            for (String path : asked) {
                assertTrue(declared.contains(path) || declared.contains(path.replace("[]", "")),
                        "the reader asks for '" + path + "', which no declaration has");
            }
            for (String path : declared) {
                assertTrue(asked.contains(path), "'" + path + "' is declared but never read (plan " + type + ")");
            }
        }
    }

    /** The default scenario is every key at its declared default. */
    @Test
    void theDefaultScenarioIsEveryDeclaredDefault() {
        JsonNode tree = ScenarioWriter.toTree(Scenario.DEFAULT);
        for (ScenarioKeys.Declared d : ScenarioKeys.all()) {
            if (d.inList()) {
                continue;
            }
            JsonNode expected = YAML.valueToTree(d.defaultValue());
            JsonNode actual = new Setting(d, "").in(tree);
            if (d.key().type() == ValueType.CHOICE || d.key().type() == ValueType.MLM_OR_COUNT) {
                continue;                  // printed as words; read back above
            }
            assertTrue(same(expected, actual), d.path() + ": " + expected + " vs " + actual);
        }
        assertEquals(Scenario.DEFAULT.withName("t"), ScenarioReader.fromText("", List.of(), "t"));
    }

    /**
     * Every preset, under every plan type, is written and read back to an equal record: as YAML
     * (validate --print, with and without comments) and as the JSON echo of summary.json.
     */
    @Test
    void everyPresetUnderEveryPlanRoundTripsExactly() {
        for (String preset : Presets.names()) {
            for (Plans.Entry<?> plan : Plans.all()) {
                Scenario s = Presets.load(preset, List.of("plan.type=" + plan.name()));
                assertEquals(s, ScenarioReader.fromText(ScenarioWriter.toYaml(s), List.of(), "x"), preset);
                assertEquals(s, ScenarioReader.fromText(ScenarioWriter.toCommentedYaml(s), List.of(), "x"), preset);
                assertEquals(s, ScenarioReader.fromText(ScenarioWriter.toTree(s).toString(), List.of(), "x"), preset);
            }
        }
    }
    /**
     * A key's title (a sweep chart's axis) carries the unit declared with it: "$" for every amount of
     * money, the declared word for counts and months, none for shares, rates and words.
     */
    @Test
    void titlesCarryTheDeclaredUnit() {
        assertEquals("economics.monthlyFee ($)", ScenarioKeys.find("economics.monthlyFee").title());
        assertEquals("market.population (people)", ScenarioKeys.find("market.population").title());
        assertEquals("months", ScenarioKeys.find("months").title(), "the name says it");
        assertEquals("recruitment.imitation", ScenarioKeys.find("recruitment.imitation").title());
        assertEquals("plan.type", ScenarioKeys.find("plan.type").title());
        for (ScenarioKeys.Declared d : ScenarioKeys.all()) {
            if (d.key().range() == org.downline.scenario.Range.MONEY) {
                assertTrue(d.title().endsWith(" ($)"), d.title());
            }
        }
    }

    /**
     * A written scenario's comments keep their words while messages say "an integer (any 64-bit value)"
     * and "'mlm' or an integer in [...]": a scenario file, and report.html that holds one, is a result,
     * byte for byte the same as before.
     */
    @Test
    void aWrittenScenarioKeepsItsCommentsWordsWhileMessagesSayAnInteger() {
        String printed = ScenarioWriter.toCommentedYaml(Presets.load("default", List.of()));
        assertTrue(printed.contains("# a whole number: master seed of every random stream (--seed overrides)\n"), printed);
        assertTrue(printed.contains("# 'mlm' or a whole number in [1, 100000000]: 'mlm': "), printed);
        assertEquals("an integer (any 64-bit value)", Scenario.SEED.allowed());
    }
}
