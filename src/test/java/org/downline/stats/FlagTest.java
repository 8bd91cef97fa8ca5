package org.downline.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.downline.engine.ProgressListener;
import org.downline.engine.Results;
import org.downline.engine.RunOptions;
import org.downline.engine.Simulation;
import org.downline.io.HtmlReport;
import org.downline.io.ReportData;
import org.downline.io.ResultsWriter;
import org.downline.io.ScenarioReader;
import org.downline.io.SummaryTable;
import org.downline.scenario.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FlagTest {

    @TempDir
    Path tmp;

    @Test
    void thresholdsAndUndefinedValues() {
        assertFalse(Flag.VEMMA_COMPANY.passes(0.5), "a majority is more than half");
        assertTrue(Flag.VEMMA_COMPANY.passes(0.5000001));
        assertTrue(Flag.HERBALIFE_VOLUME.passes(0.8));
        assertFalse(Flag.HERBALIFE_REWARDABLE.passes(0.66));
        assertTrue(Flag.HERBALIFE_REWARDABLE.passes(2.0 / 3));
        assertFalse(Flag.AMWAY_TEN_CUSTOMERS.passes(0.999));
        assertTrue(Flag.AMWAY_TEN_CUSTOMERS.passes(1));
        assertTrue(Flag.VEMMA_MEMBERS.passes(Double.NaN), "nobody paid: nobody paid against the rule");
        assertFalse(Flag.VEMMA_COMPANY.passes(Double.NaN), "no volume: no end-user majority");
    }

    @Test
    void withoutAValueTheLineSaysWhyInsteadOfGluingAPlaceholderToTheTestsWording() {
        assertEquals(String.format("%-24s nobody was paid, so no paid member-month to test: passes",
                "Vemma, member by member"), Flag.VEMMA_MEMBERS.line(Double.NaN));
        assertEquals(String.format("%-24s no volume to test: FAILS", "Vemma, company-wide"),
                Flag.VEMMA_COMPANY.line(Double.NaN));
        assertEquals(String.format("%-24s 50.0%% of all volume sold to end users; needs over 50%%: FAILS",
                "Vemma, company-wide"), Flag.VEMMA_COMPANY.line(0.5));
    }

    /** The finding reads as its metric does in the table: a share above 0 but under 0.05% is <0.1%, not 0.0%. */
    @Test
    void theFindingIsWrittenInItsMetricsUnit() {
        assertTrue(Flag.AMWAY_TEN_CUSTOMERS.finding(0.0002).startsWith("<0.1% of paid member-months"), Flag.AMWAY_TEN_CUSTOMERS.finding(0.0002));
        assertTrue(Flag.AMWAY_TEN_CUSTOMERS.finding(0).startsWith("0.0% of paid member-months"), Flag.AMWAY_TEN_CUSTOMERS.finding(0));
    }

    /** summary.json lists every flag with its metric's mean; the table prints a line for each. */
    @Test
    void summaryAndTableCarryTheFlags() throws Exception {
        Scenario s = ScenarioReader.fromText("", List.of("market.population=20000", "months=12",
                "replications=3", "economics.retail.customersPerMonth=3"), "t");
        Results r = Simulation.run(s, new RunOptions(1), ProgressListener.NONE);
        JsonNode root = new ObjectMapper().readTree(ResultsWriter.summaryJson(r));
        JsonNode flags = root.get("flags");
        assertEquals(Flag.values().length, flags.size());
        for (int i = 0; i < flags.size(); i++) {
            Flag f = Flag.values()[i];
            JsonNode o = flags.get(i);
            assertEquals(f.rule(), o.get("rule").asText());
            assertEquals(f.reading(), o.get("reading").asText());
            assertEquals(f.threshold(), o.get("threshold").asDouble(), 0);
            double mean = r.mlm().metrics().get(f.metric().key()).mean();
            assertEquals(mean, o.get("value").asDouble(), 0);
            assertEquals(f.passes(mean), o.get("passes").asBoolean());
        }
        // 3 customers × $40 against $100 of own purchases: 120/220 = 54.5% of volume to end users. Over
        // thousands of member-months its standard error is about 0.002, so the band 0.5..0.6 is over 20
        // standard errors wide on either side: a false failure has probability below 1e-80.
        double endUsers = root.get("mlm").get("endUserShareOfVolume").get("mean").asDouble();
        assertTrue(endUsers > 0.5 && endUsers < 0.6, "end-user share " + endUsers);
        String table = SummaryTable.render(r);
        ResultsWriter.writeAll(r, tmp);
        String report = HtmlReport.render(ReportData.read(tmp));
        for (Flag f : Flag.values()) {
            double value = r.mlm().metrics().get(f.metric().key()).mean();
            String line = f.line(value);
            assertTrue(table.contains(line), table);
            String item = "<li><strong>" + f.label() + "</strong>: " + f.finding(value) + " — <strong>"
                    + (f.passes(value) ? "passes" : "fails") + "</strong></li>";
            assertTrue(report.contains(item.replace("&", "&amp;")), item);
        }
    }
}
