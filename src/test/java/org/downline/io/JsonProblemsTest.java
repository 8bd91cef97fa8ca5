package org.downline.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * An unknown word is placed at its first letter whichever way the parser reports it: Jackson 2.18 stands
 * after the word, 2.21 (on the test classpath under the Spark profile) at its start.
 */
class JsonProblemsTest {

    @Test
    void aWordIsPlacedAtItsStartWhereverTheParserStands() {
        String text = "{\"a\": tru}\n";
        assertEquals(7, JsonProblems.startOf("tru", text, 1, 10), "after the word");
        assertEquals(7, JsonProblems.startOf("tru", text, 1, 7), "at its start");
        String two = "{\"gini\": {\n  \"mean\": NaN}}\n";
        assertEquals(11, JsonProblems.startOf("NaN", two, 2, 14));
        assertEquals(11, JsonProblems.startOf("NaN", two, 2, 11));
        // the nearest occurrence at or before the parser, not an earlier one on the line
        assertEquals(15, JsonProblems.startOf("x", "{\"x\": 1, \"y\": x}", 1, 16));
        // not found (a line beyond the text, or the word elsewhere): the parser's column
        assertEquals(5, JsonProblems.startOf("zzz", text, 1, 5));
        assertEquals(3, JsonProblems.startOf("tru", text, 9, 3));
    }
}
