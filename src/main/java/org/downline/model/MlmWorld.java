package org.downline.model;

import java.util.Arrays;
import java.util.random.RandomGenerator;
import org.downline.plans.CompensationPlan;
import org.downline.plans.Genealogy;
import org.downline.plans.Payout;
import org.downline.plans.Plans;
import org.downline.rng.ContinuousSampler;
import org.downline.rng.Geometric;
import org.downline.rng.PoissonSampler;
import org.downline.rng.ReplicationStreams;
import org.downline.rng.Stream;
import org.downline.scenario.AttritionConfig;
import org.downline.scenario.DistributionKind;
import org.downline.scenario.EconomicsConfig;
import org.downline.scenario.RecruitmentConfig;
import org.downline.scenario.RecruitmentModel;
import org.downline.scenario.Scenario;
import org.downline.scenario.ScenarioException;
import org.downline.stats.ParticipantStats;

/**
 * One replication's MLM: a genealogy growing month by month inside a finite market, paid by a
 * compensation plan, charged its costs.
 *
 * <p>State is structure-of-arrays in join order, grown with the membership (up to the market's
 * prospects) and reused across replications by {@link #reset}. A month is:
 * <ol>
 *   <li>recruit — the recruitment model adds the month's joiners, who buy at once;</li>
 *   <li>pay — the plan rolls the month's volume up and pays (reverse passes), inside the shared
 *       plan rules; the month's volume is then accounted by source ({@link EndUsers}: one reverse
 *       pass; each member's retail customers were reported to it when their purchase was drawn);</li>
 *   <li>charge and quit — net income, months in the red, quitting; and for those who stay, next
 *       month's purchase: the required volume plus Poisson retail orders (one forward pass).</li>
 * </ol>
 * Folding next month's purchases into the charge pass saves a pass over every member; the draws are
 * the same ones, from the same stream, in member order. No objects are created per member and
 * nothing is boxed in the monthly loop. A member's costs are not accumulated month by month: they
 * follow from the months they were in ({@link #monthsActive}): the starter kit and the monthly
 * cost of each, as the statistics compute them.
 */
public final class MlmWorld {

    private final int capacity;
    private final long prospects;
    private final Genealogy genealogy;
    private final CompensationPlan plan;
    private final Payout payout;
    private final EndUsers endUsers;
    private final Recruiter recruiter;
    private final RecruitmentConfig recruitment;
    private final EconomicsConfig economics;
    private final AttritionConfig attrition;

    // Member arrays, indexed by member number. They grow with the genealogy (see join), so passes
    // read them into locals first and never hold them across a join.
    /** Month each member joined (0 for founders); at most {@link ParticipantStats#MAX_MONTH}, so a short. */
    short[] joinMonth = {};
    /** Month each member quit, 0 while active. */
    short[] quitMonth = {};
    /**
     * Consecutive months with negative net income, up to now; null when nobody quits for them
     * ({@code attrition.quitAfterMonthsInRed} 0), as they are not counted then. At most the rule's
     * months (at most 600), after which the member quits: a short.
     */
    short[] monthsInRed;
    /**
     * Relative recruiting effort; null when no member's is read (the fixed model) or all are the
     * same ({@link #sameEffort}, the bass model with a constant effort).
     */
    float[] effort;
    /** Every member's effort when a constant distribution gives it (NaN otherwise). */
    final float sameEffort;
    /** Cumulative commissions and retail profit, dollars. */
    double[] gross = {};
    double[] retailProfit = {};
    /**
     * Highest rank each member reached in any month (plans with ranks only, else null); a byte, as
     * the plan's ranks are ({@link CompensationPlan#ranks}).
     */
    byte[] highestRank;
    /**
     * Commissions + retail profit of each member over their first twelve months in the business
     * (months max(1, joinMonth) .. +11), or until they quit if sooner; while that year runs, what they
     * have so far. The newcomer's outlook is computed from it. A float (rounded to within a cent below
     * $262,144 = 2^18, to 6 parts in 10^8 above) keeps a world of 10^7 members 40 MB smaller than a
     * double would.
     */
    float[] firstYearIncome = {};
    /** Whether each member was paid any commission in their first twelve months (as firstYearIncome). */
    boolean[] paidInFirstYear = {};

    private long prospectsLeft;
    /** Active member-months to go before the next quit by hazard (see attritionGap). */
    private long hazardCountdown;
    /** Retail orders already drawn for the coming month (integers: exact in any order). */
    private long pendingOrders;
    /** Members below this number have had their first month booked (and paid the starter kit). */
    private int started;
    private int monthsRun;
    /** The months the last reset set, checked there: at most {@link ParticipantStats#MAX_MONTH}. */
    private int monthsReset;
    private double[][] series = new double[MlmSeries.values().length][0];
    private RandomGenerator recruitmentRng;
    private RandomGenerator attritionRng;
    /** Gaps between quits by hazard, at the attrition's monthly probability. */
    private final Geometric quitGaps;
    private ContinuousSampler effortSampler;
    private PoissonSampler retailCustomers;

    /**
     * A world for the scenario's market and plan.
     *
     * @throws ScenarioException if the scenario needs a capability not available
     */
    public MlmWorld(Scenario scenario) {
        this.prospects = scenario.market().prospects();
        this.capacity = (int) prospects;
        this.recruitment = scenario.recruitment();
        this.economics = scenario.economics();
        this.attrition = scenario.attrition();
        this.quitGaps = new Geometric(attrition.quitPerMonth());
        this.sameEffort = recruitment.effort().distribution() == DistributionKind.CONSTANT
                ? (float) recruitment.effort().median() : Float.NaN;
        this.genealogy = new Genealogy(capacity, countsRecruits(recruitment));
        this.plan = Plans.create(scenario.plan(), capacity);
        this.payout = new Payout(genealogy.capacity(), null).limitTo(capacity);
        this.endUsers = new EndUsers(economics.requiredVolume(), economics.retail().orderValue(),
                scenario.plan().rules(), plan.maxPayoutRatio(),
                EndUsers.wide(economics.retail().customersPerMonth(), prospects)).limitTo(capacity);
        this.recruiter = switch (recruitment.model()) {
            case BASS -> new BassRecruiter(recruitment.innovation(), recruitment.imitation(), prospects,
                    recruitment.startDelayMonths());
            case FIXED -> new FixedRecruiter(recruitment.perMonth(), recruitment.frontlineCap(),
                    recruitment.startDelayMonths());
            case CONTACTS -> new ContactsRecruiter(scenario);
        };
        int reserved = (int) Math.min(capacity, reservedMembers(scenario));
        if (reserved > 0) {
            // sized once for what the replication will reach, not copied at every doubling on the way
            genealogy.reserve(reserved);
            plan.reserve(reserved);
            payout.commission = Genealogy.ensure(payout.commission, genealogy.capacity(), capacity);
            endUsers.reserve(reserved);
        }
        // the member arrays only some scenarios need (null otherwise), empty until allocated
        monthsInRed = attrition.quitAfterMonthsInRed() > 0 ? new short[0] : null;
        effort = storesEffort(recruitment) ? new float[0] : null;
        highestRank = plan.ranks() != null ? new byte[0] : null;
        allocate(genealogy.capacity());
    }

    /** Members a world is sized for at once, whatever the replication reaches (see reservedMembers). */
    static final long RESERVE_ALWAYS = 1 << 18;

    /**
     * How many members a world's arrays are sized for from the start, instead of growing by doubling
     * (which copies every array about log2(members / 1024) times and leaves the old copies to the
     * collector): {@link #maxMembers} when a replication is expected to reach at least half of it —
     * the fixed model always (it reaches exactly that), the bass model when its mean-field curve
     * (below) does — or when that is at most {@value #RESERVE_ALWAYS} members (a few tens of MB);
     * otherwise 0, and the arrays grow with the members. Either way no array is longer than the
     * memory guard counts (maxMembers, at most the prospects). Only memory and speed depend on it.
     */
    static long reservedMembers(Scenario scenario) {
        long max = maxMembers(scenario);
        RecruitmentConfig r = scenario.recruitment();
        if (max <= RESERVE_ALWAYS || r.model() == RecruitmentModel.FIXED) {
            return max;
        }
        return r.model() == RecruitmentModel.BASS && 2 * bassMeanField(scenario) >= max ? max : 0;
    }

    /**
     * Whether a replication of {@code scenario} is expected to hold arrays for its whole market, the
     * size the memory guard counts ({@link #reservedMembers}); if not, they grow with its members.
     */
    public static boolean sizedForItsMarket(Scenario scenario) {
        return reservedMembers(scenario) == maxMembers(scenario);
    }

    /**
     * Members who have joined by the last month on the bass model's mean-field curve (see
     * {@link BassRecruiter}): each month h = p + q·A/m of the remaining prospects join, A the members
     * joined at least the delay ago and still in, who quit at quitPerMonth a month (the rule of
     * months in the red is left out, so it overestimates A).
     */
    static double bassMeanField(Scenario scenario) {
        RecruitmentConfig r = scenario.recruitment();
        int months = scenario.months();
        double m = Math.max(1, scenario.market().prospects());
        double stay = 1 - scenario.attrition().quitPerMonth();
        int delay = r.startDelayMonths();
        double[] joined = new double[months + 1];       // joined in month t, still in (decayed as they quit)
        joined[0] = Math.min(r.founders(), m);
        double total = joined[0];
        for (int t = 1; t <= months; t++) {
            double recruiters = 0;
            for (int j = 0; j <= Math.min(t - 1, t - delay); j++) {
                recruiters += joined[j];
            }
            double h = Math.min(1, r.innovation() + r.imitation() * recruiters / m);
            for (int j = 0; j < t; j++) {
                joined[j] *= stay;
            }
            joined[t] = h * (m - total);
            total += joined[t];
        }
        return total;
    }

    /**
     * Bytes a world for this scenario holds, for the memory guard: per member of the largest
     * possible membership, plus what the recruitment model holds for the whole population (the
     * contacts model: three status bits per person; its network is generated on demand and costs a
     * few kilobytes).
     */
    public static long estimateBytes(Scenario scenario) {
        return estimateBytes(scenario, scenario.months());
    }

    /**
     * As {@link #estimateBytes(Scenario)}, for a world run {@code months} months (a fit's predictive
     * draws run a year past the scenario's).
     */
    public static long estimateBytes(Scenario scenario, int months) {
        RecruitmentModel model = scenario.recruitment().model();
        long members = maxMembers(scenario, months);
        // Member arrays grow by doubling, to Genealogy.grownLength (up to twice the members). The
        // genealogy's, the world's, the payout's, the subtree sums' and the unilevel plan's stop at
        // the prospects (the bass model's buckets are counted for batches up to there); the other
        // plans' and the contacts model's may double past.
        long grown = Genealogy.grownLength(members);
        long capped = Math.min(scenario.market().prospects(), grown);
        CompensationPlan sized = Plans.create(scenario.plan(), 0);     // asked for its sizes only
        boolean ranks = sized.ranks() != null;
        long planBytes = sized.bytesPerMember();
        boolean planGrows = sized.growsPastCapacity();
        long perMemberCapped = Genealogy.bytesPerMember(countsRecruits(scenario.recruitment()))
                + 2L * Short.BYTES + 2L * Double.BYTES                     // join, quit; gross, retail
                + (storesEffort(scenario.recruitment()) ? Float.BYTES : 0)  // effort
                + (scenario.attrition().quitAfterMonthsInRed() > 0 ? Short.BYTES : 0)     // months in red
                + (ranks ? Byte.BYTES : 0)                                  // highest rank
                + Float.BYTES + 1                                           // first year: income, paid
                + Double.BYTES                                              // payout.commission
                + EndUsers.bytesPerMember(EndUsers.wide(scenario.economics().retail().customersPerMonth(),
                        scenario.market().prospects()))                     // subtree sums by source
                + (planGrows ? 0 : planBytes);
        long perMemberGrown = planGrows ? planBytes : 0;
        long recruiterLength = model == RecruitmentModel.CONTACTS ? grown : capped;
        long perPopulation = model == RecruitmentModel.CONTACTS ? ContactsRecruiter.populationBytes(scenario) : 0;
        long fixed = (long) MlmSeries.values().length * (months + 1) * Double.BYTES
                + (1 << 16);                                    // objects, tables and buckets of fixed size
        return capped * perMemberCapped + grown * perMemberGrown
                + Recruiter.bytes(model, recruiterLength) + perPopulation + fixed;
    }

    /**
     * Whether the genealogy counts each member's recruits ({@link Genealogy#children}): only the
     * fixed model's frontline cap reads them (who recruited nobody is counted after the run without
     * them, {@link #withoutRecruits}).
     */
    static boolean countsRecruits(RecruitmentConfig r) {
        return r.model() == RecruitmentModel.FIXED && r.frontlineCap() > 0;
    }

    /**
     * Whether members' efforts are held: the contacts model reads them, the bass model unless a
     * constant distribution makes them all the same, the fixed model never. (The effort stream is
     * drawn from for nothing else, so not drawing it changes no other draw.)
     */
    static boolean storesEffort(RecruitmentConfig r) {
        return r.model() == RecruitmentModel.CONTACTS
                || (r.model() == RecruitmentModel.BASS && r.effort().distribution() != DistributionKind.CONSTANT);
    }

    /**
     * Most members a replication can reach: the prospects, or for the fixed model (which has no
     * randomness in who recruits) the size its recurrence reaches in the scenario's months.
     */
    public static long maxMembers(Scenario scenario) {
        return maxMembers(scenario, scenario.months());
    }

    /** As {@link #maxMembers(Scenario)}, in {@code months} months. */
    public static long maxMembers(Scenario scenario, int months) {
        long prospects = scenario.market().prospects();
        RecruitmentConfig r = scenario.recruitment();
        if (r.model() != RecruitmentModel.FIXED) {
            return prospects;
        }
        long[] joined = new long[months + 1];
        joined[0] = Math.min(r.founders(), prospects);
        long total = joined[0];
        for (int t = 1; t <= months && total < prospects; t++) {
            long wanted = 0;
            for (int j = 0; j < t && wanted < prospects; j++) {
                int age = t - j;
                if (age < r.startDelayMonths()) {
                    continue;
                }
                long before = (long) r.perMonth() * (age - r.startDelayMonths());
                long each = r.frontlineCap() == 0 ? r.perMonth()
                        : Math.max(0, Math.min(r.perMonth(), r.frontlineCap() - before));
                wanted += Math.min(prospects, joined[j] * each);
            }
            joined[t] = Math.min(wanted, prospects - total);
            total += joined[t];
        }
        return total;
    }

    /**
     * Starts a replication on its random streams: forgets every member, takes the sources it draws
     * from (recruitment, attrition, effort, purchases, and the contacts model's network), adds the
     * founders.
     */
    public void reset(ReplicationStreams streams, int months) {
        ParticipantStats.checkMonth(months);
        monthsReset = months;
        genealogy.clear();
        plan.reset();
        prospectsLeft = prospects;
        monthsRun = 0;
        for (int s = 0; s < series.length; s++) {
            if (series[s].length < months + 1) {
                series[s] = new double[months + 1];
            } else {
                Arrays.fill(series[s], 0.0);
            }
        }
        recruitmentRng = streams.get(Stream.RECRUITMENT);
        attritionRng = streams.get(Stream.ATTRITION);
        hazardCountdown = attritionGap();
        pendingOrders = 0;
        started = 0;
        effortSampler = recruitment.effort().sampler(streams.get(Stream.EFFORT));
        retailCustomers = PoissonSampler.of(streams.get(Stream.PURCHASES), economics.retail().customersPerMonth());
        endUsers.tellPurchases();                       // and forgets last replication's purchases
        recruiter.reset(this, streams);
        recruiter.addFounders(this, recruitment.founders());
        series[MlmSeries.MEMBERS.ordinal()][0] = genealogy.size();
        series[MlmSeries.NEW_RECRUITS.ordinal()][0] = genealogy.size();
        series[MlmSeries.PROSPECTS_LEFT.ordinal()][0] = prospectsLeft;
    }

    /** Runs months 1..months. */
    public void run(int months) {
        for (int m = 1; m <= months; m++) {
            step(m);
        }
    }

    /** One month: recruit (recruits buy), pay, charge, quit (those who stay buy next month's). */
    public void step(int month) {
        ParticipantStats.checkStep(month, monthsReset);
        final int before = genealogy.size();
        recruiter.recruit(this, month);
        final int n = genealogy.size();
        set(MlmSeries.NEW_RECRUITS, month, n - before);
        set(MlmSeries.PROSPECTS_LEFT, month, prospectsLeft);
        set(MlmSeries.MEMBERS, month, n);
        pay();
        set(MlmSeries.COMMISSIONS_PAID, month, payout.paid);
        set(MlmSeries.SALES_VOLUME, month, payout.volume);
        set(MlmSeries.BREAKAGE, month, payout.breakage());
        set(MlmSeries.MAX_PAYABLE, month, payout.maxPayable);
        set(MlmSeries.CAPPED, month, payout.capped);
        set(MlmSeries.FLUSHED_VOLUME, month, payout.flushedVolume);
        set(MlmSeries.LEG_VOLUME, month, payout.newLegVolume);
        final EndUsers e = endUsers;
        final double volume = e.participantPurchases + e.endUserSales;
        set(MlmSeries.PARTICIPANT_PURCHASES, month, e.participantPurchases);
        set(MlmSeries.END_USER_SHARE, month, volume > 0 ? e.endUserSales / volume : Double.NaN);
        set(MlmSeries.MEMBER_END_USER_SHARE, month, e.active > 0 ? e.ownShareSum / e.active : Double.NaN);
        set(MlmSeries.MEMBERS_MOSTLY_END_USER, month, e.ownOverHalf);
        set(MlmSeries.FUNDED_BY_PARTICIPANTS, month, e.fundedByParticipants);
        set(MlmSeries.PAID_CUSTOMER_MAJORITY, month, e.paidMajority);
        set(MlmSeries.PAID_TEN_CUSTOMERS, month, e.paidTenCustomers);
        set(MlmSeries.RULE_BREAKAGE, month, e.ruleBreakage);
        // members starting this month pay the starter kit: the month's recruits, and in month 1 the founders
        chargeAndQuit(n, month, n - started);
        started = n;
        monthsRun = month;
    }

    /**
     * The plan pays the month, inside the shared rules: with a personal-use cap it pays on capped
     * volumes (put back after), then the customer rules withhold commissions and the volume is
     * accounted by source ({@link EndUsers}).
     */
    private void pay() {
        endUsers.pay(plan, genealogy, payout);
    }

    /** Sizes the member arrays (those not null) to {@code n}, keeping their contents. */
    private void allocate(int n) {
        joinMonth = Arrays.copyOf(joinMonth, n);
        quitMonth = Arrays.copyOf(quitMonth, n);
        if (monthsInRed != null) {
            monthsInRed = Arrays.copyOf(monthsInRed, n);
        }
        if (effort != null) {
            effort = Arrays.copyOf(effort, n);
        }
        gross = Arrays.copyOf(gross, n);
        retailProfit = Arrays.copyOf(retailProfit, n);
        if (highestRank != null) {
            highestRank = Arrays.copyOf(highestRank, n);
        }
        firstYearIncome = Arrays.copyOf(firstYearIncome, n);
        paidInFirstYear = Arrays.copyOf(paidInFirstYear, n);
    }

    /**
     * Adds a member under {@code sponsor} (or the company) in {@code month}.
     *
     * @return the new member's number
     */
    int join(int sponsor, int month) {
        final int id = genealogy.add(sponsor);
        if (id >= joinMonth.length) {
            allocate(genealogy.capacity());
        }
        joinMonth[id] = (short) month;                  // month <= MAX_MONTH (reset, step)
        quitMonth[id] = 0;
        if (monthsInRed != null) {
            monthsInRed[id] = 0;
        }
        if (effort != null) {
            effort[id] = (float) effortSampler.sample();
        }
        gross[id] = 0;
        retailProfit[id] = 0;
        if (highestRank != null) {
            highestRank[id] = 0;
        }
        firstYearIncome[id] = 0;
        paidInFirstYear[id] = false;
        genealogy.volume[id] = purchase(id);            // a recruit buys in the month they join
        prospectsLeft--;
        plan.onJoin(genealogy, id);
        return id;
    }

    /**
     * Adds {@code k} members in {@code month} under the sponsors in the genealogy's free sponsor
     * entries n .. n + k - 1, n its size (a member or the company each, drawn there by the recruiter
     * once {@link Genealogy#makeRoom} made them), in that order: the same as {@link #join} for each
     * in turn. Sponsors at random among many members are read ahead a block at a time
     * ({@link #touchSponsor}) in a short loop, where their cache misses overlap; then the block's
     * joins find them cached. The j-th join reads entry n + j and then writes that same entry with
     * the same value (the new member's sponsor), so the entries still to be read are untouched.
     */
    void joinAll(int k, int month) {
        final int[] sponsors = genealogy.sponsor;       // not replaced by these joins (makeRoom)
        final int at = size();
        final boolean readAhead = at >= TOUCH_FROM;
        final int end = at + k;
        int sink = 0;
        for (int from = at; from < end; from += JOIN_BLOCK) {
            final int to = Math.min(end, from + JOIN_BLOCK);
            if (readAhead) {
                for (int j = from; j < to; j++) {
                    sink += touchSponsor(sponsors[j]);
                }
            }
            for (int j = from; j < to; j++) {
                join(sponsors[j], month);
            }
        }
        touched = sink;
    }

    /** Joins whose sponsors are read ahead together. */
    private static final int JOIN_BLOCK = 256;
    /** Members from which reading sponsors ahead pays (below it their arrays are cached anyway). */
    private static final int TOUCH_FROM = 1 << 18;
    /** What the reads ahead returned, kept so that they are not optimised away. */
    int touched;

    /**
     * Reads what {@link #join} will read at random for a recruit of {@code sponsor} (the plan's
     * state of them; the genealogy's recruit count, when it keeps one, only under the fixed model,
     * which does not join in batches), and returns a value derived from it; see
     * {@link CompensationPlan#touchSponsor}.
     */
    private int touchSponsor(int sponsor) {
        return sponsor < 0 ? 0 : plan.touchSponsor(sponsor);
    }

    /**
     * Active member-months until the next quit by the monthly hazard h, minus one: the quit hazard
     * is a Bernoulli(h) trial for every active member every month, so the trials between two quits
     * are geometric, and one draw per quit replaces one draw per member-month. The trials run in
     * member order, month after month; the countdown carries over, as a Bernoulli sequence allows.
     */
    private long attritionGap() {
        return quitGaps.next(attritionRng);
    }

    /** One month's personal volume of an active member: the required volume plus retail orders. */
    private double purchase(int id) {
        final long orders = retailCustomers.sample();
        pendingOrders += orders;
        final double v = economics.requiredVolume() + orders * economics.retail().orderValue();
        endUsers.bought(id, orders, v);
        return v;
    }

    /**
     * Books the month for every active member, decides who quits, and draws next month's purchase
     * of those who stay.
     *
     * @param starting members whose first month this is (they pay the starter kit); they are the
     *                 last {@code starting} members
     */
    private void chargeAndQuit(int n, int month, int starting) {
        final boolean[] active = genealogy.active;
        final double[] volume = genealogy.volume;
        final double[] commission = payout.commission;
        final double[] gross = this.gross;
        final double[] retailProfit = this.retailProfit;
        final short[] inRed = this.monthsInRed;
        final short[] quitMonth = this.quitMonth;
        final double required = economics.requiredVolume();
        final double orderValue = economics.retail().orderValue();
        final double margin = economics.retail().margin();
        final double monthlyCost = economics.monthlyCost();
        final double starterKit = economics.starterKit();
        final int firstStarting = n - starting;
        final int quitAfter = attrition.quitAfterMonthsInRed() > 0 ? attrition.quitAfterMonthsInRed()
                : Integer.MAX_VALUE;
        final PoissonSampler customers = retailCustomers;
        final byte[] rank = plan.ranks();
        final byte[] highest = highestRank;
        final float[] firstYearIncome = this.firstYearIncome;
        final boolean[] paidInFirstYear = this.paidInFirstYear;
        final int firstYearFrom = ParticipantStats.firstStartedSince(joinMonth, n, month - 11);
        long countdown = hazardCountdown;
        long activeCount = 0;
        long quits = 0;
        long paidMembers = 0;
        final long ordersThisMonth = pendingOrders;     // drawn last month and at joining
        long ordersNextMonth = 0;
        final EndUsers e = endUsers;                    // told next month's purchases, for the accounting by source
        // Who is active alternates at random once quits are scattered, so members are taken 64 at a
        // time: a mask of the active ones, built without branches, then the inactive ones and the
        // active ones each in ascending order by their bits (the draws depend only on the active
        // members' order, which this keeps; the inactive ones only have their slot cleared).
        for (int base = 0; base < n; base += 64) {
            final int end = Math.min(base + 64, n);
            long on = 0;
            for (int i = base; i < end; i++) {
                on |= (active[i] ? 1L : 0L) << (i - base);
            }
            long off = ~on & (-1L >>> (64 - (end - base)));
            while (off != 0) {
                e.none(base + Long.numberOfTrailingZeros(off));
                off &= off - 1;
            }
            activeCount += Long.bitCount(on);
            while (on != 0) {
                final int i = base + Long.numberOfTrailingZeros(on);
                on &= on - 1;
                final double c = commission[i];
                final double sales = volume[i] - required;
                final double profit = sales * margin;
                final double cost = i >= firstStarting ? monthlyCost + starterKit : monthlyCost;
                final double grossSoFar = gross[i] + c;
                final double profitSoFar = retailProfit[i] + profit;
                gross[i] = grossSoFar;
                retailProfit[i] = profitSoFar;
                if (i >= firstYearFrom) {                   // still in their first twelve months
                    firstYearIncome[i] = (float) (grossSoFar + profitSoFar);
                    paidInFirstYear[i] = grossSoFar > 0;
                }
                paidMembers += c > 0 ? 1 : 0;
                if (highest != null) {
                    highest[i] = (byte) Math.max(highest[i], rank[i]);     // the larger of two bytes
                }
                int red = 0;                                // not counted without the rule (never reaches quitAfter)
                if (inRed != null) {
                    red = ParticipantStats.monthsInRed(inRed[i], c + profit - cost);
                    inRed[i] = (short) red;                 // at most quitAfter (then they quit)
                }
                final boolean hazardQuit = --countdown < 0;
                if (hazardQuit) {
                    countdown = attritionGap();
                }
                if (hazardQuit || red >= quitAfter) {
                    active[i] = false;
                    quitMonth[i] = (short) month;
                    volume[i] = 0;
                    quits++;
                    e.none(i);
                } else {
                    final long orders = customers.sample();
                    ordersNextMonth += orders;
                    final double v = required + orders * orderValue;
                    volume[i] = v;
                    e.bought(i, orders, v);
                }
            }
        }
        hazardCountdown = countdown;
        set(MlmSeries.ACTIVE, month, activeCount);
        set(MlmSeries.QUITS, month, quits);
        set(MlmSeries.PAID_MEMBERS, month, paidMembers);
        set(MlmSeries.COSTS, month, activeCount * monthlyCost + starting * starterKit);
        pendingOrders = ordersNextMonth;
        set(MlmSeries.RETAIL_SALES, month, ordersThisMonth * orderValue);
    }

    void set(MlmSeries s, int month, double value) {
        series[s.ordinal()][month] = value;
    }

    // ---- read access for results ----

    public Genealogy genealogy() {
        return genealogy;
    }

    public int size() {
        return genealogy.size();
    }

    public long prospectsLeft() {
        return prospectsLeft;
    }

    /**
     * At least {@code n} doubles a recruitment model may use as scratch during its month's recruiting
     * (n at most the members before it): the payout's commissions, which are dead from the charge
     * pass, which reads them, to the month's pay, which clears them before the plan writes them.
     */
    double[] recruitingScratch(int n) {
        payout.commission = Genealogy.ensure(payout.commission, n, capacity);
        return payout.commission;
    }

    /**
     * After a run, until the next {@link #reset}: an array of at least {@link #size()} doubles the
     * world no longer needs (the payout's commissions: the next month's pay clears them), for the
     * statistics (and {@link #withoutRecruits}) to work in. It is overwritten by them.
     */
    public double[] spareDoubles() {
        return payout.commission;
    }

    /**
     * After a run, until the next {@link #reset}: an array of longs the world no longer needs (the
     * subtree sums; between months they hold the next month's own retail customers, so not before the
     * run is over, after which every entry is written again before it is read), at least
     * {@link #size()} long after a month has run (else shorter, and not to be used).
     */
    public long[] spareLongs() {
        return endUsers.spareLongs();
    }

    /** The recruitment model (tests). */
    Recruiter recruiter() {
        return recruiter;
    }

    /** The contacts model's recruiter, or null for other models (tests). */
    ContactsRecruiter contacts() {
        return recruiter instanceof ContactsRecruiter c ? c : null;
    }

    RandomGenerator recruitmentRng() {
        return recruitmentRng;
    }

    /** Months 0..monthsRun of series {@code s} (a view: copy before the next reset). */
    public double[] series(MlmSeries s) {
        return series[s.ordinal()];
    }

    /** Month each member joined (0 for founders), at most {@link ParticipantStats#MAX_MONTH}. */
    public short[] joinMonths() {
        return joinMonth;
    }

    /** Month each member quit, 0 while active. */
    public short[] quitMonths() {
        return quitMonth;
    }

    /**
     * After a run, until the next {@link #reset}: the members who recruited nobody. Counted in
     * {@link #spareDoubles()} (overwritten), so before the statistics work there.
     */
    public int withoutRecruits() {
        return genealogy.withoutRecruits(spareDoubles());      // at least size() long
    }

    public double[] grossCommissions() {
        return gross;
    }

    public double[] retailProfits() {
        return retailProfit;
    }

    /**
     * Each member's commissions + retail profit over their first twelve months in the business
     * (months max(1, joinMonth) to max(1, joinMonth) + 11), or over their whole time if they quit
     * sooner; for a member whose first year has not ended, what they have so far. Costs are not
     * subtracted: they follow from the months ({@link #monthsActive}).
     */
    public float[] firstYearIncomes() {
        return firstYearIncome;
    }

    /** Whether each member was paid any commission in the period of {@link #firstYearIncomes()}. */
    public boolean[] paidInFirstYear() {
        return paidInFirstYear;
    }

    /**
     * The highest rank each member reached in any month they were active (index into {@link
     * #rankNames()}), or {@code null} when the plan has no ranks.
     */
    public byte[] highestRanks() {
        return highestRank;
    }

    /** What each rank means, lowest first, or {@code null} when the plan has no ranks. */
    public String[] rankNames() {
        return plan.rankNames();
    }

    /** Months member i has been in the business, counting their first month (founders start in 1). */
    public int monthsActive(int i) {
        return ParticipantStats.monthsIn(joinMonth[i], quitMonth[i], monthsRun);
    }
}
