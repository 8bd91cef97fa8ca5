package org.downline.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.downline.engine.ProgressListener;
import org.downline.engine.Results;
import org.downline.engine.RunOptions;
import org.downline.engine.Simulation;
import org.downline.scenario.AffiliateConfig;
import org.downline.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * The affiliate world's notes: a market of another size than its defaults are calibrated for, and a
 * fixed number of affiliates, whose paired differences compare other people.
 */
class AffiliateNotesTest {

    private static Scenario scenario(String... set) {
        return ScenarioReader.fromText("", List.of(set), "t");
    }

    /** The calibrated population is the default scenario's, where the preset's calibration was measured. */
    @Test
    void theCalibratedPopulationIsTheDefaultScenarios() {
        assertEquals(Scenario.DEFAULT.market().population(), AffiliateConfig.CALIBRATED_POPULATION);
        assertTrue(AffiliateNotes.marketSize(Scenario.DEFAULT).isEmpty());
    }

    @Test
    void aMarketOfAnotherSizeIsNoted() {
        String smaller = AffiliateNotes.marketSize(scenario("market.population=20000")).orElseThrow();
        assertTrue(smaller.contains("calibrated for a market of 1,000,000 people; in this one of 20,000, fewer "
                + "affiliates"), smaller);
        assertTrue(smaller.contains("so each earns more."), smaller);
        assertTrue(smaller.endsWith("affiliate.demandPerMonth and affiliate.incumbents by 0.02."), smaller);
        String larger = AffiliateNotes.marketSize(scenario("market.population=2500000")).orElseThrow();
        assertTrue(larger.contains("in this one of 2,500,000, more affiliates"), larger);
        assertTrue(larger.contains("so each earns less.") && larger.endsWith(" by 2.5."), larger);
        // the affiliates do not follow the MLM's joiners, or there are none: nothing to note
        assertTrue(AffiliateNotes.marketSize(scenario("market.population=20000", "affiliate.entrants=500")).isEmpty());
        assertTrue(AffiliateNotes.marketSize(scenario("market.population=20000", "affiliate.enabled=false")).isEmpty());
        // scaled as the note (and README's "Market size") says: not told to multiply by 0.02 again
        assertTrue(AffiliateNotes.marketSize(scenario("market.population=20000", "affiliate.demandPerMonth=2000000",
                "affiliate.incumbents=100")).isEmpty());
        // a niche of the user's own (either key set): no calibration to speak of
        assertTrue(AffiliateNotes.marketSize(scenario("market.population=20000", "affiliate.demandPerMonth=5e6"))
                .isEmpty());
        assertTrue(AffiliateNotes.marketSize(scenario("market.population=20000", "affiliate.incumbents=40")).isEmpty());
    }

    @Test
    void aFixedNumberOfAffiliatesIsNoted() {
        String note = AffiliateNotes.fixedEntrants(scenario("affiliate.entrants=1500")).orElseThrow();
        assertTrue(note.contains("a fixed 1,500, all starting in month 1") && note.contains("not the same people"), note);
        assertTrue(AffiliateNotes.fixedEntrants(Scenario.DEFAULT).isEmpty());
        assertTrue(AffiliateNotes.fixedEntrants(scenario("affiliate.entrants=1500", "affiliate.enabled=false")).isEmpty());
    }

    /** The run's table and report.html print the notes: market size with the table, fixed entrants with the pairs. */
    @Test
    void theTableAndTheReportPrintTheNotes() {
        Results mlm = Simulation.run(scenario("market.population=5000", "months=6", "replications=2"),
                new RunOptions(1), ProgressListener.NONE);
        String table = SummaryTable.render(mlm);
        String note = AffiliateNotes.marketSize(mlm.scenario()).orElseThrow();
        assertTrue(table.contains(SummaryTable.wrap(note, SummaryTable.NOTE_WIDTH)), table);
        assertTrue(table.indexOf("Note: the affiliate world") < table.indexOf("Regulators' tests"), table);
        String page = HtmlReport.render(ReportData.of(mlm, List.of()));
        assertTrue(page.contains("<p class=\"note\">Note: the affiliate world is calibrated for a market of 1,000,000 "
                + "people; in this one of 5,000"), "report.html's affiliate card");
        assertFalse(page.contains("Note: the affiliates are a fixed"), "not with entrants: mlm");

        Results fixed = Simulation.run(scenario("market.population=5000", "months=6", "replications=2",
                "affiliate.entrants=50"), new RunOptions(1), ProgressListener.NONE);
        String fixedTable = SummaryTable.render(fixed);
        assertTrue(fixedTable.contains("paired by replication (common random numbers):\nNote: the affiliates are a "
                + "fixed 50, all starting in month 1"), fixedTable);
        assertFalse(fixedTable.contains("Note: the affiliate world"), fixedTable);
        String fixedPage = HtmlReport.render(ReportData.of(fixed, List.of()));
        assertTrue(fixedPage.contains("<p class=\"note\">Note: the affiliates are a fixed 50, all starting in month 1"),
                "report.html's paired card");
        for (String line : fixedTable.lines().toList()) {
            if (line.startsWith("Note") || line.startsWith("each") || line.startsWith("difference")) {
                assertTrue(line.length() <= SummaryTable.NOTE_WIDTH, line);
            }
        }
    }

    /** A sweep's note, once for its cells: the run's for one market size, else naming the sizes of those it concerns. */
    @Test
    void aSweepsNoteNamesTheMarketSizesOfItsCells() {
        assertTrue(AffiliateNotes.marketSize(List.of(Scenario.DEFAULT, scenario("economics.monthlyFee=10"))).isEmpty());
        Scenario small = scenario("market.population=20000");
        assertEquals(AffiliateNotes.marketSize(small), AffiliateNotes.marketSize(List.of(small,
                scenario("market.population=20000", "economics.monthlyFee=10"))));
        assertEquals("Note: the affiliate world is calibrated for a market of 1,000,000 people; in the cells with a "
                + "market of 20,000 or 50,000, fewer affiliates (as many as joined the MLM) share the same demand, so "
                + "each earns more. To compare at the calibration, multiply affiliate.demandPerMonth and "
                + "affiliate.incumbents by the population / 1,000,000.", AffiliateNotes.marketSize(List.of(
                        scenario("market.population=50000"), small, Scenario.DEFAULT, small)).orElseThrow());
        String larger = AffiliateNotes.marketSize(List.of(scenario("market.population=3000000"))).orElseThrow();
        assertTrue(larger.contains("in this one of 3,000,000, more affiliates"), larger);
        // some cells set the niche themselves: the note says which cells it is about
        String some = AffiliateNotes.marketSize(List.of(small, scenario("market.population=2500000"),
                scenario("market.population=20000", "affiliate.incumbents=100"))).orElseThrow();
        assertTrue(some.contains("in the cells with a market of 20,000 or 2,500,000 (those with affiliate.entrants mlm "
                + "and the calibrated affiliate.demandPerMonth and affiliate.incumbents), as many affiliates as joined "
                + "the MLM share the same demand, so each earns more in a smaller market and less in a larger one."),
                some);
        String many = AffiliateNotes.marketSize(java.util.stream.LongStream.rangeClosed(1, 7)
                .mapToObj(k -> scenario("market.population=" + k * 10000)).toList()).orElseThrow();
        assertTrue(many.contains("with a market of 10,000 to 70,000 (7 sizes), fewer"), many);
    }

    @Test
    void wrapBreaksAtSpacesWithinTheWidth() {
        assertEquals("aa bb\ncc\n", SummaryTable.wrap("aa bb cc", 5));
        assertEquals("a\n", SummaryTable.wrap("a", 5));
        assertEquals("toolongword\nb\n", SummaryTable.wrap("toolongword b", 5));
    }
}
