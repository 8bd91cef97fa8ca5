package org.downline.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.downline.io.ResultsWriter;
import org.downline.io.ScenarioReader;
import org.downline.model.MlmWorld;
import org.downline.rng.ReplicationStreams;
import org.downline.scenario.Scenario;
import org.downline.stats.Cohorts;
import org.downline.stats.Outlook;
import org.downline.stats.OutlookSummary;
import org.downline.stats.Summary;
import org.downline.stats.WorldReplication;
import org.downline.stats.WorldResults;
import org.downline.testing.Scenarios;
import org.downline.traffic.AffiliateWorld;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A newcomer's first year ({@code outlook.csv}): hand-computed worlds, the snapshot of first-year
 * income against a world stopped at the end of that year, and invariants. Every test here is
 * deterministic (exact comparisons of seeded runs): no false failures.
 */
class NewcomerOutlookTest {

    /**
     * A chain: one founder, everyone recruits exactly one person two months after joining (members
     * join in months 0, 2, 4, ...), nobody quits, no retail, unilevel paying 10% on the first level
     * only, everyone buying the required $100 (so qualified), costs $100 a month and a $99 kit.
     */
    private static Scenario chain(String... more) {
        List<String> sets = new ArrayList<>(List.of("months=24", "replications=3", "market.population=1000",
                "market.prospectShare=1", "recruitment.model=fixed", "recruitment.founders=1",
                "recruitment.perMonth=1", "recruitment.frontlineCap=1", "recruitment.startDelayMonths=2",
                "attrition.quitPerMonth=0", "attrition.quitAfterMonthsInRed=0",
                "economics.retail.customersPerMonth=0", "plan.levels=[0.1]", "affiliate.enabled=false"));
        sets.addAll(List.of(more));
        return ScenarioReader.fromText("", sets, "chain");
    }

    /**
     * The founder (in from month 1) is paid $10 a month from month 2, when their recruit joins and
     * buys, to month 12: $110; a member joining in month j ≥ 2 is paid from month j + 2 to j + 11:
     * $100. Twelve months of costs: $1,299. So first-year net is -$1,189 for the founder and -$1,199
     * for everyone else; all lose money, nobody quits, all are paid. Odd months have no joiners.
     */
    @Test
    void handComputedChain(@TempDir Path tmp) throws IOException {
        Results r = Simulation.run(chain(), new RunOptions(2), ProgressListener.NONE);
        assertNull(r.affiliate());
        OutlookSummary o = r.mlm().outlook();
        assertEquals(14, o.joinMonths(), "join months 0..13: 13 + 11 = 24");
        for (int t = 0; t < o.joinMonths(); t++) {
            boolean joined = t % 2 == 0;
            assertEquals(joined ? 1 : 0, o.participants()[t].mean(), "month " + t);
            for (Summary[] p : o.netPercentiles()) {
                assertEquals(joined ? (t == 0 ? -1189 : -1199) : Double.NaN, p[t].mean(), 1e-9, "month " + t);
            }
            assertEquals(joined ? 1 : Double.NaN, o.shareLosingMoney()[t].mean());
            assertEquals(joined ? 0 : Double.NaN, o.shareQuit()[t].mean());
            assertEquals(joined ? 1 : Double.NaN, o.sharePaid()[t].mean());
        }
        ResultsWriter.writeTables(r, tmp);
        List<String> csv = Files.readAllLines(tmp.resolve("outlook.csv"));
        assertTrue(csv.get(0).startsWith("# downline "), csv.get(0));
        List<String> header = Arrays.asList(csv.get(1).split(","));
        assertEquals(2 + 3 * 9, header.size(), csv.get(1));
        assertEquals(List.of("world", "joinMonth", "participants", "participantsLow", "participantsHigh", "netP10"),
                header.subList(0, 6));
        assertTrue(header.containsAll(List.of("netP50", "netP90High", "shareLosingMoney", "shareQuitLow",
                "sharePaidHigh")), csv.get(1));
        assertEquals(2 + 14, csv.size());
        assertEquals("mlm,0,1,1,1,-1189,-1189,-1189", csv.get(2).substring(0, "mlm,0,1,1,1,-1189,-1189,-1189".length()));
        // a month nobody joined in: participants 0, every statistic empty (as in cohorts.csv)
        assertEquals("mlm,1,0,0,0" + ",".repeat(3 * 8), csv.get(3));
    }

    /**
     * The same chain paying nothing (nobody reaches the qualifying volume) and quitting after three
     * months in the red: everyone quits in their third month, first-year net -$99 - 3 × $100.
     */
    @Test
    void whoQuitsSoonerCountsTheirWholeTime() {
        Results r = Simulation.run(chain("plan.qualification.personalVolume=101", "attrition.quitAfterMonthsInRed=3"),
                new RunOptions(1), ProgressListener.NONE);
        OutlookSummary o = r.mlm().outlook();
        for (int t = 0; t < o.joinMonths(); t += 2) {
            assertEquals(-399, o.netPercentiles()[Outlook.MEDIAN][t].mean(), 1e-9, "month " + t);
            assertEquals(1, o.shareQuit()[t].mean());
            assertEquals(0, o.sharePaid()[t].mean());
            assertEquals(1, o.shareLosingMoney()[t].mean());
        }
    }

    private static Scenario small(int months) {
        return Scenarios.run(Scenarios.with(Scenario.DEFAULT, Scenarios.market(30_000, 0.25)), months, 4, 19);
    }

    /**
     * Joiners of the last month with a whole first year have been in the business exactly that year
     * when the run ends, so their first-year outlook is their cohort's whole-run statistics (computed
     * by other code, from costs over the months they were in): in both worlds, every replication.
     */
    @Test
    void theLastWholeYearIsTheWholeRunOfItsCohort() {
        Scenario s = small(15);
        int last = Outlook.lastJoinMonth(15);
        for (int rep = 0; rep < s.replications(); rep++) {
            ReplicationResult result = Simulation.runOne(s, rep);
            for (WorldReplication w : List.of(result.mlm(), result.affiliate())) {
                Outlook o = w.outlook();
                Cohorts c = w.cohorts();
                assertEquals(last + 1, o.joinMonths());
                assertTrue(c.count()[last] > 0);
                assertEquals(c.count()[last], o.count()[last]);
                assertEquals(c.medianNet()[last], o.netPercentiles()[Outlook.MEDIAN][last], 1e-9);
                assertEquals(c.shareLosingMoney()[last], o.shareLosingMoney()[last]);
            }
        }
    }

    /**
     * What a member had at the end of their twelfth month (or when they quit) is exactly what a
     * world stopped at the end of that month shows for them: the same seed makes the same members.
     */
    @Test
    void firstYearIncomeIsWhatTheyHadAfterTwelveMonths() {
        Scenario s = small(22);
        MlmWorld whole = new MlmWorld(s);
        whole.reset(ReplicationStreams.of(s.seed(), 1), 22);
        whole.run(22);
        MlmWorld stopped = new MlmWorld(s);
        int checked = 0;
        for (int m = 0; m <= 10; m++) {
            int end = Math.max(1, m) + 11;
            stopped.reset(ReplicationStreams.of(s.seed(), 1), end);
            stopped.run(end);
            for (int i = 0; i < stopped.size(); i++) {
                if (whole.joinMonths()[i] != m) {
                    continue;
                }
                float had = (float) (stopped.grossCommissions()[i] + stopped.retailProfits()[i]);
                assertEquals(had, whole.firstYearIncomes()[i], "member " + i + " of month " + m);
                assertEquals(stopped.grossCommissions()[i] > 0, whole.paidInFirstYear()[i]);
                checked++;
            }
        }
        assertTrue(checked > 100, "members checked: " + checked);

        int[] entrants = new int[23];
        Arrays.fill(entrants, 1, 23, 40);
        AffiliateWorld all = new AffiliateWorld(s.affiliate());
        all.reset(ReplicationStreams.of(s.seed(), 1), 22, entrants);
        all.run(22);
        AffiliateWorld cut = new AffiliateWorld(s.affiliate());
        for (int start = 1; start <= 10; start++) {
            cut.reset(ReplicationStreams.of(s.seed(), 1), start + 11, entrants);
            cut.run(start + 11);
            for (int i = 0; i < cut.size(); i++) {
                if (all.startMonths()[i] == start) {
                    assertEquals(cut.grossCommissions()[i], all.firstYearGross()[i], "affiliate " + i);
                }
            }
        }
    }

    /** Percentiles in order, shares in [0, 1], and rows only for join months with a whole year. */
    @Test
    void invariants() {
        Results r = Simulation.run(small(20), new RunOptions(2), ProgressListener.NONE);
        for (WorldResults w : List.of(r.mlm(), r.affiliate())) {
            OutlookSummary o = w.outlook();
            assertEquals(10, o.joinMonths(), "join months 0..9: 9 + 11 = 20");
            int defined = 0;
            for (int t = 0; t < o.joinMonths(); t++) {
                assertTrue(o.participants()[t].mean() >= 0);
                if (Double.isNaN(o.netPercentiles()[Outlook.MEDIAN][t].mean())) {
                    continue;
                }
                defined++;
                for (int k = 1; k < Outlook.PERCENTILES.length; k++) {
                    assertTrue(o.netPercentiles()[k - 1][t].mean() <= o.netPercentiles()[k][t].mean(),
                            w.world() + " month " + t + " percentile " + k);
                }
                for (Summary share : List.of(o.shareLosingMoney()[t], o.shareQuit()[t], o.sharePaid()[t])) {
                    assertTrue(share.mean() >= 0 && share.mean() <= 1, w.world() + " month " + t);
                }
            }
            assertTrue(defined >= 5, w.world() + ": " + defined + " months with joiners");
        }
    }
}
