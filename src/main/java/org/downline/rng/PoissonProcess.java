package org.downline.rng;

import java.util.random.RandomGenerator;

/**
 * Poisson counts for a long sequence of means that change at every call — the month's orders of a
 * million sites, say — cheaper than one-off draws.
 *
 * <p>A count for mean μ is the number of arrivals of one unit-rate Poisson process in the next
 * stretch of length μ; successive calls take successive, disjoint stretches, so their counts are
 * independent Poisson variables. Walking a stretch costs one exponential per arrival (a
 * {@link Exponential ziggurat} draw), so means up to 1 walk the whole stretch. A mean in [1, 64)
 * takes Poisson(g) for the grid mean g ≤ μ from the {@link PoissonTables alias tables} (one random
 * long) and walks only the remainder μ − g, which is below μ/32; larger means draw by PTRS. Each
 * generator output is used once, so the parts are independent of one another and of the walk.
 *
 * <p>One instance per generator and per thread; the counts depend only on the generator's state
 * and the sequence of means.
 */
public final class PoissonProcess {

    private final RandomGenerator rng;
    /** Distance from the current position of the walk to the next arrival. */
    private double gap;
    /** One mean for {@link #count}, which counts it as {@link #countAll} of one. */
    private final double[] one = new double[1];

    public PoissonProcess(RandomGenerator rng) {
        this.rng = rng;
        this.gap = Exponential.next(rng);
    }

    /**
     * A Poisson(mean) count, independent of every earlier one: {@link #countAll} of this one mean
     * (a count is below 2<sup>53</sup>, so the double it is held in is exact).
     *
     * @throws IllegalArgumentException if mean is not in [0, {@value PoissonSampler#MAX_MEAN}]
     */
    public long count(double mean) {
        one[0] = mean;
        countAll(one, 1);
        return (long) one[0];
    }

    /**
     * Replaces each of {@code means[0..m)} by a Poisson count for it, in order: the same counts as
     * {@link #count} called for each in turn, with the walk's position held in a register across
     * the whole sequence (in this object between calls).
     *
     * @throws IllegalArgumentException if a mean is not in [0, {@value PoissonSampler#MAX_MEAN}]
     */
    public void countAll(double[] means, int m) {
        final RandomGenerator rng = this.rng;
        double gap = this.gap;
        for (int p = 0; p < m; p++) {
            final double mean = means[p];
            long arrivals;
            double left;
            if (mean <= 1) {
                if (!(mean >= 0)) {
                    throw new IllegalArgumentException("Mean must be in [0, " + PoissonSampler.MAX_MEAN + "]: " + mean);
                }
                arrivals = 0;
                left = mean;
            } else if (mean < PoissonTables.MAX) {
                arrivals = PoissonTables.sampleGrid(rng, PoissonTables.index(mean));
                left = mean - PoissonTables.floorToGrid(mean);
            } else {
                if (!(mean <= PoissonSampler.MAX_MEAN)) {
                    throw new IllegalArgumentException("Mean must be in [0, " + PoissonSampler.MAX_MEAN + "]: " + mean);
                }
                means[p] = PoissonSampler.Large.draw(rng, mean);
                continue;
            }
            while (gap < left) {                        // the walk of the stretch
                left -= gap;
                arrivals++;
                gap = Exponential.next(rng);
            }
            gap -= left;
            means[p] = arrivals;
        }
        this.gap = gap;
    }
}
