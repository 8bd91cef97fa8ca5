package org.downline.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.downline.plans.Plans;
import org.downline.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * Which keys a plan does not use is declared once ({@link ScenarioKeys.Declared#usedBy}):
 * the report's scenario table and the printed scenario ({@code validate --print}) mark the same
 * keys, and never a key a preset sets or its plan reads.
 */
class UnusedKeysTest {

    /**
     * The dotted paths of the keys a preset's own file sets to other than their defaults (lists
     * count as one key; the default preset lists every key at its default).
     */
    private static List<String> setBy(String preset) {
        List<String> out = new ArrayList<>();
        JsonNode file = ScenarioKeysTest.parse(Presets.text(preset));
        JsonNode defaults = ScenarioWriter.toTree(Scenario.DEFAULT);
        leaves(file, "", out);
        out.removeIf(path -> ScenarioKeysTest.same(at(file, path), at(defaults, path)));
        return out;
    }

    /** The node at a dotted path, by Jackson's JSON pointer; a MissingNode if there is none. */
    private static JsonNode at(JsonNode root, String path) {
        return root.at("/" + path.replace('.', '/'));
    }

    private static void leaves(JsonNode n, String prefix, List<String> out) {
        if (n.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                leaves(e.getValue(), prefix + e.getKey() + ".", out);
            }
        } else {
            out.add(prefix.substring(0, prefix.length() - 1));
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> rows(Scenario s) {
        return (List<Map<String, Object>>) HtmlReport.ScenarioTable.of(s).get("rows");
    }

    private static List<String> unusedInReport(Scenario s) {
        return rows(s).stream().filter(r -> (Boolean) r.get("unused")).map(r -> (String) r.get("path")).toList();
    }

    /** The printed scenario's comment above {@code path} (a key outside lists), for a two- or three-level path. */
    private static String printedComment(Scenario s, String path) {
        String[] parts = path.split("\\.");
        String[] lines = ScenarioWriter.toCommentedYaml(s).split("\n");
        int depth = 0;
        for (int i = 0; i < lines.length; i++) {
            String want = "  ".repeat(depth) + parts[depth] + ":";
            if (lines[i].startsWith(want)) {
                if (depth == parts.length - 1) {
                    return lines[i - 1];
                }
                depth++;
            }
        }
        throw new AssertionError(path + " is not printed");
    }

    @Test
    void noKeyAPresetSetsIsCaptionedUnused() {
        for (String preset : Presets.names()) {
            Scenario s = Presets.load(preset, List.of());
            List<String> unused = unusedInReport(s);
            for (String path : setBy(preset)) {
                assertFalse(unused.contains(path), preset + " sets " + path + " but the report says it is not used");
                if (ScenarioKeys.find(path) != null && path.startsWith("plan.")) {
                    assertFalse(printedComment(s, path).contains("not used"),
                            preset + ": validate --print says " + path + " is not used");
                }
            }
        }
    }

    /** Every plan checks personal volume and enforces the rules; only binary reads recruitOnEachLeg. */
    @Test
    void sharedPlanKeysAreUsedByThePlansThatReadThem() {
        for (Plans.Entry<?> plan : Plans.all()) {
            Scenario s = Presets.load(Presets.DEFAULT, List.of("plan.type=" + plan.name()));
            List<String> unused = unusedInReport(s);
            assertFalse(unused.contains("plan.qualification.personalVolume"), plan.name());
            for (String rule : List.of("minEndUserShare", "minRetailCustomers", "personalUseCap")) {
                assertFalse(unused.contains("plan.rules." + rule), plan.name() + ": plan.rules." + rule);
            }
            boolean binary = plan.name().equals("binary");
            assertEquals(!binary, unused.contains("plan.qualification.recruitOnEachLeg"), plan.name());
            assertEquals(!binary, printedComment(s, "plan.qualification.recruitOnEachLeg").contains(
                    "[not used by a " + plan.name() + " plan]"), plan.name());
            assertTrue(unused.contains("plan.levels") == plan.name().matches("binary|breakaway"), plan.name());
        }
    }

    /** The report and the printed scenario mark the same keys (the printed one: keys outside lists). */
    @Test
    void reportAndPrintedScenarioAgree() {
        for (String preset : Presets.names()) {
            Scenario s = Presets.load(preset, List.of());
            List<String> unused = unusedInReport(s);
            for (ScenarioKeys.Declared d : ScenarioKeys.all()) {
                if (d.inList() || !d.path().startsWith("plan.") || d.key() == Plans.TYPE) {
                    continue;
                }
                assertEquals(unused.contains(d.path()), printedComment(s, d.path()).contains("not used"),
                        preset + ": " + d.path());
            }
        }
    }

    /**
     * A key's use is asked of its declaration: each plan uses its own fields of {@code plan:} (and
     * every key under them unless declared for other plans only), no other plan's, and the keys of a
     * list's mappings go with the list. Paths are one each, so a field is known by its declaration.
     */
    @Test
    void aPlanUsesItsOwnFieldsAndTheKeysUnderThem() {
        List<String> paths = ScenarioKeys.all().stream().map(ScenarioKeys.Declared::path).toList();
        assertEquals(paths.size(), paths.stream().distinct().count(), "a path declared twice");
        for (Plans.Entry<?> plan : Plans.all()) {
            var config = plan.kind().defaults();
            for (ScenarioKeys.Declared d : ScenarioKeys.all()) {
                if (d.planField() == null) {
                    assertTrue(d.usedBy(config), d.path());
                    continue;
                }
                boolean own = plan.kind().keys().has(d.planField());
                if (!own) {
                    assertFalse(d.usedBy(config), plan.name() + " uses another plan's " + d.path());
                }
                if (d.inList()) {
                    ScenarioKeys.Declared list = ScenarioKeys.find(d.path().substring(0, d.path().indexOf("[]")));
                    assertTrue(d.usedBy(config) == list.usedBy(config) || !d.key().readBy(plan.name()),
                            plan.name() + ": " + d.path());
                }
            }
        }
        assertFalse(ScenarioKeys.find("plan.qualification.recruitOnEachLeg").usedBy(
                Plans.all().stream().filter(p -> p.name().equals("unilevel")).findFirst().orElseThrow()
                        .kind().defaults()));
    }
}
