package org.downline.model;

import java.util.random.RandomGenerator;

/**
 * The complete network: everybody knows everybody, so there is no list. Each pitch goes to a
 * person drawn uniformly from a pool of everyone who can be pitched (not members and, unless
 * reapproaching, never asked), kept as an array with swap-removal: exact and O(1) a pitch. This is
 * the well-mixed limit of the contacts model, with a closed-form mean-field recursion (see
 * {@code ContactsMeanFieldTest}). With reapproaching the draws are independent and refusers stay
 * in the pool, at most as many pitches a month as there are people in it.
 */
final class CompleteNetworkPool implements PitchStrategy {

    private final PopulationStatus status;
    private final Pitching pitching;
    private final boolean reapproach;
    /** People who can be pitched, in [0, poolSize): everyone unasked, and reapproaching refusers. */
    private int[] pool;
    private int poolSize;

    CompleteNetworkPool(PopulationStatus status, Pitching pitching, boolean reapproach) {
        this.status = status;
        this.pitching = pitching;
        this.reapproach = reapproach;
    }

    /** Heap bytes of the pool: an int per person. */
    static long bytes(long population) {
        return population * Integer.BYTES;
    }

    @Override
    public void reset(long key, RandomGenerator rng) {
        poolSize = 0;
    }

    /** Fills the pool with everyone but the founders. */
    @Override
    public void start() {
        final int n = status.population();
        if (pool == null) {
            pool = new int[n];
        }
        int size = 0;
        for (int p = 0; p < n; p++) {
            if (!status.isMember(p)) {
                pool[size++] = p;
            }
        }
        poolSize = size;
    }

    @Override
    public void beginMonth(int members) {
    }

    /**
     * The pool holds everyone unasked, so an empty pool means nobody unasked: the month's share
     * with nobody left is then everyone ({@link #nobodyLeftForAnyone}).
     */
    @Override
    public boolean nobodyLeft(int member) {
        return poolSize == 0;
    }

    /** Member i pitches {@code budget} people drawn uniformly from the pool. */
    @Override
    public boolean turn(MlmWorld w, int i, long budget, int month, RandomGenerator rng, MonthTally tally) {
        if (budget == 0) {
            return false;
        }
        final int[] pool = this.pool;
        final Pitching pitching = this.pitching;
        // with reapproaching, at most as many pitches as there are people to pitch, a month
        long left = reapproach ? Math.min(budget, poolSize) : budget;
        long pitches = 0;
        long recruits = 0;
        while (left > 0 && poolSize > 0) {
            left--;
            final int j = rng.nextInt(poolSize);
            final int u = pool[j];
            pitches++;
            final boolean joins = pitching.pitch(w, i, u, month, rng);
            if (joins) {
                recruits++;
            }
            if (joins || !reapproach) {
                pool[j] = pool[--poolSize];
            }
        }
        tally.pitches += pitches;
        tally.recruits += recruits;
        return false;
    }

    /** Everybody knows everybody: when nobody is unasked, nobody has anyone left to ask. */
    @Override
    public boolean nobodyLeftForAnyone() {
        return status.unasked == 0;
    }
}
