package org.downline.engine;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.downline.model.MlmWorld;
import org.downline.rng.ReplicationStreams;
import org.downline.scenario.AffiliateConfig;
import org.downline.scenario.Scenario;
import org.downline.scenario.ScenarioException;
import org.downline.testing.RetainedSize;
import org.downline.testing.Scenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

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
        assertTrue(none.getMessage().contains("lower market.population"), none.getMessage());
        assertDoesNotThrow(() -> MemoryGuard.check(s, 8, need));
    }

    /**
     * On a Spark local master the threads are the master's and the heap the driver's: the remedies say
     * so, where java -jar's say --threads and java -Xmx.
     */
    @Test
    void aSparkLocalMastersRefusalAsksForItsThreadsAndTheDriversMemory() {
        Scenario s = Scenarios.with(Scenario.DEFAULT, Scenarios.market(2_000_000_000L, 1.0));
        long threeFit = 3 * MemoryGuard.perWorkerBytes(s) + MemoryGuard.resultBytes(s);
        String fewer = assertThrows(ScenarioException.class,
                () -> MemoryGuard.check(s, 8, threeFit, MemoryGuard.Advice.SPARK_LOCAL)).getMessage();
        assertTrue(fewer.endsWith("; use spark-submit --master local[3] or fewer threads"), fewer);
        String one = assertThrows(ScenarioException.class, () -> MemoryGuard.check(s, 2,
                MemoryGuard.perWorkerBytes(s) + MemoryGuard.resultBytes(s), MemoryGuard.Advice.SPARK_LOCAL)).getMessage();
        assertTrue(one.endsWith("; use spark-submit --master local[1]"), one);
        String none = assertThrows(ScenarioException.class,
                () -> MemoryGuard.check(s, 1, threeFit / 100, MemoryGuard.Advice.SPARK_LOCAL)).getMessage();
        assertTrue(none.matches(".*; lower market.population or market.prospectShare, or use spark-submit "
                + "--driver-memory \\d+g"), none);
        String java = assertThrows(ScenarioException.class, () -> MemoryGuard.check(s, 1, threeFit / 100)).getMessage();
        assertTrue(java.matches(".*; lower market.population or market.prospectShare, or use java -Xmx\\d+g"), java);
    }

    /**
     * Results that alone take more than the heap are what the refusal names, even beside a market whose
     * one thread takes more still: no smaller market would make the run fit, nor fewer replications alone,
     * so it asks to lower both.
     */
    @Test
    void namesTheReplicationsWhenTheirResultsAloneExceedTheHeap() {
        Scenario s = Scenarios.run(Scenarios.with(Scenario.DEFAULT, Scenarios.market(2_000_000_000L, 1.0)), 600,
                1_000_000, 1);
        long results = MemoryGuard.resultBytes(s);
        assertTrue(MemoryGuard.perWorkerBytes(s) > results, "a thread's world is larger still");
        String m = assertThrows(ScenarioException.class, () -> MemoryGuard.check(s, 1, results / 2)).getMessage();
        assertTrue(m.startsWith("replications are too many for the Java heap: 1000000 replications of 600 months need "),
                m);
        assertTrue(m.contains("; lower replications or months, and market.population or market.prospectShare, or "
                + "use java -Xmx"), m);
    }

    @Test
    void aSmallHeapIsDescribedInMegabytesNotAsZeroGigabytes() {
        assertEquals("0.3 GB", MemoryGuard.heapSize(0.3 * (1L << 30)));
        assertEquals("45 MB", MemoryGuard.heapSize(45L << 20));
        Scenario s = Scenario.DEFAULT;
        String m = assertThrows(ScenarioException.class, () -> MemoryGuard.check(s, 2, 20L << 20)).getMessage();
        assertTrue(m.contains(", 20 MB available;"), m);
        assertFalse(m.contains("0.0 GB"), m);
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

    /**
     * A fit's worker holds what disclose's does, for a world run a year longer: its posterior
     * predictive draws follow the newcomers of the disclosure's last month through their first year,
     * and the fixed model's members grow with the months. Deterministic.
     */
    @Test
    void aFitCountsTheYearItsPredictiveDrawsRunPastTheScenario() {
        Scenario fibonacci = Scenarios.with(Scenario.DEFAULT, Scenarios.market(2_000_000_000L, 1.0));
        fibonacci = Scenarios.with(fibonacci, Scenarios.fixed(1, 1, 2, 1));
        fibonacci = Scenarios.with(fibonacci, Scenarios.NO_ATTRITION);
        Scenario s = Scenarios.run(fibonacci, 10, 1, 1);
        Scenario longer = Scenarios.run(fibonacci, 22, 1, 1);
        assertEquals(MemoryGuard.disclosingBytes(longer), MemoryGuard.fittingBytes(s));
        assertTrue(MemoryGuard.fittingBytes(s) > MemoryGuard.disclosingBytes(s));
        assertEquals(MlmWorld.maxMembers(longer), MlmWorld.maxMembers(s, 22));
        MlmWorld w = new MlmWorld(s);
        w.reset(ReplicationStreams.of(1, 0), 22);
        w.run(22);
        assertEquals(MlmWorld.maxMembers(s, 22), w.size());
        String m = assertThrows(ScenarioException.class, () -> MemoryGuard.checkFitting(s, 1, 1000,
                MemoryGuard.MARKET, MemoryGuard.LOWER_MARKET, MemoryGuard.Advice.JAVA)).getMessage();
        assertTrue(m.startsWith("market.population is too large for the Java heap: " + MlmWorld.maxMembers(s, 22)
                + " members on 1 thread need "), m);
        assertDoesNotThrow(() -> MemoryGuard.checkFitting(s, 2, 2 * MemoryGuard.fittingBytes(s), MemoryGuard.MARKET,
                MemoryGuard.LOWER_MARKET, MemoryGuard.Advice.JAVA));
    }

    /**
     * A world that reached its largest membership: everyone joins (doubling), nobody quits.
     */
    private static Scenario everyoneJoins(String type, boolean affiliates) {
        Scenario s = Scenarios.with(Scenario.DEFAULT, Scenarios.plan(type));
        s = Scenarios.with(s, Scenarios.market(400_000, 1.0));
        s = Scenarios.with(s, Scenarios.fixed(1, 1, 0, 1));   // everyone joins: doubling
        s = Scenarios.with(s, Scenarios.NO_ATTRITION);
        AffiliateConfig a = s.affiliate();
        s = Scenarios.with(s, new AffiliateConfig(affiliates, a.entrants(), a.demandPerMonth(), a.incumbents(),
                a.zipfExponent(), a.postsPerMonth(), a.siteQuality(), a.rankNoise(), a.clickThrough(), a.conversion(),
                a.orderValue(), a.commission(), a.funnelVariation(), a.orderNoise(), a.startupCost(),
                a.costsPerMonth(), a.quitPerMonth(), a.quitAfterMonthsInRed()));
        return Scenarios.run(s, 20, 1, 1);
    }

    /**
     * The estimate must not fall short of what a world really holds — an underestimate lets a run
     * start that then dies of an OutOfMemoryError — nor exceed it more than threefold, which would
     * refuse runs that fit. What a world holds is counted by walking it ({@link RetainedSize}: every
     * array and object reachable from it, at sizes that round up), after it reached its largest
     * membership, for every plan. Deterministic: no false failures.
     *
     * <p>Measured through the heap instead (used memory after System.gc(), before and after), a
     * world here takes 1.3-1.8 times the walked bytes: G1 puts every array over half a region (1 MB
     * at -Xmx2g) in whole regions of its own, so at this size a 1.6 MB array takes 2 MB. That
     * rounding is at most one region (≤ 32 MB) per array, small beside the arrays of the runs the
     * guard refuses (hundreds of MB each); it is left to the share of the heap the guard keeps
     * free ({@code MemoryGuard.USABLE}), not charged per member.
     */
    @ParameterizedTest
    @MethodSource("org.downline.testing.Scenarios#planTypes")
    void estimateCoversARealWorld(String type) {
        covers(everyoneJoins(type, false), type);
    }

    /**
     * The fixed model's reach (3^11 = 177,147 members in a market of 10^6) sits just above a
     * doubling of the arrays (131,072 · 4/3): they grow to 262,144, half again the members.
     * Deterministic: no false failures.
     */
    @ParameterizedTest
    @MethodSource("org.downline.testing.Scenarios#planTypes")
    void estimateCoversArraysGrownPastTheMembers(String type) {
        Scenario s = everyoneJoins(type, false);
        s = Scenarios.with(s, Scenarios.market(1_000_000, 1.0));
        s = Scenarios.with(s, Scenarios.fixed(1, 2, 0, 1));   // tripling
        s = Scenarios.run(s, 11, 1, 1);
        assertEquals(177_147, MlmWorld.maxMembers(s));
        covers(s, type);
    }

    /**
     * The fixed model with a frontline cap is the one that keeps each member's recruit count
     * (Genealogy.children, 4 B a member): the estimate covers it too. Each member recruits one a
     * month for three months, so the market of 400,000 fills in month 22. Deterministic.
     */
    @ParameterizedTest
    @MethodSource("org.downline.testing.Scenarios#planTypes")
    void estimateCoversTheFixedModelWithAFrontlineCap(String type) {
        Scenario s = Scenarios.with(everyoneJoins(type, false), Scenarios.fixed(1, 1, 3, 1));
        s = Scenarios.run(s, 30, 1, 1);
        assertEquals(400_000, MlmWorld.maxMembers(s));
        covers(s, type);
    }

    private static void covers(Scenario s, String type) {
        MlmWorld w = new MlmWorld(s);
        w.reset(ReplicationStreams.of(1, 0), s.months());
        w.run(s.months());
        assertEquals(MlmWorld.maxMembers(s), w.size());
        long held = RetainedSize.of(w);
        long estimate = MlmWorld.estimateBytes(s);
        assertTrue(estimate >= held, type + ": estimate " + estimate + " is below what the world holds, " + held);
        assertTrue(estimate <= 3 * held, type + ": estimate " + estimate + " is over 3 times what the world holds, "
                + held);
    }

    /**
     * The guard's bytes per worker cover what a worker holds after a replication with both worlds
     * (the MLM world, the affiliate world, the pooled histograms), and not more than threefold.
     * Deterministic: no false failures.
     */
    @Test
    void perWorkerEstimateCoversAWorkerWithBothWorlds() {
        Scenario s = everyoneJoins("unilevel", true);
        Worker worker = new Worker(s);
        ReplicationResult r = worker.run(0);
        assertEquals(MlmWorld.maxMembers(s), (long) r.mlm().get(org.downline.stats.Metrics.PARTICIPANTS));
        assertEquals(MlmWorld.maxMembers(s), (long) r.affiliate().get(org.downline.stats.Metrics.PARTICIPANTS));
        long held = RetainedSize.of(worker);
        long estimate = MemoryGuard.perWorkerBytes(s);
        assertTrue(estimate >= held, "estimate " + estimate + " is below what the worker holds, " + held);
        assertTrue(estimate <= 3 * held, "estimate " + estimate + " is over 3 times what the worker holds, " + held);
    }

    /**
     * SAT-BIN in small (benchmarks/satbin.yaml: everyone recruits by imitation, Bass q = 1, until the
     * market of 300,000 is used up, nobody quits): the guard's bytes per worker cover what the worker
     * holds after the replication — the Bass model's scratch (its cumulative effort kept in the
     * payout's commissions), the plan's slots, the arrays that stop at the prospects — and not more
     * than threefold. Deterministic: no false failures.
     */
    @Test
    void perWorkerEstimateCoversASaturatingBassWorld() {
        Scenario s = Scenarios.with(Scenario.DEFAULT, Scenarios.market(300_000, 1.0));
        s = Scenarios.with(s, Scenarios.bass(1, 0.0, 1.0, Scenarios.CONSTANT_EFFORT));
        s = Scenarios.with(s, Scenarios.NO_ATTRITION);
        s = Scenarios.run(s, 30, 1, 1);
        Worker worker = new Worker(s);
        ReplicationResult r = worker.run(0);
        double members = r.mlm().get(org.downline.stats.Metrics.PARTICIPANTS);
        assertTrue(members > 0.99 * 300_000, "members " + members);
        long held = RetainedSize.of(worker);
        long estimate = MemoryGuard.perWorkerBytes(s);
        assertTrue(estimate >= held, "estimate " + estimate + " is below what the worker holds, " + held);
        assertTrue(estimate <= 3 * held, "estimate " + estimate + " is over 3 times what the worker holds, " + held);
    }
}
