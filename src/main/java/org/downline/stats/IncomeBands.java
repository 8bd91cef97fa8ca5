package org.downline.stats;

/**
 * Bands of net income over a participant's whole time in the business, for the "who earns what"
 * distribution chart. Each band is [lower, upper) in dollars.
 */
public final class IncomeBands {

    /** Upper edges of every band but the last. */
    static final double[] UPPER = {-5000, -1000, -500, -100, 0, 100, 1000, 5000, 50000};

    /** One label per band, as on the chart's axis. */
    public static final String[] LABELS = {
        "lost >$5k", "lost $1k–5k", "lost $500–1k", "lost $100–500", "lost <$100",
        "made <$100", "made $100–1k", "made $1k–5k", "made $5k–50k", "made >$50k"};

    /** Machine-readable keys of the same bands, for CSV and JSON. */
    public static final String[] KEYS = {
        "lostOver5000", "lost1000to5000", "lost500to1000", "lost100to500", "lostUnder100",
        "madeUnder100", "made100to1000", "made1000to5000", "made5000to50000", "madeOver50000"};

    /** Number of bands. */
    public static final int COUNT = UPPER.length + 1;

    private IncomeBands() {
    }

    /** The band holding {@code net}. */
    public static int of(double net) {
        int b = 0;
        for (double upper : UPPER) {                   // ascending: the edges at or below net, counted
            b += net >= upper ? 1 : 0;                 // without a branch (bands vary at random)
        }
        return b;
    }
}
