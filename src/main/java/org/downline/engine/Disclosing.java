package org.downline.engine;

import java.util.Arrays;
import org.downline.model.MlmSeries;
import org.downline.model.MlmWorld;
import org.downline.rng.ReplicationStreams;
import org.downline.scenario.EconomicsConfig;
import org.downline.scenario.Scenario;
import org.downline.stats.Disclosure;
import org.downline.stats.DisclosureMatch;
import org.downline.stats.Outlook;
import org.downline.stats.Metric;
import org.downline.stats.ParticipantStats;
import org.downline.stats.WorldReplication;

/**
 * Runs a scenario's MLM world for an income disclosure: the covered participants' gross pay over the
 * last {@code period} months (see {@link DisclosureMatch}), and what the disclosure leaves out (costs,
 * quitting, who funds the pay: {@link Implications}).
 */
public final class Disclosing {

    private Disclosing() {
    }

    /**
     * One simulated company as its disclosure would see it.
     *
     * @param coveredPay   the covered participants' gross pay over the period, ascending
     * @param implications what the same simulation says beyond the disclosure
     */
    public record Outcome(double[] coveredPay, Implications implications, Newcomer newcomer) {
    }

    /**
     * A newcomer's first year, for someone joining in the disclosure's last month (the month the
     * company published it): the run goes on twelve more months to follow them. Null fields of
     * {@link Outcome} when not asked for; NaN values when nobody joined that month.
     *
     * @param joinMonth        the month they joined: the scenario's last month
     * @param participants     how many joined that month
     * @param netMedian        their median first-year net income (commissions + retail profit −
     *                         starter kit − monthly costs over their first twelve months, or until
     *                         they quit), dollars
     * @param shareLosingMoney share with first-year net below 0
     * @param shareQuit        share who quit within the year
     * @param sharePaid        share paid any commission in it
     */
    public record Newcomer(int joinMonth, double participants, double netMedian, double shareLosingMoney,
                           double shareQuit, double sharePaid) {
    }

    /**
     * What a disclosure does not show, from the simulation that made it.
     *
     * @param shareLosingMoney         among everyone who ever joined: net income over their whole time in
     *                                 the business (gross commissions + retail profit − starter kit −
     *                                 monthly costs) below 0, as {@code downline run}'s metric of that name
     * @param shareLosingMoneyInPeriod among the covered: net income over the disclosure's period below
     *                                 0 (the starter kit counts if they started in the period)
     * @param netIncomeMedian          median whole-time net income of everyone who ever joined, dollars
     * @param shareQuitWithinYear      among those whose whole first year was simulated: quit within it,
     *                                 as {@code downline run}'s metric
     * @param sharePayFromOwnPurchases         required volume × active member-months over total sales volume in
     *                                 the period: the share of the sales the plan pays on that members'
     *                                 own required purchases make up (the rest is retail orders of
     *                                 non-members); NaN without sales
     */
    public record Implications(double shareLosingMoney, double shareLosingMoneyInPeriod, double netIncomeMedian,
                               double shareQuitWithinYear, double sharePayFromOwnPurchases) {
    }

    /**
     * Replication {@code replication} of {@code scenario}: the covered participants' gross pay over
     * months {@code months - period + 1 .. months}, ascending.
     *
     * @throws IllegalArgumentException if the period is longer than the scenario's months
     */
    public static double[] coveredPay(Scenario scenario, int replication, int period, Disclosure.Covers covers) {
        return simulate(scenario, replication, period, covers, false).coveredPay();
    }

    /**
     * Replication {@code replication} of {@code scenario}, with what the disclosure leaves out.
     *
     * @param followNewcomers whether to run twelve more months after the period, for {@link Newcomer};
     *                        every other figure is taken at the end of the period either way
     * @throws IllegalArgumentException if the period is longer than the scenario's months
     */
    public static Outcome simulate(Scenario scenario, int replication, int period, Disclosure.Covers covers,
                                   boolean followNewcomers) {
        final int months = scenario.months();
        if (period < 1 || period > months) {
            throw new IllegalArgumentException("the disclosure's period (" + period + " months) must fit in the "
                    + "scenario's months (" + months + ")");
        }
        MlmWorld w = new MlmWorld(scenario);
        w.reset(ReplicationStreams.of(scenario.seed(), replication),
                followNewcomers ? months + Outlook.YEAR : months);
        final int before = months - period;
        for (int m = 1; m <= before; m++) {
            w.step(m);
        }
        final double[] grossAtStart = Arrays.copyOf(w.grossCommissions(), w.size());
        final double[] retailAtStart = Arrays.copyOf(w.retailProfits(), w.size());
        for (int m = before + 1; m <= months; m++) {
            w.step(m);
        }
        double[] pay = DisclosureMatch.coveredPay(w.size(), w.joinMonths(), w.quitMonths(), w.grossCommissions(),
                grossAtStart, months, period, covers);
        Implications implications = implications(w, scenario.economics(), grossAtStart, retailAtStart, months,
                period, covers);
        Newcomer newcomer = null;
        if (followNewcomers) {
            final int end = months + Outlook.YEAR;
            for (int m = months + 1; m <= end; m++) {
                w.step(m);
            }
            Outlook o = Outlook.compute(w.size(), w.joinMonths(), w.quitMonths(), w.firstYearIncomes(),
                    w.paidInFirstYear(), scenario.economics().starterKit(), scenario.economics().monthlyCost(), end,
                    null);
            newcomer = new Newcomer(months, o.count()[months], o.netPercentiles()[Outlook.MEDIAN][months],
                    o.shareLosingMoney()[months], o.shareQuit()[months], o.sharePaid()[months]);
        }
        return new Outcome(pay, implications, newcomer);
    }

    private static Implications implications(MlmWorld w, EconomicsConfig economics, double[] grossAtStart,
                                              double[] retailAtStart, int months, int period,
                                              Disclosure.Covers covers) {
        final int n = w.size();
        final short[] join = w.joinMonths();
        final short[] quit = w.quitMonths();
        final double[] gross = w.grossCommissions();
        final double[] retail = w.retailProfits();
        final double monthly = economics.monthlyCost();
        final double kit = economics.starterKit();
        // whole time: the run's own statistics, so the figures mean what they mean in summary.json
        // (months and costs computed as the run's statistics compute them)
        WorldReplication whole = ParticipantStats.compute(n, join, quit, gross, retail, kit, monthly, months,
                null, null, null, null, null, null);
        // the period: pay, retail profit and costs of months first..months, among the covered
        final int first = months - period + 1;
        long covered = 0;
        long losing = 0;
        for (int i = 0; i < n; i++) {
            final int q = quit[i];
            if (q != 0 && q < first) {
                continue;                                    // gone before the period
            }
            final double pay = gross[i] - (i < grossAtStart.length ? grossAtStart[i] : 0);
            if (!DisclosureMatch.covered(q, pay, months, covers)) {
                continue;
            }
            final double profit = retail[i] - (i < retailAtStart.length ? retailAtStart[i] : 0);
            final int start = Math.max(1, join[i]);           // founders start in month 1
            final int end = q == 0 ? months : q;
            final int monthsIn = end - Math.max(start, first) + 1;
            final double cost = monthly * monthsIn + (start >= first ? kit : 0);
            covered++;
            losing += pay + profit - cost < 0 ? 1 : 0;
        }
        // who funds the pay: each active member-month buys the required volume; retail orders are the rest
        final double[] active = w.series(MlmSeries.ACTIVE);
        final double[] sales = w.series(MlmSeries.SALES_VOLUME);
        double memberMonths = 0;
        double volume = 0;
        for (int m = first; m <= months; m++) {
            memberMonths += active[m];
            volume += sales[m];
        }
        return new Implications(whole.get(Metric.SHARE_LOSING_MONEY.key()),
                covered == 0 ? Double.NaN : (double) losing / covered,
                whole.get(Metric.NET_P50.key()),
                whole.get(Metric.SHARE_QUIT_WITHIN_YEAR.key()),
                volume > 0 ? economics.requiredVolume() * memberMonths / volume : Double.NaN);
    }
}
