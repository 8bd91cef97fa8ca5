package org.downline.stats;

import java.util.Arrays;
import java.util.List;

/**
 * What a simulated company would publish as an income disclosure, and how far that is from a real
 * one.
 *
 * <p>The disclosure's period is the simulation's last {@code period} months. The covered
 * participants follow the disclosure's {@link Disclosure.Covers}: {@code all}, everyone in the
 * business at any time in the period; {@code active}, those still in in its last month; {@code
 * paid}, those paid something in it. Their gross pay over the period, sorted, is cut into the
 * disclosure's groups by share, groups taken in the order of their published means (a table of
 * ranks read as income quantile groups — an approximation: a company's ranks are not strictly
 * ordered by pay). A group's simulated mean is the mean of the sorted pays over its share, each pay
 * counted by the part of the group it covers, so a group smaller than one participant still has a
 * mean: that of the pay at its position.
 */
public final class DisclosureMatch {

    /** Pay below this (half a cent) counts as none. */
    private static final double HALF_CENT = 0.005;

    private DisclosureMatch() {
    }

    /**
     * The covered participants' gross pay over the period, ascending.
     *
     * @param joinMonth    each participant's join month (0..months)
     * @param quitMonth    the month each quit (their last month in), 0 if still in
     * @param grossEnd     cumulative gross commissions at the end of month {@code months}
     * @param grossAtStart cumulative gross at the end of month {@code months - period}, for the first
     *                     {@code grossAtStart.length} participants (the rest joined later: 0)
     */
    public static double[] coveredPay(int n, short[] joinMonth, short[] quitMonth, double[] grossEnd,
                                      double[] grossAtStart, int months, int period, Disclosure.Covers covers) {
        final int first = months - period + 1;
        double[] pay = new double[n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            final int q = quitMonth[i];
            if (q != 0 && q < first) {
                continue;                                   // gone before the period
            }
            final double p = grossEnd[i] - (i < grossAtStart.length ? grossAtStart[i] : 0);
            if (covered(q, p, months, covers)) {
                pay[k++] = Math.max(0, p);
            }
        }
        double[] out = Arrays.copyOf(pay, k);
        Arrays.sort(out);
        return out;
    }

    /**
     * Whether a participant in the business at some time in the period (quit month {@code quitMonth},
     * 0 if still in; gross pay {@code payInPeriod} over the period) is covered by a disclosure.
     */
    public static boolean covered(int quitMonth, double payInPeriod, int months, Disclosure.Covers covers) {
        return switch (covers) {
            case ALL -> true;
            case ACTIVE -> quitMonth == 0 || quitMonth >= months;
            case PAID -> payInPeriod >= HALF_CENT;
        };
    }

    /**
     * The share of the covered participants' total pay that goes to the best-paid 1% of them:
     * 1 − the Lorenz curve at 0.99 (a person straddling the line counts in part); NaN if nobody was
     * paid.
     */
    public static double topOnePercentShare(double[] sortedPay) {
        return 1 - Inequality.lorenz(sortedPay, sortedPay.length, new double[] {0.99})[0];
    }

    /**
     * The top 1%'s share of pay as far as a disclosure's groups tell it: groups in income order, the
     * best-paid groups filling the top 1% of the covered, a group straddling the line counted at its
     * mean for the part inside. Pay within a group is not equal, so this is a lower bound, exact only
     * when the line falls between groups (doTERRA 2017: Silver and up are exactly 1%). NaN if the
     * groups' pay totals 0.
     */
    public static double topOnePercentShare(Disclosure d) {
        final List<Disclosure.Group> g = d.groups();
        final int[] order = incomeOrder(d);
        final double total = d.totalShare();
        double all = 0;
        for (Disclosure.Group x : g) {
            all += x.share() / total * x.meanAnnualGross();
        }
        double left = 0.01;
        double top = 0;
        for (int k = order.length - 1; k >= 0 && left > 1e-12; k--) {
            final Disclosure.Group x = g.get(order[k]);
            final double take = Math.min(left, x.share() / total);
            top += take * x.meanAnnualGross();
            left -= take;
        }
        return all > 0 ? top / all : Double.NaN;
    }

    /** The share of {@code sortedPay} below half a cent (paid nothing); NaN if empty. */
    public static double shareZero(double[] sortedPay) {
        return sortedPay.length == 0 ? Double.NaN : (double) countZero(sortedPay) / sortedPay.length;
    }

    /** How many of {@code sortedPay} (ascending, non-negative) are below half a cent. */
    private static int countZero(double[] sortedPay) {
        int z = 0;
        while (z < sortedPay.length && sortedPay[z] < HALF_CENT) {
            z++;
        }
        return z;
    }

    /** The groups' positions in income order: indices of {@code d.groups()} by published mean, ties in file order. */
    public static int[] incomeOrder(Disclosure d) {
        List<Disclosure.Group> g = d.groups();
        Integer[] order = new Integer[g.size()];
        for (int k = 0; k < order.length; k++) {
            order[k] = k;
        }
        Arrays.sort(order, (a, b) -> Double.compare(g.get(a).meanAnnualGross(), g.get(b).meanAnnualGross()));
        return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
    }

    /**
     * Each group's simulated mean pay, in the disclosure's group order; NaN for all if nobody is covered.
     */
    public static double[] groupMeans(double[] sortedPay, Disclosure d) {
        final int n = sortedPay.length;
        final List<Disclosure.Group> groups = d.groups();
        final double[] means = new double[groups.size()];
        if (n == 0) {
            Arrays.fill(means, Double.NaN);
            return means;
        }
        final double total = d.totalShare();
        double from = 0;                                    // position in [0, n], in participants
        for (int k : incomeOrder(d)) {
            final double to = Math.min(n, from + groups.get(k).share() / total * n);
            means[k] = meanOver(sortedPay, from, to);
            from = to;
        }
        return means;
    }

    /**
     * Mean pay of income quantile groups of the paid: {@code shares} (summing to 1) cut the sorted pays
     * above half a cent, lowest group first; NaN for all if nobody was paid.
     */
    public static double[] quantileGroupMeans(double[] sortedPay, double[] shares) {
        double[] paid = Arrays.copyOfRange(sortedPay, countZero(sortedPay), sortedPay.length);
        double[] means = new double[shares.length];
        if (paid.length == 0) {
            Arrays.fill(means, Double.NaN);
            return means;
        }
        double from = 0;
        for (int k = 0; k < shares.length; k++) {
            double to = Math.min(paid.length, from + shares[k] * paid.length);
            means[k] = meanOver(paid, from, to);
            from = to;
        }
        return means;
    }

    /** The mean of the step function x[floor(u)] over u in [from, to]; x[floor(from)] when the range is empty. */
    static double meanOver(double[] x, double from, double to) {
        final int last = x.length - 1;
        if (!(to > from)) {
            return x[Math.min(last, (int) from)];
        }
        double sum = 0;
        int i = (int) from;
        double u = from;
        while (u < to && i <= last) {
            final double end = Math.min(to, i + 1);
            sum += (end - u) * x[i];
            u = end;
            i++;
        }
        return sum / (to - from);
    }

    /**
     * The distance between a simulated disclosure and a published one: the square root of the
     * share-weighted sum over groups of (ln(1 + simulated mean) − ln(1 + published mean))², plus
     * (simulated − published share of zero earners)² where the disclosure has zero earners. Infinite
     * when a simulated mean is undefined (nobody covered).
     */
    public static double distance(Disclosure d, double[] simulatedMeans, double simulatedShareZero) {
        double s = 0;
        List<Disclosure.Group> groups = d.groups();
        for (int k = 0; k < groups.size(); k++) {
            if (Double.isNaN(simulatedMeans[k])) {
                return Double.POSITIVE_INFINITY;
            }
            double e = Math.log1p(simulatedMeans[k]) - Math.log1p(groups.get(k).meanAnnualGross());
            s += groups.get(k).share() * e * e;
        }
        if (d.shareZero() > 0) {
            if (Double.isNaN(simulatedShareZero)) {
                return Double.POSITIVE_INFINITY;
            }
            double e = simulatedShareZero - d.shareZero();
            s += e * e;
        }
        return Math.sqrt(s);
    }
}
