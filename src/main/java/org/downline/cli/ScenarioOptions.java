package org.downline.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.downline.io.Presets;
import org.downline.io.ScenarioReader;
import org.downline.scenario.Problem;
import org.downline.scenario.Scenario;
import org.downline.scenario.ScenarioException;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** Where a scenario comes from and how to override it: shared by the commands that run one. */
final class ScenarioOptions {

    static final class Source {
        @Option(names = "--scenario", paramLabel = "FILE",
                description = "Scenario file (YAML; README 'Scenarios' lists the keys, 'downline presets --show "
                        + "default' prints them all with comments). An empty file is the default scenario.")
        Path scenario;

        @Option(names = "--preset", paramLabel = "NAME",
                description = "A bundled scenario: ${COMPLETION-CANDIDATES}. 'downline presets' describes them.",
                completionCandidates = PresetNames.class)
        String preset;
    }

    @ArgGroup(exclusive = true, multiplicity = "0..1",
            heading = "Scenario (one of; default: the 'default' preset):%n")
    Source source;

    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = "Override any scenario key, e.g. --set plan.type=unilevel --set market.population=5e6 "
                    + "(repeatable).")
    List<String> sets = new ArrayList<>();

    /**
     * The files the command reads, which an --out replaced whole must not hold: the --scenario file and the
     * {@code @FILE} arguments ({@link Main#commandInputs}); a list the caller may add to.
     */
    List<org.downline.io.ResultFolder.Input> inputs() {
        return Main.commandInputs("--scenario", source != null && source.scenario != null ? List.of(source.scenario)
                : List.of());
    }

    /** The scenario with {@code extra} overrides applied after {@code --set}. */
    Scenario load(List<String> extra) {
        List<String> overrides = new ArrayList<>(sets);
        overrides.addAll(extra);
        try {
            if (source != null && source.scenario != null) {
                return ScenarioReader.read(source.scenario, overrides);
            }
            String name = source != null && source.preset != null ? source.preset : Presets.DEFAULT;
            return Presets.load(name, overrides);
        } catch (ScenarioException e) {
            throw ScenarioReader.blamingSets(e, sets);
        }
    }

    /**
     * The scenario with {@code extra} overrides applied after {@code --set}, a bad value of a key that
     * an option gave ({@code options}: key to the option as written, e.g. months to --year-ending) named by
     * that option, not by the key ({@code --year-ending must be ..., was 0}).
     */
    Scenario load(List<String> extra, Map<String, String> options) {
        try {
            return load(extra);
        } catch (ScenarioException e) {
            List<Problem> named = new ArrayList<>();
            for (Problem p : e.problems()) {
                String option = options.get(p.field());
                named.add(option == null ? p : new Problem(option, p.message()));
            }
            throw new ScenarioException(named);
        }
    }

    /**
     * Refuses a key that {@code --set} gives when {@code option} gives it too ({@code --set months=12
     * --months 24}): the option silently won. Nothing when the option was not given ({@code value} null).
     *
     * @throws ScenarioException naming the key, the --set as written and the option
     */
    void refuseSetAndOption(String key, Object value, String option) {
        String o = value == null ? null : setGiving(key);
        if (o != null) {
            throw givenToo("--set", key, written("--set", o), option, value instanceof String s && s.endsWith(
                    " by default") ? option + " " + s : written(option, value), null);
        }
    }

    /**
     * The one refusal of a key two options give ({@code --set months=12 --months 24}, a --set and a
     * --prior or a --vary, --months and a --vary): "{@code option} gives the key 'K' that {@code other}
     * gives too ({@code asWritten}, and {@code otherAsWritten}): {@code why}; give the key once", each
     * option with its value as {@link #written} ({@code why} null: none).
     */
    static ScenarioException givenToo(String option, String key, String asWritten, String other,
            String otherAsWritten, String why) {
        return new ScenarioException(option, "gives the key " + org.downline.scenario.Checks.show(key) + " that "
                + other + " gives too (" + asWritten + ", and " + otherAsWritten + "): "
                + (why == null ? "" : why + "; ") + "give the key once");
    }

    /** An option with its value as given: {@code --months 24}, {@code --prior 'months=uniform(12,30)'}. */
    static String written(String option, Object value) {
        return option + " " + org.downline.scenario.Checks.show(value);
    }

    /** The {@code --set} that gives {@code key}, as written; null if none does. */
    String setGiving(String key) {
        return sets.stream().filter(o -> ScenarioReader.keyOf(o).equals(key)).findFirst().orElse(null);
    }

    /** Preset names for help and completion. */
    static final class PresetNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return Presets.names().iterator();
        }
    }
}
