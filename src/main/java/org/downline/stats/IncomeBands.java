package org.downline.stats;

/**
 * Bands of net income over a participant's whole time in the business, for the "who earns what"
 * distribution chart. Each band is [lower, upper) in dollars: it holds its lower edge and not its
 * upper one, and its label says so — net income of exactly $0 (broke even) is in "made $0–<100",
 * not a loss and not a profit ({@link Metric#SHARE_PROFITABLE} counts net income above $0, so it is
 * the "made" bands less those who broke even); a loss of exactly $100 is in "lost >$0–100".
 */
public final class IncomeBands {

    /** Upper edges of every band but the last. */
    static final double[] UPPER = {-5000, -1000, -500, -100, 0, 100, 1000, 5000, 50000};

    /**
     * One label per band, as on the chart's axis (short enough to fit it), exact at the edges: a
     * loss band holds the larger loss it names and not the smaller ("lost >$100–500": more than $100,
     * up to $500; "lost >$0–100": any loss, up to $100), a made band the smaller amount and not the
     * larger ("made $100–<1k": $100, up to but not $1,000); "made $0–<100" holds those who broke even.
     */
    public static final String[] LABELS = {
        "lost >$5k", "lost >$1k–5k", "lost >$500–1k", "lost >$100–500", "lost >$0–100",
        "made $0–<100", "made $100–<1k", "made $1k–<5k", "made $5k–<50k", "made ≥$50k"};

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
