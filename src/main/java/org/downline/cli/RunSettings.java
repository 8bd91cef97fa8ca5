package org.downline.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** Options shared by the commands that run replications: how many, which seed, how long, how wide. */
final class RunSettings {

    static {
        System.setProperty("downline.cores", Integer.toString(Runtime.getRuntime().availableProcessors()));
    }

    @Option(names = "--replications", paramLabel = "R",
            description = "Monte Carlo replications (default: the scenario's 'replications').")
    Integer replications;

    @Option(names = "--seed", paramLabel = "S", description = "Master seed (default: the scenario's 'seed').")
    Long seed;

    @Option(names = "--months", paramLabel = "M",
            description = "Months to simulate, 1..600 (default: the scenario's 'months').")
    Integer months;

    @Option(names = "--threads", paramLabel = "T", defaultValue = "0",
            description = "Worker threads (default: all ${sys:downline.cores} cores). Results do not depend on it.")
    int threads;

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

    /** Worker threads to use; checks the option's range. */
    int threads(CommandLine commandLine) {
        if (threads < 0 || threads > 1024) {
            throw new CommandLine.ParameterException(commandLine,
                    "--threads must be in [1, 1024] (or 0 for all cores), was " + threads);
        }
        return threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
    }
}
