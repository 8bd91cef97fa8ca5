package org.downline.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.downline.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * {@link JsonText} writes what Jackson's object mappers wrote before it replaced them in a run's files
 * (summary.json, the marker, the report's scenario as YAML and its table's lists): the same text for
 * every kind of node, and for every preset's scenario.
 */
class JsonTextTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** A tree with every kind of node the writer takes, nested, and text that needs escaping or quoting. */
    private static ObjectNode everyKind() {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode o = f.objectNode();
        o.put("int", -7).put("long", 1L << 40).put("short", (short) 12).put("big", new BigInteger("123456789012345678901234"));
        o.put("float", 0.1f).put("double", 0.1).put("negativeZero", -0.0).put("tiny", 5e-4).put("huge", 1e21);
        o.put("whole", 99.0).put("decimal", new BigDecimal("0.00050")).put("bigDecimal", new BigDecimal("1E+8"));
        o.put("text", "a \"quoted\" line\nand a tab\t, é, \u2013, \u0001").put("number as text", "1e5");
        o.put("yes", true).put("no", false).putNull("nothing");
        o.putObject("empty");
        o.putArray("none");
        o.putArray("list").add(1).add(2.5).addNull().add("x").addObject().put("k", "v");
        o.putObject("nested").putObject("deeper").putArray("rows").addArray().add(0.25).add(-3);
        return o;
    }

    private static List<JsonNode> trees() {
        List<JsonNode> trees = new ArrayList<>(List.of(everyKind(), JsonNodeFactory.instance.objectNode()));
        for (String preset : Presets.names()) {
            Scenario s = Presets.load(preset, List.of());
            trees.add(ScenarioWriter.toTree(s));
            trees.add(ScenarioWriter.plainNumbers(ScenarioWriter.toTree(s)));
        }
        return trees;
    }

    @Test
    void prettyJsonAsTheMappersDefaultPrettyPrinter() throws Exception {
        for (JsonNode t : trees()) {
            assertEquals(MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(t), JsonText.pretty(t));
            assertEquals(MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(t) + "\n",
                    ResultFolder.pretty(t));
        }
    }

    @Test
    void summaryLayoutAsTheMappersWriter() throws Exception {
        DefaultPrettyPrinter pp = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        for (JsonNode t : trees()) {
            assertEquals(MAPPER.writer(pp).writeValueAsString(t), JsonText.write(t, JsonText.JSON, pp));
            assertEquals(MAPPER.writeValueAsString(t), JsonText.write(t, JsonText.JSON, null));
        }
    }

    @Test
    void yamlAsAMapperOnTheSameFactory() throws Exception {
        ObjectMapper yaml = new ObjectMapper(ScenarioWriter.YAML);
        for (JsonNode t : trees()) {
            assertEquals(yaml.writeValueAsString(t), JsonText.write(t, ScenarioWriter.YAML, null));
        }
        for (String preset : Presets.names()) {
            Scenario s = Presets.load(preset, List.of());
            assertEquals(yaml.writeValueAsString(ScenarioWriter.plainNumbers(ScenarioWriter.toTree(s))),
                    ScenarioWriter.toYaml(s), preset);
        }
    }

    /** The report's scenario table writes a list or mapping as compact JSON, its numbers plain. */
    @Test
    void compactJsonWithPlainNumbers() throws Exception {
        ObjectMapper plain = JsonMapper.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();
        List<JsonNode> values = new ArrayList<>(trees());
        for (Map.Entry<String, JsonNode> e : everyKind().properties()) {
            values.add(e.getValue());
        }
        for (JsonNode v : values) {
            if (v.isContainerNode()) {
                assertEquals(plain.writeValueAsString(ScenarioWriter.plainNumbers(v)), ScenarioWriter.text(v));
            }
        }
    }

    /**
     * The kind a result set's marker names is read by the parser alone as the mapper's tree gives it,
     * when it is text or absent; anything else is left to the mapper (null), which says what is wrong.
     */
    @Test
    void textInAsTheMappersTreeOrLeftToIt() throws Exception {
        List<String> read = List.of(ResultFolder.pretty(ResultFolder.marker("run")), "{\"results\":\"sweep\"}",
                "{}", "{\"downline\":\"0.1.0\"}", "{\"results\":\"\"}",
                "{\"a\":{\"results\":\"no\",\"b\":[1,{\"c\":null}]},\"results\":\"r\\u00e9sults \\\"q\\\"\"}",
                " \n{ \"results\" : \"run\" }\n");
        for (String json : read) {
            assertEquals(ResultFolder.Json.MAPPER.readTree(json).path("results").asText(""),
                    JsonText.textIn(json, "results"), json);
        }
        // a key twice (at any depth) or anything after the object: the mapper refuses it, in words of its own
        List<String> left = List.of("", "[]", "\"run\"", "null", "{\"results\":1}", "{\"results\":null}",
                "{\"results\":[\"run\"]}", "{\"results\":\"run\"", "{\"results\":\"run\",}", "{results:\"run\"}",
                "{\"a\":[1,}, \"results\":\"run\"}", "{\"results\":\"run\",\"results\":true}",
                "{\"results\":\"fit\",\"results\":\"run\"}", "{\"a\":{\"b\":1,\"b\":2},\"results\":\"run\"}",
                "{\"results\":\"run\"} trailing", "{\"results\":\"run\"}{}");
        for (String json : left) {
            assertEquals(null, JsonText.textIn(json, "results"), json);
        }
    }
}
