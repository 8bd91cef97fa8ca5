package org.downline.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.downline.engine.ProgressListener;
import org.downline.engine.Results;
import org.downline.engine.RunOptions;
import org.downline.engine.Simulation;
import org.downline.stats.Metric;
import org.downline.stats.RankSummary;
import org.downline.stats.Summary;
import org.downline.stats.Unit;
import org.downline.stats.WorldResults;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The printed summary table: every interval it has, and a header that says what the brackets hold. */
class SummaryTableTest {

    /** The metric table's rows and the rank table's stay narrower than this (a wide terminal). */
    static final int MAX_WIDTH = 120;

    private static Results run(String preset, String... more) {
        List<String> set = new java.util.ArrayList<>(List.of("market.population=5000", "months=18"));
        set.addAll(List.of(more));
        return Simulation.run(Presets.load(preset, set), new RunOptions(2), ProgressListener.NONE);
    }

    private static String interval(Summary s, Unit unit) {
        return unit.text(s.mean()) + " [" + unit.text(s.lo()) + ", " + unit.text(s.hi()) + "]";
    }

    /**
     * Every row prints the interval it has, on the row of its label: the net income's 10th
     * percentile, gross commissions, costs and more printed the mean alone, under a header that
     * said only constants had none.
     */
    @Test
    void everyRowPrintsItsInterval() {
        Results r = run("default", "replications=4");
        String table = SummaryTable.render(r);
        int checked = 0;
        for (Metric m : SummaryTable.ROWS) {
            if (m.onlyWithLegs()) {
                continue;                                   // default is unilevel: no leg rows (below)
            }
            for (WorldResults w : List.of(r.mlm(), r.affiliate())) {
                Summary s = w.metrics().get(m.key());
                if (s != null && s.hasInterval()) {
                    String line = table.lines().filter(l -> l.startsWith(m.label() + " ")).findFirst().orElseThrow();
                    assertTrue(line.contains(interval(s, m.unit())), m.key() + " of " + w.world() + ": " + line);
                    checked++;
                }
            }
        }
        assertTrue(checked > 40, "intervals checked: " + checked);
        for (String line : table.substring(0, table.indexOf("Regulators'")).lines().toList()) {
            assertTrue(line.length() <= MAX_WIDTH, line.length() + " columns: " + line);
        }
        assertTrue(table.contains("a value shown alone was the same in\nevery replication"), table);
        assertFalse(table.contains("no confidence intervals"), table);
    }

    /**
     * The table has the breakage and, for a plan with legs, the share of leg volume flushed (README:
     * "in summary.json (and the table)"); a plan without legs, which reports that share as 0, does not
     * print it.
     */
    @Test
    void breakageIsShownAndTheShareFlushedForBinaryOnly() {
        String unilevel = SummaryTable.render(run("default", "replications=2"));
        String binary = SummaryTable.render(run("default", "replications=2", "plan.type=binary"));
        for (String table : List.of(unilevel, binary)) {
            assertTrue(table.lines().anyMatch(l -> l.startsWith(Metric.BREAKAGE_RATIO.label() + " ")), table);
        }
        assertTrue(binary.lines().anyMatch(l -> l.startsWith(Metric.FLUSHED_VOLUME_RATIO.label() + " ")), binary);
        assertFalse(unilevel.contains(Metric.FLUSHED_VOLUME_RATIO.label()), unilevel);
    }

    /**
     * One replication has no intervals (summary.json's ci95 is null): the table and report.html say
     * so, instead of saying that a value without brackets was the same in every replication.
     */
    @Test
    void oneReplicationSaysItHasNoIntervals(@TempDir Path dir) throws Exception {
        Results r = run("default", "replications=1");
        String table = SummaryTable.render(r);
        assertTrue(table.contains(SummaryTable.NO_INTERVALS), table);
        assertFalse(table.contains("[") || table.contains("shown alone"), table);
        ResultsWriter.writeAll(r, dir);
        String page = Files.readString(dir.resolve(HtmlReport.FILE));
        assertTrue(page.contains("· 1 replication: no confidence intervals</p>"), "the header line");
        assertTrue(page.contains("1 replication: no confidence intervals: each value is that replication's"), "note");
        assertTrue(page.contains("1 replication: no confidence intervals: each number is that replication's"), "method");
        assertTrue(page.contains("Each: the one replication&#39;s value (1 replication: no confidence intervals)"), "tables");
        for (String wrong : List.of("without brackets", "confidence interval in brackets", "The brackets hold",
                "with its 95% confidence interval (mean", "[95% confidence interval]")) {
            assertFalse(page.contains(wrong), wrong);
        }
        assertTrue(new com.fasterxml.jackson.databind.ObjectMapper().readTree(dir.resolve("summary.json").toFile())
                .path("mlm").path("netIncome").path("p50").path("ci95").isNull(), "summary.json's ci95");
        // the charts' captions too, as run wrote the page and as report DIR writes it from the files
        for (String html : List.of(page, HtmlReport.render(ReportData.read(dir)))) {
            for (String wrong : List.of("95% interval", "95% confidence", "95%\nconfidence")) {
                assertFalse(html.contains(wrong), wrong + " in a page without intervals");
            }
            assertTrue(html.contains("bars for MLM and, where it was run, for affiliate marketing side by side, "
                    + "without intervals. "),
                    "net-income-distribution's caption");
            assertTrue(html.contains("the median net income (solid, without intervals)"), "cohort-net-income's");
            assertTrue(html.contains("below zero at the end of the run, without intervals. "), "cohort-losing-money's");
            assertTrue(html.contains("a few big earners. " + SummaryTable.NO_INTERVALS + ". "), "and why, as the table");
            assertFalse(html.contains("shaded bands hold 90% of replications"), "growth's bands of one replication");
            assertTrue(html.contains("Lines are the one replication&#39;s values; no bands (" + SummaryTable.NO_INTERVALS
                    + ")."), "growth's caption");
        }
        // with two replications they draw intervals and say so
        Path two = dir.resolve("two");
        ResultsWriter.writeAll(run("default", "replications=2"), two);
        String drawn = Files.readString(two.resolve(HtmlReport.FILE));
        assertTrue(drawn.contains("side by side, with 95% intervals. "), "net-income-distribution's caption");
        assertFalse(drawn.contains("without intervals") || drawn.contains(SummaryTable.NO_INTERVALS), "two replications");
    }

    /** The rank table prints each rank's intervals too, its labels with their unit. */
    @Test
    void theRankTablePrintsIntervals() {
        Results r = run("breakaway-stair-step", "replications=3");
        RankSummary k = r.mlm().ranks();
        String table = SummaryTable.ranks(r.mlm());
        int checked = 0;
        for (int i = 0; i < k.size(); i++) {
            for (Summary s : List.of(k.share()[i], k.shareLosingMoney()[i])) {
                if (s.hasInterval()) {
                    assertTrue(table.contains(interval(s, Unit.SHARE)), table);
                    checked++;
                }
            }
            for (Summary s : List.of(k.medianNet()[i])) {
                if (s.hasInterval()) {
                    assertTrue(table.contains(interval(s, Unit.DOLLARS)), table);
                    checked++;
                }
            }
        }
        assertTrue(checked > 5, "intervals checked: " + checked);
        assertTrue(table.contains("\n3% tier (group volume $200+) "), table);
        for (String line : table.lines().toList()) {
            assertTrue(line.length() <= MAX_WIDTH, line.length() + " columns: " + line);
        }
    }

    /**
     * A value printed alone in a run of several replications can be one replication's, when the others
     * left the metric undefined (paid nobody): its interval in the files is null, not "that one point",
     * and the table's header and report.html say so (they said every value alone had a one-point
     * interval in the files).
     */
    @Test
    void aValueOneReplicationAloneDefinedIsSaidToHaveNoInterval(@TempDir Path dir) throws Exception {
        Results r = Simulation.run(ScenarioReader.fromText("", List.of("market.population=1000", "months=1",
                "replications=6"), "t"), new RunOptions(1), ProgressListener.NONE);
        Summary gini = r.mlm().metrics().get(Metric.GINI.key());
        assertTrue(gini.n() == 1 && Double.isNaN(gini.lo()), "one replication of six paid anybody: " + gini);
        String table = SummaryTable.render(r);
        assertTrue(table.contains("or one replication\nalone defined it (the files hold no interval: null)."), table);
        ResultsWriter.writeAll(r, dir);
        String page = Files.readString(dir.resolve(HtmlReport.FILE));
        assertTrue(page.contains("or one replication alone defined it, so it has no interval (null in the files)."),
                "report.html's note");
    }

    /**
     * A cell is its mean and its interval, the interval being what the sweep's report puts in a
     * column of its own ({@link SummaryTable#interval}); a point interval (sd 0) and a missing one
     * (one replication) print nothing, a paired difference prints its signs.
     */
    @Test
    void aCellIsItsMeanAndItsInterval() {
        Summary s = new Summary(0.25, 0.1, 0.2, 0.3, 4);
        assertEquals("[20.0%, 30.0%]", SummaryTable.interval(s, Unit.SHARE::text));
        assertEquals("25.0% [20.0%, 30.0%]", SummaryTable.cell(s, Unit.SHARE::text));
        assertEquals("[-$5, +$7]", SummaryTable.interval(new Summary(1, 2, -5, 7, 4), Unit.DOLLARS::differenceText));
        assertEquals("", SummaryTable.interval(new Summary(3, 0, 3, 3, 4), Unit.DOLLARS::text));
        assertEquals("$3", SummaryTable.cell(new Summary(3, 0, 3, 3, 4), Unit.DOLLARS::text));
        Summary one = new Summary(3, Double.NaN, Double.NaN, Double.NaN, 1);
        assertEquals("", SummaryTable.interval(one, Unit.DOLLARS::text));
    }
}
