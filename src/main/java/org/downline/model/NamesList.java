package org.downline.model;

import java.util.random.RandomGenerator;
import org.downline.plans.Genealogy;
import org.downline.scenario.NetworkConfig;

/**
 * Whom a member pitches on the small world: each member works through their own names list with a
 * cursor, closest acquaintances first.
 *
 * <p>The list is the network's positions in one of the {@link ListOrders}: lattice levels 1..h in
 * order (level k holds the people k places away, v+k then v−k), with the random acquaintances (a
 * permutation position of {@link SmallWorldNetwork}, two acquaintances) placed after levels drawn
 * at random. Members and (unless reapproaching) people who refused are passed over. Why this order:
 * recruits are told to "make a list of everyone you know" and start with family and close friends;
 * on the ring, nearness is tie strength (neighbours k places apart share the more acquaintances the
 * smaller k is, and strong ties overlap most), so the closest are the ones the member's sponsor —
 * usually near them — has most likely asked already, which is the saturation the contacts model
 * is about.
 *
 * <p>A cursor rather than sampling an acquaintance and rejecting the unusable: over a member's
 * whole life the cursor passes each slot once, so the work is bounded by the degree however
 * picked-over the neighbourhood, a member whose cursor reached the end has provably nobody left to
 * ask (no arbitrary give-up after k failed tries), and such a member costs nothing more. The order
 * does not depend on who is a prospect or who was asked, so a pitch hits a prospect with the
 * probability that an unasked acquaintance is one. After the month's pitches the cursor also moves
 * past the unusable entries that follow, so "nobody left to ask" is known at once. With
 * reapproaching the list starts over after its end; a member visits at most one whole list a month
 * (so nobody is pitched twice by the same member in a month).
 */
final class NamesList implements PitchStrategy {

    private final int population;
    private final int degree;
    private final double rewiring;
    private final boolean reapproach;
    private final long[] bits;
    private final Pitching pitching;
    /** Small-world network of the current replication (a few keys; rebuilt at every reset). */
    SmallWorldNetwork network;
    final ListOrders orders = new ListOrders();
    /** Scan runs of lattice levels sixteen at a time (false: entry by entry; tests compare both). */
    boolean wordScan = true;
    /** The cursor value past a whole list. */
    private int listEnd;
    /** Entries of their names list each member has passed. */
    private int[] cursor = new int[0];
    /**
     * For each member, 1 + the random acquaintance in the slot their cursor stopped at, when the
     * last turn stopped at one who could be pitched (0 otherwise): the next turn starts there and
     * need not evaluate the permutation again.
     */
    private int[] pending = new int[0];
    /** Members whose cursor is set for this replication. */
    private int started;

    NamesList(NetworkConfig network, PopulationStatus status, Pitching pitching, boolean reapproach) {
        this.population = status.population();
        this.degree = network.degree();
        this.rewiring = network.rewiring();
        this.reapproach = reapproach;
        this.bits = status.bits;
        this.pitching = pitching;
    }

    @Override
    public void reset(long key, RandomGenerator rng) {
        network = new SmallWorldNetwork(population, degree, rewiring, key);
        listEnd = network.positions() << 1;
        orders.draw(network, key, rng);
        started = 0;
    }

    @Override
    public void start() {
    }

    /** Members who joined since the last turns start at the top of their list. */
    @Override
    public void beginMonth(int members) {
        cursor = Genealogy.ensure(cursor, members);
        pending = Genealogy.ensure(pending, members);
        for (int m = started; m < members; m++) {
            cursor[m] = 0;
            pending[m] = 0;
        }
        started = Math.max(started, members);
    }

    @Override
    public boolean nobodyLeft(int member) {
        return !reapproach && cursor[member] >= listEnd;
    }

    /**
     * Member i works through their names list: up to {@code budget} pitches, then moves the cursor
     * past entries nobody can pitch. The cursor packs (passes·positions + place in the order) and
     * the slot into an int: {@code (place << 1) | slot}.
     *
     * <p>Runs of lattice levels are scanned up to sixteen levels at a time
     * ({@link PopulationStatus#usableSlots}): whether the people at v+k..v+k+15 and v−k−15..v−k can
     * be pitched is two 16-bit reads of the closed bits, turned into a 32-bit mask in list order, so
     * passing over the already asked — most of the work once a neighbourhood is picked over —
     * costs a few bit operations per sixteen levels, and an edge's hash is computed only for someone
     * who could be pitched. Random acquaintances, the ends of the ring and a resumed second slot
     * take the entry-by-entry path; both paths make the same pitches ({@code ContactsScanTest}).
     */
    @Override
    public boolean turn(MlmWorld w, int i, long budget, int month, RandomGenerator rng, MonthTally tally) {
        final SmallWorldNetwork net = network;
        final Pitching pitching = this.pitching;
        final int positions = net.positions();
        final int h = net.levels();
        final int n = population;
        final int v = pitching.person[i];
        final boolean again = reapproach;
        final long[] shut = bits;
        final int c = cursor[i];
        int lp = c >>> 1;                   // place in the member's order of positions
        int j = c & 1;                      // slot within the position
        int passes = 0;
        if (lp >= positions) {              // been through the whole list
            if (!again) {
                return true;                // nobody left to ask, ever
            }
            passes = lp / positions;        // reapproaching: the list starts over
            lp -= passes * positions;
        }
        final int base = orders.base(v);
        final short[] order = orders.positionOrders;
        final byte[] runs = orders.latticeRun;
        // at most one whole list a month; without reapproaching, at most one list ever
        int visits = again ? 2 * positions : 2 * (positions - lp) - j;
        long pitches = 0;
        long recruits = 0;
        // the person in the first slot, when it is a random acquaintance found last turn
        int known = pending[i] - 1;
        int stopAt = 0;
        scan:
        while (visits > 0) {
            final int q = order[base + lp];
            if (j == 0 && q < h && wordScan) {
                final int k = q + 1;
                final int g = Math.min(runs[base + lp], Math.min(16, visits >> 1));
                if (g > 0 && v - k - 15 >= 0 && v + k + 15 < n) {
                    int mask = PopulationStatus.usableSlots(shut, v, k) & (-1 >>> (32 - (g << 1)));
                    while (mask != 0) {
                        final int t = Integer.numberOfTrailingZeros(mask);
                        mask &= mask - 1;
                        final int kt = k + (t >>> 1);
                        final int slot = t & 1;
                        if (!net.latticeKept(v, kt, slot)) {
                            continue;
                        }
                        if (pitches == budget) {    // the next pitchable person waits for next month
                            lp += t >>> 1;
                            j = slot;
                            break scan;
                        }
                        final int u = slot == 0 ? v + kt : v - kt;
                        pitches++;
                        if (pitching.pitch(w, i, u, month, rng)) {
                            recruits++;
                        }
                    }
                    visits -= g << 1;
                    lp += g;
                    if (lp == positions) {
                        lp = 0;
                        passes++;
                    }
                    continue;
                }
            }
            final int u;
            if (q < h) {
                final int k = q + 1;
                final int t = net.latticePerson(v, k, j);
                u = !PopulationStatus.isClosed(shut, t) && net.latticeKept(v, k, j) ? t : -1;
            } else {
                final int t = known >= 0 ? known : net.random(v, q - h, j);
                known = -1;
                u = t >= 0 && !PopulationStatus.isClosed(shut, t) ? t : -1;
            }
            if (u >= 0) {
                if (pitches == budget) {
                    if (q >= h) {
                        stopAt = u + 1;
                    }
                    break;                          // the next pitchable person waits for next month
                }
                pitches++;
                if (pitching.pitch(w, i, u, month, rng)) {
                    recruits++;
                }
            }
            visits--;
            if (++j == 2) {
                j = 0;
                if (++lp == positions) {
                    lp = 0;
                    passes++;
                }
            }
        }
        final int passed = ((passes * positions + lp) << 1) | j;
        cursor[i] = passed;
        pending[i] = stopAt;
        tally.pitches += pitches;
        tally.recruits += recruits;
        return passed >= listEnd;
    }

    @Override
    public boolean nobodyLeftForAnyone() {
        return false;
    }
}
