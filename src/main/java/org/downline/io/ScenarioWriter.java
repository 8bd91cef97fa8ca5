package org.downline.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.util.List;
import org.downline.plans.Plans;
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

    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .build());
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private ScenarioWriter() {
    }

    /** The scenario as a tree of keys. */
    public static ObjectNode toTree(Scenario scenario) {
        return mapping(scenario, Scenario.SCHEMA);
    }

    /** The scenario as YAML text. */
    public static String toYaml(Scenario scenario) {
        try {
            return YAML.writeValueAsString(toTree(scenario));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
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
