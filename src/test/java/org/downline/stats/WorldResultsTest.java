package org.downline.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.downline.engine.ProgressListener;
import org.downline.engine.ReplicationResult;
import org.downline.engine.Results;
import org.downline.engine.RunOptions;
import org.downline.engine.Simulation;
import org.downline.model.MlmSeries;
import org.downline.scenario.Scenario;
import org.downline.testing.Scenarios;
import org.junit.jupiter.api.Test;

/**
 * Deterministic checks of the aggregation against sums computed here, independently, from the same
 * replications' raw results: they fail only if the aggregation is wrong (false-failure
 * probability 0; tolerances are floating-point rounding only).
 */
class WorldResultsTest {

    /**
     * The pooled payout ratio is total paid over total volume: with one replication it is that
     * replication's payout ratio (not, say, a mean of monthly ratios); with several, total paid
     * over total volume of all months of all replications — equivalently the volume-weighted mean
     * of the replications' ratios, which this scenario makes differ from their plain mean and from
     * the mean of monthly ratios, so each wrong formula fails; the affiliate world, which has no
     * sales volume, has none.
     */
    @Test
    void pooledPayoutRatioIsTotalPaidOverTotalVolume() {
        Scenario base = Scenarios.with(Scenario.DEFAULT, Scenarios.market(20_000, 0.3));
        Results one = Simulation.run(Scenarios.run(base, 12, 1, 5), new RunOptions(1), ProgressListener.NONE);
        double single = one.mlm().metric(Metrics.PAYOUT_RATIO).mean();
        assertTrue(single > 0.01 && single < 0.5, "payout ratio " + single);
        assertEquals(single, one.mlm().pooledPayoutRatio(), 1e-12 * single);
        assertTrue(Double.isNaN(one.affiliate().pooledPayoutRatio()));

        Scenario s = Scenarios.run(base, 12, 3, 5);
        Results three = Simulation.run(s, new RunOptions(1), ProgressListener.NONE);
        ReplicationResult[] reps = Simulation.replications(s, new RunOptions(1));
        double totalPaid = 0;
        double totalVolume = 0;
        double weighted = 0;
        double meanOfRatios = 0;
        for (ReplicationResult r : reps) {
            double paid = 0;
            double volume = 0;
            for (int t = 1; t <= s.months(); t++) {
                paid += r.mlmSeries()[MlmSeries.COMMISSIONS_PAID.ordinal()][t];
                volume += r.mlmSeries()[MlmSeries.SALES_VOLUME.ordinal()][t];
            }
            totalPaid += paid;
            totalVolume += volume;
            double ratio = r.mlm().get(Metrics.PAYOUT_RATIO);
            assertEquals(paid / volume, ratio, 1e-12 * ratio, "replication " + r.replication());
            weighted += ratio * volume;
            meanOfRatios += ratio / reps.length;
        }
        weighted /= totalVolume;
        double pooled = three.mlm().pooledPayoutRatio();
        assertEquals(totalPaid / totalVolume, pooled, 1e-12 * pooled);
        assertEquals(weighted, pooled, 1e-12 * pooled);

        double[] paid = three.mlm().series("commissionsPaid").mean();
        double[] volume = three.mlm().series("salesVolume").mean();
        double monthlyMean = 0;
        for (int t = 1; t < paid.length; t++) {
            monthlyMean += paid[t] / volume[t] / (paid.length - 1);
        }
        // the wrong formulas are far enough from the right one that the 1e-12 checks tell them apart
        assertTrue(Math.abs(pooled - monthlyMean) > 1e-6 * pooled, "differs from the mean of monthly ratios");
        assertTrue(Math.abs(pooled - meanOfRatios) > 1e-9 * pooled, "differs from the plain mean of ratios");
    }

    /**
     * Each metric's summary is the mean, the sample standard deviation (n − 1) and the Student
     * interval mean ± t_{0.975, n−1}·sd/√n of the replications' values, in replication order,
     * recomputed here from the raw per-replication results (with t_{0.975, 3} = 3.182446305284263
     * from tables, not from the code under test).
     */
    @Test
    void metricSummariesAreMeanSdAndStudentIntervalOfTheReplications() {
        Scenario s = Scenarios.run(Scenarios.with(Scenario.DEFAULT, Scenarios.market(20_000, 0.3)), 12, 4, 9);
        Results res = Simulation.run(s, new RunOptions(2), ProgressListener.NONE);
        ReplicationResult[] reps = Simulation.replications(s, new RunOptions(1));
        final double t = 3.182446305284263;
        int checked = 0;
        for (String name : reps[0].mlm().names()) {
            double sum = 0;
            int n = 0;
            for (ReplicationResult r : reps) {
                double v = r.mlm().get(name);
                if (!Double.isNaN(v)) {
                    sum += v;
                    n++;
                }
            }
            if (n < reps.length) {
                continue;                               // a metric undefined somewhere: SummaryTest covers NaN
            }
            double mean = sum / n;
            double ss = 0;
            for (ReplicationResult r : reps) {
                ss += (r.mlm().get(name) - mean) * (r.mlm().get(name) - mean);
            }
            double sd = Math.sqrt(ss / (n - 1));
            Summary got = res.mlm().metric(name);
            double scale = 1e-12 * (Math.abs(mean) + sd) + 1e-300;
            assertEquals(n, got.n(), name);
            assertEquals(mean, got.mean(), scale, name);
            assertEquals(sd, got.sd(), scale, name);
            // the interval is clipped to the metric's range: a share's to [0, 1], a count's at 0, net not
            ValueRange range = Metric.byKey(name) == null ? ValueRange.ANY : Metric.byKey(name).range();
            assertEquals(Math.max(range.min(), mean - t * sd / 2), got.lo(), scale * 4, name);
            assertEquals(Math.min(range.max(), mean + t * sd / 2), got.hi(), scale * 4, name);
            checked += sd > 0 ? 1 : 0;
        }
        assertTrue(checked >= 10, "metrics with spread checked: " + checked);
        // the series bands: the mean of each month over replications
        double[] members = res.mlm().series("members").mean();
        for (int m = 0; m <= s.months(); m++) {
            double sum = 0;
            for (ReplicationResult r : reps) {
                sum += r.mlmSeries()[MlmSeries.MEMBERS.ordinal()][m];
            }
            assertEquals(sum / reps.length, members[m], 1e-12 * (1 + sum), "members, month " + m);
        }
    }

    /**
     * Every share's interval (metrics, income bands, ranks, cohorts, the newcomer's outlook) lies in
     * [0, 1] with two replications, where t_{0.975, 1} = 12.71 makes the plain t-intervals of the
     * shares near 0 run below 0 (checked: some do, so the test can fail); every other metric's interval
     * lies in its range (gross amounts at 0 and above; some would run below 0), while net income's is
     * the plain interval (some run below 0).
     * Deterministic: fixed seed, false-failure probability 0.
     */
    @Test
    void shareIntervalsStayInZeroToOne() {
        Scenario s = Scenarios.run(Scenarios.with(Scenario.DEFAULT, Scenarios.market(20_000, 0.3)), 24, 2, 11);
        Results res = Simulation.run(s, new RunOptions(1), ProgressListener.NONE);
        ReplicationResult[] reps = Simulation.replications(s, new RunOptions(1));
        int wouldCross = 0;
        int shares = 0;
        for (String name : reps[0].mlm().names()) {
            Metric m = Metric.byKey(name);
            if (m == null || !m.range().equals(ValueRange.UNIT)) {
                continue;
            }
            double[] column = new double[reps.length];
            for (int r = 0; r < reps.length; r++) {
                column[r] = reps[r].mlm().get(name);
            }
            Summary plain = Summary.of(column);
            wouldCross += plain.lo() < 0 || plain.hi() > 1 ? 1 : 0;
            assertInUnit(res.mlm().metric(name), name);
            shares++;
        }
        assertTrue(shares >= 10, "shares checked: " + shares);
        assertTrue(wouldCross >= 1, "some plain share interval crosses 0 or 1: " + wouldCross);
        for (WorldResults w : new WorldResults[] {res.mlm(), res.affiliate()}) {
            for (int b = 0; b < w.bands().length; b++) {
                assertInUnit(w.bands()[b], w.world() + " band " + b);
            }
            for (int t = 0; t < w.cohorts().shareLosingMoney().length; t++) {
                assertInUnit(w.cohorts().shareLosingMoney()[t], w.world() + " cohort " + t);
            }
            if (w.ranks() != null) {
                for (int k = 0; k < w.ranks().size(); k++) {
                    assertInUnit(w.ranks().share()[k], w.world() + " rank share " + k);
                    assertInUnit(w.ranks().shareLosingMoney()[k], w.world() + " rank losing " + k);
                }
            }
            if (w.outlook() != null) {
                for (int t = 0; t < w.outlook().joinMonths(); t++) {
                    assertInUnit(w.outlook().shareLosingMoney()[t], w.world() + " outlook losing " + t);
                    assertInUnit(w.outlook().shareQuit()[t], w.world() + " outlook quit " + t);
                    assertInUnit(w.outlook().sharePaid()[t], w.world() + " outlook paid " + t);
                }
            }
        }
        int nonNegativeWouldCross = 0;
        int netKept = 0;
        for (Metric m : Metric.values()) {
            Summary d = res.mlm().metrics().get(m.key());
            if (d == null || Double.isNaN(d.lo())) {
                continue;
            }
            assertTrue(d.lo() >= m.range().min() && d.hi() <= m.range().max(), m.key() + " " + d);
            double[] column = new double[reps.length];
            for (int r = 0; r < reps.length; r++) {
                column[r] = reps[r].mlm().get(m.key());
            }
            Summary plain = Summary.of(column);
            if (m.range().equals(ValueRange.NON_NEGATIVE) && plain.lo() < 0) {
                nonNegativeWouldCross++;
                assertEquals(0.0, d.lo(), m.key());
            }
            if (m.range().equals(ValueRange.ANY)) {
                assertEquals(plain.lo(), d.lo(), m.key() + ": net income is not clipped");
                netKept += plain.lo() < 0 ? 1 : 0;
            }
        }
        assertTrue(nonNegativeWouldCross >= 1, "some plain interval of a quantity at least 0 runs below 0");
        assertTrue(netKept >= 1, "some net income interval runs below 0, as it may");
    }

    private static void assertInUnit(Summary s, String what) {
        if (!Double.isNaN(s.lo())) {
            assertTrue(s.lo() >= 0 && s.lo() <= s.mean(), what + " low " + s.lo());
        }
        if (!Double.isNaN(s.hi())) {
            assertTrue(s.hi() <= 1 && s.hi() >= s.mean(), what + " high " + s.hi());
        }
    }
}
