package org.downline.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.downline.scenario.Scenario;
import org.downline.scenario.ScenarioException;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** Options shared by the commands that run replications: how many, which seed, how long, how wide. */
final class RunSettings {

    @Option(names = "--replications", paramLabel = "R",
            description = "Monte Carlo replications, an integer in [1, 1000000] (default: the scenario's "
                    + "'replications').")
    Integer replications;

    @Option(names = "--seed", paramLabel = "S", description = "Master seed (default: the scenario's 'seed').")
    Long seed;

    @Option(names = "--months", paramLabel = "M",
            description = "Months to simulate, an integer in [1, 600] (default: the scenario's 'months').")
    Integer months;

    @CommandLine.Mixin
    ThreadsOption threads = new ThreadsOption();

    /**
     * An option that gives a scenario key: the key, the option's name and its value (null when not
     * given). These three options are; so are disclose's --year-ending and --seed.
     */
    record Given(String key, String option, Object value) {

        /** The scenario overrides the options {@code given} stand for. */
        static List<String> overrides(List<Given> given) {
            List<String> extra = new ArrayList<>();
            for (Given g : given) {
                if (g.value() != null) {
                    extra.add(g.key() + "=" + g.value());
                }
            }
            return extra;
        }

        /**
         * The scenario of {@code scenario}'s options with the values of the options {@code given}; a bad
         * value of one of them is named by the option as written ({@code --replications must be an integer
         * in [1, 1000000], was 0}), not by the key it gives.
         */
        static Scenario load(ScenarioOptions scenario, List<Given> given) {
            Map<String, String> options = new HashMap<>();
            for (Given g : given) {
                if (g.value() != null) {
                    options.put(g.key(), g.option());
                }
            }
            return scenario.load(overrides(given), options);
        }

        /** Refuses a key that {@code scenario}'s --set gives and one of the options {@code given} gives too. */
        static void refuseAlsoSet(ScenarioOptions scenario, List<Given> given) {
            for (Given g : given) {
                scenario.refuseSetAndOption(g.key(), g.value(), g.option());
            }
        }
    }

    /** The three options, each with its key: the one list the methods below walk. */
    private List<Given> given() {
        return List.of(new Given("replications", "--replications", replications), new Given("seed", "--seed", seed),
                new Given("months", "--months", months));
    }

    /** The scenario overrides these options stand for. */
    List<String> overrides() {
        return Given.overrides(given());
    }

    /** The scenario of {@code scenario}'s options with these options' values (see {@link Given#load}). */
    Scenario load(ScenarioOptions scenario) {
        return Given.load(scenario, given());
    }

    /** Refuses a key that {@code scenario}'s --set gives and one of these options gives too. */
    void refuseAlsoSet(ScenarioOptions scenario) {
        Given.refuseAlsoSet(scenario, given());
    }

    /**
     * Refuses one of these options given for a key a sweep's --vary varies ({@code --months 12 --vary
     * months=6,12}, and so for --seed and --replications): each cell's --vary value replaced it.
     *
     * @throws ScenarioException naming the option, its value and the key
     */
    void refuseAlsoVaried(List<String> varies) {
        for (Given g : given()) {
            for (String v : varies) {
                if (g.value() != null && org.downline.io.ScenarioReader.keyOf(v).equals(g.key())) {
                    throw ScenarioOptions.givenToo(g.option(), g.key(), ScenarioOptions.written(g.option(), g.value()),
                            "--vary", ScenarioOptions.written("--vary", v), VARY_REPLACES);
                }
            }
        }
    }

    /** Why a key --vary varies may not be given by another option too. */
    static final String VARY_REPLACES = "each cell's --vary value would replace it";

    /** Worker threads to use; checks the option's range. */
    int threads(CommandLine commandLine) {
        return threads.resolve(commandLine);
    }
}
