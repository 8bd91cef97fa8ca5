package org.downline.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.downline.engine.ProgressListener;

/** A progress bar on the terminal; only created when there is one. */
final class ConsoleProgress implements ProgressListener, AutoCloseable {

    private final String task;
    private ProgressBar bar;

    private ConsoleProgress(String task) {
        this.task = task;
    }

    /** A bar when standard output is a terminal, else a listener that prints nothing. */
    static ProgressListener forTerminal(String task) {
        return System.console() != null ? new ConsoleProgress(task) : ProgressListener.NONE;
    }

    @Override
    public synchronized void started(long total) {
        close();                                    // a new stage (a fit's next generation): a new bar
        bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250)
                .continuousUpdate().build();
    }

    @Override
    public synchronized void advanced() {
        if (bar != null) {
            bar.step();
        }
    }

    @Override
    public synchronized void close() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }

    static void close(ProgressListener p) {
        if (p instanceof ConsoleProgress c) {
            c.close();
        }
    }
}
