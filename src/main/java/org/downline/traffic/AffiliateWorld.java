package org.downline.traffic;

import java.util.Arrays;
import java.util.random.RandomGenerator;
import org.downline.rng.ContinuousSampler;
import org.downline.rng.Geometric;
import org.downline.rng.PoissonProcess;
import org.downline.rng.ReplicationStreams;
import org.downline.rng.Stream;
import org.downline.scenario.AffiliateConfig;
import org.downline.stats.ParticipantStats;

/**
 * One replication's affiliate marketers: content sites competing for a niche's finite search
 * demand.
 *
 * <p><b>Sites.</b> An affiliate publishes at a personal rate (posts a month, drawn once from
 * {@code postsPerMonth}) for as long as they stay; each post's views arrive over time along the
 * {@link LifeCurve} (heavy-tailed), so a site that started a months ago draws rate · F(30(a+1))
 * posts' worth of views a month — its pull — times its lasting {@code siteQuality}.
 *
 * <p><b>Competition.</b> The niche already has {@code incumbents} established sites — people and
 * quality drawn like the entrants', posting for five years — which compete for the demand but are
 * not participants. Every month the incumbents and the active sites are ranked by
 * ln(pull × quality) plus noise
 * of standard deviation {@code rankNoise} (a sum of four uniforms scaled to unit variance — nearly
 * normal, bounded at ±3.5σ, cheap and exact on every platform), and the niche's
 * {@code demandPerMonth} visits are
 * shared by Zipf rank: rank r of N gets r^−s / H_{N,s}. More sites means less for each: saturation.
 *
 * <p><b>Funnel.</b> Expected orders = visits × click-through × conversion, each affiliate's
 * click-through, conversion and order value multiplied by a lognormal factor of mean 1 drawn once
 * ({@code funnelVariation}). With {@code orderNoise} the month's orders are Poisson around that
 * expectation, the sites taking successive stretches of one unit-rate Poisson process (the arrivals
 * in a site's stretch are its orders; disjoint stretches are independent) with the bulk of each
 * busier site's count from alias tables ({@link PoissonProcess}). Commission = orders × order
 * value × commission rate.
 *
 * <p><b>Costs and quitting.</b> A start-up cost, then hosting and tools every active month; an
 * affiliate quits with a monthly hazard or after {@code quitAfterMonthsInRed} months in the red,
 * and a quit site's posts stop earning.
 *
 * <p>Randomness comes from the replication's own streams (CONTENT for the person and the site,
 * TRAFFIC for ranking noise, CONVERSION for the funnel, AFFILIATE_ATTRITION for quitting), never
 * from the MLM world's, so running it does not change a single MLM result. Structure of arrays;
 * the monthly passes run over a compact list of active sites.
 */
public final class AffiliateWorld {

    private final AffiliateConfig config;
    private final LifeCurve curve = LifeCurve.PUBLISHED;
    private final ZipfShares zipf;
    private final Ranks ranker = new Ranks();
    private double[] logPull = new double[0];

    // Per affiliate, by number in start order.
    /** Month each started and quit (0 while active): at most {@link ParticipantStats#MAX_MONTH}, so shorts. */
    private short[] startMonth = new short[0];
    private short[] quitMonth = new short[0];
    /** Months in the red in a row: at most the months run, so a short. */
    private short[] monthsInRed = new short[0];
    /** ln(posts a month × site quality). */
    private double[] logBase = new double[0];
    /** This affiliate's click-through, and conversion of clicks into orders. */
    private double[] clickThrough = new double[0];
    private double[] conversion = new double[0];
    /** Dollars to the affiliate per order: order value × commission. */
    private double[] perOrder = new double[0];
    private double[] gross = new double[0];
    /**
     * Commissions over the first twelve months (max(1, startMonth) .. +11), or until quitting if sooner;
     * while that year runs, what the affiliate has so far.
     */
    private double[] firstYearGross = new double[0];
    /** Scratch for the statistics after a run (see {@link #spareLongs}), as long as the arrays above. */
    private long[] spareLongs = new long[0];
    private int size;

    // The active sites, ascending, and per-position scratch.
    private int[] active = new int[0];
    private int activeCount;
    private double[] key = new double[0];
    private int[] rank = new int[0];
    /** Expected orders of each active site this month, then its orders. */
    private double[] expectedOrders = new double[0];
    /** ln(posts a month × quality × pull per post-a-month) of each incumbent site. */
    private double[] incumbentScore = new double[0];

    /** Age, in months, at which incumbent sites are taken to be: five years of posting. */
    static final int INCUMBENT_AGE = 60;

    /** ln of the smallest normal double: where a site's ln(posts × quality) is floored. */
    private static final double LOG_MIN_NORMAL = StrictMath.log(Double.MIN_NORMAL);

    private int[] entrantsByMonth;
    private int monthsRun;
    /** The months the last reset set, checked there: at most {@link ParticipantStats#MAX_MONTH}. */
    private int monthsReset;
    private double[][] series = new double[AffiliateSeries.values().length][0];
    private RandomGenerator contentRng;
    private RandomGenerator trafficRng;
    private RandomGenerator conversionRng;
    /** An affiliate's factor on click-through, conversion and order value: lognormal, mean 1. */
    private ContinuousSampler funnel;
    private PoissonProcess orderProcess;
    private RandomGenerator attritionRng;
    /** Gaps between quits by hazard, at the configured monthly probability. */
    private final Geometric quitGaps;
    private ContinuousSampler posts;
    private ContinuousSampler quality;
    private long hazardCountdown;

    public AffiliateWorld(AffiliateConfig config) {
        this.config = config;
        this.quitGaps = new Geometric(config.quitPerMonth());
        this.zipf = new ZipfShares(config.zipfExponent());
    }

    /**
     * Bytes per affiliate of the per-affiliate arrays (for the memory guard): start, quit and
     * months-in-red, the active list; pull, click-through, conversion, dollars per order, gross,
     * first-year gross; the statistics' scratch longs.
     * They grow by doubling from 1024, so hold up to twice the affiliates.
     */
    public static long bytesPerAffiliate() {
        return 3L * Short.BYTES + Integer.BYTES + 6L * Double.BYTES + Long.BYTES;
    }

    /**
     * Bytes per ranked site (affiliates and incumbents) of the ranking scratch (for the memory
     * guard): score and rank, the ranking buffers, the Zipf table (a weight and a partial sum), the
     * month's expected orders. Each grows to at most twice the sites ranked.
     */
    public static long bytesPerRankedSite() {
        return Double.BYTES + Integer.BYTES + Ranks.bytesPerKey() + 2L * Double.BYTES + Double.BYTES;
    }

    /**
     * Starts a replication on its random streams: forgets every affiliate and takes the sources it
     * draws from (content, traffic, conversion, affiliate attrition).
     *
     * @param entrantsByMonth affiliates joining in each month 0..months (month 0 entrants, the MLM
     *                        founders' counterparts, are in the business from month 1, like the
     *                        founders)
     */
    public void reset(ReplicationStreams streams, int months, int[] entrantsByMonth) {
        if (entrantsByMonth.length < months + 1) {
            throw new IllegalArgumentException("entrants needed for months 0.." + months);
        }
        ParticipantStats.checkMonth(months);
        monthsReset = months;
        this.entrantsByMonth = entrantsByMonth.clone();
        size = 0;
        activeCount = 0;
        monthsRun = 0;
        for (int s = 0; s < series.length; s++) {
            series[s] = new double[months + 1];
        }
        // month 0, as the MLM's series count its founders: the founders' counterparts have joined
        series[AffiliateSeries.MEMBERS.ordinal()][0] = entrantsByMonth[0];
        series[AffiliateSeries.NEW_RECRUITS.ordinal()][0] = entrantsByMonth[0];
        if (logPull.length < months + 1) {
            logPull = curve.logSteadyPull(months);
        }
        contentRng = streams.get(Stream.CONTENT);
        trafficRng = streams.get(Stream.TRAFFIC);
        conversionRng = streams.get(Stream.CONVERSION);
        orderProcess = new PoissonProcess(conversionRng);
        final double sigma = config.funnelVariation();           // lognormal factors of mean 1
        funnel = ContinuousSampler.lognormal(conversionRng, StrictMath.exp(-sigma * sigma / 2), sigma);
        attritionRng = streams.get(Stream.AFFILIATE_ATTRITION);
        posts = config.postsPerMonth().sampler(contentRng);
        quality = config.siteQuality().sampler(contentRng);
        final int k = config.incumbents();
        if (incumbentScore.length < k) {
            incumbentScore = new double[k];
        }
        final double steady = StrictMath.log(curve.cumulativeShare(LifeCurve.DAYS_PER_MONTH * (INCUMBENT_AGE + 1)));
        for (int j = 0; j < k; j++) {
            incumbentScore[j] = drawLogBase(posts, quality) + steady;
        }
        hazardCountdown = attritionGap();
        int total = 0;
        for (int m = 0; m <= months; m++) {
            total += entrantsByMonth[m];
        }
        zipf.ensure(Math.max(1, total + config.incumbents()));
    }

    /** Runs months 1..months. */
    public void run(int months) {
        for (int m = 1; m <= months; m++) {
            step(m);
        }
    }

    /** One month: entrants start, sites are ranked and share the demand, orders, costs, quitting. */
    public void step(int month) {
        ParticipantStats.checkStep(month, monthsReset);
        final int before = size;
        if (month == 1) {
            // the MLM founders' counterparts: joined in month 0 as the founders did (their cohort in
            // cohorts.csv and outlook.csv, counted in month 0 of the series as reset put them), in
            // the business from month 1 as the founders are
            startAll(0, entrantsByMonth[0]);
        }
        final int joinedBefore = size;
        startAll(month, entrantsByMonth[month]);
        set(AffiliateSeries.NEW_RECRUITS, month, size - joinedBefore);
        set(AffiliateSeries.MEMBERS, month, size);
        final int m = activeCount;
        set(AffiliateSeries.ACTIVE, month, m);
        if (m > 0) {
            scoreAndRank(month, m);
            earnAndQuit(month, m, size - before);       // month 1: the founders' counterparts start too
        }
        monthsRun = month;
    }

    /**
     * The month's entrants start. A loop of its own, so that {@link #step} has none: a method with a
     * hot loop is compiled twice (on-stack replacement, then whole), and step's would take in every
     * pass of the month again; loopless, it stays small and each pass is compiled on its own.
     */
    private void startAll(int month, int starting) {
        for (int k = 0; k < starting; k++) {
            start(month);
        }
    }

    private void start(int month) {
        if (size == startMonth.length) {
            grow(Math.max(1024, 2 * size));
        }
        if (key.length < activeCount + 1 + config.incumbents()) {
            key = Arrays.copyOf(key, 2 * (activeCount + 1 + config.incumbents()));
            rank = Arrays.copyOf(rank, key.length);
        }
        final int i = size++;
        startMonth[i] = (short) month;                  // month <= MAX_MONTH (reset, step)
        quitMonth[i] = 0;
        monthsInRed[i] = 0;
        gross[i] = 0;
        firstYearGross[i] = 0;
        logBase[i] = drawLogBase(posts, quality);
        clickThrough[i] = config.clickThrough() * funnel.sample();
        conversion[i] = config.conversion() * funnel.sample();
        perOrder[i] = config.orderValue() * funnel.sample() * config.commission();
        active[activeCount++] = i;
    }

    /**
     * ln(posts a month × site quality) of one site, posts drawn first: a sum of the two draws' logs
     * (for lognormal ones, of two normals, with no exponential or logarithm computed), floored at
     * ln of the smallest normal double as a product of 0 would be.
     */
    private static double drawLogBase(ContinuousSampler posts, ContinuousSampler quality) {
        final double logRate = posts.logSample();
        return Math.max(logRate + quality.logSample(), LOG_MIN_NORMAL);
    }

    private void grow(int n) {
        startMonth = Arrays.copyOf(startMonth, n);
        quitMonth = Arrays.copyOf(quitMonth, n);
        monthsInRed = Arrays.copyOf(monthsInRed, n);
        logBase = Arrays.copyOf(logBase, n);
        clickThrough = Arrays.copyOf(clickThrough, n);
        conversion = Arrays.copyOf(conversion, n);
        perOrder = Arrays.copyOf(perOrder, n);
        gross = Arrays.copyOf(gross, n);
        firstYearGross = Arrays.copyOf(firstYearGross, n);
        active = Arrays.copyOf(active, n);
    }

    /** Ranking scores of the m active sites (then the incumbents), and their ranks. */
    private void scoreAndRank(int month, int m) {
        final int[] act = active;
        final double[] k = key;
        final double[] base = logBase;
        final short[] start = startMonth;
        final double[] lp = logPull;
        final double sigma = config.rankNoise();
        final RandomGenerator rng = trafficRng;
        final double scale = sigma * StrictMath.sqrt(3) / 65536.0;
        for (int p = 0; p < m; p++) {
            final int i = act[p];
            final double score = base[i] + lp[month - Math.max(1, start[i])];   // month 0: posting from 1
            k[p] = sigma > 0 ? score + scale * irwinHall(rng) : score;
        }
        final int incumbents = config.incumbents();
        final double[] inc = incumbentScore;
        for (int j = 0; j < incumbents; j++) {
            k[m + j] = sigma > 0 ? inc[j] + scale * irwinHall(rng) : inc[j];
        }
        ranker.rank(k, m + incumbents, rank);
    }

    /** Visits, orders, commissions, costs and quitting of the m active sites. */
    private void earnAndQuit(int month, int m, int starting) {
        final int[] act = active;
        final int[] rk = rank;
        final double[] w = zipf.weights();
        final double demandShare = config.demandPerMonth() / zipf.harmonic(m + config.incumbents());
        final double[] ctr = clickThrough;
        final double[] conv = conversion;
        final double[] po = perOrder;
        final double[] g = gross;
        final double[] firstYear = firstYearGross;
        final int firstYearFrom = ParticipantStats.firstStartedSince(startMonth, size, month - 11);
        final short[] red = monthsInRed;
        final short[] quit = quitMonth;
        final boolean noise = config.orderNoise();
        final double monthly = config.costsPerMonth();
        final double startup = config.startupCost();
        final int firstStarting = m - starting;          // new sites are the last in the list
        final int quitAfter = config.quitAfterMonthsInRed() > 0 ? config.quitAfterMonthsInRed() : Integer.MAX_VALUE;
        // Pass 1: visits, clicks and expected orders of every active site.
        if (expectedOrders.length < m) {
            expectedOrders = new double[Math.max(m, 2 * expectedOrders.length)];
        }
        final double[] expected = expectedOrders;
        double visitsTotal = 0;
        double clicks = 0;
        for (int p = 0; p < m; p++) {
            final int i = act[p];
            final double visits = demandShare * w[rk[p]];
            final double siteClicks = visits * ctr[i];
            expected[p] = siteClicks * conv[i];
            visitsTotal += visits;
            clicks += siteClicks;
        }
        // Pass 2: the month's orders, drawn in place of their expectation (a loop of its own keeps
        // the samplers' branches and tables hot).
        if (noise) {
            drawOrders(expected, m);
        }
        // Pass 3: commissions, costs, quitting.
        double ordersTotal = 0;
        double paid = 0;
        long countdown = hazardCountdown;
        int kept = 0;
        int quits = 0;
        for (int p = 0; p < m; p++) {
            final int i = act[p];
            final double orders = expected[p];
            final double income = orders * po[i];
            final double cost = p >= firstStarting ? monthly + startup : monthly;
            final double grossSoFar = g[i] + income;
            g[i] = grossSoFar;
            if (i >= firstYearFrom) {                    // still in their first twelve months
                firstYear[i] = grossSoFar;
            }
            ordersTotal += orders;
            paid += income;
            final int inRed = ParticipantStats.monthsInRed(red[i], income - cost);
            red[i] = (short) inRed;                      // at most the months run
            final boolean hazardQuit = --countdown < 0;
            if (hazardQuit) {
                countdown = attritionGap();
            }
            if (hazardQuit || inRed >= quitAfter) {
                quit[i] = (short) month;
                quits++;
            } else {
                act[kept++] = i;                         // compacting in place keeps the order
            }
        }
        hazardCountdown = countdown;
        activeCount = kept;
        set(AffiliateSeries.VISITS, month, visitsTotal);
        set(AffiliateSeries.CLICKS, month, clicks);
        set(AffiliateSeries.ORDERS, month, ordersTotal);
        set(AffiliateSeries.COMMISSIONS_PAID, month, paid);
        set(AffiliateSeries.COSTS, month, m * monthly + starting * startup);
        set(AffiliateSeries.QUITS, month, quits);
        final double demand = config.demandPerMonth();
        set(AffiliateSeries.SHARE_OF_DEMAND, month, demand > 0 ? visitsTotal / demand : 0);
    }

    /** Replaces each expectation by a Poisson variate around it: see {@link PoissonProcess}. */
    private void drawOrders(double[] expected, int m) {
        orderProcess.countAll(expected, m);
    }

    /**
     * A centred Irwin–Hall(4) variate in units of 2^−16: the sum of the four 16-bit quarters of one
     * random long (each uniform on 0..65535, mean 32767.5) minus their mean. Times √3/65536 it has
     * variance 1: nearly normal, bounded at ±3.46.
     */
    private static double irwinHall(RandomGenerator rng) {
        final long bits = rng.nextLong();
        final long sum = (bits & 0xFFFF) + ((bits >>> 16) & 0xFFFF) + ((bits >>> 32) & 0xFFFF) + (bits >>> 48);
        return sum - (2 * 65536.0 - 2);
    }

    /** Active site-months until the next quit by hazard, minus one (as in the MLM world). */
    private long attritionGap() {
        return quitGaps.next(attritionRng);
    }

    private void set(AffiliateSeries s, int month, double value) {
        series[s.ordinal()][month] = value;
    }

    // ---- read access for results ----

    public int size() {
        return size;
    }

    public double[] series(AffiliateSeries s) {
        return series[s.ordinal()];
    }

    /**
     * Month each affiliate joined: 0 for the MLM founders' counterparts (with {@code entrants: mlm}),
     * who like the founders are in the business from month 1, else the month they started.
     */
    public short[] startMonths() {
        return startMonth;
    }

    public short[] quitMonths() {
        return quitMonth;
    }

    public double[] grossCommissions() {
        return gross;
    }

    /**
     * Each affiliate's commissions over their first twelve months (max(1, startMonth) to max(1, startMonth) + 11),
     * or over their whole time if they quit sooner; for one whose first year has not ended, what
     * they have so far.
     */
    public double[] firstYearGross() {
        return firstYearGross;
    }

    /**
     * After a run, until the next {@link #reset} (the world must not step on): an array of at least
     * {@link #size} doubles the world no longer needs (the conversion rates, which only the months
     * use), for the statistics to overwrite.
     */
    public double[] spareDoubles() {
        return conversion;
    }

    /**
     * After a run, until the next {@link #reset}: an array of at least {@link #size} longs for the
     * statistics to overwrite, kept as long as the per-affiliate arrays so that it is allocated
     * only when they grow.
     */
    public long[] spareLongs() {
        if (spareLongs.length < size) {
            spareLongs = new long[startMonth.length];
        }
        return spareLongs;
    }

    /** Months affiliate i was active: {@link ParticipantStats#monthsIn}, the statistics' one definition. */
    public int monthsActive(int i) {
        return ParticipantStats.monthsIn(startMonth[i], quitMonth[i], monthsRun);
    }
}
