package org.downline.io;

import java.util.Locale;

/** Small pieces of English for what the commands print and the reports say. */
public final class Words {

    private Words() {
    }

    /**
     * {@code n} and the noun, plural unless n is 1: "1 key", "3 keys", "0 charts", "4,961 simulations"
     * (thousands grouped as every count is, {@link org.downline.stats.Unit#COUNT}).
     */
    public static String count(long n, String singular) {
        return String.format(Locale.US, "%,d %s", n, n == 1 ? singular : singular + "s");
    }

    /** The months {@code from} to {@code to}: "months 13 to 24", or "month 24" when it is one. */
    public static String months(int from, int to) {
        return from == to ? "month " + to : "months " + from + " to " + to;
    }
}
