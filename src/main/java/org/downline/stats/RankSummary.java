package org.downline.stats;

/**
 * Who earns what by rank reached, across replications: for each rank (index into {@code labels})
 * the mean and 95% interval of each statistic of {@link RankStats}, cut to the range of the metric
 * it is a rank's value of ({@link Metric#range}; the share of participants to [0, 1]).
 *
 * @param labels what each rank means, lowest first
 */
public record RankSummary(String[] labels, Summary[] share, Summary[] meanNet, Summary[] medianNet,
                          Summary[] shareLosingMoney, Summary[] meanGross) {

    /** From the replications' statistics, in replication order. */
    public static RankSummary of(String[] labels, RankStats[] reps) {
        final int ranks = labels.length;
        final Summary[] share = new Summary[ranks];
        final Summary[] mean = new Summary[ranks];
        final Summary[] median = new Summary[ranks];
        final Summary[] losing = new Summary[ranks];
        final Summary[] gross = new Summary[ranks];
        final double[] column = new double[reps.length];
        for (int k = 0; k < ranks; k++) {
            share[k] = Summary.of(column(reps, k, column, 0), ValueRange.UNIT);
            mean[k] = Summary.of(column(reps, k, column, 1), Metric.NET_MEAN.range());
            median[k] = Summary.of(column(reps, k, column, 2), Metric.NET_P50.range());
            losing[k] = Summary.of(column(reps, k, column, 3), Metric.SHARE_LOSING_MONEY.range());
            gross[k] = Summary.of(column(reps, k, column, 4), Metric.GROSS_MEAN.range());
        }
        return new RankSummary(labels.clone(), share, mean, median, losing, gross);
    }

    private static double[] column(RankStats[] reps, int k, double[] out, int statistic) {
        for (int r = 0; r < reps.length; r++) {
            RankStats s = reps[r];
            double[] values = switch (statistic) {
                case 0 -> s.share();
                case 1 -> s.meanNet();
                case 2 -> s.medianNet();
                case 3 -> s.shareLosingMoney();
                default -> s.meanGross();
            };
            out[r] = values[k];
        }
        return out;
    }

    public int size() {
        return labels.length;
    }
}
