package org.downline.engine;

import org.downline.stats.WorldReplication;

/**
 * What one replication leaves behind: compact statistics and time series, not its members.
 *
 * @param replication its index
 * @param mlm         statistics of the MLM world
 * @param mlmSeries   the MLM world's monthly series, [series][month 0..months]
 */
public record ReplicationResult(int replication, WorldReplication mlm, double[][] mlmSeries) {
}
