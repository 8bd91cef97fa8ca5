package org.downline.chart;

import java.util.List;
import org.downline.engine.AbcSmc;
import org.downline.engine.Predictive;
import org.downline.engine.Prior;
import org.downline.stats.Disclosure;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * One chart of a fit ({@code downline fit}'s {@code charts/}): the file it is written to, whether a
 * fit has it, and its panels, which the io layer draws in a grid. Register one in {@link #REGISTERED}.
 */
public interface FitChart {

    /** Every chart a fit may have, in order. */
    List<FitChart> REGISTERED = List.of(new PosteriorChart(), new PosteriorPairsChart(), new PredictiveCheckChart(),
            new ToleranceChart());

    /**
     * What a fit's charts are drawn from.
     *
     * @param keys       the free keys, in the priors' order
     * @param priors     their priors
     * @param result     the fit, its last generation the posterior
     * @param disclosure the published disclosure fitted to
     * @param predictive the posterior predictive simulations
     * @param wholeNumbers per key: whether it is a whole-number key (the model runs its values rounded)
     */
    record Fit(List<String> keys, List<Prior> priors, AbcSmc.Result result, Disclosure disclosure,
               Predictive.Result predictive, List<Boolean> wholeNumbers) {

        /** Key {@code k}'s values in the last generation, as the model ran them ({@link AbcSmc#asRun}). */
        double[] parameter(int k) {
            return AbcSmc.asRun(result.last().parameter(k), wholeNumbers.get(k));
        }
    }

    /**
     * The panels of a chart laid out in a grid.
     *
     * @param columns panels a row
     * @param panels  row by row; a null panel leaves its cell empty
     */
    record Grid(int columns, List<Chart<?, ?>> panels) {
        /** One chart alone. */
        static Grid of(Chart<?, ?> chart) {
            return new Grid(1, java.util.Collections.singletonList(chart));
        }
    }

    /** The file name, without directory, with extension. */
    String fileName();

    /** Whether this fit has this chart. */
    default boolean appliesTo(Fit f) {
        return true;
    }

    /** The chart of {@code f}; only called when {@link #appliesTo} it. */
    Grid build(Fit f);
}
