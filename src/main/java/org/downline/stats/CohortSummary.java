package org.downline.stats;

/**
 * Cohorts by join month across replications; each array is indexed by join month 0..months. Each
 * interval is cut to the range of the metric it is a cohort's value of ({@link Metric#range}).
 *
 * @param meanCount        mean participants who joined in the month
 * @param shareLosingMoney share of the cohort losing money (over replications where it exists)
 * @param medianNet        the cohort's median net income
 * @param meanNet          the cohort's mean net income
 * @param meanGross        the cohort's mean gross commissions
 */
public record CohortSummary(double[] meanCount, Summary[] shareLosingMoney, Summary[] medianNet,
                            Summary[] meanNet, Summary[] meanGross) {

    public static CohortSummary of(Cohorts[] perReplication, int months) {
        final int reps = perReplication.length;
        final double[] count = new double[months + 1];
        final Summary[] losing = new Summary[months + 1];
        final Summary[] median = new Summary[months + 1];
        final Summary[] mean = new Summary[months + 1];
        final Summary[] gross = new Summary[months + 1];
        final double[] d = new double[reps];
        final double[] a = new double[reps];
        final double[] b = new double[reps];
        final double[] c = new double[reps];
        for (int t = 0; t <= months; t++) {
            double sum = 0;
            for (int r = 0; r < reps; r++) {
                Cohorts co = perReplication[r];
                sum += co.count()[t];
                a[r] = co.shareLosingMoney()[t];
                b[r] = co.medianNet()[t];
                c[r] = co.meanNet()[t];
                d[r] = co.meanGross()[t];
            }
            count[t] = sum / reps;
            losing[t] = Summary.of(a, Metric.SHARE_LOSING_MONEY.range());
            median[t] = Summary.of(b, Metric.NET_P50.range());
            mean[t] = Summary.of(c, Metric.NET_MEAN.range());
            gross[t] = Summary.of(d, Metric.GROSS_MEAN.range());
        }
        return new CohortSummary(count, losing, median, mean, gross);
    }
}
