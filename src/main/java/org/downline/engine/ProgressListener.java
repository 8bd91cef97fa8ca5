package org.downline.engine;

/** Told how a run advances; called from worker threads, so implementations must be thread-safe. */
public interface ProgressListener {

    /** A listener that ignores everything. */
    ProgressListener NONE = new ProgressListener() {
        @Override
        public void started(long total) {
        }

        @Override
        public void advanced() {
        }
    };

    /** The run has {@code total} units of work (replications). */
    void started(long total);

    /** One unit finished. */
    void advanced();
}
