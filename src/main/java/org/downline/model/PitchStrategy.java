package org.downline.model;

import java.util.random.RandomGenerator;
import org.downline.scenario.NetworkConfig;
import org.downline.scenario.NetworkKind;

/**
 * Whom a member of the contacts model pitches: the network's part of a member's turn. Picked once
 * per world by {@link #of}: {@link NamesList} on the small world, {@link CompleteNetworkPool} when
 * everybody knows everybody.
 */
interface PitchStrategy {

    /** The strategy for a network. */
    static PitchStrategy of(NetworkConfig network, PopulationStatus status, Pitching pitching, boolean reapproach) {
        return network.kind() == NetworkKind.COMPLETE
                ? new CompleteNetworkPool(status, pitching, reapproach)
                : new NamesList(network, status, pitching, reapproach);
    }

    /**
     * Prepares a replication, before the prospects are placed: the network from its {@code key},
     * and what else it draws from {@code rng} (the NETWORK stream, which placement then continues).
     */
    void reset(long key, RandomGenerator rng);

    /** After the founders joined, before the first month. */
    void start();

    /** Before the month's turns, taken by members 0..members−1 (the month's recruits come later). */
    void beginMonth(int members);

    /** Whether member i has nobody left to pitch, so that their turn is skipped and draws nothing. */
    boolean nobodyLeft(int member);

    /**
     * Member i's turn: up to {@code budget} pitches, each answered by {@link Pitching#pitch}; adds
     * the pitches and recruits to the tally.
     *
     * @return whether member i has nobody left to ask after their turn (reapproaching: has been
     *         through their whole list)
     */
    boolean turn(MlmWorld w, int member, long budget, int month, RandomGenerator rng, MonthTally tally);

    /** At the end of a month: whether nobody is left for any member to ask. */
    boolean nobodyLeftForAnyone();
}
