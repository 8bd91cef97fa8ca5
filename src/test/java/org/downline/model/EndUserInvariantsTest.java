package org.downline.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.downline.io.ScenarioReader;
import org.downline.rng.ReplicationStreams;
import org.downline.scenario.Scenario;
import org.downline.testing.Scenarios;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What must hold of volume by source and the plan rules in whole runs, under every plan. */
class EndUserInvariantsTest {

    private static final int MONTHS = 24;

    private static MlmWorld run(String type, String... sets) {
        List<String> all = new ArrayList<>(List.of("plan.type=" + type, "market.population=20000",
                "market.prospectShare=0.2", "recruitment.founders=5", "months=" + MONTHS));
        all.addAll(List.of(sets));
        Scenario s = ScenarioReader.fromText("", all, "t");
        MlmWorld w = new MlmWorld(s);
        w.reset(ReplicationStreams.of(7, 0), MONTHS);
        w.run(MONTHS);
        return w;
    }

    static java.util.stream.Stream<String> planTypes() {
        return Scenarios.planTypes();
    }

    /** A rule at 0 is off: pay and every series the same, bit for bit, as with no rules block. */
    @ParameterizedTest
    @MethodSource("planTypes")
    void rulesAtZeroChangeNothing(String type) {
        MlmWorld plain = run(type);
        MlmWorld zero = run(type, "plan.rules.minEndUserShare=0", "plan.rules.minRetailCustomers=0",
                "plan.rules.personalUseCap=0");
        MlmWorld loose = run(type, "plan.rules.personalUseCap=100");     // the required volume: not binding
        for (MlmWorld w : List.of(zero, loose)) {
            assertEquals(plain.size(), w.size());
            assertArrayEquals(plain.grossCommissions(), w.grossCommissions(), 0);
            for (MlmSeries s : MlmSeries.values()) {
                assertArrayEquals(plain.series(s), w.series(s), 0, s.key());
            }
        }
        assertTrue(plain.series(MlmSeries.COMMISSIONS_PAID)[MONTHS] > 0, "the plan pays");
    }

    /** Shares in [0, 1]; the sources add up to the volume; funded-by at most the commissions. */
    @ParameterizedTest
    @MethodSource("planTypes")
    void sharesAreSharesAndSourcesAddUp(String type) {
        for (MlmWorld w : List.of(run(type), run(type, "plan.rules.minEndUserShare=0.3",
                "economics.retail.customersPerMonth=2"), run(type, "plan.rules.personalUseCap=40"))) {
            for (int t = 1; t <= MONTHS; t++) {
                double volume = w.series(MlmSeries.SALES_VOLUME)[t];
                double own = w.series(MlmSeries.PARTICIPANT_PURCHASES)[t];
                double retail = w.series(MlmSeries.RETAIL_SALES)[t];
                assertEquals(volume, own + retail, 1e-9 * volume, "month " + t);
                for (MlmSeries s : List.of(MlmSeries.END_USER_SHARE, MlmSeries.MEMBER_END_USER_SHARE)) {
                    double v = w.series(s)[t];
                    assertTrue(v >= 0 && v <= 1, s.key() + " month " + t + ": " + v);
                }
                double paid = w.series(MlmSeries.COMMISSIONS_PAID)[t];
                assertTrue(w.series(MlmSeries.FUNDED_BY_PARTICIPANTS)[t] <= paid * (1 + 1e-12));
                double paidMembers = w.series(MlmSeries.PAID_MEMBERS)[t];
                assertTrue(w.series(MlmSeries.PAID_CUSTOMER_MAJORITY)[t] <= paidMembers);
                assertTrue(w.series(MlmSeries.PAID_TEN_CUSTOMERS)[t] <= paidMembers);
                assertTrue(w.series(MlmSeries.MEMBERS_MOSTLY_END_USER)[t] <= w.series(MlmSeries.ACTIVE)[t]);
                assertTrue(w.series(MlmSeries.RULE_BREAKAGE)[t] <= w.series(MlmSeries.BREAKAGE)[t] + 1e-9);
            }
        }
    }

    /**
     * With no retail customers every end-user quantity is 0, commissions are all funded by members'
     * own purchases, and any minEndUserShare above 0 pays nobody (all of it breakage).
     */
    @ParameterizedTest
    @MethodSource("planTypes")
    void withoutRetailCustomersTheCustomerRulePaysNobody(String type) {
        MlmWorld open = run(type, "economics.retail.customersPerMonth=0");
        MlmWorld ruled = run(type, "economics.retail.customersPerMonth=0", "plan.rules.minEndUserShare=0.01");
        double paidOpen = 0;
        double funded = 0;
        for (int t = 1; t <= MONTHS; t++) {
            for (MlmWorld w : List.of(open, ruled)) {
                assertEquals(0, w.series(MlmSeries.RETAIL_SALES)[t]);
                assertEquals(0, w.series(MlmSeries.END_USER_SHARE)[t]);
                assertEquals(0, w.series(MlmSeries.MEMBER_END_USER_SHARE)[t]);
                assertEquals(0, w.series(MlmSeries.MEMBERS_MOSTLY_END_USER)[t]);
                assertEquals(0, w.series(MlmSeries.PAID_CUSTOMER_MAJORITY)[t]);
                assertEquals(0, w.series(MlmSeries.PAID_TEN_CUSTOMERS)[t]);
            }
            assertEquals(0, ruled.series(MlmSeries.COMMISSIONS_PAID)[t], "month " + t);
            assertEquals(0, ruled.series(MlmSeries.PAID_MEMBERS)[t], "month " + t);
            paidOpen += open.series(MlmSeries.COMMISSIONS_PAID)[t];
            funded += open.series(MlmSeries.FUNDED_BY_PARTICIPANTS)[t];
            // what the plan would have paid this month went to nobody: all breakage
            assertEquals(ruled.series(MlmSeries.MAX_PAYABLE)[t] - 0, ruled.series(MlmSeries.BREAKAGE)[t], 1e-6);
        }
        assertTrue(paidOpen > 0);
        assertEquals(paidOpen, funded, 1e-9 * paidOpen);
        for (double g : ruled.grossCommissions()) {
            assertEquals(0, g);
        }
        // month 1 is the same in both until pay: the rule removed exactly what the open plan paid
        assertEquals(open.series(MlmSeries.COMMISSIONS_PAID)[1], ruled.series(MlmSeries.RULE_BREAKAGE)[1], 1e-9);
    }
}
