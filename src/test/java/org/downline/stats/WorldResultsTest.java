package org.downline.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.downline.engine.ProgressListener;
import org.downline.engine.Results;
import org.downline.engine.RunOptions;
import org.downline.engine.Simulation;
import org.downline.scenario.Scenario;
import org.downline.testing.Scenarios;
import org.junit.jupiter.api.Test;

class WorldResultsTest {

    /**
     * The pooled payout ratio is total paid over total volume: with one replication it is that
     * replication's payout ratio (not, say, a mean of monthly ratios); with several, a
     * volume-weighted mean of theirs; the affiliate world, which has no sales volume, has none.
     */
    @Test
    void pooledPayoutRatioIsTotalPaidOverTotalVolume() {
        Scenario base = Scenarios.with(Scenario.DEFAULT, Scenarios.market(20_000, 0.3));
        Results one = Simulation.run(Scenarios.run(base, 12, 1, 5), new RunOptions(1), ProgressListener.NONE);
        double single = one.mlm().metric(Metrics.PAYOUT_RATIO).mean();
        assertTrue(single > 0.01 && single < 0.5, "payout ratio " + single);
        assertEquals(single, one.mlm().pooledPayoutRatio(), 1e-12 * single);
        assertTrue(Double.isNaN(one.affiliate().pooledPayoutRatio()));

        Results three = Simulation.run(Scenarios.run(base, 12, 3, 5), new RunOptions(1), ProgressListener.NONE);
        double[] paid = three.mlm().series("commissionsPaid").mean();
        double[] volume = three.mlm().series("salesVolume").mean();
        double monthlyMean = 0;
        for (int t = 1; t < paid.length; t++) {
            monthlyMean += paid[t] / volume[t] / (paid.length - 1);
        }
        double pooled = three.mlm().pooledPayoutRatio();
        assertTrue(Math.abs(pooled - monthlyMean) > 1e-6, "differs from the mean of monthly ratios");
        Summary perReplication = three.mlm().metric(Metrics.PAYOUT_RATIO);
        assertTrue(Math.abs(pooled - perReplication.mean()) < 3 * perReplication.sd(),
                pooled + " vs " + perReplication);
    }
}
