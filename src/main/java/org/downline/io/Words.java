package org.downline.io;

import java.util.Locale;

/** Small pieces of English for what the commands print and the reports say. */
public final class Words {

    private Words() {
    }

    /** {@code n} and the noun, plural unless n is 1: "1 key", "3 keys", "0 charts". */
    public static String count(long n, String singular) {
        return String.format(Locale.ROOT, "%d %s", n, n == 1 ? singular : singular + "s");
    }
}
