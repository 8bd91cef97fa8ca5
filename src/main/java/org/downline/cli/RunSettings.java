package org.downline.cli;

import java.util.ArrayList;
import java.util.List;
import org.downline.scenario.ScenarioException;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** Options shared by the commands that run replications: how many, which seed, how long, how wide. */
final class RunSettings {

    @Option(names = "--replications", paramLabel = "R",
            description = "Monte Carlo replications (default: the scenario's 'replications').")
    Integer replications;

    @Option(names = "--seed", paramLabel = "S", description = "Master seed (default: the scenario's 'seed').")
    Long seed;

    @Option(names = "--months", paramLabel = "M",
            description = "Months to simulate, 1..600 (default: the scenario's 'months').")
    Integer months;

    @CommandLine.Mixin
    ThreadsOption threads = new ThreadsOption();

    /** The scenario overrides these options stand for. */
    List<String> overrides() {
        List<String> extra = new ArrayList<>();
        if (replications != null) {
            extra.add("replications=" + replications);
        }
        if (seed != null) {
            extra.add("seed=" + seed);
        }
        if (months != null) {
            extra.add("months=" + months);
        }
        return extra;
    }

    /** Refuses a key that {@code scenario}'s --set gives and one of these options gives too. */
    void refuseAlsoSet(ScenarioOptions scenario) {
        scenario.refuseSetAndOption("replications", replications, "--replications");
        scenario.refuseSetAndOption("seed", seed, "--seed");
        scenario.refuseSetAndOption("months", months, "--months");
    }

    /**
     * Refuses one of these options given for a key a sweep's --vary varies ({@code --months 12 --vary
     * months=6,12}, and so for --seed and --replications): each cell's --vary value replaced it.
     *
     * @throws ScenarioException naming the option, its value and the key
     */
    void refuseAlsoVaried(List<String> variedKeys) {
        refuseVaried("months", months, "--months", variedKeys);
        refuseVaried("seed", seed, "--seed", variedKeys);
        refuseVaried("replications", replications, "--replications", variedKeys);
    }

    private static void refuseVaried(String key, Object value, String option, List<String> variedKeys) {
        if (value != null && variedKeys.contains(key)) {
            throw new ScenarioException(option, "gives '" + key + "' that --vary varies ("
                    + option + " " + value + "): each cell's --vary value would replace it; give one of the two");
        }
    }

    /** Worker threads to use; checks the option's range. */
    int threads(CommandLine commandLine) {
        return threads.resolve(commandLine);
    }
}
