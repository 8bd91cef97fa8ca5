package org.downline.stats;

/**
 * Who earned what in one replication of one world: exact statistics over its participants.
 *
 * <p>A participant's net income is gross commissions + other income (retail profit) − costs, over
 * the whole time they were in. Participants are given in join order, so each join-month cohort is a
 * contiguous range.
 */
public final class ParticipantStats {

    /** Population shares at which Lorenz curves are kept: 0, 0.005, ..., 1. */
    public static final double[] LORENZ_X = lorenzGrid();

    /** Indices of the population shares 0.5, 0.9 and 0.99 in {@link #LORENZ_X}. */
    public static final int LORENZ_50 = 100;
    public static final int LORENZ_90 = 180;
    public static final int LORENZ_99 = 198;

    /** Net-income percentiles reported, as fractions. */
    public static final double[] PERCENTILES = {0.10, 0.25, 0.50, 0.75, 0.90, 0.99};

    /** The metrics of the net-income percentiles, in the order of {@link #PERCENTILES}. */
    private static final Metric[] NET_PERCENTILE_METRICS = {Metric.NET_P10, Metric.NET_P25, Metric.NET_P50,
        Metric.NET_P75, Metric.NET_P90, Metric.NET_P99};

    private static double[] lorenzGrid() {
        double[] x = new double[201];
        for (int k = 0; k <= 200; k++) {
            x[k] = k / 200.0;
        }
        return x;
    }

    private ParticipantStats() {
    }

    /**
     * The last month a world can run: both worlds hold their participants' join (start) and quit
     * months as shorts, and the statistics read them so. Scenarios run at most
     * {@link org.downline.scenario.Scenario#MAX_MONTHS} months, a disclosure's newcomers a year more.
     */
    public static final int MAX_MONTH = Short.MAX_VALUE;

    /**
     * Refuses a month past {@link #MAX_MONTH}, which a world's join and quit months could not hold: a world's
     * reset checks the months it is set for, and its step refuses a month past those ({@link #checkStep}).
     */
    public static void checkMonth(int month) {
        if (month > MAX_MONTH) {
            throw new IllegalArgumentException("a world runs at most " + MAX_MONTH + " months, was asked for month "
                    + month);
        }
    }

    /**
     * Refuses a step to {@code month} past the {@code months} a world was reset for (which the reset checked
     * with {@link #checkMonth}): so every month a world steps to is at most {@link #MAX_MONTH}.
     */
    public static void checkStep(int month, int months) {
        if (month > months) {
            throw new IllegalArgumentException("a world reset for " + months + " months was asked for month " + month);
        }
    }

    /**
     * The first participant from {@code start} on (at most n) who did not join in joinMonth[start]:
     * the end of that month's joiners (cohorts, outlook, the earliest joiners' share).
     */
    static int endOfMonth(short[] joinMonth, int start, int n) {
        final int m = joinMonth[start];
        int end = start;
        while (end < n && joinMonth[end] == m) {
            end++;
        }
        return end;
    }

    /** Annualized gross commissions below which (or above which) shares are reported, dollars. */
    public static final double[] ANNUAL_THRESHOLDS = {500, 1000, 10_000, 50_000};

    /**
     * Months in the business of an MLM participant (founders, joining in month 0, start in month 1)
     * after {@code months} months: the one definition, which {@code MlmWorld.monthsActive} uses too.
     */
    public static int monthsIn(int joinMonth, int quitMonth, int months) {
        final int first = Math.max(1, joinMonth);
        final int last = quitMonth == 0 ? months : quitMonth;
        return Math.max(0, last - first + 1);
    }

    /**
     * A participant's months in the red in a row after a month whose net (income minus costs) is
     * {@code net}: {@code previous + 1} when it is below zero, else 0. Both worlds' quit rule counts
     * them for every participant every month, and whether a month is in the red is a coin flip to a
     * branch predictor, so it is read from the sign bit: the same test as {@code net < 0} for any
     * finite net, -0.0 included ({@code + 0.0} makes it +0.0 and leaves every other value alone).
     */
    public static int monthsInRed(int previous, double net) {
        return (previous + 1) & (int) (Double.doubleToRawLongBits(net + 0.0) >> 63);
    }

    /**
     * The first of participants 0..n-1 whose first month in the business, max(1, joinMonth) as in
     * {@link #monthsIn}, is {@code month} or later (n if none). Participants must be in join order
     * (joinMonth ascending), so those are the last ones; a binary search. The MLM's members and the
     * affiliates (the founders' counterparts joining in month 0, as the founders do) both use it.
     */
    public static int firstStartedSince(short[] joinMonth, int n, int month) {
        int lo = 0;
        int hi = n;
        while (lo < hi) {                               // invariant: participants < lo started before month
            final int mid = (lo + hi) >>> 1;
            if (Math.max(1, joinMonth[mid]) < month) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * The statistics of participants {@code 0..n-1}, whose months in the business and costs follow
     * from their join and quit months: months max(1, joinMonth) to the quit month (or the last
     * month, {@link #monthsIn}), each costing {@code monthlyCost}, plus {@code startCost} — computed
     * here as they are needed, not held. Works in the given arrays (each at least n long, or null to
     * allocate), which it overwrites: a world's arrays that are dead once its run is over.
     *
     * @param joinMonth   month each joined, ascending (0..months); 0 = present from the start
     * @param quitMonth   month each quit, 0 if still in
     * @param gross       gross commissions, dollars, non-negative
     * @param otherIncome other income (retail profit), dollars; null for none
     * @param months      months simulated
     * @param netPool     pooled histogram to record net incomes into (or null)
     * @param grossPool   pooled histogram to record gross commissions into (or null)
     * @param rank        highest rank each participant reached, in {@code [0, rankLabels.length)}; or null
     * @param rankLabels  what each rank means; null without ranks
     * @param spareDoubles an array of at least n doubles to work in (overwritten), or null
     * @param spareLongs   an array of at least n longs to work in (overwritten), or null
     */
    public static WorldReplication compute(int n, short[] joinMonth, short[] quitMonth, double[] gross,
                                           double[] otherIncome, double startCost, double monthlyCost, int months,
                                           SignedLogHistogram netPool, SignedLogHistogram grossPool, byte[] rank,
                                           String[] rankLabels, double[] spareDoubles, long[] spareLongs) {
        // This method only calls: every pass over the participants is a small method of its
        // own, so that the JIT compiles each loop once, with a profile that holds, instead of this
        // whole method again and again (measured: about a third of a run's compilation time).
        // Per participant, two arrays in all (the world's spares when it lends them): net incomes
        // (later the sorted gross commissions) and scratch: months in the business, then keys for
        // exact selection (annualized gross, then cohorts' and net percentiles).
        final double[] net = spareDoubles != null && spareDoubles.length >= n ? spareDoubles : new double[n];
        final long[] scratch = spareLongs != null && spareLongs.length >= n ? spareLongs : new long[n];
        final Tally t = new Tally();
        t.run(n, joinMonth, quitMonth, gross, otherIncome, startCost, monthlyCost, months, net, scratch, netPool);
        final int e = t.established;                   // still in after their first year
        // the keys of annualized gross: the established's first, in scratch[0..e) (any order: the
        // selections are exact), the rest after; the established's median selected first, which
        // only permutes scratch[0..e), then everyone's, from the same n keys
        final double establishedP50 = Quantiles.ofKeysPermuted(scratch, e, Quantiles.MEDIAN)[0];
        final double annualP50 = Quantiles.ofKeys(scratch, n, Quantiles.MEDIAN)[0];
        final Cohorts cohorts = Cohorts.compute(n, joinMonth, net, gross, months, scratch);
        final RankStats ranks = rank == null ? null : RankStats.compute(n, rank, rankLabels.length, net, gross);
        // the earliest tenth of joiners (participants are in join order): Legara et al. (2008); a
        // tenth of n people, as the top 1% is a hundredth (Inequality): with 6, 0.6 of the first;
        // joiners of the month the line falls in counted in proportion, not by their arbitrary order
        final double earliestShare = Inequality.shareOfEarliest(gross, joinMonth, n, t.sumGross, 0.1);
        // exact order statistics without full sorts: the net percentiles by selection, the gross
        // commissions (mostly zero) sorted with their zeros counted apart, for Lorenz and Gini
        final double[] netPercentiles = Quantiles.of(net, 0, n, PERCENTILES, scratch);
        final double[] sortedGross = net;                // net incomes are done with
        System.arraycopy(gross, 0, sortedGross, 0, n);
        DoubleSort.sort(sortedGross, 0, n, scratch);
        if (grossPool != null) {
            // sorted, the gross commissions fill the histogram bucket after bucket, the zeros at once
            grossPool.recordSorted(sortedGross, n);
        }

        final MetricValues metrics = new MetricValues();
        final double dn = n;
        metrics.put(Metric.PARTICIPANTS, n);
        metrics.put(Metric.SHARE_LOSING_MONEY, n == 0 ? Double.NaN : t.losing / dn);
        metrics.put(Metric.SHARE_NO_COMMISSION, n == 0 ? Double.NaN : t.noCommission / dn);
        metrics.put(Metric.SHARE_PROFITABLE, n == 0 ? Double.NaN : t.profitable / dn);
        final double[] lorenz = Inequality.lorenz(sortedGross, n, LORENZ_X);
        final double[] shares = {lorenz[LORENZ_50], lorenz[LORENZ_90], lorenz[LORENZ_99]};
        metrics.put(Metric.TOP_ONE_PERCENT_SHARE, 1 - shares[2]);
        metrics.put(Metric.GINI, Inequality.gini(sortedGross, n));
        metrics.put(Metric.NET_MEAN, n == 0 ? Double.NaN : t.sumNet / dn);
        for (int k = 0; k < PERCENTILES.length; k++) {
            metrics.put(NET_PERCENTILE_METRICS[k], netPercentiles[k]);
        }
        metrics.put(Metric.GROSS_MEAN, n == 0 ? Double.NaN : t.sumGross / dn);
        metrics.put(Metric.GROSS_P50, Quantiles.ofSorted(sortedGross, 0, n, 0.5));
        metrics.put(Metric.GROSS_P90, Quantiles.ofSorted(sortedGross, 0, n, 0.9));
        metrics.put(Metric.GROSS_P99, Quantiles.ofSorted(sortedGross, 0, n, 0.99));
        metrics.put(Metric.OTHER_INCOME_MEAN, n == 0 ? Double.NaN : t.sumOther / dn);
        metrics.put(Metric.COSTS_MEAN, n == 0 ? Double.NaN : t.sumCosts / dn);
        metrics.put(Metric.MONTHS_ACTIVE_MEAN, n == 0 ? Double.NaN : t.sumMonths / dn);
        metrics.put(Metric.SHARE_QUIT_WITHIN_YEAR,
                t.yearEligible == 0 ? Double.NaN : (double) t.quitInYear / t.yearEligible);
        metrics.put(Metric.ANNUAL_GROSS_P50, annualP50);
        metrics.put(Metric.ANNUAL_GROSS_UNDER_500, n == 0 ? Double.NaN : t.annualUnder[0] / dn);
        metrics.put(Metric.ANNUAL_GROSS_AT_MOST_1000, n == 0 ? Double.NaN : t.annualUnder[1] / dn);
        metrics.put(Metric.ANNUAL_GROSS_OVER_10000, n == 0 ? Double.NaN : t.annualOver[0] / dn);
        metrics.put(Metric.ANNUAL_GROSS_OVER_50000, n == 0 ? Double.NaN : t.annualOver[1] / dn);
        metrics.put(Metric.ESTABLISHED_SHARE, t.yearEligible == 0 ? Double.NaN : (double) e / t.yearEligible);
        metrics.put(Metric.ESTABLISHED_ANNUAL_GROSS_P50, establishedP50);
        metrics.put(Metric.ESTABLISHED_UNDER_500, e == 0 ? Double.NaN : (double) t.estUnder / e);
        metrics.put(Metric.ESTABLISHED_OVER_50000, e == 0 ? Double.NaN : (double) t.estOver / e);
        metrics.put(Metric.SHARE_BOTTOM_50, shares[0]);
        metrics.put(Metric.SHARE_50_TO_90, shares[1] - shares[0]);
        metrics.put(Metric.SHARE_90_TO_99, shares[2] - shares[1]);
        metrics.put(Metric.SHARE_TOP_1, 1 - shares[2]);
        metrics.put(Metric.SHARE_EARLIEST_10, earliestShare);
        final double[] bands = new double[IncomeBands.COUNT];
        for (int b = 0; b < bands.length; b++) {
            bands[b] = n == 0 ? Double.NaN : (double) t.bandCounts[b] / dn;
        }
        return metrics.toReplication(Metric.ofParticipants(), cohorts, lorenz, bands, ranks);
    }

    /** Gross commissions at a yearly rate over the months in the business; 0 for none. */
    private static double annualGross(double gross, int monthsActive) {
        return monthsActive > 0 ? gross * 12.0 / monthsActive : 0;
    }

    /**
     * The passes over the participants. First a pass puts every participant's net income into
     * {@code net} and months in the business into {@code scratch}, summing costs and other income;
     * then a second pass counts and sums the rest and leaves in
     * {@code scratch} the keys of the annualized gross commissions, the established's first (see
     * {@link #compute}). Sums are added in participant order, as they always were.
     */
    private static final class Tally {
        long losing;
        long noCommission;
        long profitable;
        double sumNet;
        double sumGross;
        double sumCosts;
        double sumOther;
        double sumMonths;
        /** Participants by income band (exact counts: as doubles, the same numbers). */
        final long[] bandCounts = new long[IncomeBands.COUNT];
        final long[] annualUnder = new long[2];
        final long[] annualOver = new long[2];
        long yearEligible;
        long quitInYear;
        int established;
        long estUnder;
        long estOver;

        /**
         * Both passes, for the MLM's members and the affiliates alike: months from {@link #monthsIn},
         * costs startCost + monthlyCost · months.
         */
        void run(int n, short[] joinMonth, short[] quitMonth, double[] gross, double[] otherIncome, double startCost,
                 double monthlyCost, int months, double[] net, long[] scratch, SignedLogHistogram netPool) {
            double costs = 0;
            double other = 0;
            for (int i = 0; i < n; i++) {
                final double otherI = otherIncome == null ? 0 : otherIncome[i];
                final int monthsI = monthsIn(joinMonth[i], quitMonth[i], months);
                final double cost = startCost + monthlyCost * monthsI;
                net[i] = gross[i] + otherI - cost;
                scratch[i] = monthsI;
                costs += cost;
                other += otherI;
            }
            sumCosts = costs;
            sumOther = other;
            count(n, joinMonth, quitMonth, gross, months, net, scratch);
            if (netPool != null) {
                netPool.recordAll(net, n);
            }
        }

        /** The second pass: {@code net} and months in {@code scratch} on entry. */
        private void count(int n, short[] joinMonth, short[] quitMonth, double[] gross, int months, double[] net,
                           long[] scratch) {
            final double under = ANNUAL_THRESHOLDS[0];
            final double atMost = ANNUAL_THRESHOLDS[1];
            final double over = ANNUAL_THRESHOLDS[2];
            final double farOver = ANNUAL_THRESHOLDS[3];
            final double[] edge = IncomeBands.UPPER;       // the bands' edges, ascending
            if (edge.length != 9) {
                throw new IllegalStateException("income bands changed: count them anew");
            }
            final double e0 = edge[0];
            final double e1 = edge[1];
            final double e2 = edge[2];
            final double e3 = edge[3];
            final double e4 = edge[4];
            final double e5 = edge[5];
            final double e6 = edge[6];
            final double e7 = edge[7];
            final double e8 = edge[8];
            // participants at or above each edge: in registers, not a count in memory per participant
            long ge0 = 0;
            long ge1 = 0;
            long ge2 = 0;
            long ge3 = 0;
            long ge4 = 0;
            long ge5 = 0;
            long ge6 = 0;
            long ge7 = 0;
            long ge8 = 0;
            long lose = 0;
            long gain = 0;
            long none = 0;
            double sumV = 0;
            double sumG = 0;
            double sumM = 0;
            long under0 = 0;
            long under1 = 0;
            long over0 = 0;
            long over1 = 0;
            long eligibleCount = 0;
            long quitCount = 0;
            long estLow = 0;
            long estHigh = 0;
            int est = 0;
            for (int i = 0; i < n; i++) {
                final double v = net[i];
                final double g = gross[i];
                final int monthsI = (int) scratch[i];
                // counted without branches: who loses, earns or quits varies at random
                lose += v < 0 ? 1 : 0;
                gain += v > 0 ? 1 : 0;
                none += g == 0 ? 1 : 0;
                sumV += v;
                sumG += g;
                sumM += monthsI;
                final double a = annualGross(g, monthsI);
                final long key = Quantiles.key(a);
                under0 += a < under ? 1 : 0;
                under1 += a <= atMost ? 1 : 0;
                over0 += a > over ? 1 : 0;
                over1 += a > farOver ? 1 : 0;
                final int join = joinMonth[i];
                final int lastOfYear = Outlook.lastOfFirstYear(join);
                final int eligible = lastOfYear <= months ? 1 : 0;          // Outlook.wholeFirstYear
                final int quitEarly = Outlook.quitBy(quitMonth[i], lastOfYear) ? 1 : 0;
                final int established = eligible & (1 - quitEarly);   // still in after their first twelve months
                eligibleCount += eligible;
                quitCount += eligible & quitEarly;
                estLow += established & (a < under ? 1 : 0);
                estHigh += established & (a > farOver ? 1 : 0);
                // band IncomeBands.of(v) is the number of edges at or below v
                ge0 += v >= e0 ? 1 : 0;
                ge1 += v >= e1 ? 1 : 0;
                ge2 += v >= e2 ? 1 : 0;
                ge3 += v >= e3 ? 1 : 0;
                ge4 += v >= e4 ? 1 : 0;
                ge5 += v >= e5 ? 1 : 0;
                ge6 += v >= e6 ? 1 : 0;
                ge7 += v >= e7 ? 1 : 0;
                ge8 += v >= e8 ? 1 : 0;
                // the key at i, swapped with the first key not of the established if i is one
                // (est <= i: scratch[est] was read, its months used, already), by masks: whether
                // one is established is a coin toss to the branch predictor
                scratch[i] = key;
                final long there = scratch[est];
                final long swap = (key ^ there) & -(long) established;   // key ^ there, or 0
                scratch[est] = there ^ swap;
                scratch[i] = key ^ swap;
                est += established;
            }
            losing = lose;
            profitable = gain;
            noCommission = none;
            sumNet = sumV;
            sumGross = sumG;
            sumMonths = sumM;
            annualUnder[0] = under0;
            annualUnder[1] = under1;
            annualOver[0] = over0;
            annualOver[1] = over1;
            yearEligible = eligibleCount;
            quitInYear = quitCount;
            estUnder = estLow;
            estOver = estHigh;
            this.established = est;
            final long[] ge = {ge0, ge1, ge2, ge3, ge4, ge5, ge6, ge7, ge8};
            final long[] bands = bandCounts;
            bands[0] = n - ge[0];                       // those below every edge
            for (int b = 1; b < ge.length; b++) {
                bands[b] = ge[b - 1] - ge[b];           // at or above edge b-1, below edge b
            }
            bands[ge.length] = ge[ge.length - 1];
        }

    }
}
