package org.downline.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.List;
import org.downline.scenario.Entrants;
import org.downline.scenario.Scenario;
import org.downline.scenario.Wire;

/**
 * Writes a scenario back out with every key, defaults filled in: the echo in {@code summary.json}
 * and {@code downline validate --print}. Record component names are the scenario keys, so the echo
 * reads back to an equal scenario.
 */
public final class ScenarioWriter {

    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .build());

    private ScenarioWriter() {
    }

    /** The scenario as a tree of keys. */
    public static ObjectNode toTree(Scenario scenario) {
        return (ObjectNode) node(scenario);
    }

    /** The scenario as YAML text. */
    public static String toYaml(Scenario scenario) {
        try {
            return YAML.writeValueAsString(toTree(scenario));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode node(Object value) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (value == null) {
            return f.nullNode();
        }
        if (value instanceof Entrants e) {
            return e.matchMlm() ? f.textNode("mlm") : f.numberNode(e.count());
        }
        if (value instanceof Record r) {
            ObjectNode o = f.objectNode();
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                try {
                    o.set(c.getName(), node(c.getAccessor().invoke(r)));
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException("cannot read " + c.getName(), e);
                }
            }
            return o;
        }
        if (value instanceof List<?> list) {
            ArrayNode a = f.arrayNode();
            list.forEach(v -> a.add(node(v)));
            return a;
        }
        if (value instanceof Enum<?> e) {
            return f.textNode(Wire.name(e));
        }
        if (value instanceof Double d) {
            return f.numberNode(d);
        }
        if (value instanceof Integer i) {
            return f.numberNode(i);
        }
        if (value instanceof Long l) {
            return f.numberNode(l);
        }
        if (value instanceof Boolean b) {
            return f.booleanNode(b);
        }
        if (value instanceof String s) {
            return f.textNode(s);
        }
        throw new IllegalArgumentException("cannot write " + value.getClass());
    }
}
