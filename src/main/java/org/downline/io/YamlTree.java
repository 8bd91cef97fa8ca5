package org.downline.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringReader;
import java.math.BigInteger;
import java.util.regex.Pattern;
import org.downline.scenario.Checks;
import org.downline.scenario.ScenarioException;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * YAML text read into a Jackson tree the way people mean it: plain scalars are resolved by the YAML
 * 1.2 core schema (so {@code 010000} is ten thousand, not the YAML 1.1 octal 4096; {@code .nan} and
 * {@code .inf} are numbers the range checks then refuse by name; one addition: digits grouped by
 * underscores, {@code 1_000_000}, are the number), quoted scalars are text, and what
 * a scenario has no use for is refused with the line: a second document, an alias ({@code *name}),
 * a tag other than the core ones, a key given twice, a key that is not plain text.
 *
 * <p>SnakeYAML (which Jackson's YAML module uses) gives the parse events; only the resolution of
 * scalars is done here, since SnakeYAML resolves by YAML 1.1.
 */
final class YamlTree {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern NULL = Pattern.compile("~|null|Null|NULL|");
    private static final Pattern TRUE = Pattern.compile("true|True|TRUE");
    private static final Pattern FALSE = Pattern.compile("false|False|FALSE");
    private static final Pattern DECIMAL = Pattern.compile("[-+]?[0-9]+");
    private static final Pattern OCTAL = Pattern.compile("0o[0-7]+");
    private static final Pattern HEX = Pattern.compile("0x[0-9a-fA-F]+");
    private static final Pattern FLOAT = Checks.NUMBER;      // as an option's value is echoed (Checks.showTyped)
    private static final Pattern INF = Pattern.compile("[-+]?\\.(inf|Inf|INF)");
    private static final Pattern NAN = Pattern.compile("\\.(nan|NaN|NAN)");
    /** Digits grouped by underscores (1_000_000): text in YAML 1.2, but people mean the number. */
    private static final Pattern GROUPED = Pattern.compile("[-+]?[0-9]+(_[0-9]+)+(\\.[0-9]*)?([eE][-+]?[0-9]+)?");
    private static final String CORE = "tag:yaml.org,2002:";
    /** Deepest nesting of lists and mappings read (a scenario needs four). */
    static final int MAX_DEPTH = 50;

    private YamlTree() {
    }

    /**
     * The tree of {@code text}'s one document; null for an empty text.
     *
     * @throws ScenarioException naming {@code source} and the line of the first problem
     */
    static JsonNode parse(String text, String source) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true);            // refused here, with the line
        try {
            // the parser alone, as Yaml.parse makes it: a Yaml object would also build the constructors
            // and representers of Java objects, unused here (a twentieth of a second at start)
            Parser events = new ParserImpl(new StreamReader(new StringReader(text)), options);
            return new Builder(events, source).stream();
        } catch (MarkedYAMLException e) {
            Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String why = e.getProblem() != null ? e.getProblem() : e.getContext();
            if (why != null && why.contains("\\t(TAB)")) {
                why = indentation(text, m) ? "a tab in the indentation (YAML indents with spaces only)"
                        : "a tab where a space belongs (write a space: a tab does not separate a key, its value "
                                + "or a list's items)";
            }
            throw new ScenarioException(source, "is not valid YAML" + at(m) + ": " + oneLine(why));
        } catch (YAMLException e) {
            throw new ScenarioException(source, "is not valid YAML: " + oneLine(e.getMessage()));
        }
    }

    /** Whether {@code m} is in the indentation of its line of {@code text}: nothing but spaces before it. */
    private static boolean indentation(String text, Mark m) {
        String[] lines = text.split("\\R", -1);
        return m == null || m.getLine() >= lines.length
                || lines[m.getLine()].substring(0, Math.min(m.getColumn(), lines[m.getLine()].length())).isBlank();
    }

    private static String at(Mark m) {
        return m == null ? "" : " at line " + (m.getLine() + 1) + ", column " + (m.getColumn() + 1);
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.split("\\R")[0].strip();
    }

    private static final class Builder {
        private final Parser events;
        private final String source;
        private int depth;

        Builder(Parser events, String source) {
            this.events = events;
            this.source = source;
        }

        private ScenarioException refuse(Event e, String what) {
            return new ScenarioException(source, what + at(e.getStartMark()));
        }

        JsonNode stream() {
            JsonNode root = null;
            int documents = 0;
            while (events.peekEvent() != null) {
                Event e = events.getEvent();
                if (e.is(Event.ID.DocumentStart)) {
                    if (++documents > 1) {
                        throw refuse(e, "holds a second YAML document ('---'; a scenario file is one document)");
                    }
                    root = node(events.getEvent());
                }
            }
            return root;
        }

        private JsonNode node(Event e) {
            if (e.is(Event.ID.Alias)) {
                throw refuse(e, "uses the alias *" + ((NodeEvent) e).getAnchor()
                        + " (aliases are not read: write the value out)");
            }
            if ((e.is(Event.ID.SequenceStart) || e.is(Event.ID.MappingStart)) && depth == MAX_DEPTH) {
                throw refuse(e, "nests lists and mappings deeper than " + MAX_DEPTH + " levels");
            }
            switch (e.getEventId()) {
                case Scalar:
                    return scalar((ScalarEvent) e);
                case SequenceStart: {
                    ArrayNode a = NODES.arrayNode();
                    depth++;
                    for (Event next = events.getEvent(); !next.is(Event.ID.SequenceEnd); next = events.getEvent()) {
                        a.add(node(next));
                    }
                    depth--;
                    return a;
                }
                case MappingStart: {
                    ObjectNode o = NODES.objectNode();
                    depth++;
                    for (Event next = events.getEvent(); !next.is(Event.ID.MappingEnd); next = events.getEvent()) {
                        if (!(next instanceof ScalarEvent k)) {
                            throw refuse(next, "has a key that is not plain text");
                        }
                        if (o.has(k.getValue())) {
                            throw refuse(next, "gives the key '" + k.getValue() + "' twice");
                        }
                        o.set(k.getValue(), node(events.getEvent()));
                    }
                    depth--;
                    return o;
                }
                default:
                    throw refuse(e, "has unexpected YAML (" + e.getEventId() + ")");
            }
        }

        private JsonNode scalar(ScalarEvent e) {
            String v = e.getValue();
            String tag = e.getTag();
            boolean plain = e.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN;
            if (tag == null || tag.equals("!")) {
                return plain && tag == null ? resolve(v) : NODES.textNode(v);
            }
            if (!tag.startsWith(CORE)) {
                throw refuse(e, "uses the tag " + tag + ", which a scenario does not read");
            }
            JsonNode r = resolve(v);
            switch (tag.substring(CORE.length())) {
                case "str":
                    return NODES.textNode(v);
                case "int":
                    if (r.isIntegralNumber()) {
                        return r;
                    }
                    break;
                case "float":
                    if (r.isNumber()) {
                        return NODES.numberNode(r.doubleValue());
                    }
                    break;
                case "bool":
                    if (r.isBoolean()) {
                        return r;
                    }
                    break;
                case "null":
                    if (r.isNull()) {
                        return r;
                    }
                    break;
                default:
                    break;
            }
            throw refuse(e, "uses the tag " + tag + " on '" + v + "', which a scenario does not read");
        }
    }

    /** A plain scalar by the YAML 1.2 core schema. */
    static JsonNode resolve(String v) {
        if (NULL.matcher(v).matches()) {
            return NODES.nullNode();
        }
        if (TRUE.matcher(v).matches()) {
            return NODES.booleanNode(true);
        }
        if (FALSE.matcher(v).matches()) {
            return NODES.booleanNode(false);
        }
        if (DECIMAL.matcher(v).matches()) {
            return integer(new BigInteger(v.startsWith("+") ? v.substring(1) : v));
        }
        if (OCTAL.matcher(v).matches()) {
            return integer(new BigInteger(v.substring(2), 8));
        }
        if (HEX.matcher(v).matches()) {
            return integer(new BigInteger(v.substring(2), 16));
        }
        if (FLOAT.matcher(v).matches()) {
            double d = Double.parseDouble(v);
            // beyond a double (1e400): kept as written, a decimal, so that the range check's message
            // echoes 1e400 rather than Infinity (its double value is still infinite)
            return Double.isFinite(d) ? new Written(d, v) : NODES.numberNode(new java.math.BigDecimal(v));
        }
        if (INF.matcher(v).matches()) {
            return NODES.numberNode(v.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
        }
        if (NAN.matcher(v).matches()) {
            return NODES.numberNode(Double.NaN);
        }
        if (GROUPED.matcher(v).matches()) {
            return resolve(v.replace("_", ""));
        }
        return NODES.textNode(v);
    }

    /**
     * A float with the text it was written as ({@code 1e99}, {@code 1.50}), so that a message echoes it as
     * the user wrote it, as it does an option's value, rather than as its double reads ({@code 1.0E99}).
     */
    static final class Written extends DoubleNode {
        private final String text;

        Written(double value, String text) {
            super(value);
            this.text = text;
        }

        String text() {
            return text;
        }
    }

    private static JsonNode integer(BigInteger b) {
        if (b.bitLength() < 32) {
            return NODES.numberNode(b.intValue());
        }
        if (b.bitLength() < 64) {
            return NODES.numberNode(b.longValue());
        }
        return NODES.numberNode(b);
    }
}
