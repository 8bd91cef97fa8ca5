package org.downline.scenario;

/**
 * How many affiliates enter: as many as people who joined the MLM in the same replication, in the
 * same months ({@code mlm}), or a fixed number all starting in month 1.
 *
 * @param matchMlm true for "mlm"
 * @param count    the fixed number when not matching; [1, 1e8]
 */
public record Entrants(boolean matchMlm, int count) {

    public static final Entrants MLM = new Entrants(true, 0);

    /** The counts a fixed number of entrants may be. */
    public static final Range COUNT = Range.integers(1, 100_000_000);

    public Entrants {
        if (!matchMlm) {
            new Checks().inRange("", count, COUNT).throwIfAny();
        }
    }

    public static Entrants fixed(int count) {
        return new Entrants(false, count);
    }
}
