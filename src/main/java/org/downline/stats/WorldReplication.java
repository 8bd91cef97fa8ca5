package org.downline.stats;

/**
 * One world's statistics in one replication: named scalar metrics, cohorts, the Lorenz curve of
 * gross commissions at {@link ParticipantStats#LORENZ_X}, the share of participants in each
 * {@link IncomeBands net-income band}, who earns what by rank reached ({@code null} for worlds
 * without ranks), and a newcomer's first year by join month ({@code null} where not computed).
 */
public record WorldReplication(String[] names, double[] values, Cohorts cohorts, double[] lorenz,
                               double[] bands, RankStats ranks, Outlook outlook) {

    /** The value of metric {@code name}. */
    public double get(String name) {
        for (int k = 0; k < names.length; k++) {
            if (names[k].equals(name)) {
                return values[k];
            }
        }
        throw new IllegalArgumentException("no metric " + name);
    }

    /** A copy with extra metrics appended (world-specific ones such as the payout ratio). */
    public WorldReplication with(String[] extraNames, double[] extraValues) {
        String[] n = java.util.Arrays.copyOf(names, names.length + extraNames.length);
        double[] v = java.util.Arrays.copyOf(values, values.length + extraValues.length);
        System.arraycopy(extraNames, 0, n, names.length, extraNames.length);
        System.arraycopy(extraValues, 0, v, values.length, extraValues.length);
        return new WorldReplication(n, v, cohorts, lorenz, bands, ranks, outlook);
    }

    /** A copy with a newcomer's outlook. */
    public WorldReplication withOutlook(Outlook newcomers) {
        return new WorldReplication(names, values, cohorts, lorenz, bands, ranks, newcomers);
    }
}
