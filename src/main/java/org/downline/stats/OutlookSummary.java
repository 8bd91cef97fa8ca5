package org.downline.stats;

/**
 * A newcomer's first year by join month across replications ({@link Outlook}): each value the mean
 * over the replications where it is defined, with its 95% interval, cut to the values it can take
 * (the joiners' count at 0, a share to [0, 1]; net income is not cut).
 * Arrays are indexed by join month 0..{@link Outlook#lastJoinMonth(int)}.
 *
 * @param participants     joiners in the month
 * @param netPercentiles   [k][month]: percentile {@link Outlook#PERCENTILES}[k] of first-year net income
 * @param shareLosingMoney share with first-year net income below 0
 * @param shareQuit        share who quit within their first twelve months
 * @param sharePaid        share paid any commission in their first twelve months
 */
public record OutlookSummary(Summary[] participants, Summary[][] netPercentiles, Summary[] shareLosingMoney,
                             Summary[] shareQuit, Summary[] sharePaid) {

    /** Summarises replications given in replication order. */
    public static OutlookSummary of(Outlook[] perReplication) {
        final int reps = perReplication.length;
        final int rows = perReplication[0].joinMonths();
        for (Outlook o : perReplication) {
            if (o.joinMonths() != rows) {
                throw new IllegalArgumentException("replications disagree on the join months of the outlook: "
                        + o.joinMonths() + " and " + rows);
            }
        }
        final double[] column = new double[reps];
        final Summary[] participants = new Summary[rows];
        final Summary[][] percentiles = new Summary[Outlook.PERCENTILES.length][rows];
        final Summary[] losing = new Summary[rows];
        final Summary[] quit = new Summary[rows];
        final Summary[] paid = new Summary[rows];
        for (int t = 0; t < rows; t++) {
            participants[t] = summary(perReplication, column, Outlook::count, t, Metric.PARTICIPANTS.range());
            for (int k = 0; k < percentiles.length; k++) {
                final int p = k;
                percentiles[k][t] = summary(perReplication, column, o -> o.netPercentiles()[p], t,
                        Metric.NET_P50.range());
            }
            losing[t] = summary(perReplication, column, Outlook::shareLosingMoney, t,
                    Metric.SHARE_LOSING_MONEY.range());
            quit[t] = summary(perReplication, column, Outlook::shareQuit, t, Metric.SHARE_QUIT_WITHIN_YEAR.range());
            paid[t] = summary(perReplication, column, Outlook::sharePaid, t, ValueRange.UNIT);
        }
        return new OutlookSummary(participants, percentiles, losing, quit, paid);
    }

    private static Summary summary(Outlook[] reps, double[] column,
                                   java.util.function.Function<Outlook, double[]> field, int t, ValueRange range) {
        for (int r = 0; r < reps.length; r++) {
            column[r] = field.apply(reps[r])[t];
        }
        return Summary.of(column, range);
    }

    /** Join months held: 0..joinMonths()-1. */
    public int joinMonths() {
        return participants.length;
    }

    /**
     * The latest join month in which anyone joined in some replication (its median is defined), or
     * −1 if none: the newest cohort whose whole first year was seen.
     */
    public int latestWithJoiners() {
        for (int t = participants.length - 1; t >= 0; t--) {
            if (participants[t].mean() > 0 && !Double.isNaN(netPercentiles[Outlook.MEDIAN][t].mean())) {
                return t;
            }
        }
        return -1;
    }
}
