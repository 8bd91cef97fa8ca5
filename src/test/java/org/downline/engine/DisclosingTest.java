package org.downline.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.downline.io.ScenarioReader;
import org.downline.io.ScenarioWriter;
import org.downline.scenario.Scenario;
import org.downline.stats.Disclosure;
import org.downline.stats.Metric;
import org.junit.jupiter.api.Test;

/** What a disclosure's simulation says beyond it ({@link Disclosing.Implications}), checked exactly. */
class DisclosingTest {

    private static Scenario scenario(String... sets) {
        List<String> s = new ArrayList<>(List.of("market.population=20000", "seed=5"));
        s.addAll(List.of(sets));
        return ScenarioReader.fromText("", s, "t");
    }

    @Test
    void wholeTimeFiguresAreTheRunsOwnMetricsOfTheSameReplication() {
        Scenario s = scenario();
        Disclosing.Implications im = Disclosing.simulate(s, 2, 12, Disclosure.Covers.ALL, false).implications();
        var run = Simulation.runOne(s, 2).mlm();
        assertEquals(run.get(Metric.SHARE_LOSING_MONEY.key()), im.shareLosingMoney());
        assertEquals(run.get(Metric.NET_P50.key()), im.netIncomeMedian());
        assertEquals(run.get(Metric.SHARE_QUIT_WITHIN_YEAR.key()), im.shareQuitWithinYear());
        assertArrayEquals(Disclosing.coveredPay(s, 2, 12, Disclosure.Covers.ALL),
                Disclosing.simulate(s, 2, 12, Disclosure.Covers.ALL, false).coveredPay());
        // the default preset sells retail: members' own purchases are most of the volume, not all
        assertTrue(im.sharePayFromOwnPurchases() > 0.5 && im.sharePayFromOwnPurchases() < 1,
                "own purchases " + im.sharePayFromOwnPurchases());
    }

    @Test
    void withoutRetailAllVolumeIsMembersOwnAndWithoutCostsNobodyLoses() {
        Disclosing.Implications noRetail = Disclosing.simulate(scenario("economics.retail.customersPerMonth=0"), 0,
                12, Disclosure.Covers.ALL, false).implications();
        assertEquals(1, noRetail.sharePayFromOwnPurchases(), 1e-12);
        Disclosing.Implications free = Disclosing.simulate(scenario("economics.starterKit=0", "economics.monthlyFee=0",
                "economics.otherCostsPerMonth=0", "economics.productValueShare=1"), 0, 12, Disclosure.Covers.ACTIVE,
                false).implications();
        assertEquals(0, free.shareLosingMoney());
        assertEquals(0, free.shareLosingMoneyInPeriod());
        assertTrue(free.netIncomeMedian() >= 0);
        // costs of a starter kit alone: everyone who started in the period and earned less than it loses in it
        Disclosing.Implications kit = Disclosing.simulate(scenario("economics.starterKit=1000000",
                "economics.monthlyFee=0", "economics.otherCostsPerMonth=0", "economics.productValueShare=1"), 0, 12,
                Disclosure.Covers.ALL, false).implications();
        assertEquals(1, kit.shareLosingMoney());
        assertTrue(kit.shareLosingMoneyInPeriod() > 0 && kit.shareLosingMoneyInPeriod() < 1,
                "only those who started in the period pay the kit in it: " + kit.shareLosingMoneyInPeriod());
    }

    /**
     * Following the newcomers of the disclosure's last month changes nothing the disclosure shows,
     * and their first year is the outlook row of that month in a run twelve months longer, exactly.
     */
    @Test
    void newcomersAtTheDisclosureAreFollowedThroughTheirFirstYear() {
        Scenario s = scenario();
        Disclosing.Outcome plain = Disclosing.simulate(s, 1, 12, Disclosure.Covers.ALL, false);
        Disclosing.Outcome followed = Disclosing.simulate(s, 1, 12, Disclosure.Covers.ALL, true);
        assertArrayEquals(plain.coveredPay(), followed.coveredPay());
        assertEquals(plain.implications(), followed.implications());
        assertEquals(null, plain.newcomer());
        Disclosing.Newcomer n = followed.newcomer();
        int m = s.months();
        assertEquals(m, n.joinMonth());
        Scenario longer = ScenarioReader.fromText(ScenarioWriter.toYaml(s), List.of("months=" + (m + 12)), "t");
        var outlook = Simulation.runOne(longer, 1).mlm().outlook();
        assertTrue(outlook.count()[m] > 0, "joiners in month " + m);
        assertEquals(outlook.count()[m], n.participants());
        assertEquals(outlook.netPercentiles()[org.downline.stats.Outlook.MEDIAN][m], n.netMedian());
        assertEquals(outlook.shareLosingMoney()[m], n.shareLosingMoney());
        assertEquals(outlook.shareQuit()[m], n.shareQuit());
        assertEquals(outlook.sharePaid()[m], n.sharePaid());
    }
}
