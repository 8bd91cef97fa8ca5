package org.downline.stats;

/**
 * Statistics of all participants of all replications taken together, from the merged histograms
 * (counts and totals exact; quantiles, Gini and Lorenz points within 0.1% of the amounts).
 *
 * @param participants       participants over all replications
 * @param shareLosingMoney   share with net income below zero
 * @param shareNoCommission  share never paid a commission
 * @param netMean            mean net income
 * @param netPercentiles     net income at {@link ParticipantStats#PERCENTILES}
 * @param gini               Gini of gross commissions
 * @param topOnePercentShare share of all commissions received by the top 1%
 * @param lorenz             Lorenz curve of gross commissions at {@link ParticipantStats#LORENZ_X}
 * @param grossMean          mean gross commissions
 * @param grossPercentiles   gross commissions at {@link #GROSS_PERCENTILES}
 */
public record PooledStats(long participants, double shareLosingMoney, double shareNoCommission,
                          double netMean, double[] netPercentiles, double gini,
                          double topOnePercentShare, double[] lorenz, double grossMean,
                          double[] grossPercentiles) {

    /** Gross-commission percentiles reported, as fractions. */
    public static final double[] GROSS_PERCENTILES = {0.50, 0.90, 0.99};

    public static PooledStats of(SignedLogHistogram net, SignedLogHistogram gross) {
        long n = net.count();
        double[] pct = new double[ParticipantStats.PERCENTILES.length];
        for (int k = 0; k < pct.length; k++) {
            pct[k] = net.quantile(ParticipantStats.PERCENTILES[k]);
        }
        double[] lorenz = gross.lorenz(ParticipantStats.LORENZ_X);
        double top = 1 - lorenz[ParticipantStats.LORENZ_99];
        double[] grossPct = new double[GROSS_PERCENTILES.length];
        for (int k = 0; k < grossPct.length; k++) {
            grossPct[k] = gross.quantile(GROSS_PERCENTILES[k]);
        }
        return new PooledStats(n,
                n == 0 ? Double.NaN : (double) net.countNegative() / n,
                n == 0 ? Double.NaN : (double) gross.countZero() / n,
                n == 0 ? Double.NaN : net.sum() / n,
                pct, gross.gini(), top, lorenz,
                n == 0 ? Double.NaN : gross.sum() / n, grossPct);
    }
}
