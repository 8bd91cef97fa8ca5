package org.downline.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.downline.engine.ProgressListener;
import org.downline.engine.RunOptions;
import org.downline.engine.Simulation;
import org.downline.scenario.Scenario;
import org.downline.scenario.ScenarioException;
import org.downline.testing.Scenarios;
import org.junit.jupiter.api.Test;

class PresetsTest {

    /** The default preset spells out the built-in defaults: an empty file runs the same simulation. */
    @Test
    void defaultPresetEqualsTheBuiltInDefaults() {
        Scenario preset = Presets.load(Presets.DEFAULT, List.of());
        Scenario builtIn = new Scenario(preset.name(), preset.description(), Scenario.DEFAULT.months(),
                Scenario.DEFAULT.replications(), Scenario.DEFAULT.seed(), Scenario.DEFAULT.market(),
                Scenario.DEFAULT.recruitment(), Scenario.DEFAULT.attrition(), Scenario.DEFAULT.economics(),
                Scenario.DEFAULT.plan(), Scenario.DEFAULT.affiliate());
        assertEquals(builtIn, preset);
    }

    /** Every preset is valid, described, and runs (two short replications). */
    @Test
    void everyPresetRuns() {
        for (String name : Presets.names()) {
            Scenario s = Presets.load(name, List.of());
            assertEquals(name, s.name());
            assertFalse(s.description().isBlank(), name + " has no description");
            Scenario quick = Scenarios.run(s, Math.min(s.months(), 6), 2, s.seed());
            Simulation.run(quick, new RunOptions(2), ProgressListener.NONE);
        }
    }

    /** 'downline presets' lists descriptions read from the trees alone: the loaded scenarios' ones. */
    @Test
    void listedDescriptionIsTheLoadedScenarios() {
        for (String name : Presets.names()) {
            assertEquals(Presets.load(name, List.of()).description(), Presets.description(name), name);
        }
        assertThrows(ScenarioException.class, () -> Presets.description("nope"));
    }

    @Test
    void unknownPresetNamesTheChoices() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> Presets.load("nope", List.of()));
        assertEquals("--preset must be one of " + String.join(", ", Presets.names()) + ", was 'nope'", e.getMessage());
    }
}
