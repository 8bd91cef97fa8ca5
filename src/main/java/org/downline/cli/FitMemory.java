package org.downline.cli;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.downline.engine.Evaluator;
import org.downline.engine.MemoryGuard;
import org.downline.engine.Prior;
import org.downline.scenario.Scenario;
import org.downline.stats.Unit;

/**
 * A fit's memory check ({@link MemoryGuard#fittingBytes}): up front, before anything is written, at
 * the largest scenario the priors are expected to draw; then at each scenario a particle or a
 * predictive draw is about to simulate, against the same budget (where the simulations run: this
 * JVM's heap, or a cluster's executors, {@link Evaluator#memory}), so a draw beyond what was checked
 * is refused in one line rather than by an OutOfMemoryError.
 *
 * <p>Up front, each free key spans its prior's support, a normal prior's only between the quantiles
 * that leave {@link #TAIL} of its draws out at either end (its support is the key's whole range, whose
 * top can be absurd: a population of 2·10^9; quantiles, not the mean ± 4 sd, as a mean outside the
 * range puts most draws far from it). Which end of a key makes a scenario larger depends
 * on the key and on the others (the fixed model's members grow with the months, the recruits a
 * month and the founders, and fall with the start delay), so with at most {@value #MOST_CORNERS_OF}
 * free keys every corner of that box is checked (2^k scenarios, a millisecond or two each: at most
 * a few seconds) and the largest counts; with more, the corners with every key at its lower and at
 * its upper end. A corner that makes no valid scenario is skipped. Each simulation's check then
 * catches whatever the box missed.
 *
 * @param budget the memory the simulations have where they run, taken when the fit started
 * @param lo     per free key (the model's order), the lower end of what was checked up front
 * @param hi     per free key, the upper end
 */
record FitMemory(Evaluator.Memory budget, double[] lo, double[] hi) implements Serializable {

    /**
     * The share of a normal prior's draws the check up front leaves out at each end: as much as lies
     * beyond four standard deviations of an untruncated normal (3.2·10^−5).
     */
    static final double TAIL = new NormalDistribution(null, 0, 1).cumulativeProbability(-4);

    /** The most free keys whose every corner is checked up front. */
    static final int MOST_CORNERS_OF = 10;

    /**
     * A key the refusal up front names makes the largest scenario at least this much larger than its
     * other end does (so {@code months}, which lengthens only some series in most models, is not one).
     */
    private static final double LARGER = 1 / 0.9;

    FitMemory {
        lo = lo.clone();
        hi = hi.clone();
    }

    /**
     * Refuses a fit whose largest scenario will not fit; else the check for each simulation.
     *
     * @param model  the fit's model, whose {@link FitModel#scenario} makes the scenarios
     * @param priors the free keys' priors, in the model's order
     * @param budget the memory the simulations have where they run
     * @throws org.downline.scenario.ScenarioException naming the keys that make it large (at their
     *                                                 values), the need, the budget and what to change
     */
    static FitMemory check(FitModel model, List<Prior> priors, Evaluator.Memory budget) {
        final int k = priors.size();
        final double[] lo = new double[k];
        final double[] hi = new double[k];
        for (int p = 0; p < k; p++) {
            Prior prior = priors.get(p);
            boolean normal = prior.kind() == Prior.Kind.NORMAL;
            lo[p] = normal ? prior.quantile(TAIL) : prior.lo();
            hi[p] = normal ? prior.quantile(1 - TAIL) : prior.hi();
        }
        final FitMemory memory = new FitMemory(budget, lo, hi);
        final long corners = k <= MOST_CORNERS_OF ? 1L << k : 2;
        double[] largest = null;
        Scenario big = null;
        long most = -1;
        for (long c = 0; c < corners; c++) {
            // corner c: key p at its upper end where bit p of c is set (beyond 10 keys: all low, all high)
            final double[] theta = new double[k];
            for (int p = 0; p < k; p++) {
                theta[p] = (k <= MOST_CORNERS_OF ? (c >> p & 1) == 1 : c == 1) ? hi[p] : lo[p];
            }
            Scenario s = model.scenario(theta, 0);
            long bytes = s == null ? -1 : MemoryGuard.fittingBytes(s);
            if (bytes > most) {
                most = bytes;
                largest = theta;
                big = s;
            }
        }
        if (big == null) {
            return memory;                          // no corner runs: generation 0 says why
        }
        // the keys whose other end (or middle, where the end makes no valid scenario) makes it much smaller
        final List<Integer> large = new ArrayList<>();
        for (int p = 0; p < k; p++) {
            double[] other = largest.clone();
            other[p] = largest[p] == hi[p] ? lo[p] : hi[p];
            Scenario s = model.scenario(other, 0);
            if (s == null) {
                other[p] = (lo[p] + hi[p]) / 2;
                s = model.scenario(other, 0);
            }
            if (s != null && most >= LARGER * MemoryGuard.fittingBytes(s)) {
                large.add(p);
            }
        }
        memory.check(big, largest, large, model, "the fit's largest scenario (");
        return memory;
    }

    /**
     * Refuses the scenario {@code s} a particle or a predictive draw is about to simulate, at
     * {@code theta}, if it will not fit; names the keys that lie beyond what was checked up front.
     */
    void check(Scenario s, double[] theta, FitModel model) {
        final List<Integer> beyond = new ArrayList<>();
        for (int p = 0; p < theta.length; p++) {
            if (theta[p] < lo[p] || theta[p] > hi[p]) {
                beyond.add(p);
            }
        }
        check(s, theta, beyond, model, "a scenario the fit drew (");
    }

    /** Refuses {@code s}, naming {@code named} keys at their values in {@code theta} (none: the market, as run). */
    private void check(Scenario s, double[] theta, List<Integer> named, FitModel model, String what) {
        if (named.isEmpty()) {
            budget.check(s, MemoryGuard.MARKET, MemoryGuard.LOWER_MARKET);
            return;
        }
        final List<String> values = new ArrayList<>();
        final List<String> keys = new ArrayList<>();
        for (int p : named) {
            String key = model.keys().get(p);
            values.add(key + "=" + Unit.keyValue(theta[p], model.integers()[p]));
            keys.add(key);
        }
        budget.check(s, what + String.join(", ", values) + ")", "narrow --prior " + String.join(" and ", keys));
    }
}
