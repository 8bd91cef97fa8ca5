package org.downline.engine;

/**
 * Which replications a run computes: shard {@code index} of {@code count} holds the replications r
 * with {@code r mod count == index - 1} (round robin, so every shard gets the same mix of early and
 * late replications and shards differ in size by at most one). {@link #ALL} is the whole run.
 *
 * @param index 1..count
 * @param count how many shards the run is cut into
 */
public record Shard(int index, int count) {

    /** Every replication. */
    public static final Shard ALL = new Shard(1, 1);

    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("a shard is I/N with 1 <= I <= N, was " + index + "/" + count);
        }
    }

    /** Parses {@code I/N}; null if it is not of that form with 1 <= I <= N. */
    public static Shard parse(String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\s*(\\d{1,9})\\s*/\\s*(\\d{1,9})\\s*")
                .matcher(text);
        if (!m.matches()) {
            return null;
        }
        int i = Integer.parseInt(m.group(1));
        int n = Integer.parseInt(m.group(2));
        return n >= 1 && i >= 1 && i <= n ? new Shard(i, n) : null;
    }

    /** Whether replication {@code r} is in this shard. */
    public boolean holds(int r) {
        return r % count == index - 1;
    }

    /** This shard's replications out of {@code total}, ascending. */
    public int[] replications(int total) {
        int size = total < index ? 0 : (total - index) / count + 1;
        int[] out = new int[size];
        for (int k = 0; k < size; k++) {
            out[k] = index - 1 + k * count;
        }
        return out;
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
