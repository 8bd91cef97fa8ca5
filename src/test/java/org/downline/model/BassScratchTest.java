package org.downline.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.downline.rng.ReplicationStreams;
import org.downline.scenario.Scenario;
import org.downline.testing.RetainedSize;
import org.downline.testing.Scenarios;
import org.junit.jupiter.api.Test;

/**
 * The Bass recruiter holds no array a joiner: a month's sponsors and points are drawn in the free
 * tails of the genealogy's arrays, so what it holds after a saturating run (months of tens of
 * thousands of joiners) is its sort's buckets, within what the guard counts for it. Deterministic.
 */
class BassScratchTest {

    @Test
    void theRecruiterHoldsOnlyItsBuckets() {
        int prospects = 300_000;
        Scenario s = Scenarios.with(Scenario.DEFAULT, Scenarios.market(prospects, 1.0));
        s = Scenarios.with(s, Scenarios.bass(1, 0.0, 1.0, Scenarios.CONSTANT_EFFORT));   // SAT-BIN, small
        s = Scenarios.with(s, Scenarios.NO_ATTRITION);
        s = Scenarios.run(s, 30, 1, 1);
        MlmWorld w = new MlmWorld(s);
        w.reset(ReplicationStreams.of(1, 0), s.months());
        double[] joined = w.series(MlmSeries.NEW_RECRUITS);
        w.run(s.months());
        double largest = 0;
        for (double j : joined) {
            largest = Math.max(largest, j);
        }
        assertTrue(w.size() > 0.99 * prospects, "members " + w.size());
        assertTrue(largest > 40_000, "largest month " + largest);
        long held = RetainedSize.of(w.recruiter());
        long counted = Recruiter.bytes(s.recruitment().model(), prospects);
        assertTrue(held <= counted, "the recruiter holds " + held + " bytes, the guard counts " + counted);
        assertTrue(held < 4 * largest, "the recruiter holds " + held + " bytes for months of " + largest + " joiners");
    }
}
