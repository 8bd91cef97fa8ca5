package org.downline.cli;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.downline.engine.AbcSmc;
import org.downline.engine.Disclosing;
import org.downline.engine.Predictive;
import org.downline.io.ScenarioReader;
import org.downline.scenario.Scenario;
import org.downline.scenario.ScenarioException;
import org.downline.stats.Disclosure;
import org.downline.stats.DisclosureMatch;
import org.downline.stats.Unit;

/**
 * What a fit simulates, as plain values that can be shipped to another machine: the scenario as
 * YAML (the text of {@code validate --print}, which reads back to the same scenario), the fixed
 * priors' overrides, the free keys with whether each takes whole numbers, and the disclosure. The
 * scenario at θ is rebuilt from these wherever it runs, so the model is a pure function of (θ, seed)
 * on a cluster's executor as on this machine.
 *
 * @param yaml     the scenario (before the fixed priors)
 * @param name     the scenario's name
 * @param held     the fixed priors as {@code key=value} overrides
 * @param keys     the free parameters' keys, in the priors' order
 * @param integers per key: its values are rounded to whole numbers
 * @param disclosure the published disclosure
 * @param memory   the check of each scenario's memory before it is simulated, where it is
 *                 simulated; null: none
 */
record FitModel(String yaml, String name, List<String> held, List<String> keys, boolean[] integers,
                Disclosure disclosure, FitMemory memory)
        implements AbcSmc.Model, Predictive.Scenarios, Serializable {

    FitModel {
        held = List.copyOf(held);
        keys = List.copyOf(keys);
        integers = integers.clone();
        if (integers.length != keys.size()) {
            throw new IllegalArgumentException("integers must have one flag per key (" + keys.size() + "), had "
                    + integers.length);
        }
    }

    /**
     * The override setting {@code key} to {@code x}, as --set would: a whole number for a key that takes
     * whole numbers ({@code integers}), else the value as Java writes it. The one place a fit turns a
     * parameter's value into a scenario's (a free key's at θ, a fixed prior's, a prior's middle).
     */
    static String override(String key, boolean integers, double x) {
        return key + "=" + (integers ? Unit.wholeNumber(x) : Double.toString(x));
    }

    /** The same model, with {@code memory} checking each scenario before it is simulated. */
    FitModel checking(FitMemory memory) {
        return new FitModel(yaml, name, held, keys, integers, disclosure, memory);
    }

    /**
     * The scenario at θ, simulated with {@code seed}; null if θ makes no valid scenario for the disclosure.
     *
     * @throws org.downline.scenario.ScenarioException if it is too large for the memory ({@link #memory})
     */
    @Override
    public Scenario at(double[] theta, long seed) {
        Scenario s = scenario(theta, seed);
        if (s != null && memory != null) {
            memory.check(s, theta, this);
        }
        return s;
    }

    /** As {@link #at}, without the memory check. */
    Scenario scenario(double[] theta, long seed) {
        List<String> o = new ArrayList<>(held);
        for (int k = 0; k < theta.length; k++) {
            o.add(override(keys.get(k), integers[k], theta[k]));
        }
        o.add("seed=" + seed);
        Scenario s;
        try {
            s = ScenarioReader.fromText(yaml, o, name);
        } catch (ScenarioException e) {
            return null;                                // an impossible combination of values
        }
        return s.months() < disclosure.periodMonths() ? null : s;
    }

    /** The distance between the disclosure the scenario at θ publishes and the real one (infinite: invalid θ). */
    @Override
    public double distance(double[] theta, long seed) {
        Scenario s = at(theta, seed);
        if (s == null) {
            return Double.POSITIVE_INFINITY;           // never accepted
        }
        double[] pay = Disclosing.coveredPay(s, 0, disclosure.periodMonths(), disclosure.covers());
        return DisclosureMatch.distance(disclosure, DisclosureMatch.groupMeans(pay, disclosure),
                DisclosureMatch.shareZero(pay));
    }
}
