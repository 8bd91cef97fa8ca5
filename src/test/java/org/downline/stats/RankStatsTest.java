package org.downline.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class RankStatsTest {

    /*
     * Six participants, ranks 0..3 (3 reached by nobody):
     *   rank 0: nets -10, -30, 50        → share 1/2, mean 10/3, median -10, losing 2/3, gross (0+0+60)/3
     *   rank 1: net 5                    → share 1/6, mean 5, median 5, losing 0, gross 10
     *   rank 2: nets -1, 7               → share 1/3, mean 3, median 3, losing 1/2, gross (2+20)/2
     */
    @Test
    void byRankHandComputed() {
        byte[] rank = {0, 2, 0, 1, 2, 0};
        double[] net = {-10, -1, -30, 5, 7, 50};
        double[] gross = {0, 2, 0, 10, 20, 60};
        RankStats s = RankStats.compute(6, rank, 4, net, gross);
        assertArrayEquals(new double[] {0.5, 1 / 6.0, 1 / 3.0, 0}, s.share(), 1e-12);
        assertArrayEquals(new double[] {10 / 3.0, 5, 3, Double.NaN}, s.meanNet(), 1e-12);
        assertArrayEquals(new double[] {-10, 5, 3, Double.NaN}, s.medianNet(), 1e-12);
        assertArrayEquals(new double[] {2 / 3.0, 0, 0.5, Double.NaN}, s.shareLosingMoney(), 1e-12);
        assertArrayEquals(new double[] {20, 10, 11, Double.NaN}, s.meanGross(), 1e-12);
    }

    @Test
    void aRankOutsideTheLabelsIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> RankStats.compute(1, new byte[] {3}, 3, new double[] {0}, new double[] {0}));
    }

    @Test
    void summaryAcrossReplicationsSkipsReplicationsWhereNobodyReachedARank() {
        RankStats a = RankStats.compute(2, new byte[] {0, 1}, 2, new double[] {-1, 4}, new double[] {0, 5});
        RankStats b = RankStats.compute(2, new byte[] {0, 0}, 2, new double[] {-3, 1}, new double[] {0, 2});
        RankSummary k = RankSummary.of(new String[] {"low", "high"}, new RankStats[] {a, b});
        assertEquals(0.25, k.share()[1].mean(), 1e-12);
        assertEquals(4, k.meanNet()[1].mean(), 1e-12);
        assertEquals(1, k.meanNet()[1].n());
        assertEquals((-1 + -1) / 2.0, k.meanNet()[0].mean(), 1e-12);
    }
}
