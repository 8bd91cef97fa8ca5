package org.downline.engine;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.downline.model.MlmWorld;
import org.downline.rng.ReplicationStreams;
import org.downline.scenario.PlanConfig;
import org.downline.scenario.PlanType;
import org.downline.scenario.Scenario;
import org.downline.scenario.ScenarioException;
import org.downline.testing.Scenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MemoryGuardTest {

    @Test
    void refusesWhatDoesNotFitAndSaysWhatToChange() {
        Scenario s = Scenarios.with(Scenario.DEFAULT, Scenarios.market(2_000_000_000L, 1.0));
        long need = MemoryGuard.requiredBytes(s, 8);
        long threeFit = 3 * MemoryGuard.perWorkerBytes(s) + MemoryGuard.resultBytes(s);
        ScenarioException e = assertThrows(ScenarioException.class, () -> MemoryGuard.check(s, 8, threeFit));
        String m = e.getMessage();
        assertTrue(m.startsWith("market.population "), m);
        assertTrue(m.contains("use --threads 3 or fewer"), m);
        ScenarioException none = assertThrows(ScenarioException.class, () -> MemoryGuard.check(s, 1, need / 100));
        assertTrue(none.getMessage().contains("smaller market.population"), none.getMessage());
        assertDoesNotThrow(() -> MemoryGuard.check(s, 8, need));
    }

    /** The fixed model's reach is computed, so a huge market with a short run is not refused. */
    @Test
    void fixedModelNeedsOnlyWhatItsRecurrenceReaches() {
        Scenario s = Scenarios.with(Scenario.DEFAULT, Scenarios.market(2_000_000_000L, 1.0));
        s = Scenarios.with(s, Scenarios.fixed(1, 1, 2, 1));
        s = Scenarios.with(s, Scenarios.NO_ATTRITION);
        s = Scenarios.run(s, 10, 1, 1);
        // Fibonacci: 1, 1, 2, 3, 5, ..., 89 joining in months 0..10: 232 in all
        assertEquals(232, MlmWorld.maxMembers(s));
        MlmWorld w = new MlmWorld(s);
        w.reset(ReplicationStreams.of(1, 0), 10);
        w.run(10);
        assertEquals(232, w.size());
    }

    /** Sanity of the estimate: within a factor of two of what a world really holds, for every plan. */
    @ParameterizedTest
    @EnumSource(PlanType.class)
    void estimateCoversARealWorld(PlanType type) {
        PlanConfig p = Scenario.DEFAULT.plan();
        Scenario s = Scenarios.with(Scenario.DEFAULT, new PlanConfig(type, p.qualification(), p.compression(),
                p.levels(), p.width(), p.depth(), p.rate(), p.capPerMonth(), p.carryForward(), p.placement(),
                p.tiers(), p.breakawayVolume(), p.overrideRate(), p.overrideGenerations()));
        s = Scenarios.with(s, Scenarios.market(400_000, 1.0));
        s = Scenarios.with(s, Scenarios.fixed(1, 1, 0, 1));   // everyone joins: doubling
        s = Scenarios.with(s, Scenarios.NO_ATTRITION);
        s = Scenarios.run(s, 20, 1, 1);
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long before = rt.totalMemory() - rt.freeMemory();
        MlmWorld w = new MlmWorld(s);
        w.reset(ReplicationStreams.of(1, 0), 20);
        w.run(20);
        System.gc();
        long held = rt.totalMemory() - rt.freeMemory() - before;
        long estimate = MlmWorld.estimateBytes(s);
        assertTrue(w.size() == 400_000);
        assertTrue(held < 2 * estimate, type + ": held " + held + " vs estimate " + estimate);
    }
}
