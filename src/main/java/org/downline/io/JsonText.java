package org.downline.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Instantiatable;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * A JSON tree as text through a Jackson generator, without an {@code ObjectMapper}: the same text
 * an object mapper (or writer) on the same factory and pretty printer writes (it calls the nodes'
 * own {@code serialize}, which make exactly these generator calls under its default settings), but
 * without loading and setting up Jackson's data binding, some hundreds of classes and about a
 * quarter of a second of CPU in a process that writes a run's files and reads no JSON.
 */
final class JsonText {

    /** A plain JSON factory, as an object mapper's. */
    static final JsonFactory JSON = new JsonFactory();
    /** One that reads as {@link ResultFolder.Json#MAPPER} does: a key twice in an object is an error. */
    private static final JsonFactory READ = JsonFactory.builder()
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private JsonText() {
    }

    /** {@code node} as an object mapper's {@code writerWithDefaultPrettyPrinter()} writes it (no newline after). */
    static String pretty(JsonNode node) {
        return write(node, JSON, new DefaultPrettyPrinter());
    }

    /**
     * {@code node} as text in {@code factory}'s format, laid out by {@code printer} (null: none), as
     * an object mapper on that factory writes it with that pretty printer.
     */
    static String write(JsonNode node, JsonFactory factory, PrettyPrinter printer) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = factory.createGenerator(out)) {
            if (printer instanceof Instantiatable<?> i) {
                g.setPrettyPrinter((PrettyPrinter) i.createInstance());  // a fresh one, as a mapper's writer takes
            } else if (printer != null) {
                g.setPrettyPrinter(printer);
            }
            write(node, g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);              // a StringWriter does not fail
        }
        return out.toString();
    }

    /**
     * The value at {@code key} of the JSON object {@code json} ("" when it has none), read by a parser,
     * as {@link ResultFolder.Json#MAPPER}'s {@code readTree(json).path(key).asText("")} gives it when
     * that value is text; null when {@code json} is not a JSON object, does not parse (a key twice in
     * an object, anything after the object), or holds any other value there: the mapper then says what.
     */
    static String textIn(String json, String key) {
        try (JsonParser p = READ.createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            String text = "";
            for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
                if (t != JsonToken.FIELD_NAME) {
                    return null;                            // not to be: the parser checks the object
                }
                boolean wanted = key.equals(p.currentName());
                JsonToken v = p.nextToken();
                if (wanted) {
                    if (v != JsonToken.VALUE_STRING) {
                        return null;
                    }
                    text = p.getText();
                } else {
                    p.skipChildren();                       // reads (and checks) a nested value whole
                }
            }
            return p.nextToken() == null ? text : null;     // more after the object: the mapper refuses it
        } catch (IOException e) {
            return null;                                    // not JSON (a string source fails no other way)
        }
    }

    /** The generator calls the nodes' {@code serialize} makes, under a mapper's default settings. */
    private static void write(JsonNode node, JsonGenerator g) throws IOException {
        switch (node.getNodeType()) {
            case OBJECT -> {
                g.writeStartObject(node, node.size());
                for (Map.Entry<String, JsonNode> e : node.properties()) {
                    g.writeFieldName(e.getKey());
                    write(e.getValue(), g);
                }
                g.writeEndObject();
            }
            case ARRAY -> {
                g.writeStartArray(node, node.size());
                for (JsonNode e : node) {
                    write(e, g);
                }
                g.writeEndArray();
            }
            case STRING -> g.writeString(node.textValue());
            case BOOLEAN -> g.writeBoolean(node.booleanValue());
            case NULL -> g.writeNull();
            case NUMBER -> number(node, g);
            default -> throw new IllegalStateException("no " + node.getNodeType() + " node is written as text here");
        }
    }

    private static void number(JsonNode node, JsonGenerator g) throws IOException {
        switch (node.numberType()) {
            case INT -> {
                if (node.isShort()) {
                    g.writeNumber(node.shortValue());
                } else {
                    g.writeNumber(node.intValue());
                }
            }
            case LONG -> g.writeNumber(node.longValue());
            case BIG_INTEGER -> g.writeNumber(node.bigIntegerValue());
            case FLOAT -> g.writeNumber(node.floatValue());
            case DOUBLE -> g.writeNumber(node.doubleValue());
            case BIG_DECIMAL -> g.writeNumber(node.decimalValue());
            default -> throw new IllegalStateException("no " + node.numberType() + " number is written as text here");
        }
    }
}
