package org.downline.engine;

import org.downline.scenario.Scenario;
import org.downline.stats.WorldResults;

/**
 * Everything a run produced, ready to print, write and chart.
 *
 * @param scenario  the scenario as run (after overrides)
 * @param version   Downline's version
 * @param generator the random generator's algorithm
 * @param mlm       the MLM world
 * @param affiliate the affiliate world, or null when disabled
 * @param paired    per-replication differences MLM − affiliate of key metrics (empty without the
 *                  affiliate world), summarised across replications
 */
public record Results(Scenario scenario, String version, String generator, WorldResults mlm,
                      WorldResults affiliate, java.util.Map<String, org.downline.stats.Summary> paired) {

    public long seed() {
        return scenario.seed();
    }

    public int replications() {
        return scenario.replications();
    }

    public int months() {
        return scenario.months();
    }
}
