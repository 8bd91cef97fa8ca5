package org.downline.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.downline.scenario.AffiliateConfig;
import org.downline.scenario.Entrants;
import org.downline.scenario.Scenario;
import org.downline.stats.Metrics;
import org.downline.testing.Scenarios;
import org.downline.traffic.AffiliateSeries;
import org.junit.jupiter.api.Test;

/** The two worlds of a replication share its seed but never each other's random numbers. */
class PairingTest {

    private static Scenario withAffiliates(boolean enabled) {
        Scenario s = Scenarios.run(Scenarios.with(Scenario.DEFAULT, Scenarios.market(50_000, 0.2)), 15, 6, 11);
        AffiliateConfig a = s.affiliate();
        return Scenarios.with(s, new AffiliateConfig(enabled, a.entrants(), a.demandPerMonth(), a.incumbents(), a.zipfExponent(),
                a.postsPerMonth(), a.siteQuality(), a.rankNoise(), a.clickThrough(), a.conversion(), a.orderValue(),
                a.commission(), a.funnelVariation(), a.orderNoise(), a.startupCost(), a.costsPerMonth(),
                a.quitPerMonth(), a.quitAfterMonthsInRed()));
    }

    @Test
    void mlmResultsDoNotDependOnTheAffiliateWorld() {
        ReplicationResult[] with = Simulation.replications(withAffiliates(true), new RunOptions(2));
        ReplicationResult[] without = Simulation.replications(withAffiliates(false), new RunOptions(2));
        for (int r = 0; r < with.length; r++) {
            assertArrayEquals(without[r].mlm().values(), with[r].mlm().values(), "replication " + r);
            for (int k = 0; k < with[r].mlmSeries().length; k++) {
                assertArrayEquals(without[r].mlmSeries()[k], with[r].mlmSeries()[k]);
            }
            assertNull(without[r].affiliate());
        }
    }

    /** Entrants are the MLM's joiners, in the same months (month-0 founders start in month 1). */
    @Test
    void affiliatesEnterWhenTheMlmRecruits() {
        ReplicationResult r = Simulation.runOne(withAffiliates(true), 2);
        double[] mlmNew = r.mlmSeries()[org.downline.model.MlmSeries.NEW_RECRUITS.ordinal()];
        double[] affNew = r.affiliateSeries()[AffiliateSeries.NEW_RECRUITS.ordinal()];
        assertEquals(mlmNew[0] + mlmNew[1], affNew[1]);
        for (int t = 2; t < mlmNew.length; t++) {
            assertEquals(mlmNew[t], affNew[t], "month " + t);
        }
        assertEquals(r.mlm().get(Metrics.PARTICIPANTS), r.affiliate().get(Metrics.PARTICIPANTS));
    }

    /** A paired difference's mean is the difference of the means. */
    @Test
    void pairedDifferencesAreReported() {
        Results res = Simulation.run(withAffiliates(true), new RunOptions(2), ProgressListener.NONE);
        for (String m : Simulation.PAIRED) {
            assertEquals(res.mlm().metric(m).mean() - res.affiliate().metric(m).mean(), res.paired().get(m).mean(),
                    1e-9 * (1 + Math.abs(res.mlm().metric(m).mean())), m);
        }
    }

    @Test
    void aFixedNumberOfEntrantsAllStartInMonthOne() {
        Scenario s = withAffiliates(true);
        AffiliateConfig a = s.affiliate();
        s = Scenarios.with(s, new AffiliateConfig(true, Entrants.fixed(321), a.demandPerMonth(), a.incumbents(), a.zipfExponent(),
                a.postsPerMonth(), a.siteQuality(), a.rankNoise(), a.clickThrough(), a.conversion(), a.orderValue(),
                a.commission(), a.funnelVariation(), a.orderNoise(), a.startupCost(), a.costsPerMonth(),
                a.quitPerMonth(), a.quitAfterMonthsInRed()));
        ReplicationResult r = Simulation.runOne(s, 0);
        assertEquals(321, r.affiliateSeries()[AffiliateSeries.NEW_RECRUITS.ordinal()][1]);
        assertEquals(321, r.affiliate().get(Metrics.PARTICIPANTS));
    }
}
