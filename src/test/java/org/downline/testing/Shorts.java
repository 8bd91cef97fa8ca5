package org.downline.testing;

/**
 * Join and quit months as the worlds hold them (shorts, see {@code ParticipantStats.MAX_MONTH}),
 * to the ints tests write them in.
 */
public final class Shorts {

    private Shorts() {
    }

    /** The first n values as ints. */
    public static int[] ints(short[] values, int n) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = values[i];
        }
        return a;
    }
}
