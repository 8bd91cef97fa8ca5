package org.downline.stats;

/**
 * One monthly series across replications: for each month 0..months the mean and the 5th and 95th
 * percentiles (type 7) of the replications' values. A NaN value means the series is undefined in
 * that replication and month (a ratio with nothing to divide by) and is left out; a month where no
 * replication defines it is NaN.
 */
public record SeriesSummary(String key, double[] mean, double[] p05, double[] p95) {

    /** From {@code values[replication][month]}. */
    public static SeriesSummary of(String key, double[][] values, int months) {
        final int reps = values.length;
        final double[] mean = new double[months + 1];
        final double[] p05 = new double[months + 1];
        final double[] p95 = new double[months + 1];
        final double[] column = new double[reps];
        for (int t = 0; t <= months; t++) {
            double sum = 0;
            int defined = 0;
            for (int r = 0; r < reps; r++) {
                final double v = values[r][t];
                if (!Double.isNaN(v)) {
                    column[defined++] = v;
                    sum += v;
                }
            }
            if (defined == 0) {
                mean[t] = Double.NaN;
                p05[t] = Double.NaN;
                p95[t] = Double.NaN;
                continue;
            }
            java.util.Arrays.sort(column, 0, defined);
            mean[t] = sum / defined;
            p05[t] = Quantiles.ofSorted(column, 0, defined, 0.05);
            p95[t] = Quantiles.ofSorted(column, 0, defined, 0.95);
        }
        return new SeriesSummary(key, mean, p05, p95);
    }
}
