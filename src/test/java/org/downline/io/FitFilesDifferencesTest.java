package org.downline.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/**
 * fit --resume names what differs by name: another disclosure by its names, as its doc says ("the
 * disclosure by name only"), where it said "the disclosure's figures" of two different disclosures.
 */
class FitFilesDifferencesTest {

    private static ObjectNode settings(String disclosure) {
        ObjectNode n = new ObjectMapper().createObjectNode();
        n.put("seed", 1);
        n.put("disclosure", disclosure);
        return n;
    }

    @Test
    void anotherDisclosureIsNamed() {
        assertEquals("disclosure doterra-us-2017, now mary-kay-canada-2019", FitFiles.differences(
                settings("# disclosure: doterra-us-2017\n# title: a\ngroup,share\n"),
                settings("# disclosure: mary-kay-canada-2019\n# title: b\ngroup,share\n")));
        // the same disclosure with other figures (a file edited): its figures differ
        assertEquals("the disclosure's figures", FitFiles.differences(
                settings("# disclosure: d\ngroup,share\nall,1\n"), settings("# disclosure: d\ngroup,share\nall,0.9\n")));
    }
}
