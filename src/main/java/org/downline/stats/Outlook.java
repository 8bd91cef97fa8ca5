package org.downline.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A newcomer's first year, by join month, in one replication: for each join month m whose first
 * year was simulated whole (max(1, m) + 11 ≤ months), the joiners' net income over their first
 * twelve months in the business — or over their whole time if they quit sooner — and the shares
 * losing money, quitting and paid any commission in that year. Arrays are indexed by join month
 * 0..{@link #lastJoinMonth(int)}; a month nobody joined in has count 0 and NaN statistics.
 *
 * <p>First-year net = commissions + other income (retail profit) in the first year − the start-up
 * cost (starter kit) − the monthly cost of each month in the business in that year.
 *
 * @param count            joiners in the month
 * @param netPercentiles   [k][month]: percentile {@link #PERCENTILES}[k] of first-year net income
 * @param shareLosingMoney share with first-year net income below 0
 * @param shareQuit        share who quit within their first twelve months
 * @param sharePaid        share paid any commission in their first twelve months
 */
public record Outlook(double[] count, double[][] netPercentiles, double[] shareLosingMoney, double[] shareQuit,
                      double[] sharePaid) {

    /** First-year net-income percentiles reported, as fractions. */
    public static final double[] PERCENTILES = {0.10, 0.25, 0.50, 0.75, 0.90};

    /** Index of the median in {@link #PERCENTILES}. */
    public static final int MEDIAN = 2;

    /** Months in the first year. */
    public static final int YEAR = 12;

    public Outlook {
        if (netPercentiles.length != PERCENTILES.length) {
            throw new IllegalArgumentException(netPercentiles.length + " percentile rows where "
                    + PERCENTILES.length + " belong");
        }
        final List<double[]> rows = new ArrayList<>(List.of(netPercentiles));
        rows.addAll(List.of(shareLosingMoney, shareQuit, sharePaid));
        for (double[] a : rows) {
            if (a.length != count.length) {
                throw new IllegalArgumentException("outlook rows of " + a.length + " and " + count.length + " months");
            }
        }
    }

    /**
     * The last join month with a whole first year in a run of {@code months} months (−1 if none):
     * founders (month 0) start in month 1 like month 1's joiners, so it is months − 11.
     */
    public static int lastJoinMonth(int months) {
        return months >= YEAR ? months - (YEAR - 1) : -1;
    }

    /** The last month of the first year of a participant who joined in {@code joinMonth}. */
    static int lastOfFirstYear(int joinMonth) {
        return Math.max(1, joinMonth) + YEAR - 1;
    }

    /** Whether a participant who joined in {@code joinMonth} had a whole first year in a run of {@code months}. */
    static boolean wholeFirstYear(int joinMonth, int months) {
        return lastOfFirstYear(joinMonth) <= months;
    }

    /** Whether a participant who joined in {@code joinMonth} quit ({@code quitMonth}; 0: not) in their first year. */
    static boolean quitInFirstYear(int joinMonth, int quitMonth) {
        return quitBy(quitMonth, lastOfFirstYear(joinMonth));
    }

    /**
     * Whether {@code quitMonth} (0: not quit) is at most {@code lastMonth} (at least 1): quitMonth != 0
     * and quitMonth <= lastMonth as one unsigned comparison (quitMonth 0 wraps to the largest), which
     * the JIT compiles without a branch; the two tests with {@code &&} were a branch on who quit, a
     * coin flip that cost {@code ParticipantStats}' counting pass about a third of its time.
     */
    static boolean quitBy(int quitMonth, int lastMonth) {
        return Integer.compareUnsigned(quitMonth - 1, lastMonth) < 0;
    }

    /** Join months 0..lastJoinMonth held. */
    public int joinMonths() {
        return count.length;
    }

    /**
     * The outlook of participants {@code 0..n-1}, given in join order.
     *
     * @param joinMonth       month each joined (0 = present from the start, in the business from month 1)
     * @param quitMonth       month each quit, 0 if still in
     * @param firstYearIncome participant i's commissions + other income over their first twelve
     *                        months (or until they quit)
     * @param paid            whether each was paid any commission in that time; null when
     *                        firstYearIncome is commissions alone (paid iff it is positive)
     * @param startCost       the one-off cost of starting, dollars
     * @param monthlyCost     the cost of each month in the business, dollars
     * @param months          months simulated
     */
    public static Outlook compute(int n, short[] joinMonth, short[] quitMonth, double[] firstYearIncome,
                                  boolean[] paid, double startCost, double monthlyCost, int months) {
        return compute(n, joinMonth, quitMonth, firstYearIncome, paid, startCost, monthlyCost, months, null);
    }

    /**
     * As above, working in {@code spareLongs} (overwritten; at least n long, or null to allocate a
     * cohort's): a world's array that is dead once its run is over (a cohort's net incomes go
     * straight into it as selection keys).
     */
    public static Outlook compute(int n, short[] joinMonth, short[] quitMonth, double[] firstYearIncome,
                                  boolean[] paid, double startCost, double monthlyCost, int months,
                                  long[] spareLongs) {
        return compute(n, joinMonth, quitMonth, null, firstYearIncome, paid, startCost, monthlyCost, months,
                spareLongs);
    }

    /**
     * As above with the first-year incomes as floats (the MLM world's): the same figures as the
     * doubles they widen to.
     */
    public static Outlook compute(int n, short[] joinMonth, short[] quitMonth, float[] firstYearIncome,
                                  boolean[] paid, double startCost, double monthlyCost, int months,
                                  long[] spareLongs) {
        return compute(n, joinMonth, quitMonth, firstYearIncome, null, paid, startCost, monthlyCost, months,
                spareLongs);
    }

    /**
     * Both forms, incomes as floats or else as doubles. Its loops run once per join month: the pass
     * over a month's participants is a small method of its own, so that it is compiled once with a
     * profile that holds (not this method again for each form).
     */
    private static Outlook compute(int n, short[] joinMonth, short[] quitMonth, float[] floats,
                                   double[] doubles, boolean[] paid, double startCost,
                                   double monthlyCost, int months, long[] spareLongs) {
        final int rows = lastJoinMonth(months) + 1;
        final double[] count = new double[rows];
        final double[][] percentiles = new double[PERCENTILES.length][rows];
        final double[] losing = new double[rows];
        final double[] quit = new double[rows];
        final double[] paidShare = new double[rows];
        for (double[] a : percentiles) {
            Arrays.fill(a, Double.NaN);
        }
        Arrays.fill(losing, Double.NaN);
        Arrays.fill(quit, Double.NaN);
        Arrays.fill(paidShare, Double.NaN);
        // a cohort's net incomes go straight into scratch as selection keys
        long[] scratch = spareLongs != null && spareLongs.length >= n ? spareLongs : new long[0];
        final int[] tally = new int[3];
        int start = 0;
        while (start < n && joinMonth[start] < rows) {
            final int m = joinMonth[start];
            final int end = ParticipantStats.endOfMonth(joinMonth, start, n);
            if (m < 0 || (end < n && joinMonth[end] < m)) {
                throw new IllegalArgumentException("participants must be in join order; found month " + m
                        + " at " + start);
            }
            final int size = end - start;
            if (scratch.length < size) {
                scratch = new long[Math.max(size, scratch.length * 2)];
            }
            netOf(floats, doubles, paid, quitMonth, m, start, end, startCost, monthlyCost, scratch, tally);
            final double[] q = Quantiles.ofKeys(scratch, size, PERCENTILES);
            for (int k = 0; k < PERCENTILES.length; k++) {
                percentiles[k][m] = q[k];
            }
            count[m] = size;
            losing[m] = (double) tally[0] / size;
            quit[m] = (double) tally[1] / size;
            paidShare[m] = (double) tally[2] / size;
            start = end;
        }
        return new Outlook(count, percentiles, losing, quit, paidShare);
    }

    /**
     * The {@link Quantiles#key}s of the first-year net incomes of participants start..end (joined in
     * month m) into keys[0..end-start), their incomes read from {@code floats}, or from
     * {@code doubles} when it is null (a test the same for every participant, which the JIT takes out
     * of the loop), with in tally the counts losing money, quitting, paid.
     */
    private static void netOf(float[] floats, double[] doubles, boolean[] paid, short[] quitMonth, int m,
                              int start, int end, double startCost, double monthlyCost, long[] keys,
                              int[] tally) {
        int lose = 0;
        int quits = 0;
        int paidCount = 0;
        for (int i = start; i < end; i++) {
            final boolean quitEarly = quitInFirstYear(m, quitMonth[i]);
            final int monthsIn = quitEarly ? quitMonth[i] - Math.max(1, m) + 1 : YEAR;
            final double income = floats != null ? floats[i] : doubles[i];
            final double net = income - startCost - monthlyCost * monthsIn;
            keys[i - start] = Quantiles.key(net);
            lose += net < 0 ? 1 : 0;
            quits += quitEarly ? 1 : 0;
            paidCount += (paid == null ? income > 0 : paid[i]) ? 1 : 0;
        }
        tally[0] = lose;
        tally[1] = quits;
        tally[2] = paidCount;
    }
}
