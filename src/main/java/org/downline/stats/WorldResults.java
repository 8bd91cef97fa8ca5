package org.downline.stats;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One world's results over all replications.
 *
 * @param world   "mlm" or "affiliate"
 * @param metrics every per-replication metric summarised across replications, in a fixed order
 * @param series  monthly series with bands
 * @param cohorts by join month
 * @param lorenz  mean over replications of the Lorenz curve of gross commissions
 * @param bands   share of participants in each net-income band
 * @param pooled  all participants of all replications together
 * @param ranks   who earns what by rank reached, or null for worlds without ranks
 * @param outlook a newcomer's first year by join month, or null where the replications have none
 */
public record WorldResults(String world, Map<String, Summary> metrics, List<SeriesSummary> series,
                           CohortSummary cohorts, double[] lorenz, Summary[] bands, PooledStats pooled,
                           RankSummary ranks, OutlookSummary outlook) {

    /**
     * Aggregates replications given in replication order (the order fixes every floating-point sum,
     * so results do not depend on which thread ran what).
     */
    public static WorldResults aggregate(String world, WorldReplication[] reps, String[] seriesKeys,
                                         double[][][] series, int months, SignedLogHistogram net,
                                         SignedLogHistogram gross) {
        return aggregate(world, reps, seriesKeys, series, months, net, gross, null);
    }

    /**
     * Aggregates replications given in replication order, with who earns what by rank.
     *
     * @param rankLabels what each rank means; null for a world without ranks
     */
    public static WorldResults aggregate(String world, WorldReplication[] reps, String[] seriesKeys,
                                         double[][][] series, int months, SignedLogHistogram net,
                                         SignedLogHistogram gross, String[] rankLabels) {
        final int r = reps.length;
        final Map<String, Summary> metrics = new LinkedHashMap<>();
        final String[] names = reps[0].names();
        final double[] column = new double[r];
        for (int k = 0; k < names.length; k++) {
            for (int i = 0; i < r; i++) {
                if (!reps[i].names()[k].equals(names[k])) {
                    throw new IllegalStateException("replications disagree on metric " + k);
                }
                column[i] = reps[i].values()[k];
            }
            final Metric metric = Metric.byKey(names[k]);
            metrics.put(names[k], Summary.of(column, metric == null ? ValueRange.ANY : metric.range()));
        }
        final SeriesSummary[] seriesSummaries = new SeriesSummary[seriesKeys.length];
        for (int s = 0; s < seriesKeys.length; s++) {
            final double[][] values = new double[r][];
            for (int i = 0; i < r; i++) {
                values[i] = series[i][s];
            }
            seriesSummaries[s] = SeriesSummary.of(seriesKeys[s], values, months);
        }
        final Cohorts[] cohorts = new Cohorts[r];
        for (int i = 0; i < r; i++) {
            cohorts[i] = reps[i].cohorts();
        }
        final double[] lorenz = new double[ParticipantStats.LORENZ_X.length];
        final double[] lorenzColumn = new double[r];
        for (int x = 0; x < lorenz.length; x++) {
            for (int i = 0; i < r; i++) {
                lorenzColumn[i] = reps[i].lorenz()[x];
            }
            lorenz[x] = Summary.of(lorenzColumn).mean();
        }
        final Summary[] bands = new Summary[IncomeBands.COUNT];
        for (int b = 0; b < bands.length; b++) {
            for (int i = 0; i < r; i++) {
                column[i] = reps[i].bands()[b];
            }
            bands[b] = Summary.of(column, ValueRange.UNIT);
        }
        RankSummary ranks = null;
        if (rankLabels != null) {
            final RankStats[] byRank = new RankStats[r];
            for (int i = 0; i < r; i++) {
                byRank[i] = reps[i].ranks();
            }
            ranks = RankSummary.of(rankLabels, byRank);
        }
        OutlookSummary outlook = null;
        if (reps[0].outlook() != null) {
            final Outlook[] byReplication = new Outlook[r];
            for (int i = 0; i < r; i++) {
                byReplication[i] = reps[i].outlook();
                if (byReplication[i] == null) {
                    throw new IllegalStateException("replication " + i + " has no outlook but replication 0 has");
                }
            }
            outlook = OutlookSummary.of(byReplication);
        }
        return new WorldResults(world, metrics, List.of(seriesSummaries), CohortSummary.of(cohorts, months),
                lorenz, bands, PooledStats.of(net, gross), ranks, outlook);
    }

    /**
     * Total commissions over total sales volume, all months of all replications together (a ratio of
     * sums, not a mean of ratios); NaN for a world without those series, or without volume.
     */
    public double pooledPayoutRatio() {
        if (series.stream().noneMatch(s -> s.key().equals("salesVolume"))) {
            return Double.NaN;
        }
        final double[] paid = series("commissionsPaid").mean();
        final double[] volume = series("salesVolume").mean();
        double p = 0;
        double v = 0;
        for (int t = 1; t < paid.length; t++) {
            p += paid[t];
            v += volume[t];
        }
        return v > 0 ? p / v : Double.NaN;
    }

    /** The summary of metric {@code name}. */
    public Summary metric(String name) {
        Summary s = metrics.get(name);
        if (s == null) {
            throw new IllegalArgumentException("no metric " + name);
        }
        return s;
    }

    /** The series {@code series} of this world. */
    public SeriesSummary series(Series series) {
        if (!series.world().key().equals(world)) {
            throw new IllegalArgumentException("series " + series.key() + " is not of the " + world + " world");
        }
        return series(series.key());
    }

    /** The series with key {@code key}. */
    public SeriesSummary series(String key) {
        return series.stream().filter(s -> s.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no series " + key));
    }
}
