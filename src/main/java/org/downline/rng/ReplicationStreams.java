package org.downline.rng;

import java.util.random.RandomGenerator;

/**
 * The random streams of one replication: one generator per {@link Stream}, each seeded from
 * (master seed, replication, source) by {@link RandomStreams#create}. The engine makes one for
 * each replication and hands it to the worlds, which take the sources they draw from; a world
 * never sees the master seed.
 *
 * <p>A source's generator is created the first time it is asked for and is the same object
 * afterwards, so a source is one sequence of draws however many parts of a world share it. Which
 * sources are asked for, and in which order, changes no draw: each generator depends on its key
 * alone. Not thread-safe: a replication runs on one thread.
 */
public final class ReplicationStreams {

    private final long master;
    private final long replication;
    private final RandomGenerator[] bySource = new RandomGenerator[Stream.values().length];

    private ReplicationStreams(long master, long replication) {
        this.master = master;
        this.replication = replication;
    }

    /** The streams of replication {@code replication} of a run with master seed {@code master}. */
    public static ReplicationStreams of(long master, long replication) {
        return new ReplicationStreams(master, replication);
    }

    /** The generator of {@code source} (created on first use). */
    public RandomGenerator get(Stream source) {
        RandomGenerator g = bySource[source.ordinal()];
        if (g == null) {
            g = RandomStreams.create(master, replication, source);
            bySource[source.ordinal()] = g;
        }
        return g;
    }
}
