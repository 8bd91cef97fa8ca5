package org.downline.io;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.downline.plans.Plans;
import org.downline.scenario.Checks;
import org.downline.scenario.Entrants;
import org.downline.scenario.Field;
import org.downline.scenario.Group;
import org.downline.scenario.Key;
import org.downline.scenario.PlanConfig;
import org.downline.scenario.Scenario;
import org.downline.scenario.Schema;

/**
 * Writes a scenario back out with every key, defaults filled in: the echo in {@code summary.json}
 * and {@code downline validate --print}. It walks the same declarations the reader reads
 * ({@link Scenario#SCHEMA}, the plan registry), so the echo reads back to an equal scenario.
 */
public final class ScenarioWriter {

    static final YAMLFactory YAML = YAMLFactory.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)  // the numbers of plainNumbers as they are
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)      // one line a value: comments go between lines
            .stringQuotingChecker(new TextStaysText())
            .build();
    private static final Pattern KEY_LINE = Pattern.compile("^( *)([A-Za-z][A-Za-z0-9]*):( .*)?$");
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    /**
     * Quotes, besides what Jackson quotes, any text the reader ({@link YamlTree}, YAML 1.2) would
     * take for a number, a boolean or null ({@code 1e5}, {@code 0x1f}, {@code .inf}), so that text
     * reads back as the same text.
     */
    private static final class TextStaysText extends StringQuotingChecker.Default {
        private static final long serialVersionUID = 1L;

        @Override
        public boolean needToQuoteValue(String value) {
            return super.needToQuoteValue(value) || !YamlTree.resolve(value).isTextual();
        }
    }

    private ScenarioWriter() {
    }

    /** The scenario as a tree of keys. */
    public static ObjectNode toTree(Scenario scenario) {
        return mapping(scenario, Scenario.SCHEMA);
    }

    /**
     * {@code node} with every floating-point number in it written {@link Checks#plain}ly, as the presets
     * write them (a copy; JSON trees keep theirs): the YAML ({@code validate --print}, the report's
     * scenario) and the report's scenario table.
     */
    public static JsonNode plainNumbers(JsonNode node) {
        if (node.isFloatingPointNumber()) {
            return F.numberNode(new BigDecimal(Checks.plain(node.doubleValue())));
        }
        if (node.isObject()) {
            ObjectNode o = F.objectNode();
            node.fields().forEachRemaining(e -> o.set(e.getKey(), plainNumbers(e.getValue())));
            return o;
        }
        if (node.isArray()) {
            ArrayNode a = F.arrayNode();
            node.forEach(e -> a.add(plainNumbers(e)));
            return a;
        }
        return node;
    }

    /**
     * A scenario value as one line of text for people, its numbers {@link Checks#plain}: a number or text as
     * it is, a list or mapping as compact JSON ({@code [0.1,0.05]}); empty for none.
     */
    public static String text(JsonNode value) {
        if (value == null || value.isNull()) {
            return "";
        }
        JsonNode p = plainNumbers(value);
        if (p.isBigDecimal()) {
            return p.decimalValue().toPlainString();
        }
        return p.isValueNode() ? p.asText() : JsonText.write(p, PLAIN_JSON, null);
    }

    private static final com.fasterxml.jackson.core.JsonFactory PLAIN_JSON = com.fasterxml.jackson.core.JsonFactory
            .builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

    /** The scenario as YAML text, its numbers {@link Checks#plain}. */
    public static String toYaml(Scenario scenario) {
        return JsonText.write(plainNumbers(toTree(scenario)), YAML, null);   // as an object mapper on YAML writes it
    }

    /**
     * The scenario as YAML text with each key's meaning and allowed values in a comment above it,
     * from its declaration: {@code downline validate --print} and {@code presets --show --resolved}.
     * Reads back to an equal scenario, like {@link #toYaml}.
     */
    public static String toCommentedYaml(Scenario scenario) {
        StringBuilder out = new StringBuilder();
        List<String> path = new ArrayList<>();
        int listIndent = -1;                                   // inside a list at this indent, or -1
        for (String line : toYaml(scenario).split("\n", -1)) {
            int indent = line.length() - line.stripLeading().length();
            String text = line.strip();
            if (listIndent >= 0 && (indent > listIndent || indent == listIndent && text.startsWith("- "))) {
                out.append(line).append('\n');
                continue;
            }
            listIndent = -1;
            if (text.startsWith("- ")) {
                listIndent = indent;
            } else {
                Matcher m = KEY_LINE.matcher(line);
                if (m.matches()) {
                    int depth = indent / 2;
                    path.subList(Math.min(depth, path.size()), path.size()).clear();
                    path.add(m.group(2));
                    ScenarioKeys.Declared d = ScenarioKeys.find(String.join(".", path));
                    if (d != null) {
                        out.append(" ".repeat(indent)).append("# ").append(comment(d.key()));
                        if (!d.usedBy(scenario.plan())) {
                            out.append(" [not used by a ").append(scenario.plan().type()).append(" plan]");
                        }
                        out.append('\n');
                    }
                }
            }
            out.append(line).append('\n');
        }
        return out.substring(0, out.length() - 1);
    }

    private static String comment(Key<?> key) {
        return switch (key.type()) {
            case TEXT, BOOLEAN, NUMBERS, RECORDS -> key.doc();
            default -> key.allowedInFiles() + ": " + key.doc();
        };
    }

    private static <R> ObjectNode mapping(R record, Schema<R> schema) {
        ObjectNode o = F.objectNode();
        for (Schema.Binding<R, ?> b : schema.bindings()) {
            set(o, b, record);
        }
        return o;
    }

    private static <R, T> void set(ObjectNode o, Schema.Binding<R, T> b, R record) {
        o.set(b.field().name(), node(b.field(), b.valueIn(record)));
    }

    /**
     * The {@code plan:} mapping: its type, then every registered plan's keys in the registry's
     * order — the plan's own values, the other plans' keys at their defaults.
     */
    private static ObjectNode plan(PlanConfig plan) {
        ObjectNode o = F.objectNode();
        o.set(Plans.TYPE.name(), node(Plans.TYPE, plan.type()));
        for (Field<?> f : Plans.fields()) {
            planField(o, f, plan);
        }
        return o;
    }

    private static <T> void planField(ObjectNode o, Field<T> f, PlanConfig plan) {
        o.set(f.name(), node(f, Plans.value(plan, f)));
    }

    @SuppressWarnings("unchecked")
    private static <T> JsonNode node(Field<T> field, T value) {
        if (value == null) {
            return F.nullNode();
        }
        if (field instanceof Group<T> g) {
            return g.variant() ? plan((PlanConfig) value) : mapping(value, g.schema());
        }
        Key<T> k = (Key<T>) field;
        return switch (k.type()) {
            case TEXT -> F.textNode((String) value);
            case INT -> F.numberNode((Integer) value);
            case LONG -> F.numberNode((Long) value);
            case NUMBER -> F.numberNode((Double) value);
            case BOOLEAN -> F.booleanNode((Boolean) value);
            case CHOICE -> F.textNode(k.print(value));
            case NUMBERS -> {
                ArrayNode a = F.arrayNode();
                ((List<Double>) value).forEach(a::add);
                yield a;
            }
            case RECORDS -> elements((List<Object>) value, (Schema<Object>) k.element());
            case MLM_OR_COUNT -> {
                Entrants e = (Entrants) value;
                yield e.matchMlm() ? F.textNode("mlm") : F.numberNode(e.count());
            }
        };
    }

    private static <R> ArrayNode elements(List<R> list, Schema<R> schema) {
        ArrayNode a = F.arrayNode();
        list.forEach(e -> a.add(mapping(e, schema)));
        return a;
    }
}
