package org.downline.stats;

import java.util.List;

/**
 * One replication's metric values, put by descriptor in any order, that become a
 * {@link WorldReplication}'s names and values in the order the descriptors are declared. What is
 * computed where no longer has to follow the order of a list of names.
 */
public final class MetricValues {

    private final double[] values = new double[Metric.values().length];
    private final boolean[] present = new boolean[values.length];

    /** The values of {@code r}, to put more into. */
    public static MetricValues of(WorldReplication r) {
        MetricValues v = new MetricValues();
        for (int k = 0; k < r.names().length; k++) {
            v.put(Metric.of(r.names()[k]), r.values()[k]);
        }
        return v;
    }

    /** Sets {@code metric}'s value; each metric is put once. */
    public MetricValues put(Metric metric, double value) {
        if (present[metric.ordinal()]) {
            throw new IllegalStateException("metric " + metric.key() + " put twice");
        }
        present[metric.ordinal()] = true;
        values[metric.ordinal()] = value;
        return this;
    }

    /**
     * The replication with exactly the metrics {@code expected}, in that order, and the given
     * per-participant parts.
     *
     * @throws IllegalStateException if a metric of {@code expected} was not put, or one not in it was
     */
    public WorldReplication toReplication(List<Metric> expected, Cohorts cohorts, double[] lorenz, double[] bands,
                                          RankStats ranks) {
        final boolean[] wanted = new boolean[values.length];
        final String[] names = new String[expected.size()];
        final double[] out = new double[expected.size()];
        for (int k = 0; k < names.length; k++) {
            Metric m = expected.get(k);
            if (!present[m.ordinal()]) {
                throw new IllegalStateException("metric " + m.key() + " was not computed");
            }
            wanted[m.ordinal()] = true;
            names[k] = m.key();
            out[k] = values[m.ordinal()];
        }
        for (Metric m : Metric.values()) {
            if (present[m.ordinal()] && !wanted[m.ordinal()]) {
                throw new IllegalStateException("metric " + m.key() + " computed but not reported here");
            }
        }
        return new WorldReplication(names, out, cohorts, lorenz, bands, ranks, null);
    }

    /** As {@link #toReplication(List, Cohorts, double[], double[], RankStats)}, with {@code r}'s other parts. */
    public WorldReplication toReplication(List<Metric> expected, WorldReplication r) {
        return toReplication(expected, r.cohorts(), r.lorenz(), r.bands(), r.ranks()).withOutlook(r.outlook());
    }
}
