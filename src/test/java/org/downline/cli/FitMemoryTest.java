package org.downline.cli;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.downline.engine.Evaluator;
import org.downline.engine.MemoryGuard;
import org.downline.engine.Prior;
import org.downline.io.Disclosures;
import org.downline.io.ScenarioKeys;
import org.downline.io.ScenarioWriter;
import org.downline.scenario.Range;
import org.downline.scenario.Scenario;
import org.downline.scenario.ScenarioException;
import org.downline.testing.Scenarios;
import org.junit.jupiter.api.Test;

/** The fit's memory check, against a heap figure given (as MemoryGuardTest's). */
class FitMemoryTest {

    private static Prior prior(String key, String dist) {
        Range r = ScenarioKeys.find(key).key().range();
        return Prior.parse(key, dist, r.lo(), r.hi());
    }

    private static FitModel model(Scenario base, List<Prior> priors) {
        List<String> keys = priors.stream().map(Prior::key).toList();
        boolean[] integers = new boolean[keys.size()];
        for (int k = 0; k < integers.length; k++) {
            integers[k] = ScenarioKeys.find(keys.get(k)).key().range().integers();
        }
        return new FitModel(ScenarioWriter.toYaml(base), base.name(), List.of(), keys, integers,
                Disclosures.load("doterra-us-2017"), null);
    }

    /** What the fit at {@code theta} needs on {@code threads} workers. */
    private static long need(FitModel m, double[] theta, int threads) {
        return threads * MemoryGuard.fittingBytes(m.scenario(theta, 0));
    }

    @Test
    void refusesUpFrontAtThePriorsTopNamingTheKeyThatMakesItLarge() {
        List<Prior> priors = List.of(prior("market.population", "uniform(10000,10000000)"),
                prior("recruitment.imitation", "uniform(0.05,0.9)"));
        FitModel m = model(Scenario.DEFAULT, priors);
        long top = need(m, new double[] {1e7, 0.9}, 2);
        assertDoesNotThrow(() -> FitMemory.check(m, priors, new Evaluator.Heap(2, top)));
        String threads = assertThrows(ScenarioException.class,
                () -> FitMemory.check(m, priors, new Evaluator.Heap(2, top - 1))).getMessage();
        // the imitation, which does not change the size, is not named; the members are the prospects (10%)
        assertTrue(threads.startsWith("the fit's largest scenario (market.population=10000000) is too large for the "
                + "Java heap: 1000000 members on 2 threads need "), threads);
        assertTrue(threads.endsWith("; use --threads 1"), threads);
        String narrow = assertThrows(ScenarioException.class,
                () -> FitMemory.check(m, priors, new Evaluator.Heap(1, top / 10))).getMessage();
        assertTrue(narrow.contains("; narrow --prior market.population, or use java -Xmx"), narrow);
        assertEquals(1, narrow.lines().count(), narrow);
        // a scenario too large with no prior to blame: the market, in run's words
        List<Prior> imitation = priors.subList(1, 2);
        FitModel big = model(Scenarios.with(Scenario.DEFAULT, Scenarios.market(10_000_000, 0.1)), imitation);
        String market = assertThrows(ScenarioException.class,
                () -> FitMemory.check(big, imitation, new Evaluator.Heap(1, top / 10))).getMessage();
        assertTrue(market.startsWith("market.population is too large for the Java heap: 1000000 members on 1 thread"),
                market);
        assertTrue(market.contains("; lower market.population or market.prospectShare, or use java -Xmx"), market);
    }

    /**
     * The fixed model grows fastest with the shortest start delay, the lower end of its prior: every
     * corner of the priors' box is checked, not just the upper ends.
     */
    @Test
    void theLargestScenarioMayLieAtAPriorsLowerEnd() {
        Scenario s = Scenarios.with(Scenario.DEFAULT, Scenarios.market(10_000_000, 1.0));
        s = Scenarios.with(s, Scenarios.fixed(1, 1, 0, 1));
        s = Scenarios.run(s, 24, 1, 1);
        List<Prior> priors = List.of(prior("recruitment.startDelayMonths", "uniform(1,6)"),
                prior("recruitment.imitation", "uniform(0.05,0.9)"));
        FitModel m = model(s, priors);
        long fast = need(m, new double[] {1, 0.05}, 1);
        assertTrue(fast > 2 * need(m, new double[] {6, 0.9}, 1));
        String e = assertThrows(ScenarioException.class,
                () -> FitMemory.check(m, priors, new Evaluator.Heap(1, fast - 1))).getMessage();
        assertTrue(e.startsWith("the fit's largest scenario (recruitment.startDelayMonths=1) is too large"), e);
        assertDoesNotThrow(() -> FitMemory.check(m, priors, new Evaluator.Heap(1, fast)));
    }

    /**
     * A normal prior's support is the key's whole range (a population up to 2·10^9): up front it is
     * checked up to the quantile that leaves {@link FitMemory#TAIL} of its draws above (about its mean
     * plus four standard deviations here); a scenario drawn beyond is checked before it is simulated,
     * and refused naming the key at its value.
     */
    @Test
    void aNormalPriorIsCheckedToItsUpperQuantileUpFrontAndEachDrawBeyondBeforeItRuns() {
        List<Prior> priors = List.of(prior("market.population", "normal(100000,100000)"));
        double top = Math.rint(priors.get(0).quantile(1 - FitMemory.TAIL));
        assertEquals(504_000, top, 1_000, "truncated at 1, a little above the mean plus 4 sd");
        FitModel m = model(Scenario.DEFAULT, priors);
        long within = need(m, new double[] {top}, 2);
        FitMemory memory = assertDoesNotThrow(() -> FitMemory.check(m, priors, new Evaluator.Heap(2, within)));
        String e4 = assertThrows(ScenarioException.class,
                () -> FitMemory.check(m, priors, new Evaluator.Heap(2, within - 1))).getMessage();
        assertTrue(e4.startsWith("the fit's largest scenario (market.population=" + (long) top + ") is too large"), e4);
        FitModel checked = m.checking(memory);
        assertEquals(500_000, checked.at(new double[] {500_000}, 0).market().population());
        ScenarioException e = assertThrows(ScenarioException.class, () -> checked.at(new double[] {2e7}, 0));
        assertTrue(e.getMessage().startsWith("a scenario the fit drew (market.population=20000000) is too large for "
                + "the Java heap: 2000000 members on 2 threads need "), e.getMessage());
        assertTrue(e.getMessage().contains("; narrow --prior market.population, or use java -Xmx"), e.getMessage());
        // and the model's distance, a particle's simulation, refuses it before simulating
        assertThrows(ScenarioException.class, () -> checked.distance(new double[] {2e7}, 0));
    }

    /**
     * A normal prior whose mean lies below the key's range draws, truncated, mostly near the range's
     * bottom but far into it (here half its draws above 10^8, its upper quantile about 1.9·10^9): that
     * quantile, not its mean plus four standard deviations (below the range), is what is checked up front.
     */
    @Test
    void aNormalPriorWithItsMeanBelowTheRangeIsCheckedWhereItsDrawsLie() {
        List<Prior> priors = List.of(prior("market.population", "normal(-4e9,1e9)"));
        Prior p = priors.get(0);
        assertTrue(p.quantile(FitMemory.TAIL) < 1e5, "the bottom: " + p.quantile(FitMemory.TAIL));
        assertTrue(p.quantile(0.5) > 1e8, "half its draws above 10^8: " + p.quantile(0.5));
        FitModel m = model(Scenario.DEFAULT, priors);
        String e = assertThrows(ScenarioException.class, () -> FitMemory.check(m, priors, new Evaluator.Heap(1, 1L << 30))).getMessage();
        double top = p.quantile(1 - FitMemory.TAIL);
        assertEquals(1.9e9, top, 0.1e9);
        assertTrue(e.startsWith("the fit's largest scenario (market.population=" + Math.round(top) + ") is too large"),
                e);
    }
}
