package org.downline.stats;

import java.util.Arrays;

/**
 * Sample quantiles of sorted data, Hyndman and Fan's type 7 (the default of R and NumPy): the
 * p-quantile interpolates linearly between the order statistics at ranks ⌊h⌋ and ⌈h⌉, h = (n−1)p.
 */
public final class Quantiles {

    private Quantiles() {
    }

    /**
     * The p-quantile of {@code sorted[from..to)}, ascending; NaN for an empty range.
     *
     * @throws IllegalArgumentException if p is not in [0, 1]
     */
    public static double ofSorted(double[] sorted, int from, int to, double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("Probability (p) must be in [0, 1]: " + p);
        }
        final int n = to - from;
        if (n <= 0) {
            return Double.NaN;
        }
        final double h = (n - 1) * p;
        final int lo = (int) Math.floor(h);
        final int hi = Math.min(lo + 1, n - 1);
        final double a = sorted[from + lo];
        final double b = sorted[from + hi];
        return a + (h - lo) * (b - a);
    }

    public static double ofSorted(double[] sorted, double p) {
        return ofSorted(sorted, 0, sorted.length, p);
    }

    /**
     * The p-quantiles of {@code data[from..to)} in any order, each exactly the value
     * {@link #ofSorted} gives on the range sorted by {@link java.util.Arrays#sort(double[])}, without
     * sorting it: the 2·ps.length order statistics needed are found by one multi-rank selection
     * (three-way partitioning quickselect, expected linear time) on a copy. {@code data} is left as it is.
     *
     * @param scratch at least {@code to - from} longs to work in, or null to allocate them
     * @throws IllegalArgumentException if a p is not in [0, 1]
     */
    public static double[] of(double[] data, int from, int to, double[] ps, long[] scratch) {
        final int n = to - from;
        final double[] out = new double[ps.length];
        for (int k = 0; k < ps.length; k++) {
            if (!(ps[k] >= 0 && ps[k] <= 1)) {
                throw new IllegalArgumentException("Probability (p) must be in [0, 1]: " + ps[k]);
            }
        }
        if (n <= 0) {
            Arrays.fill(out, Double.NaN);
            return out;
        }
        final long[] keys = scratch != null && scratch.length >= n ? scratch : new long[n];
        for (int i = 0; i < n; i++) {
            keys[i] = key(data[from + i]);
        }
        return ofKeys(keys, n, ps);
    }

    /** The median alone, as the p of {@link #ofKeys} (shared: never written). */
    static final double[] MEDIAN = {0.5};

    /**
     * The p-quantiles of the values whose {@link #key}s are {@code keys[0..n)}, as
     * {@link #of(double[], int, int, double[], long[])}; reorders the keys. The p are not checked.
     */
    static double[] ofKeys(long[] keys, int n, double[] ps) {
        return ofKeys(keys, n, ps, false);
    }

    /**
     * As {@link #ofKeys(long[], int, double[])}, only permuting the keys: {@code keys[0..n)} holds the
     * same keys afterwards, in another order (the selection among many keys then costs a little more).
     */
    static double[] ofKeysPermuted(long[] keys, int n, double[] ps) {
        return ofKeys(keys, n, ps, true);
    }

    private static double[] ofKeys(long[] keys, int n, double[] ps, boolean permute) {
        final double[] out = new double[ps.length];
        if (n <= 0) {
            Arrays.fill(out, Double.NaN);
            return out;
        }
        final int[] ranks = new int[2 * ps.length];
        for (int k = 0; k < ps.length; k++) {
            final int lo = (int) Math.floor((n - 1) * ps[k]);
            ranks[2 * k] = lo;
            ranks[2 * k + 1] = Math.min(lo + 1, n - 1);
        }
        Arrays.sort(ranks);
        final int[] at = ranks.clone();                 // where each rank's value ends up in keys
        if (n >= BUCKETED) {
            bucketSelect(keys, n, ranks, at, permute);
        } else {
            select(keys, 0, n, ranks, 0, ranks.length);
        }
        for (int k = 0; k < ps.length; k++) {
            final double h = (n - 1) * ps[k];
            final int lo = (int) Math.floor(h);
            final int hi = Math.min(lo + 1, n - 1);
            final double a = value(keys[at[Arrays.binarySearch(ranks, lo)]]);
            final double b = value(keys[at[Arrays.binarySearch(ranks, hi)]]);
            out[k] = a + (h - lo) * (b - a);
        }
        return out;
    }

    /** From this many keys on, {@link #ofKeys} narrows the selection down by one counting pass. */
    static final int BUCKETED = 8192;

    /**
     * Selection for many keys: one pass counts the keys by their top 16 bits (sign, exponent and
     * four bits of mantissa, in order), which tells in which bucket each wanted rank lies; a second,
     * branch-free pass keeps only the keys of those buckets, in place at the front of {@code keys};
     * the multi-rank selection then runs on them alone, at each rank less the keys of the buckets
     * left out below it. Sets {@code at[j]} to where rank {@code ranks[j]}'s value is in {@code keys}.
     */
    private static void bucketSelect(long[] keys, int n, int[] ranks, int[] at, boolean permute) {
        final int[] count = COUNTS.get();
        Arrays.fill(count, 0);
        for (int i = 0; i < n; i++) {
            count[bucket(keys[i])]++;
        }
        // walk the buckets in order: the bucket of each rank and the keys of unwanted buckets below it
        int below = 0;                                 // keys in buckets before b
        int skipped = 0;                               // of those, keys in buckets not wanted
        int j = 0;
        for (int b = 0; b < count.length; b++) {
            final int c = count[b];
            boolean wanted = false;
            while (j < ranks.length && ranks[j] < below + c) {
                wanted = true;
                at[j] = ranks[j] - skipped;
                j++;
            }
            below += c;
            if (!wanted) {
                skipped += c;
            }
            count[b] = wanted ? 1 : 0;
        }
        final int kept = permute ? swapWanted(keys, n, count) : keepWanted(keys, n, count);
        select(keys, 0, kept, at, 0, at.length);
    }

    /** Moves the keys whose bucket has {@code wanted[bucket]} = 1 to the front, over the others; returns how many. */
    private static int keepWanted(long[] keys, int n, int[] wanted) {
        int kept = 0;
        for (int i = 0; i < n; i++) {
            final long k = keys[i];
            keys[kept] = k;
            kept += wanted[bucket(k)];
        }
        return kept;
    }

    /** As {@link #keepWanted}, swapping each wanted key with the first unwanted one: the keys are only permuted. */
    private static int swapWanted(long[] keys, int n, int[] wanted) {
        int kept = 0;
        for (int i = 0; i < n; i++) {
            final long k = keys[i];
            final int w = wanted[bucket(k)];
            final long there = keys[kept];            // kept <= i: an unwanted key, or k itself
            final long swap = (k ^ there) & -(long) w;  // swapped by masks, without a branch
            keys[kept] = there ^ swap;
            keys[i] = k ^ swap;
            kept += w;
        }
        return kept;
    }

    /**
     * Each thread's bucket counts for {@link #bucketSelect} (256 KB), kept: a replication's
     * statistics select among many keys six times, and a new array each time was a quarter of a
     * gigabyte of garbage in a run of 200 replications.
     */
    private static final ThreadLocal<int[]> COUNTS = ThreadLocal.withInitial(() -> new int[1 << 16]);

    /** A key's top 16 bits as an unsigned bucket number, in the keys' order. */
    private static int bucket(long key) {
        return (int) ((key ^ Long.MIN_VALUE) >>> 48);
    }

    /**
     * Puts into {@code a[r]}, for every rank r in {@code ranks[rFrom..rTo)} (ascending, each in
     * [lo, hi)), the value a full sort of {@code a[lo..hi)} would put there.
     */
    private static void select(long[] a, int lo, int hi, int[] ranks, int rFrom, int rTo) {
        select(a, lo, hi, ranks, rFrom, rTo, BUFFER.get());
    }

    /** As {@link #select(long[], int, int, int[], int, int)}, partitioning ranges of up to {@link #BUFFERED} keys in {@code buffer}. */
    private static void select(long[] a, int lo, int hi, int[] ranks, int rFrom, int rTo, long[] buffer) {
        if (hi - lo >= TIES_CHECKED && rFrom < rTo
                && allAtPivot(a, lo, hi, median(a[lo], a[(lo + hi) >>> 1], a[hi - 1]), ranks, rFrom, rTo)) {
            return;
        }
        while (rFrom < rTo) {
            if (hi - lo <= 16) {
                for (int i = lo + 1; i < hi; i++) {       // insertion sort
                    final long v = a[i];
                    int j = i - 1;
                    while (j >= lo && a[j] > v) {
                        a[j + 1] = a[j];
                        j--;
                    }
                    a[j + 1] = v;
                }
                return;
            }
            final int mid = (lo + hi) >>> 1;
            final long pivot = median(a[lo], a[mid], a[hi - 1]);
            // three-way partition: [lo, lt) < pivot, [lt, gt] == pivot, (gt, hi) > pivot
            int lt = lo;
            int gt = hi - 1;
            if (hi - lo <= BUFFERED) {
                // through a buffer without branches: each key is written at both ends' next
                // places, and only the end it belongs to moves on; keys equal to the pivot are
                // the pivot itself, so their places are filled with it
                int less = 0;
                int greater = hi - lo - 1;
                for (int i = lo; i < hi; i++) {
                    final long v = a[i];
                    buffer[less] = v;
                    buffer[greater] = v;
                    less += v < pivot ? 1 : 0;
                    greater -= v > pivot ? 1 : 0;
                }
                lt = lo + less;
                gt = lo + greater;
                System.arraycopy(buffer, 0, a, lo, less);
                Arrays.fill(a, lt, gt + 1, pivot);
                System.arraycopy(buffer, greater + 1, a, gt + 1, hi - 1 - gt);
            } else {
                int i = lo;
                while (i <= gt) {
                    final long v = a[i];
                    if (v < pivot) {
                        a[i++] = a[lt];
                        a[lt++] = v;
                    } else if (v > pivot) {
                        a[i] = a[gt];
                        a[gt--] = v;
                    } else {
                        i++;
                    }
                }
            }
            // ranks below lt go left, ranks in [lt, gt] are the pivot, ranks above gt go right
            int split = rFrom;
            while (split < rTo && ranks[split] < lt) {
                split++;
            }
            int right = split;
            while (right < rTo && ranks[right] <= gt) {
                right++;
            }
            if (split - rFrom < rTo - right) {             // recurse into the smaller side
                select(a, lo, lt, ranks, rFrom, split, buffer);
                lo = gt + 1;
                rFrom = right;
            } else {
                select(a, gt + 1, hi, ranks, right, rTo, buffer);
                hi = lt;
                rTo = split;
            }
        }
    }

    /**
     * Up to this many keys, {@link #select} partitions without branches through a buffer (each
     * thread's, 512 KB): whether a key is below the pivot is a coin flip a branch predictor cannot
     * learn, and the in-place partition (kept for more keys) mispredicted about every other key.
     */
    static final int BUFFERED = 1 << 16;

    /**
     * Bytes of selection scratch each thread keeps once it has selected (the bucket counts and the
     * partition buffer), for the memory guard.
     */
    public static final long SCRATCH_BYTES_PER_THREAD = (1L << 16) * Integer.BYTES + (long) BUFFERED * Long.BYTES;

    private static final ThreadLocal<long[]> BUFFER = ThreadLocal.withInitial(() -> new long[BUFFERED]);

    /** From this many keys on, {@link #select} first looks whether its first pivot is every rank's value. */
    static final int TIES_CHECKED = 256;

    /**
     * Whether every rank in {@code ranks[rFrom..rTo)} holds {@code pivot} in the sorted order of
     * {@code a[lo..hi)} — so with many ties, as a cohort's net incomes have (everyone who stayed and
     * earned nothing lost the same), often — found by one pass that only counts, without a branch; if
     * so, keys equal to the pivot are swapped into the ranks' places (the keys are only permuted)
     * and the partitioning passes are saved.
     */
    private static boolean allAtPivot(long[] a, int lo, int hi, long pivot, int[] ranks, int rFrom, int rTo) {
        int less = 0;
        int equal = 0;
        for (int i = lo; i < hi; i++) {
            final long v = a[i];
            less += v < pivot ? 1 : 0;
            equal += v == pivot ? 1 : 0;
        }
        final int first = lo + less;                    // the pivot's places: [first, first + equal)
        if (ranks[rFrom] < first || ranks[rTo - 1] >= first + equal) {
            return false;
        }
        // there are enough keys equal to the pivot at places that are not ranks: the pivot's
        // places number at least the ranks, which are distinct places
        int from = lo;
        for (int k = rFrom; k < rTo; k++) {
            final int r = ranks[k];
            if (a[r] == pivot) {
                continue;
            }
            while (a[from] != pivot || Arrays.binarySearch(ranks, rFrom, rTo, from) >= 0) {
                from++;
            }
            a[from] = a[r];
            a[r] = pivot;
            from++;
        }
        return true;
    }

    private static long median(long a, long b, long c) {
        return a < b ? (b < c ? b : Math.max(a, c)) : (a < c ? a : Math.max(b, c));
    }

    /** A key whose signed order is {@link Double#compare}'s (−0.0 before 0.0, NaN last). */
    static long key(double v) {
        final long bits = Double.doubleToLongBits(v);
        return bits ^ ((bits >> 63) & Long.MAX_VALUE);
    }

    static double value(long key) {
        return Double.longBitsToDouble(key ^ ((key >> 63) & Long.MAX_VALUE));
    }
}
