package org.downline.cli;

import picocli.CommandLine;
import picocli.CommandLine.Option;

/** {@code --threads}, shared by every command that simulates: how wide, never what. */
final class ThreadsOption {

    static {
        System.setProperty("downline.cores", Integer.toString(Runtime.getRuntime().availableProcessors()));
    }

    @Option(names = "--threads", paramLabel = "T", defaultValue = "0",
            // what BOUNDS allow, in their words (NumberOptionsHelpTest)
            description = "Threads that simulate, an integer in [0, 1024] (0: all cores) (default: 0: all "
                    + "${sys:downline.cores} cores); loading and writing "
                    + "files may also use the other cores. Results do not depend on it.")
    int threads;

    /** What --threads allows, for a number out of range and for what is no number ({@link NumberOptions#shared}). */
    static final NumberOptions.Bounds BOUNDS = NumberOptions.Bounds.integers(0, 1024).noting(" (0: all cores)");

    /** Worker threads to use; checks the option's range. */
    int resolve(CommandLine commandLine) {
        if (!BOUNDS.contains(threads)) {
            throw new CommandLine.ParameterException(commandLine,
                    BOUNDS.refusal("--threads", Integer.toString(threads)));
        }
        return threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
    }
}
