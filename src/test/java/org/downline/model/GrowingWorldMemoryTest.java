package org.downline.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.downline.rng.ReplicationStreams;
import org.downline.scenario.AttritionConfig;
import org.downline.scenario.RecruitmentConfig;
import org.downline.scenario.RecruitmentModel;
import org.downline.scenario.Scenario;
import org.downline.testing.RetainedSize;
import org.downline.testing.Scenarios;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The memory guard's estimate ({@link MlmWorld#estimateBytes}) covers a Bass world that is not
 * sized at once but grows by doubling ({@link MlmWorld#reservedMembers} 0): months of thousands of
 * joiners drawn in the genealogy's free tails ({@code Genealogy.makeRoom} growing it several
 * doublings at once), fifty founders, a three-month start delay, quitting by hazard and by months in
 * the red, efforts drawn (held), every plan (the binary and breakaway plans' ranks as bytes).
 * Deterministic: no false failures.
 */
class GrowingWorldMemoryTest {

    @ParameterizedTest
    @MethodSource("org.downline.testing.Scenarios#planTypes")
    void estimateCoversABassWorldGrowingByDoubling(String type) {
        Scenario s = Scenarios.with(Scenario.DEFAULT, Scenarios.plan(type));
        s = Scenarios.with(s, Scenarios.market(400_000, 1.0));
        RecruitmentConfig d = RecruitmentConfig.DEFAULT;
        s = Scenarios.with(s, new RecruitmentConfig(RecruitmentModel.BASS, 50, 3, 0.0005, 0.3,
                d.contactsPerMonth(), d.acceptance(), d.perMonth(), d.frontlineCap(), d.effort()));
        s = Scenarios.with(s, new AttritionConfig(0.05, 24));
        s = Scenarios.run(s, 36, 1, 1);
        assertEquals(0, MlmWorld.reservedMembers(s), "grows by doubling");
        MlmWorld w = new MlmWorld(s);
        w.reset(ReplicationStreams.of(1, 0), s.months());
        w.run(s.months());
        assertTrue(w.size() > 50_000, type + ": members " + w.size());
        assertTrue(w.genealogy().capacity() >= w.size() && w.genealogy().capacity() < 400_000);
        long held = RetainedSize.of(w);
        long estimate = MlmWorld.estimateBytes(s);
        assertTrue(estimate >= held, type + ": estimate " + estimate + " is below what the world holds, " + held);
    }
}
