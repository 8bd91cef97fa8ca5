package org.downline.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.downline.scenario.BreakawayConfig;
import org.downline.scenario.Checks;
import org.downline.scenario.MatrixConfig;
import org.downline.scenario.Problem;
import org.downline.scenario.Scenario;
import org.downline.scenario.ScenarioException;
import org.junit.jupiter.api.Test;

class ScenarioReaderTest {

    private static Scenario read(String yaml, String... sets) {
        return ScenarioReader.fromText(yaml, List.of(sets), "test.yaml");
    }

    private static List<Problem> problems(String yaml, String... sets) {
        return assertThrows(ScenarioException.class, () -> read(yaml, sets)).problems();
    }

    @Test
    void anEmptyFileIsTheDefaultScenario() {
        assertEquals(Scenario.DEFAULT.withName("test"), read(""));
        assertEquals(Scenario.DEFAULT.withName("test"), read("# only a comment\n"));
    }

    @Test
    void everyKeyOfTheScenarioFormatIsAccepted() {
        Scenario s = ScenarioReader.read(Path.of("src/test/resources/scenarios/scenario-md-example.yaml"), List.of());
        assertEquals("my-scenario", s.name());
        assertEquals(1_000_000, s.market().population());
        assertEquals(0.35, s.recruitment().imitation());
        // the example's plan is unilevel; its breakaway keys are read, checked, and used when switched to
        BreakawayConfig breakaway = (BreakawayConfig) ScenarioReader.read(
                Path.of("src/test/resources/scenarios/scenario-md-example.yaml"), List.of("plan.type=breakaway")).plan();
        assertEquals(7500, breakaway.breakawayVolume());
        assertEquals(5, breakaway.tiers().size());
        assertEquals(0.93, s.affiliate().zipfExponent());
        assertTrue(s.affiliate().entrants().matchMlm());
    }

    @Test
    void theEchoReadsBackToTheSameScenario() {
        Scenario s = read("market: {population: 12345}\nplan: {type: binary, levels: [0.1, 0.2]}\naffiliate: {entrants: 77}\n");
        assertEquals(s, read(ScenarioWriter.toYaml(s)));
        assertEquals(Scenario.DEFAULT.withName("test"), read(ScenarioWriter.toYaml(Scenario.DEFAULT.withName("test"))));
    }

    /**
     * What people read (validate --print, presets --show --resolved, the report's YAML and scenario
     * table) writes numbers in plain decimals as a preset does: 0.0005, not Java's 5.0E-4; each still
     * reads back to the same scenario. summary.json's echo keeps JSON's numbers (golden).
     */
    @Test
    void theYamlWritesPlainDecimalsThatReadBack() {
        Scenario s = read("recruitment: {innovation: 0.0005}\naffiliate: {demandPerMonth: 1e8}\n"
                + "plan: {type: unilevel, levels: [0.1, 0.00002]}\n");
        for (String yaml : List.of(ScenarioWriter.toYaml(s), ScenarioWriter.toCommentedYaml(s))) {
            assertTrue(yaml.contains("  innovation: 0.0005\n"), yaml);
            assertTrue(yaml.contains("  demandPerMonth: 100000000\n"), yaml);
            assertTrue(yaml.contains("  starterKit: 99\n") && !yaml.contains(".0\n"), yaml);
            assertTrue(yaml.contains("- 0.00002\n"), yaml);
            assertTrue(!yaml.contains("E-") && !yaml.contains("E8"), yaml);
            assertEquals(s, read(yaml));
        }
        assertEquals("0.0005", Checks.plain(5e-4));
        assertEquals("0.0000001", Checks.plain(1e-7));
        assertEquals("12000000", Checks.plain(1.2e7));
        assertEquals("0.11", Checks.plain(0.11));
        assertEquals("99", Checks.plain(99));   // as the presets write it (it printed 99.0)
        assertEquals("0", Checks.plain(0.0));
        assertEquals("-2.5", Checks.plain(-2.5));
        assertEquals("[0.1,0.00002]", ScenarioWriter.text(ScenarioWriter.toTree(s).get("plan").get("levels")));
        assertEquals("0.0000001", ScenarioWriter.text(com.fasterxml.jackson.databind.node.JsonNodeFactory.instance
                .numberNode(1e-7)));
        assertTrue(ScenarioWriter.toTree(s).get("recruitment").get("innovation").isDouble(), "JSON keeps its number");
    }

    @Test
    void overridesSetAnyKeyWithYamlValues() {
        Scenario s = read("months: 12\n", "market.population=5e6", "plan.type=matrix", "plan.levels=[0.1, 0.05]",
                "months=24", "recruitment.effort.distribution=pareto", "name=from the command line");
        assertEquals(5_000_000, s.market().population());
        assertEquals("matrix", s.plan().type());
        assertEquals(List.of(0.1, 0.05), ((MatrixConfig) s.plan()).levels());
        assertEquals(24, s.months());
        assertEquals("from the command line", s.name());
    }

    /**
     * A key is the text before the '=' stripped of whitespace of any kind, by --set as by --vary: an
     * ideographic space (U+3000) around it, which trimming keeps, is dropped by both.
     */
    @Test
    void setAndVaryCutTheSameKeyFromTheSameText() {
        String text = "\u3000months\t";
        assertEquals("months", ScenarioReader.keyOf(text + "=24"));
        assertEquals(24, read("months: 12\n", text + "=24").months());
        assertEquals(24, read("months: 12\n", text + "=\u300024\u3000").months(), "a value is stripped alike");
        assertEquals("months", SweepSpec.parse(List.of(text + "=6,12"), false).dimensions().get(0).key());
        assertEquals("", ScenarioReader.keyOf("=24"));
        assertEquals("", ScenarioReader.keyOf("months"));
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        List<Problem> p = problems("""
                months: 0
                market:
                  prospectShare: 1.5
                  populaton: 10
                recruitment:
                  model: bas
                  effort: {sigma: -1}
                plan:
                  levels: [0.5, 0.6]
                """);
        assertEquals(6, p.size(), p.toString());
        assertEquals("market.prospectShare must be in [0, 1], was 1.5", find(p, "market.prospectShare"));
        assertEquals("market.populaton is not a known key; did you mean 'market.population'?",
                find(p, "market.populaton"));
        assertEquals("recruitment.model must be one of bass | contacts | fixed, was 'bas'", find(p, "recruitment.model"));
        assertEquals("recruitment.effort.sigma must be in [0, 10], was -1", find(p, "recruitment.effort.sigma"));
        assertTrue(find(p, "plan.levels").contains("must sum to at most 1"));
        assertEquals("months must be an integer in [1, 600], was 0", find(p, "months"));
    }

    @Test
    void aKeyInTheWrongSectionIsPointedToItsSection() {
        List<Problem> p = problems("market:\n  imitation: 0.3\n");
        assertEquals("market.imitation is not a known key; did you mean 'recruitment.imitation'?", p.get(0).toString());
    }

    @Test
    void wrongTypesNameTheFieldAndTheValue() {
        assertEquals("market.population must be an integer in [1, 2000000000], was '1e6.5'",
                problems("market: {population: 1e6.5}").get(0).toString());
        assertEquals("market.population must be an integer in [1, 2000000000], was 2.5",
                problems("market: {population: 2.5}").get(0).toString());
        assertEquals("market.reapproachRefused must be true or false, was 'maybe'",
                problems("market: {reapproachRefused: maybe}").get(0).toString());
        assertEquals("market must be a mapping of keys, was 12", problems("market: 12").get(0).toString());
        assertEquals("plan.levels must be a list of numbers such as [0.05, 0.05], was 0.1",
                problems("plan: {levels: 0.1}").get(0).toString());
    }

    @Test
    void impossibleCombinations() {
        assertEquals("recruitment.founders must be at most the prospects in the market (market.population "
                        + "× market.prospectShare = 10), was 11",
                problems("market: {population: 100, prospectShare: 0.1}\nrecruitment: {founders: 11}").get(0).toString());
        assertTrue(problems("recruitment: {innovation: 0.6, imitation: 0.5}").get(0).toString()
                .startsWith("recruitment.imitation plus recruitment.innovation must be at most 1"));
        assertTrue(problems("recruitment: {model: fixed, founders: 0}").get(0).toString()
                .startsWith("recruitment.founders must be at least 1 with recruitment.model=fixed"));
    }

    @Test
    void malformedYamlSaysWhere() {
        String m = problems("market:\n  population: [1,\n").get(0).toString();
        assertTrue(m.startsWith("test.yaml is not valid YAML at line"), m);
        assertTrue(problems("- a\n- b\n").get(0).toString().startsWith("test.yaml must be a mapping"));
        assertTrue(problems("months: 1\nmonths: 2\n").get(0).toString().contains("gives the key 'months' twice at line 2"));
    }

    @Test
    void yamlIsReadByTheCoreSchemaOfYaml12() {
        assertEquals(10000L, YamlTree.resolve("010000").longValue());          // not the YAML 1.1 octal 4096
        assertEquals(15, YamlTree.resolve("0o17").intValue());
        assertEquals(255, YamlTree.resolve("0xff").intValue());
        assertEquals(5e6, YamlTree.resolve("5e6").doubleValue());
        assertTrue(Double.isNaN(YamlTree.resolve(".nan").doubleValue()));
        assertEquals(Double.NEGATIVE_INFINITY, YamlTree.resolve("-.inf").doubleValue());
        assertTrue(YamlTree.resolve("~").isNull());
        assertTrue(YamlTree.resolve("yes").isTextual());                      // YAML 1.1's booleans are text
        assertEquals(1_000_000, YamlTree.resolve("1_000_000").intValue());      // as people mean it
        assertEquals(2500.5, YamlTree.resolve("2_500.5").doubleValue());
        assertTrue(YamlTree.resolve("1__0").isTextual());
        assertTrue(YamlTree.resolve("_1").isTextual());
        assertEquals("9223372036854775808", YamlTree.resolve("9223372036854775808").bigIntegerValue().toString());
        assertEquals(10000, ScenarioReader.fromText("market:\n  population: 010000\n", List.of(), "t")
                .market().population());
        assertEquals(4096, ScenarioReader.fromText("market:\n  population: 0o10000\n", List.of(), "t")
                .market().population());
    }

    @Test
    void textThatLooksLikeANumberIsWrittenSoItReadsBackAsText() {
        for (String name : List.of("1e5", "0x1f", "0o17", "1_000", ".inf", "010", "Null", "true", "~", "plain")) {
            Scenario s = Scenario.DEFAULT.withName(name);
            assertEquals(s, ScenarioReader.fromText(ScenarioWriter.toCommentedYaml(s), List.of(), "t"), name);
        }
    }

    @Test
    void nullIsRefusedForAKeyThatNeedsAValueButAnEmptySectionIsEmpty() {
        assertEquals("market.population must be an integer in [1, 2000000000], was empty (null); leave the key out"
                + " for the default", problems("market:\n  population: ~\n").get(0).toString());
        assertEquals(Scenario.DEFAULT.market(), ScenarioReader.fromText("market:\nplan:\n", List.of(), "t").market());
    }

    @Test
    void valuesAreShownAsGivenNeverClamped() {
        assertEquals("months must be an integer in [1, 600], was 2147483648",
                problems("months: 2147483648\n").get(0).toString());
        assertEquals("market.population must be an integer in [1, 2000000000], was 9223372036854775808",
                problems("market: {population: 9223372036854775808}").get(0).toString());
    }

    @Test
    void aNumberOutOfRangeIsEchoedAsWritten() {
        // a key's own range, a whole-number key's, a list element's, a choice's: as the file or --set wrote it
        assertEquals("market.prospectShare must be in [0, 1], was 1e99",
                problems("market: {prospectShare: 1e99}").get(0).toString());
        assertEquals("months must be an integer in [1, 600], was 1E99", problems("months: 1E99\n").get(0).toString());
        assertEquals("months must be an integer in [1, 600], was 1e3", problems("", "months=1e3").get(0).toString());
        assertEquals("market.population must be an integer in [1, 2000000000], was 1e15",
                problems("", "market.population=1e15").get(0).toString());
        assertEquals("economics.monthlyFee must be in [0, 1000000000], was 1e15",
                problems("economics: {monthlyFee: 1e15}").get(0).toString());
        assertEquals("market.prospectShare must be in [0, 1], was 1.50",
                problems("", "market.prospectShare=1.50").get(0).toString());
        assertEquals("plan.levels[1] must be in [0, 1], was 2.5e-0",
                find(problems("plan: {levels: [0.1, 2.5e-0]}"), "plan.levels[1]"));
        assertEquals("plan.type must be one of unilevel | matrix | binary | breakaway, was 1e99",
                problems("plan: {type: 1e99}").get(0).toString());
        // ordinary values read as they were written anyway
        assertEquals("months must be an integer in [1, 600], was 2.5", problems("months: 2.5\n").get(0).toString());
        assertEquals("months must be an integer in [1, 600], was -5", problems("months: -5\n").get(0).toString());
    }

    @Test
    void aLongValueIsEchoedCutWithItsLength() {
        assertEquals("months must be an integer in [1, 600], was '" + "x".repeat(60) + "…' (3,000 characters)",
                problems("months: " + "x".repeat(3000) + "\n").get(0).toString());
        assertEquals("months must be an integer in [1, 600], was " + "9".repeat(60) + "… (3,000 characters)",
                problems("months: " + "9".repeat(3000) + "\n").get(0).toString());
        assertEquals("market has an unknown key '" + "k".repeat(60) + "…' (5,000 characters)",
                problems("market:\n  ? " + "k".repeat(5000) + "\n  : 1\n").get(0).toString());
    }

    @Test
    void badOverrides() {
        assertEquals("--set expects key.path=value (such as market.population=5e6), was 'months'",
                problems("", "months").get(0).toString());
        assertEquals("months holds a value, not a mapping, so --set months.x cannot apply",
                problems("months: 12\n", "months.x=1").get(0).toString());
        // a key the file leaves out holds its default value all the same (it was made a mapping, and the
        // problem became the file's: "months must be an integer ..., was '{"x":1}'")
        assertEquals("months holds a value, not a mapping, so --set months.x cannot apply",
                problems("", "months.x=1").get(0).toString());
        assertEquals("market.network.degree holds a value, not a mapping, so --set market.network.degree.x cannot "
                + "apply", problems("market: {}\n", "market.network.degree.x=1").get(0).toString());
        assertEquals("market.nope is not a known key; known keys here: population, prospectShare, "
                + "reapproachRefused, network", problems("", "market.nope=1").get(0).toString());
        assertEquals("market.population cannot be set to '[1,2': not a YAML value",
                problems("", "market.population=[1,2").get(0).toString());
        // a runaway key with a value that is no YAML is echoed cut, as the --set it is in (it was echoed whole)
        String runaway = "market." + "a".repeat(200) + "=[1,2";
        assertEquals("--set '" + runaway.substring(0, 60) + "…' (212 characters): cannot be set to '[1,2': not a "
                + "YAML value", problems("", runaway).get(0).toString());
    }

    private static String find(List<Problem> problems, String field) {
        return problems.stream().filter(x -> x.field().equals(field)).findFirst()
                .orElseThrow(() -> new AssertionError("no problem for " + field + " in " + problems)).toString();
    }
}
