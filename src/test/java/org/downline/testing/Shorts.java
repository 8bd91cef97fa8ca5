package org.downline.testing;

/**
 * Join and quit months as the worlds hold them (shorts, see {@code ParticipantStats.MAX_MONTH}),
 * from and to the ints tests write them in.
 */
public final class Shorts {

    private Shorts() {
    }

    /** The values as shorts; each must fit. */
    public static short[] of(int... values) {
        short[] s = new short[values.length];
        for (int i = 0; i < values.length; i++) {
            if (values[i] != (short) values[i]) {
                throw new IllegalArgumentException("not a short: " + values[i]);
            }
            s[i] = (short) values[i];
        }
        return s;
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
