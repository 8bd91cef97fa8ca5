package org.downline.chart;

import org.downline.engine.Results;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * One chart of a run: the file it is written to, whether a run has it, and how it is drawn from the
 * results. Writing it is the io layer's job. Register a new chart in {@link Charts#REGISTERED}.
 */
public interface ResultChart {

    /** The file name, without directory, with extension. */
    String fileName();

    /** A short description of the picture for people who cannot see it (the report's alt text). */
    default String alt() {
        return "A chart of the run: " + fileName();
    }

    /**
     * What the chart shows and how to read it, in a few sentences: its caption in report.html.
     * Empty for a chart that has not written one (the report then says only what file it is).
     */
    default String caption() {
        return "";
    }

    /** How a {@link #caption} says that the chart draws its values' 95% intervals. */
    String WITH_INTERVALS = "with 95% intervals";

    /**
     * The caption of a run that has no intervals (one replication): {@link #caption} saying "without
     * intervals" where it says {@link #WITH_INTERVALS}, and then {@code why} (the wording the io layer
     * holds, {@code SummaryTable.NO_INTERVALS}); a caption that speaks of no intervals as it is.
     */
    default String captionWithoutIntervals(String why) {
        String c = caption();
        return c.contains(WITH_INTERVALS) ? c.replace(WITH_INTERVALS, "without intervals") + " " + why + "." : c;
    }

    /**
     * Whether a run with these results has this chart (most do). A chart that overrides this is one
     * only some runs draw ({@link #drawnForEveryRun}): the override is the one declaration of that.
     */
    default boolean appliesTo(Results r) {
        return true;
    }

    /**
     * Whether every run draws {@code chart}, so that a results folder without it has lost it: {@code
     * downline report} names such a file as missing. It follows from how the chart declares {@link
     * #appliesTo}: a chart that keeps the default (every run) is drawn for every run; one that overrides
     * it (ranks, outlook, recruiting efficiency) is drawn only for some, whatever its override returns.
     * Static, so that no chart can say otherwise.
     */
    static boolean drawnForEveryRun(ResultChart chart) {
        try {
            return chart.getClass().getMethod("appliesTo", Results.class).getDeclaringClass() == ResultChart.class;
        } catch (NoSuchMethodException e) {
            throw new AssertionError("ResultChart declares appliesTo(Results)", e);
        }
    }

    /** The chart of {@code r}; only called when {@link #appliesTo} it. */
    Chart<?, ?> build(Results r);
}
