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

    private static final double NaN = Double.NaN;

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
                "Vemma, member by member"), Flag.VEMMA_MEMBERS.line(NaN, NaN, NaN));
        assertEquals(String.format("%-24s no volume to test: FAILS", "Vemma, company-wide"),
                Flag.VEMMA_COMPANY.line(NaN, NaN, NaN));
        assertEquals(String.format("%-24s 50.0%% [49.8%%, 50.2%%] of all volume sold to end users; needs over "
                + "50%%: undecided: the 95%% interval contains the threshold; run more replications", "Vemma, company-wide"), Flag.VEMMA_COMPANY.line(0.5, 0.498, 0.502));
    }

    /** The finding reads as its metric does in the table: a share above 0 but under 0.05% is <0.1%, not 0.0%. */
    @Test
    void theFindingIsWrittenInItsMetricsUnit() {
        assertTrue(Flag.AMWAY_TEN_CUSTOMERS.finding(0.0002, NaN, NaN).startsWith("<0.1% of paid member-months"),
                Flag.AMWAY_TEN_CUSTOMERS.finding(0.0002, NaN, NaN));
        assertTrue(Flag.AMWAY_TEN_CUSTOMERS.finding(0, 0, 0).startsWith("0.0% of paid member-months"),
                Flag.AMWAY_TEN_CUSTOMERS.finding(0, 0, 0));
    }

    /**
     * A test is decided by the mean's 95% interval, not the mean: an interval on one side of the
     * threshold passes or fails, one across it is undecided (the tester's case: means of 50.0% with
     * intervals [49.94%, 50.08%] and [49.90%, 50.09%], which had passed on one seed and failed on the
     * next).
     */
    @Test
    void anIntervalAcrossTheThresholdIsUndecided() {
        assertEquals(Flag.Verdict.UNDECIDED, Flag.VEMMA_COMPANY.verdict(0.50007, 0.4994, 0.5008));
        assertEquals(Flag.Verdict.UNDECIDED, Flag.VEMMA_COMPANY.verdict(0.49996, 0.4990, 0.5009));
        assertEquals(Flag.Verdict.PASSES, Flag.VEMMA_COMPANY.verdict(0.52, 0.51, 0.53));
        assertEquals(Flag.Verdict.FAILS, Flag.VEMMA_COMPANY.verdict(0.17, 0.16, 0.18));
        // the bounds: over 50% is strict, so an interval from exactly 50% is undecided; at least 80% is not
        assertEquals(Flag.Verdict.UNDECIDED, Flag.VEMMA_COMPANY.verdict(0.51, 0.5, 0.52));
        assertEquals(Flag.Verdict.PASSES, Flag.VEMMA_COMPANY.verdict(0.51, Math.nextUp(0.5), 0.52));
        assertEquals(Flag.Verdict.PASSES, Flag.HERBALIFE_VOLUME.verdict(0.81, 0.8, 0.82));
        assertEquals(Flag.Verdict.UNDECIDED, Flag.HERBALIFE_VOLUME.verdict(0.81, Math.nextDown(0.8), 0.82));
        assertEquals(Flag.Verdict.FAILS, Flag.HERBALIFE_VOLUME.verdict(0.78, 0.77, Math.nextDown(0.8)));
        // every replication the same: the point decides
        assertEquals(Flag.Verdict.PASSES, Flag.HERBALIFE_VOLUME.verdict(1, 1, 1));
        // a test that needs every paid member-month: one replication short of 100% fails it for sure,
        // though the interval, cut at 100%, reaches it
        assertEquals(Flag.Verdict.FAILS, Flag.AMWAY_TEN_CUSTOMERS.verdict(0.999, 0.997, 1));
        assertEquals(Flag.Verdict.PASSES, Flag.AMWAY_TEN_CUSTOMERS.verdict(1, 1, 1));
        // no interval: nothing to test, or a single replication's value
        assertEquals(Flag.Verdict.PASSES, Flag.VEMMA_MEMBERS.verdict(NaN, NaN, NaN));
        assertEquals(Flag.Verdict.FAILS, Flag.VEMMA_COMPANY.verdict(NaN, NaN, NaN));
        assertEquals(Flag.Verdict.PASSES, Flag.VEMMA_COMPANY.verdict(0.52, NaN, NaN));
        assertEquals(Flag.Verdict.FAILS, Flag.VEMMA_COMPANY.verdict(0.5, NaN, NaN));
    }

    /** Decided lines end in the verdict alone; a single replication's says it has no interval. */
    @Test
    void theLineSaysHowTheVerdictWasReached() {
        assertTrue(Flag.VEMMA_COMPANY.line(0.17, 0.16, 0.18).endsWith(
                "16.0%, 18.0%] of all volume sold to end users; needs over 50%: FAILS"), Flag.VEMMA_COMPANY.line(0.17, 0.16, 0.18));
        assertTrue(Flag.VEMMA_COMPANY.line(0.52, 0.51, 0.53).endsWith("needs over 50%: passes"));
        assertEquals(String.format("%-24s 50.0%% of all volume sold to end users; needs over 50%%: FAILS (only one "
                + "replication gave a value: no interval, so another seed may differ)", "Vemma, company-wide"), Flag.VEMMA_COMPANY.line(0.5, NaN, NaN));
    }

    /**
     * A value or interval end that one decimal would round onto the threshold gets the decimals that
     * show its side: a failing [49.95%, 49.99%] does not read "[50.0%, 50.0%] ... needs over 50%: FAILS".
     */
    @Test
    void valuesNearTheThresholdPrintOnTheirSideOfIt() {
        assertEquals(String.format("%-24s 49.97%% [49.95%%, 49.99%%] of all volume sold to end users; needs over "
                + "50%%: FAILS", "Vemma, company-wide"), Flag.VEMMA_COMPANY.line(0.4997, 0.4995, 0.4999));
        assertTrue(Flag.VEMMA_COMPANY.finding(0.49999, 0.4999, 0.499995).startsWith("49.9990% [49.9900%, 49.9995%]"),
                Flag.VEMMA_COMPANY.finding(0.49999, 0.4999, 0.499995));
        assertTrue(Flag.VEMMA_COMPANY.finding(0.50004, 0.50001, 0.5001).startsWith("50.004% [50.001%, 50.010%]"),
                Flag.VEMMA_COMPANY.finding(0.50004, 0.50001, 0.5001));
        // exactly on it reads as it: over 50% is strict, so 50.0% fails and is written 50.0%
        assertTrue(Flag.VEMMA_COMPANY.line(0.5, NaN, NaN).contains(" 50.0% of all"));
        // two thirds: 66.66% fails, yet one decimal (66.7%) would read as passing; 66.67% passes and reads 66.7%
        assertTrue(Flag.HERBALIFE_REWARDABLE.finding(0.6666, NaN, NaN).startsWith("66.66% "),
                Flag.HERBALIFE_REWARDABLE.finding(0.6666, NaN, NaN));
        assertEquals(Flag.Verdict.FAILS, Flag.HERBALIFE_REWARDABLE.verdict(0.6666, NaN, NaN));
        assertTrue(Flag.HERBALIFE_REWARDABLE.finding(0.6667, NaN, NaN).startsWith("66.7% "));
        // at least 80%: 79.96% fails and is not written 80.0%
        assertTrue(Flag.HERBALIFE_VOLUME.finding(0.8, 0.7996, 0.81).startsWith("80.00% [79.96%, 81.00%]"),
                Flag.HERBALIFE_VOLUME.finding(0.8, 0.7996, 0.81));
        // away from the threshold: one decimal, as the table writes a share
        assertTrue(Flag.VEMMA_COMPANY.finding(0.17, 0.16, 0.18).startsWith("17.0% [16.0%, 18.0%]"));
        // needs all (100%): a share just below it already reads >99.9%, on its side
        assertTrue(Flag.AMWAY_TEN_CUSTOMERS.finding(0.99996, 0.9999, 1).startsWith(">99.9% [>99.9%, 100.0%]"),
                Flag.AMWAY_TEN_CUSTOMERS.finding(0.99996, 0.9999, 1));
        // every printed value, over many near the thresholds, is on its value's side
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(7);
        for (Flag f : Flag.values()) {
            for (int i = 0; i < 2000; i++) {
                double v = f.threshold() + (rnd.nextDouble() - 0.5) * Math.pow(10, -2 - rnd.nextInt(8));
                String shown = f.finding(v, NaN, NaN);
                shown = shown.substring(0, shown.indexOf('%'));
                if (!shown.startsWith(">")) {
                    assertEquals(f.passes(v), f.passes(Double.parseDouble(shown) / 100), f + " " + v + " shown as " + shown);
                }
            }
        }
    }

    /**
     * A value exactly on a threshold no decimal fraction equals (two thirds) prints as the threshold
     * does, with one decimal: it printed with ten (66.6666666667%), and so did every other value of its
     * finding (70.0000000000% [66.6666666667%, 75.0000000000%]).
     */
    @Test
    void aValueOnTwoThirdsPrintsAsTwoThirdsDoes() {
        double twoThirds = Flag.HERBALIFE_REWARDABLE.threshold();
        assertTrue(Flag.HERBALIFE_REWARDABLE.finding(twoThirds, NaN, NaN).startsWith("66.7% of "),
                Flag.HERBALIFE_REWARDABLE.finding(twoThirds, NaN, NaN));
        assertTrue(Flag.HERBALIFE_REWARDABLE.finding(0.7, twoThirds, 0.75).startsWith("70.0% [66.7%, 75.0%] "),
                Flag.HERBALIFE_REWARDABLE.finding(0.7, twoThirds, 0.75));
        assertEquals(Flag.Verdict.PASSES, Flag.HERBALIFE_REWARDABLE.verdict(0.7, twoThirds, 0.75));
        // off it, still on its side: a hair below fails and shows it
        assertTrue(Flag.HERBALIFE_REWARDABLE.finding(0.66666, NaN, NaN).startsWith("66.666% "),
                Flag.HERBALIFE_REWARDABLE.finding(0.66666, NaN, NaN));
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
            Summary m = r.mlm().metrics().get(f.metric().key());
            assertEquals(m.mean(), o.get("value").asDouble(), 0);
            if (m.hasInterval()) {
                assertEquals(m.lo(), o.get("ci95").get(0).asDouble(), 0);
                assertEquals(m.hi(), o.get("ci95").get(1).asDouble(), 0);
            }
            assertEquals(f.verdict(m.mean(), m.lo(), m.hi()).word(), o.get("verdict").asText());
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
            Summary m = r.mlm().metrics().get(f.metric().key());
            String line = f.line(m.mean(), m.lo(), m.hi());
            assertTrue(table.contains(line), table);
            Flag.Verdict v = f.verdict(m.mean(), m.lo(), m.hi());
            String item = "<li><strong>" + f.label() + "</strong>: " + f.finding(m.mean(), m.lo(), m.hi())
                    + " — <strong>" + v.word() + "</strong>" + Flag.verdictNote(v, m.mean(), m.lo()) + "</li>";
            assertTrue(report.contains(item.replace("&", "&amp;")), item);
        }
    }

    /**
     * A run of several replications in which one alone defined the metric (the others paid nobody)
     * says that only one gave a value: it said "one replication", of a run of six.
     */
    @Test
    void aValueFromOneOfSeveralReplicationsIsNotCalledOneReplication() {
        Scenario s = ScenarioReader.fromText("", List.of("market.population=1000", "months=1", "replications=6"), "t");
        Results r = Simulation.run(s, new RunOptions(1), ProgressListener.NONE);
        Summary m = r.mlm().metrics().get(Flag.VEMMA_MEMBERS.metric().key());
        assertEquals(1, m.n(), "one replication of six paid anybody");
        String line = Flag.VEMMA_MEMBERS.line(m.mean(), m.lo(), m.hi());
        assertFalse(line.contains("(one replication:"), line);
        assertTrue(line.endsWith("(only one replication gave a value: no interval, so another seed may differ)"), line);
        assertTrue(SummaryTable.render(r).contains(line));
    }
}
