package org.downline.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/**
 * Every JSON file writes a number that is not finite as null (fit.json as summary.json does), and
 * the shared mapper writes fit and sweep files as the mappers they had before did, byte for byte.
 */
class JsonNumbersTest {

    @Test
    void fitFilesWriteInfinityAndNaNAsNull() throws Exception {
        ObjectNode o = FitFiles.object();
        FitFiles.number(o, "up", Double.POSITIVE_INFINITY);
        FitFiles.number(o, "down", Double.NEGATIVE_INFINITY);
        FitFiles.number(o, "none", Double.NaN);
        FitFiles.number(o, "x", 1.25);
        o.set("ci95", FitFiles.array(Double.NEGATIVE_INFINITY, 2.5, Double.POSITIVE_INFINITY, Double.NaN));
        String text = FitFiles.json(o);
        JsonNode back = new ObjectMapper().readTree(text);
        assertTrue(back.get("up").isNull(), text);
        assertTrue(back.get("down").isNull(), text);
        assertTrue(back.get("none").isNull(), text);
        assertEquals(1.25, back.get("x").doubleValue());
        assertTrue(back.get("ci95").get(0).isNull(), text);
        assertEquals(2.5, back.get("ci95").get(1).doubleValue());
        assertTrue(back.get("ci95").get(2).isNull(), text);
        assertTrue(back.get("ci95").get(3).isNull(), text);
        assertTrue(!text.contains("Infinity") && !text.contains("NaN"), text);
    }

    /** The shared pretty writer against the mappers FitFiles and SweepWriter built for themselves. */
    @Test
    void sharedMapperWritesWhatTheOwnMappersWrote() throws Exception {
        ObjectNode o = FitFiles.object();
        o.put("b", 1.5);
        o.putObject("a").put("z", 1).put("c", "text").putArray("list").add(1).add(0.1).addNull();
        o.putArray("empty");
        o.putObject("none");
        ObjectMapper fit = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
        ObjectMapper sweep = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        assertEquals(fit.writeValueAsString(o) + "\n", FitFiles.json(o));
        assertEquals(sweep.writeValueAsString(o), ResultFolder.Json.PRETTY.writeValueAsString(o));
    }
}
