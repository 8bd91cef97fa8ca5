package org.downline.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.downline.io.ScenarioReader;
import org.downline.model.MlmSeries;
import org.downline.scenario.Scenario;
import org.downline.stats.Metric;
import org.junit.jupiter.api.Test;

/**
 * {@code flushedVolumeRatio} is the share of the volume entering legs (both legs of every member, a
 * carried dollar counted once) flushed, whole run: in [0, 1], where flushed volume over sales volume, which it was,
 * exceeds 1 on a binary run (a dollar sits in the legs of each of its uplines, and departed
 * members' legs flush every month). Plans without legs report 0, as before.
 */
class FlushedVolumeShareTest {

    private static final int MONTHS = 24;

    private static ReplicationResult[] run(String type) {
        Scenario s = ScenarioReader.fromText("", List.of("plan.type=" + type, "market.population=20000",
                "months=" + MONTHS, "replications=2"), "t");
        return Simulation.replications(s, new RunOptions(2));
    }

    private static double sum(double[] monthly) {
        double s = 0;
        for (int t = 1; t <= MONTHS; t++) {
            s += monthly[t];
        }
        return s;
    }

    @Test
    void aBinaryRunsFlushedShareIsAShareOfLegVolume() {
        List<MlmSeries> reported = MlmSeries.reported(
                ScenarioReader.fromText("", List.of(), "t").recruitment().model());
        for (ReplicationResult r : run("binary")) {
            String where = "replication " + r.replication();
            double[] flushed = r.mlmSeries()[reported.indexOf(MlmSeries.FLUSHED_VOLUME)];
            double[] legs = r.mlmSeries()[reported.indexOf(MlmSeries.LEG_VOLUME)];
            double[] sales = r.mlmSeries()[reported.indexOf(MlmSeries.SALES_VOLUME)];
            // legVolume is the volume entering legs (carry-in not counted again): what was flushed up
            // to any month is part of what had entered by then (a month's flushed alone can exceed that
            // month's entering volume: a departed member's carry, which entered earlier)
            double flushedSoFar = 0;
            double enteredSoFar = 0;
            for (int t = 1; t <= MONTHS; t++) {
                flushedSoFar += flushed[t];
                enteredSoFar += legs[t];
                assertTrue(flushed[t] >= 0 && flushedSoFar <= enteredSoFar, where + " month " + t + ": flushed "
                        + flushedSoFar + " of " + enteredSoFar);
            }
            double share = r.mlm().get(Metric.FLUSHED_VOLUME_RATIO.key());
            assertEquals(sum(flushed) / sum(legs), share, 1e-12, where);
            assertTrue(share > 0 && share < 1, where + ": " + share);
            assertTrue(sum(flushed) > sum(sales), where + ": over sales volume it would exceed 1: "
                    + sum(flushed) / sum(sales));
        }
    }

    @Test
    void planWithoutLegsFlushesNothing() {
        for (ReplicationResult r : run("unilevel")) {
            assertEquals(0.0, r.mlm().get(Metric.FLUSHED_VOLUME_RATIO.key()), "replication " + r.replication());
        }
    }
}
