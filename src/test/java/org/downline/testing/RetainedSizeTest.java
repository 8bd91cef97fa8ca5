package org.downline.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RetainedSizeTest {

    /** Holds what it is given. */
    private record Holder(Object held) {
    }

    @Test
    void countsArraysAndWhatJdkCollectionsAndMapsHold() {
        assertEquals(16 + 8 * 1000, RetainedSize.of(new long[1000]));
        long holder = RetainedSize.of(new Holder(null));
        assertEquals(24, holder);
        List<long[]> list = new ArrayList<>(List.of(new long[1000], new long[1000]));
        assertTrue(RetainedSize.of(new Holder(list)) >= holder + 2 * (16 + 8 * 1000), "a list's elements count");
        Map<String, long[]> map = new HashMap<>(Map.of("a", new long[1000]));
        assertTrue(RetainedSize.of(new Holder(map)) >= holder + 16 + 8 * 1000, "a map's values count");
        Map<long[], String> keys = new HashMap<>(Map.of(new long[1000], "a"));
        assertTrue(RetainedSize.of(new Holder(keys)) >= holder + 16 + 8 * 1000, "a map's keys count");
    }
}
