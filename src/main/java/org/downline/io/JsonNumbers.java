package org.downline.io;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Numbers into the JSON files, one rule for all of them: a value that is not finite (NaN, undefined;
 * or ±infinity) is written as {@code null}, since JSON has no number for it (Jackson would write the
 * string {@code "Infinity"} or {@code "NaN"} in its place).
 */
final class JsonNumbers {

    private JsonNumbers() {
    }

    /** Puts {@code v} at {@code key}, or null if it is not finite. */
    static void put(ObjectNode o, String key, double v) {
        if (Double.isFinite(v)) {
            o.put(key, v);
        } else {
            o.putNull(key);
        }
    }

    /** Adds {@code v}, or null if it is not finite. */
    static void add(ArrayNode a, double v) {
        if (Double.isFinite(v)) {
            a.add(v);
        } else {
            a.addNull();
        }
    }
}
