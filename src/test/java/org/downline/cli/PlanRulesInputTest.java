package org.downline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.downline.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** plan.rules out of range: exit 2, one line naming the key, what it allows and what was given. */
class PlanRulesInputTest {

    @TempDir
    Path tmp;

    private void rejected(String yaml, String expected) throws IOException {
        Path file = tmp.resolve("s.yaml");
        Files.writeString(file, yaml);
        Cli r = Cli.run("validate", file.toString());
        assertEquals(2, r.exit(), r.err());
        List<String> lines = r.err().lines().toList();
        assertEquals(1, lines.size(), r.err());                 // one problem: one line
        assertTrue(lines.get(0).contains(expected), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void outOfRangeRulesAreRejected() throws IOException {
        rejected("plan:\n  rules:\n    minEndUserShare: 1.5\n",
                "plan.rules.minEndUserShare must be in [0, 1], was 1.5");
        rejected("plan:\n  type: binary\n  rules:\n    minRetailCustomers: -1\n",
                "plan.rules.minRetailCustomers must be an integer in [0, 1000000], was -1");
        rejected("plan:\n  rules:\n    minRetailCustomers: 2.5\n",
                "plan.rules.minRetailCustomers must be an integer in [0, 1000000], was 2.5");
        rejected("plan:\n  type: matrix\n  rules:\n    personalUseCap: -10\n", "plan.rules.personalUseCap must be in");
    }

    @Test
    void runRefusesBeforeWritingAnything() {
        Path out = tmp.resolve("out");
        Cli r = Cli.run("run", "--set", "plan.rules.minEndUserShare=1.5", "--out", out.toString());
        assertEquals(2, r.exit());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains("plan.rules.minEndUserShare"), r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void theCustomerRulePresetPrintsItsRule() {
        Cli r = Cli.run("presets", "--show", "customer-rule");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("minEndUserShare: 0.5"), r.out());
    }
}
