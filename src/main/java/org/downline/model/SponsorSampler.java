package org.downline.model;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * Chooses sponsors for a batch of recruits, each independently in proportion to effort.
 *
 * <p>Given the running total of effort {@code cum[i]} (members who may not recruit add nothing),
 * each recruit draws a point uniformly on [0, total) and takes the member whose effort interval
 * holds it. Sorting the k points lets one forward sweep find every member, stepping ahead by
 * doubling strides (so a small batch among many members does not read every member), with no
 * search from the start per recruit. The sort puts the choices in member order; a
 * Fisher–Yates shuffle afterwards restores exchangeability of the batch's join order.
 *
 * <p>Large batches are sorted by value ranges rather than by comparisons ({@link #sortUniform}):
 * the points are uniform on [0, total), so a bucket of a known share of the range holds a known
 * expected count. The result is the same sorted array as {@code Arrays.sort} (the points are
 * finite and never −0.0), so the sponsors drawn are unchanged.
 *
 * <p>The sampler holds no array a recruit: the caller lends the points' and the sponsors' room
 * (the Bass recruiter, the free tails of the genealogy's volumes and sponsors); only the fine
 * buckets' bounds are its own ({@link #scratchBytes}).
 */
public final class SponsorSampler {

    /**
     * Writes {@code k} sponsors into {@code out[at..at+k)}, in ascending member order, working in
     * {@code points[at..at+k)} (overwritten; the points are drawn there, so its contents do not
     * matter). The same sponsors, from the same draws, at any {@code at}.
     *
     * @param cum    cumulative effort of members 0..n-1, non-decreasing, {@code cum[n-1] > 0}
     * @param n      members
     * @param k      recruits
     * @param rng    the recruitment stream
     * @param points at least at + k entries, scratch (not {@code cum})
     * @param out    at least at + k entries
     * @param at     where the batch starts in {@code points} and {@code out}
     */
    public void sample(double[] cum, int n, int k, RandomGenerator rng, double[] points, int[] out, int at) {
        if (k == 0) {
            return;
        }
        final double total = cum[n - 1];
        if (!(total > 0)) {
            throw new IllegalArgumentException("total effort must be > 0: " + total);
        }
        final int end = at + k;
        final double below = Math.nextDown(total);   // a product may round up to total itself
        for (int j = at; j < end; j++) {
            points[j] = Math.min(rng.nextDouble() * total, below);
        }
        sortUniform(points, at, end, total);
        int i = 0;
        for (int j = at; j < end; j++) {
            final double u = points[j];
            if (cum[i] <= u) {
                i = firstAbove(cum, i, n - 1, u);
            }
            out[j] = i;
        }
    }

    /**
     * The first index after {@code from} whose cumulative effort exceeds u, given cum[from] ≤ u &lt;
     * cum[last]: by steps of 1, 2, 4, ... from {@code from}, then a binary search in the last step,
     * in O(log d) reads for a distance d — the member a linear scan would stop at, found without
     * reading every member between two points when the batch is small against the membership.
     */
    static int firstAbove(double[] cum, int from, int last, double u) {
        int lo = from;                                 // cum[lo] <= u throughout
        int hi;                                        // cum[hi] > u once found
        int step = 1;
        while (true) {
            hi = lo + step;
            if (hi >= last) {
                hi = last;
                break;
            }
            if (cum[hi] > u) {
                break;
            }
            lo = hi;
            step <<= 1;
        }
        while (hi - lo > 1) {
            final int mid = (lo + hi) >>> 1;
            if (cum[mid] <= u) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return hi;
    }

    /** Batches below this are sorted by {@code Arrays.sort}. */
    static final int BUCKET_SORT_FROM = 64;
    /** Batches from this size are first split into {@value #COARSE} buckets. */
    static final int COARSE_FROM = 1 << 15;
    /** Coarse buckets of the first pass: their write fronts stay in a core's first-level cache. */
    private static final int COARSE = 256;
    /** Points per fine bucket on average. */
    private static final int PER_BUCKET = 4;
    private final int[] coarseNext = new int[COARSE];
    private final int[] coarseEnd = new int[COARSE];
    private int[] fineNext = new int[0];
    private int[] fineEnd = new int[0];

    /**
     * Sorts {@code a[from..to)}, values in [0, total), ascending: in place into buckets of about
     * {@value #PER_BUCKET} points by value (an American flag sort: a bucket's values are moved to it
     * along permutation cycles), each finished by an insertion sort (by {@code Arrays.sort} when
     * crowded, so skewed values cannot make it quadratic). From {@value #COARSE_FROM} points they
     * are first split into {@value #COARSE} coarse buckets, so that each, then small enough for the
     * caches, is split again into the fine ones.
     * The bucket of x is floor(x · scale), which never decreases as x grows (rounding is
     * monotonic), so buckets are in value order and only points inside one bucket may still be out
     * of order. Expected O(k), k = to − from; extra memory is two ints per fine bucket of the
     * largest split (about k / 512 ints from {@value #COARSE_FROM}, k / 4 below; see
     * {@link #scratchBytes}). At 5 · 10^6 points about 2.4 times faster than {@code Arrays.sort};
     * below {@value #BUCKET_SORT_FROM} points, {@code Arrays.sort}.
     */
    void sortUniform(double[] a, int from, int to, double total) {
        final int k = to - from;
        if (k < BUCKET_SORT_FROM) {
            Arrays.sort(a, from, to);
            return;
        }
        if (k < COARSE_FROM) {
            fineSort(a, from, to, 0, total);
            return;
        }
        flagSort(a, from, to, 0, COARSE / total, COARSE, coarseNext, coarseEnd);
        int f = from;
        for (int b = 0; b < COARSE; b++) {
            final int e = coarseEnd[b];
            if (e - f <= INSERTION_MAX) {
                insertionSort(a, f, e);
            } else {
                fineSort(a, f, e, total * b / COARSE, total * (b + 1) / COARSE);
            }
            f = e;
        }
    }

    /**
     * Most bytes the sampler holds for batches of at most {@code maxBatch} uniform points (for the
     * memory guard): the fine buckets' two int arrays, grown to under twice the most buckets of a
     * split (they double), which is under {@value #COARSE_FROM} / {@value #PER_BUCKET} below
     * {@value #COARSE_FROM} points and otherwise a quarter of the largest coarse bucket's points,
     * counted as at most twice their expected k / {@value #COARSE} (a bucket's count is
     * Binomial(k, 1/{@value #COARSE}) with a mean of at least 128 there: it passes twice that with
     * a probability below 10^−18); plus the coarse buckets and the object.
     */
    static long scratchBytes(long maxBatch) {
        long buckets = Math.max(COARSE_FROM / PER_BUCKET, 2 * maxBatch / COARSE / PER_BUCKET + 1);
        return 2L * Integer.BYTES * 2 * buckets + 2L * Integer.BYTES * COARSE + 256;
    }

    /** Sorts a[from..to), values in about [lo, hi), into fine buckets, each then finished. */
    private void fineSort(double[] a, int from, int to, double lo, double hi) {
        final int buckets = (to - from) / PER_BUCKET;
        if (fineNext.length < buckets) {
            fineNext = new int[Math.max(buckets, 2 * fineNext.length)];
            fineEnd = new int[fineNext.length];
        }
        flagSort(a, from, to, lo, buckets / (hi - lo), buckets, fineNext, fineEnd);
        int f = from;
        for (int c = 0; c < buckets; c++) {
            final int e = fineEnd[c];
            if (e - f <= INSERTION_MAX) {
                insertionSort(a, f, e);
            } else {
                Arrays.sort(a, f, e);           // crowded (not uniform): no quadratic case
            }
            f = e;
        }
    }

    /** Buckets up to this size are finished by insertion sort. */
    private static final int INSERTION_MAX = 32;

    private static void insertionSort(double[] a, int from, int to) {
        for (int j = from + 1; j < to; j++) {
            final double x = a[j];
            int i = j - 1;
            if (a[i] <= x) {
                continue;
            }
            do {
                a[i + 1] = a[i];
                i--;
            } while (i >= from && a[i] > x);
            a[i + 1] = x;
        }
    }

    /**
     * Moves the values of a[from..to) into {@code buckets} buckets in place, bucket of x:
     * min(max((int) ((x − lo) · scale), 0), buckets − 1), monotonic in x. On return end[b] is the end
     * of bucket b.
     */
    private static void flagSort(double[] a, int from, int to, double lo, double scale, int buckets,
            int[] next, int[] end) {
        Arrays.fill(end, 0, buckets, 0);
        for (int j = from; j < to; j++) {
            end[bucket(a[j], lo, scale, buckets)]++;
        }
        int at = from;
        for (int b = 0; b < buckets; b++) {
            next[b] = at;
            at += end[b];
            end[b] = at;
        }
        for (int b = 0; b < buckets; b++) {
            final int stop = end[b];
            while (next[b] < stop) {
                double x = a[next[b]];
                int t = bucket(x, lo, scale, buckets);
                while (t != b) {                  // carry x to its bucket, picking up what was there
                    final int dest = next[t]++;
                    final double y = a[dest];
                    a[dest] = x;
                    x = y;
                    t = bucket(x, lo, scale, buckets);
                }
                a[next[b]++] = x;
            }
        }
    }

    private static int bucket(double x, double lo, double scale, int buckets) {
        return Math.min(Math.max((int) ((x - lo) * scale), 0), buckets - 1);
    }

    /** Fisher–Yates shuffle of {@code a[from..from+k)}: the same draws and moves at any {@code from}. */
    public static void shuffle(int[] a, int from, int k, RandomGenerator rng) {
        for (int j = k - 1; j > 0; j--) {
            int r = from + rng.nextInt(j + 1);
            int t = a[from + j];
            a[from + j] = a[r];
            a[r] = t;
        }
    }
}
