package org.downline.engine;

import org.downline.stats.WorldReplication;

/**
 * What one replication leaves behind: compact statistics and time series, not its members.
 *
 * @param replication     its index
 * @param mlm             statistics of the MLM world
 * @param mlmSeries       the MLM world's monthly series, [series][month 0..months]
 * @param affiliate       statistics of the affiliate world, or null when it is disabled
 * @param affiliateSeries the affiliate world's monthly series, or null
 */
public record ReplicationResult(int replication, WorldReplication mlm, double[][] mlmSeries,
                                WorldReplication affiliate, double[][] affiliateSeries) {
}
