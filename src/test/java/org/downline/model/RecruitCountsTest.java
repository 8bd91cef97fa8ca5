package org.downline.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.downline.plans.Genealogy;
import org.downline.rng.ReplicationStreams;
import org.downline.scenario.Scenario;
import org.downline.testing.Scenarios;
import org.junit.jupiter.api.Test;

/**
 * The genealogy keeps each member's recruit count only for the model that reads it (the fixed
 * model with a frontline cap), and the guard counts it only then; who recruited nobody is counted
 * after the run all the same. Deterministic.
 */
class RecruitCountsTest {

    private static MlmWorld run(Scenario s) {
        MlmWorld w = new MlmWorld(s);
        w.reset(ReplicationStreams.of(3, 0), s.months());
        w.run(s.months());
        return w;
    }

    /** Members who are nobody's sponsor, from the sponsors, by the definition. */
    private static int withoutRecruits(Genealogy g) {
        boolean[] sponsored = new boolean[g.size()];
        for (int i = 0; i < g.size(); i++) {
            if (g.sponsor[i] >= 0) {
                sponsored[g.sponsor[i]] = true;
            }
        }
        int none = 0;
        for (boolean b : sponsored) {
            none += b ? 0 : 1;
        }
        return none;
    }

    private static Scenario small(Scenario s) {
        return Scenarios.run(Scenarios.with(s, Scenarios.market(20_000, 1.0)), 24, 1, 1);
    }

    @Test
    void onlyTheCappedFixedModelHoldsRecruitCounts() {
        Scenario bass = small(Scenario.DEFAULT);
        Scenario capped = small(Scenarios.with(Scenario.DEFAULT, Scenarios.fixed(1, 1, 3, 1)));
        Scenario uncapped = small(Scenarios.with(Scenario.DEFAULT, Scenarios.fixed(1, 1, 0, 1)));
        Scenario contacts = small(Scenarios.with(Scenario.DEFAULT,
                Scenarios.contacts(5, 8, 0.05, Scenarios.CONSTANT_EFFORT)));
        for (Scenario s : new Scenario[] {bass, uncapped, contacts}) {
            MlmWorld w = run(s);
            assertNull(w.genealogy().children, s.recruitment().model() + " holds recruit counts");
            assertTrue(w.size() > 50, "members " + w.size());
            assertEquals(withoutRecruits(w.genealogy()), w.withoutRecruits());
        }
        MlmWorld w = run(capped);
        assertNotNull(w.genealogy().children);
        int[] children = w.genealogy().children;
        for (int i = 0; i < w.size(); i++) {
            assertTrue(children[i] <= 3, "member " + i + " recruited " + children[i] + " past the cap");
        }
        assertEquals(withoutRecruits(w.genealogy()), w.withoutRecruits());
        // the guard counts the four bytes a member only where they are held: a cap never reached
        // changes nothing else
        Scenario loose = small(Scenarios.with(Scenario.DEFAULT, Scenarios.fixed(1, 1, 1000, 1)));
        long members = MlmWorld.maxMembers(loose);
        assertEquals(members, MlmWorld.maxMembers(uncapped));
        long length = Math.min(loose.market().prospects(), Genealogy.grownLength(members));
        assertEquals(Integer.BYTES * length, MlmWorld.estimateBytes(loose) - MlmWorld.estimateBytes(uncapped));
    }
}
