package org.downline.engine;

/**
 * How to run, as opposed to what to simulate.
 *
 * @param threads worker threads; results do not depend on it
 */
public record RunOptions(int threads) {

    public RunOptions {
        if (threads < 1 || threads > 1024) {
            throw new IllegalArgumentException("threads must be in [1, 1024]: " + threads);
        }
    }

    /** One thread per available processor. */
    public static RunOptions defaults() {
        return new RunOptions(Runtime.getRuntime().availableProcessors());
    }
}
