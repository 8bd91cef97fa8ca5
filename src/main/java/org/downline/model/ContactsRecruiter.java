package org.downline.model;

import java.util.Arrays;
import java.util.random.RandomGenerator;
import org.downline.plans.Genealogy;
import org.downline.rng.RandomStreams;
import org.downline.rng.ReplicationStreams;
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
 * <p><b>People.</b> Every person 0..N−1 of the population has four status bits: prospect or not
 * (exactly round(N × prospectShare) prospects, placed at random each replication), whether they
 * have joined or refused a pitch, and whether they can no longer be pitched. Founders are random prospects. Members are numbered in join
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
 * names list with a cursor, closest acquaintances first: the lattice levels 1..h in order (level k
 * holds the people k places away on either side, v+k then v−k), with each random acquaintance
 * (a permutation position of {@link SmallWorldNetwork}, two acquaintances) placed after a lattice
 * level drawn uniformly at random — one of {@value #ORDERS} such orders drawn per replication,
 * picked by a hash of the person. Members and (unless reapproaching) people who refused are passed
 * over. Why this order: recruits are told to "make a list of everyone you know" and start with
 * family and close friends; on the ring, nearness is tie strength (neighbours k places apart share
 * the more acquaintances the smaller k is, and strong ties overlap most), so the closest are the
 * ones the member's sponsor — usually near them — has most likely asked already, which is the
 * saturation this model is about. A random acquaintance stands for a rewired lattice edge in
 * Watts–Strogatz, so it comes at the level of a lattice tie drawn at random. A cursor rather than
 * sampling an acquaintance and rejecting the unusable: over a member's whole life the cursor
 * passes each slot once, so the work is bounded by the degree however picked-over the
 * neighbourhood, a member whose cursor reached the end has provably nobody left to ask (no
 * arbitrary give-up after k failed tries), and such a member costs nothing more. The order does
 * not depend on who is a prospect or who was asked, so a pitch hits a prospect with the
 * probability that an unasked acquaintance is one. After the month's pitches the cursor also
 * moves past the unusable entries that follow, so "nobody left to ask" is known at once. With
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

    /** Status bits of a person, as {@link #status(int)} reports them. */
    static final byte PROSPECT = 1;
    static final byte REFUSED = 2;
    static final byte MEMBER = 4;

    /** Offsets of the four words of a group of 64 people in {@link #bits}. */
    static final int CLOSED_WORD = 0;
    static final int PROSPECT_WORD = 1;
    static final int MEMBER_WORD = 2;
    static final int REFUSED_WORD = 3;

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

    /**
     * The status of every person, four bits each, reused across replications: for each group of
     * 64 people (person p is bit p mod 64 of group p / 64) four consecutive longs, starting at
     * 4 × group — closed (cannot be pitched: a member, or unless reapproaching someone who
     * refused; the bit the names-list scan tests), prospect, member, refused. A member's whole
     * neighbourhood is a few cache lines, and pitching someone reads and writes the line the scan
     * just read (10^7 people: 5 MB). Two groups of slack at the end let the scan read a word past
     * the last person.
     */
    final long[] bits;
    /** Complete network: people who can be pitched, in [0, poolSize). */
    private int[] pool;
    private int poolSize;
    /** Small-world network of the current replication (a few keys; rebuilt at every reset). */
    SmallWorldNetwork network;
    private long orderKey;
    /**
     * {@value #ORDERS} orders of the network's list positions, drawn per replication (lattice
     * levels ascending, random acquaintances after random levels); a person's names list follows
     * one of them.
     */
    short[] positionOrders = new short[0];
    /** For each place of each order: lattice levels in a row from there, at most 8. */
    byte[] latticeRun = new byte[0];
    /** Scan runs of lattice levels eight at a time (false: entry by entry; tests compare both). */
    boolean wordScan = true;
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
        this.bits = new long[words(population)];
    }

    /** Length of {@link #bits} for a population: four longs per 64 people, two groups of slack. */
    static int words(long population) {
        return (int) (((population >>> 6) + 2) << 2);
    }

    /**
     * Heap bytes held for the whole population rather than per member, for the memory guard: four
     * status bits per person (and on the complete network a pool entry per person), the network's
     * keys, the drawn list orders and the founders' people.
     */
    static long populationBytes(Scenario scenario) {
        final MarketConfig m = scenario.market();
        // the founders' people, and 4 KiB for objects and array headers
        final long founderBytes = (long) Integer.BYTES * scenario.recruitment().founders() + 4096;
        final long statusBytes = (long) words(m.population()) * Long.BYTES;
        if (m.network().kind() == NetworkKind.COMPLETE) {
            return m.population() * Integer.BYTES + statusBytes + founderBytes;
        }
        final int degree = m.network().degree();
        final double rewiring = m.network().rewiring();
        final long positions = SmallWorldNetwork.positions(degree, rewiring);
        return statusBytes + SmallWorldNetwork.bytes(degree, rewiring)
                + ORDERS * positions * (Short.BYTES + Byte.BYTES) + founderBytes;
    }

    @Override
    public void reset(MlmWorld w, ReplicationStreams streams) {
        final RandomGenerator rng = streams.get(Stream.NETWORK);
        final long key = rng.nextLong();
        network = complete ? null
                : new SmallWorldNetwork(population, networkConfig.degree(), networkConfig.rewiring(), key);
        orderKey = RandomStreams.mix64(key ^ 0x3C6EF372FE94F82BL);
        if (network != null) {
            final int positions = network.positions();
            listEnd = positions << 1;
            if (positionOrders.length != ORDERS * positions) {
                positionOrders = new short[ORDERS * positions];
                latticeRun = new byte[ORDERS * positions];
            }
            final int levels = network.levels();
            final int[] after = new int[positions - levels];
            for (int o = 0; o < ORDERS; o++) {
                final int base = o * positions;
                for (int r = 0; r < after.length; r++) {
                    after[r] = rng.nextInt(levels);      // random acquaintance r comes after this level
                }
                int at = 0;
                for (int l = 0; l < levels; l++) {
                    positionOrders[base + at++] = (short) l;
                    for (int r = 0; r < after.length; r++) {
                        if (after[r] == l) {
                            positionOrders[base + at++] = (short) (levels + r);
                        }
                    }
                }
                int run = 0;                             // lattice levels in a row from each place
                for (int l = positions - 1; l >= 0; l--) {
                    run = positionOrders[base + l] < levels ? Math.min(run + 1, 8) : 0;
                    latticeRun[base + l] = (byte) run;
                }
            }
        }
        Arrays.fill(bits, 0L);
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
        final long[] b = bits;
        final int n = population;
        if (founderPersons.length < founders) {
            founderPersons = new int[founders];
        }
        if (prospects <= n / 2) {
            long marked = 0;
            while (marked < prospects) {
                int p = rng.nextInt(n);
                if (!has(b, PROSPECT_WORD, p)) {
                    set(b, PROSPECT_WORD, p);
                    if (marked < founders) {
                        founderPersons[(int) marked] = p;
                    }
                    marked++;
                }
            }
        } else {
            for (int g = 0; g < n >>> 6; g++) {
                b[(g << 2) + PROSPECT_WORD] = -1L;
            }
            if ((n & 63) != 0) {
                b[((n >>> 6) << 2) + PROSPECT_WORD] = (1L << n) - 1;     // the last, partial group
            }
            long unmarked = 0;
            while (unmarked < n - prospects) {
                int p = rng.nextInt(n);
                if (has(b, PROSPECT_WORD, p)) {
                    clear(b, PROSPECT_WORD, p);
                    unmarked++;
                }
            }
            for (int f = 0; f < founders; f++) {
                int p;
                do {
                    p = rng.nextInt(n);
                } while (!has(b, PROSPECT_WORD, p) || has(b, MEMBER_WORD, p));
                set(b, MEMBER_WORD, p);             // provisional, so the next draw skips them
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
            set(bits, MEMBER_WORD, p);
            set(bits, CLOSED_WORD, p);
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
        int size = 0;
        for (int p = 0; p < population; p++) {
            if (!has(bits, MEMBER_WORD, p)) {
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
     * cursor past entries nobody can pitch. The list is the network's positions — lattice levels
     * 1..h in order, closest first, with the random acquaintances (permutations) inserted after
     * levels drawn at random: one of {@value #ORDERS} such orders drawn per replication, chosen by
     * a hash of the person — two slots each. The cursor packs (passes·positions + place in the
     * order) and the slot into an int: {@code (place << 1) | slot}.
     *
     * <p>Runs of lattice levels are scanned up to eight levels at a time ({@link #usableSlots}):
     * whether the people at v+k..v+k+7 and v−k−7..v−k can be pitched is two 8-bit reads of the
     * closed bits, turned into a 16-bit mask in list order, so passing over the already
     * asked — most of the work once a neighbourhood is picked over — costs a few bit operations
     * per eight levels, and an edge's hash is computed only for someone who could be pitched.
     * Random acquaintances, the ends of the ring and a resumed second slot take the
     * entry-by-entry path; both paths make the same pitches ({@code ContactsScanTest}).
     *
     * @return pitches made in the high 32 bits, recruits in the low 32
     */
    private long pitchList(MlmWorld w, int i, long budget, int month, RandomGenerator rng) {
        final SmallWorldNetwork net = network;
        final int positions = net.positions();
        final int h = net.levels();
        final int n = population;
        final int v = person[i];
        final boolean again = reapproach;
        final long[] shut = bits;
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
        final int base = (int) (RandomStreams.mix64(orderKey + v) & (ORDERS - 1)) * positions;
        final short[] orders = positionOrders;
        final byte[] runs = latticeRun;
        // at most one whole list a month; without reapproaching, at most one list ever
        int visits = again ? 2 * positions : 2 * (positions - lp) - j;
        long pitches = 0;
        long recruits = 0;
        scan:
        while (visits > 0) {
            final int q = orders[base + lp];
            if (j == 0 && q < h && wordScan) {
                final int k = q + 1;
                final int g = Math.min(runs[base + lp], Math.min(8, visits >> 1));
                if (g > 0 && v - k - 7 >= 0 && v + k + 7 < n) {
                    int mask = usableSlots(shut, v, k) & ((1 << (g << 1)) - 1);
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
                        if (pitch(w, i, u, month, rng)) {
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
                u = !isClosed(shut, t) && net.latticeKept(v, k, j) ? t : -1;
            } else {
                final int t = net.random(v, q - h, j);
                u = t >= 0 && !isClosed(shut, t) ? t : -1;
            }
            if (u >= 0) {
                if (pitches == budget) {
                    break;                          // the next pitchable person waits for next month
                }
                pitches++;
                if (pitch(w, i, u, month, rng)) {
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
        cursor[i] = ((passes * positions + lp) << 1) | j;
        return pitches << 32 | recruits;
    }

    /**
     * The people among v's lattice acquaintances at levels k..k+7 who can be pitched, as a 16-bit
     * mask in list order: bit 2i is v+k+i, bit 2i+1 is v−(k+i). Whether the edge was kept is not
     * checked. Needs v−k−7 ≥ 0 and v+k+7 &lt; population.
     */
    static int usableSlots(long[] bits, int v, int k) {
        final int right = ~closed8(bits, v + k) & 0xFF;                          // bit i: v+k+i
        final int left = ~(Integer.reverse(closed8(bits, v - k - 7)) >>> 24) & 0xFF; // bit i: v−k−i
        return spread(right) | (spread(left) << 1);
    }

    /** The closed bits of people a..a+7 as bits 0..7. */
    static int closed8(long[] bits, int a) {
        final int w = (a >>> 6) << 2;
        final int off = a & 63;
        // the next group's contribution, shifted in two steps so that off = 0 leaves none
        return (int) ((bits[w] >>> off) | ((bits[w + 4] << 1) << (63 - off))) & 0xFF;
    }

    /** Bit i of x (8 bits) moved to bit 2i. */
    static int spread(int x) {
        x = (x | (x << 4)) & 0x0F0F;
        x = (x | (x << 2)) & 0x3333;
        return (x | (x << 1)) & 0x5555;
    }

    /**
     * Member i pitches {@code budget} people drawn uniformly from the pool of those who can be
     * pitched (complete network).
     *
     * @return pitches made in the high 32 bits, recruits in the low 32
     */
    private long pitchComplete(MlmWorld w, int i, long budget, int month, RandomGenerator rng) {
        final int[] pool = this.pool;
        // with reapproaching, at most as many pitches as there are people to pitch, a month
        long left = reapproach ? Math.min(budget, poolSize) : budget;
        long pitches = 0;
        long recruits = 0;
        while (left > 0 && poolSize > 0) {
            left--;
            final int j = rng.nextInt(poolSize);
            final int u = pool[j];
            pitches++;
            final boolean joins = pitch(w, i, u, month, rng);
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
     * Member i pitches person u (not a member): the unasked counts, the answer, the listener, and
     * the person's new status; a prospect who accepts joins under i.
     *
     * @return whether u joined
     */
    private boolean pitch(MlmWorld w, int i, int u, int month, RandomGenerator rng) {
        final long[] b = bits;
        final int g = (u >>> 6) << 2;
        final long bit = 1L << u;
        final boolean prospect = (b[g + PROSPECT_WORD] & bit) != 0;
        final boolean refused = (b[g + REFUSED_WORD] & bit) != 0;
        if (!refused) {
            unasked--;
            if (prospect) {
                unaskedProspects--;
            }
        }
        final boolean joins = prospect && rng.nextDouble() < acceptance;
        if (listener != null) {
            tell(i, u, prospect, refused, joins);
        }
        if (joins) {
            b[g + MEMBER_WORD] |= bit;
            b[g + CLOSED_WORD] |= bit;
            joined(w, i, u, month);
        } else {
            b[g + REFUSED_WORD] |= bit;
            if (!reapproach) {
                b[g + CLOSED_WORD] |= bit;
            }
        }
        return joins;
    }

    /** Person u joins under member i (kept out of {@link #pitch}, so that it inlines). */
    private void joined(MlmWorld w, int i, int u, int month) {
        record(w.join(i, month), u);
    }

    private void tell(int i, int u, boolean prospect, boolean refused, boolean joins) {
        listener.pitched(i, u, (byte) ((prospect ? PROSPECT : 0) | (refused ? REFUSED : 0)), joins);
    }

    /** Whether person p has the status bit of the given word (CLOSED_WORD …). */
    static boolean has(long[] bits, int word, int p) {
        return (bits[((p >>> 6) << 2) + word] & (1L << p)) != 0;
    }

    private static void set(long[] bits, int word, int p) {
        bits[((p >>> 6) << 2) + word] |= 1L << p;
    }

    private static void clear(long[] bits, int word, int p) {
        bits[((p >>> 6) << 2) + word] &= ~(1L << p);
    }

    /** Whether person p cannot be pitched. */
    static boolean isClosed(long[] bits, int p) {
        return (bits[(p >>> 6) << 2] & (1L << p)) != 0;
    }

    /** Person p's status as PROSPECT | REFUSED | MEMBER bits. */
    byte status(int p) {
        return (byte) ((has(bits, PROSPECT_WORD, p) ? PROSPECT : 0) | (has(bits, REFUSED_WORD, p) ? REFUSED : 0)
                | (has(bits, MEMBER_WORD, p) ? MEMBER : 0));
    }

    int population() {
        return population;
    }

    /** The person member {@code m} is. */
    int personOf(int m) {
        return person[m];
    }
}
