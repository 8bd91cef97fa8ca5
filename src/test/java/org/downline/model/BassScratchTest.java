package org.downline.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.downline.plans.Genealogy;
import org.downline.scenario.AttritionConfig;
import org.downline.scenario.RecruitmentConfig;
import org.downline.scenario.RecruitmentModel;

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

    /**
     * Nothing reads the lent tails before writing them: a world whose genealogy's free sponsor and
     * volume entries hold junk (a sponsor past every member, NaN volumes) when a replication starts
     * runs it exactly as a fresh world does, for a market sized at once and one growing by doubling
     * (makeRoom several doublings at a time), with fifty founders, a three-month delay and quitting.
     */
    @Test
    void junkInTheFreeTailsChangesNothing() {
        for (long prospects : new long[] {200_000, 600_000}) {
            Scenario s = Scenarios.with(Scenario.DEFAULT, Scenarios.market(prospects, 1.0));
            RecruitmentConfig d = RecruitmentConfig.DEFAULT;
            s = Scenarios.with(s, new RecruitmentConfig(RecruitmentModel.BASS, 50, 3, 0.001, 0.3,
                    d.contactsPerMonth(), d.acceptance(), d.perMonth(), d.frontlineCap(), d.effort()));
            s = Scenarios.with(s, new AttritionConfig(0.05, 24));
            s = Scenarios.run(s, 36, 1, 1);
            MlmWorld fresh = new MlmWorld(s);
            fresh.reset(ReplicationStreams.of(1, 3), s.months());
            fresh.run(s.months());
            MlmWorld junk = new MlmWorld(s);
            junk.reset(ReplicationStreams.of(1, 3), s.months());
            Genealogy g = junk.genealogy();
            Arrays.fill(g.sponsor, g.size(), g.capacity(), Integer.MAX_VALUE);
            Arrays.fill(g.volume, g.size(), g.capacity(), Double.NaN);
            for (int m = 1; m <= s.months(); m++) {
                junk.step(m);
                g = junk.genealogy();
                Arrays.fill(g.sponsor, g.size(), g.capacity(), Integer.MAX_VALUE);   // and after each month
                Arrays.fill(g.volume, g.size(), g.capacity(), Double.NaN);
            }
            assertTrue(fresh.size() > 20_000, "members " + fresh.size());
            for (MlmSeries series : MlmSeries.values()) {
                assertArrayEquals(fresh.series(series), junk.series(series), prospects + ": " + series);
            }
            assertArrayEquals(Arrays.copyOf(fresh.grossCommissions(), fresh.size()),
                    Arrays.copyOf(junk.grossCommissions(), junk.size()), prospects + ": gross");
            assertArrayEquals(Arrays.copyOf(fresh.genealogy().sponsor, fresh.size()),
                    Arrays.copyOf(junk.genealogy().sponsor, junk.size()), prospects + ": sponsors");
        }
    }
}
