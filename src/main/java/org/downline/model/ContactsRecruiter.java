package org.downline.model;

import java.util.random.RandomGenerator;
import org.downline.rng.ReplicationStreams;
import org.downline.rng.Stream;
import org.downline.scenario.MarketConfig;
import org.downline.scenario.NetworkKind;
import org.downline.scenario.RecruitmentConfig;
import org.downline.scenario.Scenario;

/**
 * Warm-market recruiting: members pitch the people they know, on a network of the whole
 * population, and run out of people to pitch long before the market runs out of prospects. This
 * class runs a month's turns; the parts are:
 * <ul>
 *   <li>{@link PopulationStatus} — every person's status bits (prospect, refused, closed; member derived)
 *       and the unasked counts;</li>
 *   <li>{@link ProspectPlacement} — exactly round(N × prospectShare) prospects, placed at random
 *       each replication, and the founders among them;</li>
 *   <li>{@link PitchStrategy} — whom a member pitches: {@link NamesList} (each member's names list
 *       on the small world, closest first, in one of the {@link ListOrders}) or
 *       {@link CompleteNetworkPool} (everybody knows everybody), picked once per world;</li>
 *   <li>{@link Pitching} — a pitch's answer and the join, and which person each member is;</li>
 *   <li>{@link MonthTally} — the month's counts, written to the world's series.</li>
 * </ul>
 *
 * <p><b>Pitches.</b> Every active member who joined at least {@code startDelayMonths} ago makes
 * about contactsPerMonth × effort / (mean effort) pitches a month: that mean, rounded up or down at
 * random so that it is exact on average (members differ through their effort; a Poisson draw on
 * top would add noise no data pins down). Only people who are not members, and — unless
 * {@code reapproachRefused} — have not refused anyone, can be pitched; others are passed over
 * at no cost (you know who is already in the business, and a refusal is remembered). A pitched
 * prospect joins with probability {@code acceptance}, under the member who pitched them; anyone
 * else refuses. With {@code reapproachRefused} a refused person may be pitched again: every pitch
 * to a prospect is a fresh acceptance trial, and a non-prospect always refuses. A member with
 * nobody left to pitch is passed over without a draw.
 *
 * <p><b>Order within a month.</b> Members take their turns in join order (upline before downline),
 * each making all of the month's pitches in turn; a person pitched and refused earlier in the
 * month cannot be pitched again by a later member. This is deterministic and sequential in memory.
 * The month's recruits start pitching after their start delay.
 *
 * <p><b>Random streams.</b> The network key, the list orders, the placement of prospects and
 * founders come from {@link Stream#NETWORK}, in that order; rounding of pitch counts, acceptance
 * and the complete network's draws from {@link Stream#RECRUITMENT}; effort from
 * {@link Stream#EFFORT} (at joining, in {@link MlmWorld}).
 */
final class ContactsRecruiter implements Recruiter {

    private final long prospects;
    /** contactsPerMonth / mean effort: a member's monthly pitches per unit of effort. */
    private final double pitchesPerEffort;
    private final int startDelay;
    private final int founders;
    final PopulationStatus status;
    final Pitching pitching;
    /** Whom members pitch: the names list on the small world or the complete network's pool. */
    private final PitchStrategy whom;
    private final MonthTally tally = new MonthTally();
    private int[] founderPersons = new int[0];

    ContactsRecruiter(Scenario scenario) {
        MarketConfig market = scenario.market();
        RecruitmentConfig r = scenario.recruitment();
        if (market.population() > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("population too large for the contacts model: " + market.population());
        }
        this.prospects = market.prospects();
        this.pitchesPerEffort = r.contactsPerMonth() / r.effort().mean();
        this.startDelay = r.startDelayMonths();
        this.founders = r.founders();
        this.status = new PopulationStatus((int) market.population(), market.reapproachRefused());
        this.pitching = new Pitching(status, r.acceptance());
        this.whom = PitchStrategy.of(market.network(), status, pitching, market.reapproachRefused());
    }

    /**
     * Heap bytes held for the whole population rather than per member, for the memory guard: three
     * status bits per person (and on the complete network a pool entry per person), the network's
     * keys, the drawn list orders and the founders' people.
     */
    static long populationBytes(Scenario scenario) {
        final MarketConfig m = scenario.market();
        // the founders' people, and 4 KiB for objects and array headers
        final long founderBytes = (long) Integer.BYTES * scenario.recruitment().founders() + 4096;
        final long statusBytes = PopulationStatus.bytes(m.population());
        if (m.network().kind() == NetworkKind.COMPLETE) {
            return CompleteNetworkPool.bytes(m.population()) + statusBytes + founderBytes;
        }
        final int degree = m.network().degree();
        final double rewiring = m.network().rewiring();
        final long positions = SmallWorldNetwork.positions(degree, rewiring);
        return statusBytes + SmallWorldNetwork.bytes(degree, rewiring) + ListOrders.bytes(positions) + founderBytes;
    }

    /**
     * Draws the replication's network (its key first, then the list orders) and places the
     * prospects and founders, all from the NETWORK stream.
     */
    @Override
    public void reset(MlmWorld w, ReplicationStreams streams) {
        final RandomGenerator rng = streams.get(Stream.NETWORK);
        whom.reset(rng.nextLong(), rng);
        status.clear(prospects);
        if (founderPersons.length < founders) {
            founderPersons = new int[founders];
        }
        ProspectPlacement.place(status, prospects, founderPersons, founders, rng);
    }

    @Override
    public void addFounders(MlmWorld w, int count) {
        for (int f = 0; f < count; f++) {
            pitching.founder(w, founderPersons[f]);
        }
        whom.start();
        MonthTally.recordStart(w, status);
    }

    @Override
    public void recruit(MlmWorld w, int month) {
        // Members at the start of the month take their turns; the month's recruits are appended
        // behind them and wait for their start delay. The world's arrays may be replaced while
        // recruits join, but entries below n never change during recruiting, so reading them
        // through the locals taken here stays correct.
        final int n = w.size();
        final boolean[] active = w.genealogy().active;
        final short[] joinMonth = w.joinMonth;
        final float[] effort = w.effort;
        final int latestEligibleJoin = month - startDelay;
        final RandomGenerator rng = w.recruitmentRng();
        final double perEffort = pitchesPerEffort;
        final PitchStrategy whom = this.whom;
        final MonthTally tally = this.tally;
        tally.clear();
        whom.beginMonth(n);
        long activeCount = 0;
        long recruiters = 0;
        long nobodyLeft = 0;
        for (int i = 0; i < n; i++) {
            if (!active[i]) {
                continue;
            }
            activeCount++;
            final boolean eligible = joinMonth[i] <= latestEligibleJoin;
            if (eligible) {
                recruiters++;
            }
            if (whom.nobodyLeft(i)) {
                nobodyLeft++;
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
            if (whom.turn(w, i, budget, month, rng, tally)) {
                nobodyLeft++;
            }
        }
        tally.active = activeCount;
        tally.recruiters = recruiters;
        tally.nobodyLeft = whom.nobodyLeftForAnyone() ? activeCount : nobodyLeft;
        tally.record(w, month, status);
    }

    /** Whom members pitch on the small world; null on the complete network (tests). */
    NamesList namesList() {
        return whom instanceof NamesList list ? list : null;
    }

    /** Person p's status as PROSPECT | REFUSED | MEMBER bits (tests). */
    byte status(int p) {
        return status.status(p);
    }

    int population() {
        return status.population();
    }

    /** The person member {@code m} is. */
    int personOf(int m) {
        return pitching.personOf(m);
    }
}
