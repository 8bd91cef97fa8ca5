package org.downline.engine;

import java.util.Arrays;
import org.downline.model.MlmWorld;
import org.downline.rng.ReplicationStreams;
import org.downline.scenario.Scenario;
import org.downline.stats.Disclosure;
import org.downline.stats.DisclosureMatch;

/**
 * Runs a scenario's MLM world for an income disclosure: the covered participants' gross pay over the
 * last {@code period} months (see {@link DisclosureMatch}).
 */
public final class Disclosing {

    private Disclosing() {
    }

    /**
     * Replication {@code replication} of {@code scenario}: the covered participants' gross pay over
     * months {@code months - period + 1 .. months}, ascending.
     *
     * @throws IllegalArgumentException if the period is longer than the scenario's months
     */
    public static double[] coveredPay(Scenario scenario, int replication, int period, Disclosure.Covers covers) {
        final int months = scenario.months();
        if (period < 1 || period > months) {
            throw new IllegalArgumentException("the disclosure's period (" + period + " months) must fit in the "
                    + "scenario's months (" + months + ")");
        }
        MlmWorld w = new MlmWorld(scenario);
        w.reset(ReplicationStreams.of(scenario.seed(), replication), months);
        final int before = months - period;
        for (int m = 1; m <= before; m++) {
            w.step(m);
        }
        final double[] atStart = Arrays.copyOf(w.grossCommissions(), w.size());
        for (int m = before + 1; m <= months; m++) {
            w.step(m);
        }
        return DisclosureMatch.coveredPay(w.size(), w.joinMonths(), w.quitMonths(), w.grossCommissions(), atStart,
                months, period, covers);
    }
}
