package org.downline.stats;

import java.util.Arrays;

/**
 * Sorts doubles ascending into exactly the order {@link Arrays#sort(double[])} gives (that of
 * {@link Double#compare}: −0.0 before 0.0, NaN last), faster when many are zero — as gross
 * commissions are (most participants are paid nothing): the zeros are counted, not sorted, and only
 * the negative and the positive values are sorted.
 */
public final class DoubleSort {

    private DoubleSort() {
    }

    /** Sorts {@code a[from..to)} ascending, into the same order as {@link Arrays#sort(double[], int, int)}. */
    public static void sort(double[] a, int from, int to) {
        // three-way partition in place: [from, lt) < 0, [lt, i) zeros, (gt, to) positive or NaN
        int lt = from;
        int gt = to - 1;
        int i = from;
        int minusZeros = 0;
        while (i <= gt) {
            final double v = a[i];
            if (v < 0) {
                a[i++] = a[lt];
                a[lt++] = v;
            } else if (v == 0) {
                minusZeros += Double.doubleToRawLongBits(v) == 0 ? 0 : 1;
                i++;
            } else {
                a[i] = a[gt];
                a[gt--] = v;
            }
        }
        Arrays.fill(a, lt, lt + minusZeros, -0.0);
        Arrays.fill(a, lt + minusZeros, gt + 1, 0.0);
        Arrays.sort(a, from, lt);
        Arrays.sort(a, gt + 1, to);
    }
}
