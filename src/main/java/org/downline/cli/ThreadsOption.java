package org.downline.cli;

import picocli.CommandLine;
import picocli.CommandLine.Option;

/** {@code --threads}, shared by every command that simulates: how wide, never what. */
final class ThreadsOption {

    static {
        System.setProperty("downline.cores", Integer.toString(Runtime.getRuntime().availableProcessors()));
    }

    @Option(names = "--threads", paramLabel = "T", defaultValue = "0",
            description = "Threads that simulate: 1 to 1024, or 0 = all cores (default: 0, all ${sys:downline.cores} "
                    + "cores); loading and writing "
                    + "files may also use the other cores. Results do not depend on it.")
    int threads;

    /** Worker threads to use; checks the option's range. */
    int resolve(CommandLine commandLine) {
        if (threads < 0 || threads > 1024) {
            throw new CommandLine.ParameterException(commandLine,
                    "--threads must be in [1, 1024] (or 0 for all cores), was " + threads);
        }
        return threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
    }
}
