package org.downline.model;

import java.util.Arrays;
import java.util.random.RandomGenerator;
import org.downline.plans.Genealogy;
import org.downline.rng.RandomStreams;
import org.downline.rng.Stream;
import org.downline.scenario.MarketConfig;
import org.downline.scenario.NetworkConfig;
import org.downline.scenario.NetworkKind;
import org.downline.scenario.RecruitmentConfig;
import org.downline.scenario.Scenario;

/**
 * Warm-market recruiting: members pitch the people they know, on a network of the whole
 * population, and run out of people to pitch long before the market runs out of prospects.
 *
 * <p><b>People.</b> Every person 0..N−1 of the population has a status byte: prospect or not
 * (exactly round(N × prospectShare) prospects, placed at random each replication), and whether
 * they have refused a pitch or joined. Founders are random prospects. Members are numbered in join
 * order as everywhere else; {@code person[m]} says who member m is.
 *
 * <p><b>Pitches.</b> Every active member who joined at least {@code startDelayMonths} ago makes
 * about contactsPerMonth × effort / (mean effort) pitches a month: that mean, rounded up or down at
 * random so that it is exact on average (members differ through their effort; a Poisson draw on
 * top would add noise no data pins down). Only people who are not members, and — unless
 * {@code reapproachRefused} — have not refused anyone, can be pitched; others are passed over
 * at no cost (you know who is already in the business, and a refusal is remembered). A pitched
 * prospect joins with probability {@code acceptance}, under the member who pitched them; anyone
 * else refuses. With {@code reapproachRefused} a refused person may be pitched again: every pitch
 * to a prospect is a fresh acceptance trial, and a non-prospect always refuses.
 *
 * <p><b>Whom a member pitches (small-world network).</b> Each member works through their own
 * names list with a cursor: the positions of their acquaintance list ({@link SmallWorldNetwork}:
 * lattice levels and random-acquaintance permutations, two acquaintances each) in an order of
 * their own — one of {@value #ORDERS} uniformly random orders drawn per replication, picked and
 * rotated by a hash of the person — skipping empty slots, members and (unless reapproaching)
 * people who refused. That is what recruits are told to do ("make a list of everyone you know"),
 * and it is cheaper and more exact than sampling an acquaintance at random and rejecting the
 * unusable: over a member's whole life the cursor passes each slot once, so the work is bounded by
 * the degree however picked-over the neighbourhood, a member whose cursor reached the end has
 * provably nobody left to ask (no arbitrary give-up after k failed tries), and such a member costs
 * nothing more. The order does not depend on who is a prospect or who was asked, so a member's
 * pitches are spread over their whole neighbourhood and hit a prospect with the probability that
 * an unasked acquaintance is one. After the month's pitches the cursor also moves past the
 * unusable entries that follow (free), so "nobody left to ask" is known at once. With
 * {@code reapproachRefused} the list starts over after its end; a member visits at most one whole
 * list a month (so nobody is pitched twice by the same member in a month).
 *
 * <p><b>Complete network.</b> Everybody knows everybody, so there is no list: each pitch goes to a
 * person drawn uniformly from a pool of everyone who can be pitched (not members and, unless
 * reapproaching, never asked), kept as an array with swap-removal: exact and O(1) a pitch. This is
 * the well-mixed limit of the model, with a closed-form mean-field recursion (see
 * {@code ContactsMeanFieldTest}).
 *
 * <p><b>Order within a month.</b> Members take their turns in join order (upline before downline),
 * each making all of the month's pitches in turn; a person pitched and refused earlier in the
 * month cannot be pitched again by a later member. This is deterministic and sequential in memory.
 * The month's recruits start pitching after their start delay.
 *
 * <p><b>Random streams.</b> The network key, the placement of prospects and founders come from
 * {@link Stream#NETWORK}; rounding of pitch counts, acceptance and the complete network's draws
 * from {@link Stream#RECRUITMENT}; effort from {@link Stream#EFFORT} (at joining, in
 * {@link MlmWorld}).
 */
final class ContactsRecruiter implements Recruiter {

    /** Number of distinct level orders drawn per replication. */
    static final int ORDERS = 256;

    /** Status bits of a person. */
    static final byte PROSPECT = 1;
    static final byte REFUSED = 2;
    static final byte MEMBER = 4;

    /** Receives every pitch as it happens (tests). */
    interface PitchListener {
        /** Member {@code member} pitched {@code person}, whose status was {@code before}. */
        void pitched(int member, int person, byte before, boolean joined);
    }

    private final int population;
    private final long prospects;
    private final NetworkConfig networkConfig;
    private final boolean complete;
    private final boolean reapproach;
    private final double acceptance;
    /** contactsPerMonth / mean effort: a member's monthly pitches per unit of effort. */
    private final double pitchesPerEffort;
    private final int startDelay;
    private final int founders;

    /** Status of every person (PROSPECT | REFUSED | MEMBER bits), reused across replications. */
    final byte[] status;
    /** Complete network: people who can be pitched, in [0, poolSize). */
    private int[] pool;
    private int poolSize;
    /** Small-world network of the current replication (a few keys; rebuilt at every reset). */
    SmallWorldNetwork network;
    private long orderKey;
    /**
     * {@value #ORDERS} uniformly random orders of the network's list positions, drawn per
     * replication; a person's names list follows one of them, rotated by an offset of their own.
     */
    private short[] positionOrders = new short[0];
    /** The cursor value past a whole list. */
    private int listEnd;
    /** The person each member is, by member number. */
    int[] person = new int[0];
    /** Entries of their names list each member has passed (small-world). */
    int[] cursor = new int[0];
    private int[] founderPersons = new int[0];
    /** People never pitched who are not members, and how many of them are prospects. */
    long unasked;
    long unaskedProspects;
    PitchListener listener;

    ContactsRecruiter(Scenario scenario) {
        MarketConfig market = scenario.market();
        RecruitmentConfig r = scenario.recruitment();
        if (market.population() > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("population too large for the contacts model: " + market.population());
        }
        this.population = (int) market.population();
        this.prospects = market.prospects();
        this.networkConfig = market.network();
        this.complete = networkConfig.kind() == NetworkKind.COMPLETE;
        this.reapproach = market.reapproachRefused();
        this.acceptance = r.acceptance();
        this.pitchesPerEffort = r.contactsPerMonth() / r.effort().mean();
        this.startDelay = r.startDelayMonths();
        this.founders = r.founders();
        this.status = new byte[population];
    }

    /**
     * Heap bytes held for the whole population rather than per member, for the memory guard: a
     * status byte per person (and on the complete network a pool entry per person), the network's
     * keys, the drawn list orders and the founders' people.
     */
    static long populationBytes(Scenario scenario) {
        final MarketConfig m = scenario.market();
        // the founders' people, and 4 KiB for objects and array headers
        final long founderBytes = (long) Integer.BYTES * scenario.recruitment().founders() + 4096;
        if (m.network().kind() == NetworkKind.COMPLETE) {
            return m.population() * (Byte.BYTES + Integer.BYTES) + founderBytes;
        }
        final int degree = m.network().degree();
        final long positions = degree / 2 + (long) Math.ceil(m.network().rewiring() * (degree / 2));
        return m.population() * Byte.BYTES + SmallWorldNetwork.bytes(degree, m.network().rewiring())
                + ORDERS * positions * Short.BYTES + founderBytes;
    }

    @Override
    public long bytesPerMember() {
        return 2L * Integer.BYTES;         // person, cursor
    }

    @Override
    public void reset(MlmWorld w, long seed, long replication) {
        final RandomGenerator rng = RandomStreams.create(seed, replication, Stream.NETWORK);
        final long key = rng.nextLong();
        network = complete ? null
                : new SmallWorldNetwork(population, networkConfig.degree(), networkConfig.rewiring(), key);
        orderKey = RandomStreams.mix64(key ^ 0x3C6EF372FE94F82BL);
        if (network != null) {
            final int h = network.positions();
            listEnd = h << 1;
            if (positionOrders.length != ORDERS * h) {
                positionOrders = new short[ORDERS * h];
            }
            for (int o = 0; o < ORDERS; o++) {
                final int base = o * h;
                for (int l = 0; l < h; l++) {
                    positionOrders[base + l] = (short) l;
                }
                for (int l = h - 1; l > 0; l--) {             // Fisher–Yates
                    final int r = rng.nextInt(l + 1);
                    final short t = positionOrders[base + l];
                    positionOrders[base + l] = positionOrders[base + r];
                    positionOrders[base + r] = t;
                }
            }
        }
        Arrays.fill(status, (byte) 0);
        placeProspects(rng);
        unasked = population;
        unaskedProspects = prospects;
    }

    /**
     * Marks exactly {@code prospects} people as prospects, uniformly at random, and picks the
     * founders among them. Few prospects: draw people until enough distinct ones are marked (the
     * first picks are a uniform random sequence of distinct prospects, so they are the founders).
     * Many: mark everyone and unmark the non-prospects the same way, then draw founders until a
     * prospect not yet chosen comes up (at least even odds a draw).
     */
    private void placeProspects(RandomGenerator rng) {
        final byte[] st = status;
        final int n = population;
        if (founderPersons.length < founders) {
            founderPersons = new int[founders];
        }
        if (prospects <= n / 2) {
            long marked = 0;
            while (marked < prospects) {
                int p = rng.nextInt(n);
                if (st[p] == 0) {
                    st[p] = PROSPECT;
                    if (marked < founders) {
                        founderPersons[(int) marked] = p;
                    }
                    marked++;
                }
            }
        } else {
            Arrays.fill(st, PROSPECT);
            long unmarked = 0;
            while (unmarked < n - prospects) {
                int p = rng.nextInt(n);
                if (st[p] == PROSPECT) {
                    st[p] = 0;
                    unmarked++;
                }
            }
            for (int f = 0; f < founders; f++) {
                int p;
                do {
                    p = rng.nextInt(n);
                } while (st[p] != PROSPECT);
                st[p] = PROSPECT | MEMBER;          // provisional, so the next draw skips them
                founderPersons[f] = p;
            }
        }
    }

    @Override
    public void addFounders(MlmWorld w, int count) {
        for (int f = 0; f < count; f++) {
            final int p = founderPersons[f];
            final int id = w.join(Genealogy.COMPANY, 0);
            record(id, p);
            status[p] = PROSPECT | MEMBER;
            unasked--;
            unaskedProspects--;
        }
        if (complete) {
            fillPool();
        }
        w.set(MlmSeries.UNASKED, 0, unasked);
        w.set(MlmSeries.UNASKED_PROSPECTS, 0, unaskedProspects);
        w.set(MlmSeries.RECRUITS_PER_PITCH, 0, Double.NaN);
        w.set(MlmSeries.PITCHES_PER_RECRUIT, 0, Double.NaN);
        w.set(MlmSeries.RECRUITS_PER_RECRUITER, 0, Double.NaN);
        w.set(MlmSeries.SHARE_NO_UNASKED_LEFT, 0, Double.NaN);
    }

    private void fillPool() {
        if (pool == null) {
            pool = new int[population];
        }
        final byte[] st = status;
        int size = 0;
        for (int p = 0; p < population; p++) {
            if ((st[p] & MEMBER) == 0) {
                pool[size++] = p;
            }
        }
        poolSize = size;
    }

    /** Records that member {@code id} is person {@code p}, growing the member arrays as needed. */
    private void record(int id, int p) {
        if (id >= person.length) {
            person = Genealogy.ensure(person, id + 1);
            cursor = Genealogy.ensure(cursor, id + 1);
        }
        person[id] = p;
        cursor[id] = 0;
    }

    @Override
    public void recruit(MlmWorld w, int month) {
        // Members at the start of the month take their turns; the month's recruits are appended
        // behind them and wait for their start delay. The world's arrays may be replaced while
        // recruits join, but entries below n never change during recruiting, so reading them
        // through the locals taken here stays correct.
        final int n = w.size();
        final boolean[] active = w.genealogy().active;
        final int[] joinMonth = w.joinMonth;
        final float[] effort = w.effort;
        final int latestEligibleJoin = month - startDelay;
        final RandomGenerator rng = w.recruitmentRng();
        final double perEffort = pitchesPerEffort;
        long pitches = 0;
        long recruits = 0;
        long recruiters = 0;
        long activeCount = 0;
        long listDone = 0;
        final boolean again = reapproach;
        for (int i = 0; i < n; i++) {
            if (!active[i]) {
                continue;
            }
            activeCount++;
            final boolean eligible = joinMonth[i] <= latestEligibleJoin;
            if (eligible) {
                recruiters++;
            }
            if (complete ? poolSize == 0 : !again && cursor[i] >= listEnd) {
                listDone += complete ? 0 : 1;
                continue;                                    // nobody left to pitch: no draws
            }
            long budget = 0;
            if (eligible) {
                final double lambda = perEffort * effort[i];
                budget = (long) lambda;                      // saturates for absurd efforts
                final double frac = lambda - budget;
                if (frac > 0 && rng.nextDouble() < frac) {
                    budget++;
                }
            }
            final long made;
            if (complete) {
                made = budget == 0 ? 0 : pitchComplete(w, i, budget, month, rng);
            } else {
                made = pitchList(w, i, budget, month, rng);
                if (cursor[i] >= listEnd) {
                    listDone++;
                }
            }
            pitches += made >>> 32;
            recruits += made & 0xFFFFFFFFL;
        }
        if (complete && unasked == 0) {
            listDone = activeCount;
        }
        w.set(MlmSeries.PITCHES, month, pitches);
        w.set(MlmSeries.RECRUITERS, month, recruiters);
        w.set(MlmSeries.UNASKED, month, unasked);
        w.set(MlmSeries.UNASKED_PROSPECTS, month, unaskedProspects);
        w.set(MlmSeries.RECRUITS_PER_PITCH, month, pitches == 0 ? Double.NaN : (double) recruits / pitches);
        w.set(MlmSeries.PITCHES_PER_RECRUIT, month, recruits == 0 ? Double.NaN : (double) pitches / recruits);
        w.set(MlmSeries.RECRUITS_PER_RECRUITER, month,
                recruiters == 0 ? Double.NaN : (double) recruits / recruiters);
        w.set(MlmSeries.SHARE_NO_UNASKED_LEFT, month,
                activeCount == 0 ? Double.NaN : (double) listDone / activeCount);
    }

    /**
     * Member i works through their names list: up to {@code budget} pitches, then moves the
     * cursor past entries nobody can pitch. The list is the network's positions (lattice levels
     * and random-acquaintance permutations, two slots each) in an order of the member's own: one
     * of {@value #ORDERS} uniformly random orders drawn per replication, chosen and rotated by a
     * hash of the person. The cursor packs (passes·positions + place in the order) and the slot
     * into an int: {@code (place << 1) | slot}.
     *
     * <p>On a lattice slot the person is known without hashing, so their status is read first and
     * the edge's hash is computed only for someone who could be pitched: skipping the already
     * asked — most of the work once a neighbourhood is saturated — costs a byte read from the few
     * cache lines around the member.
     *
     * @return pitches made in the high 32 bits, recruits in the low 32
     */
    private long pitchList(MlmWorld w, int i, long budget, int month, RandomGenerator rng) {
        final SmallWorldNetwork net = network;
        final byte[] st = status;
        final int positions = net.positions();
        final int h = net.levels();
        final int v = person[i];
        final boolean again = reapproach;
        final byte unusable = again ? MEMBER : MEMBER | REFUSED;
        final int c = cursor[i];
        int lp = c >>> 1;                   // place in the member's order of positions
        int j = c & 1;                      // slot within the position
        int passes = 0;
        if (lp >= positions) {              // been through the whole list
            if (!again) {
                return 0;                   // nobody left to ask, ever
            }
            passes = lp / positions;        // reapproaching: the list starts over
            lp -= passes * positions;
        }
        // the member's order: one of the drawn orders, rotated by an offset of their own
        final long key = RandomStreams.mix64(orderKey + v);
        final short[] orders = positionOrders;
        final int base = (int) (key & (ORDERS - 1)) * positions;
        final int offset = (int) (((key >>> 32) * positions) >>> 32);
        // at most one whole list a month; without reapproaching, at most one list ever
        int visits = again ? 2 * positions : 2 * (positions - lp) - j;
        int q = orders[base + rotate(lp, offset, positions)];
        long pitches = 0;
        long recruits = 0;
        while (visits > 0) {
            if (j == 0 && q < h && visits >= 2) {
                // both people at this lattice level unusable (the common case in a picked-over
                // neighbourhood): pass the level with one test and no hashing
                final int k = q + 1;
                if ((st[net.latticePerson(v, k, 0)] & unusable) != 0
                        & (st[net.latticePerson(v, k, 1)] & unusable) != 0) {
                    visits -= 2;
                    if (++lp == positions) {
                        lp = 0;
                        passes++;
                    }
                    q = orders[base + rotate(lp, offset, positions)];
                    continue;
                }
            }
            final int u;
            final byte s;
            if (q < h) {
                final int k = q + 1;
                final int t = net.latticePerson(v, k, j);
                final byte ts = st[t];
                if ((ts & unusable) == 0 && net.latticeKept(v, k, j)) {
                    u = t;
                    s = ts;
                } else {
                    u = -1;
                    s = 0;
                }
            } else {
                final int t = net.random(v, q - h, j);
                if (t >= 0 && (st[t] & unusable) == 0) {
                    u = t;
                    s = st[t];
                } else {
                    u = -1;
                    s = 0;
                }
            }
            if (u >= 0) {
                if (pitches == budget) {
                    break;                          // the next pitchable person waits for next month
                }
                pitches++;
                if (pitch(w, i, u, s, month, rng)) {
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
                q = orders[base + rotate(lp, offset, positions)];
            }
        }
        cursor[i] = ((passes * positions + lp) << 1) | j;
        return pitches << 32 | recruits;
    }

    /**
     * Member i pitches {@code budget} people drawn uniformly from the pool of those who can be
     * pitched (complete network).
     *
     * @return pitches made in the high 32 bits, recruits in the low 32
     */
    private long pitchComplete(MlmWorld w, int i, long budget, int month, RandomGenerator rng) {
        final byte[] st = status;
        final int[] pool = this.pool;
        // with reapproaching, at most as many pitches as there are people to pitch, a month
        long left = reapproach ? Math.min(budget, poolSize) : budget;
        long pitches = 0;
        long recruits = 0;
        while (left > 0 && poolSize > 0) {
            left--;
            final int j = rng.nextInt(poolSize);
            final int u = pool[j];
            final byte s = st[u];
            pitches++;
            final boolean joins = pitch(w, i, u, s, month, rng);
            if (joins) {
                recruits++;
            }
            if (joins || !reapproach) {
                pool[j] = pool[--poolSize];
            }
        }
        return pitches << 32 | recruits;
    }

    /**
     * Member i pitches person u, whose status is s (not a member): the unasked counts, the answer,
     * the listener, and the person's new status; a prospect who accepts joins under i.
     *
     * @return whether u joined
     */
    private boolean pitch(MlmWorld w, int i, int u, byte s, int month, RandomGenerator rng) {
        if ((s & REFUSED) == 0) {
            unasked--;
            if ((s & PROSPECT) != 0) {
                unaskedProspects--;
            }
        }
        final boolean joins = (s & PROSPECT) != 0 && rng.nextDouble() < acceptance;
        if (listener != null) {
            listener.pitched(i, u, s, joins);
        }
        if (joins) {
            status[u] = (byte) (s | MEMBER);
            record(w.join(i, month), u);
        } else {
            status[u] = (byte) (s | REFUSED);
        }
        return joins;
    }

    /** (lp + offset) mod h for 0 ≤ lp, offset &lt; h. */
    private static int rotate(int lp, int offset, int h) {
        final int x = lp + offset;
        return x >= h ? x - h : x;
    }

    /** The person member {@code m} is. */
    int personOf(int m) {
        return person[m];
    }
}
