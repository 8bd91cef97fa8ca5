package org.downline.model;

import java.util.Arrays;

/**
 * The contacts model's state of every person of the population: three status bits each, and how
 * many people have never been pitched.
 *
 * <p>The bits: prospect or not, has refused a pitch, and <em>closed</em> — cannot be pitched: a
 * member, or unless refusers may be reapproached someone who refused. Closed is the bit the
 * names-list scan tests. Member is not stored: it is closed, less (unless reapproaching, when only
 * members are closed) those who refused, as a refuser is never pitched again then. For each group of
 * 64 people (person p is bit p mod 64 of group p / 64) the three bits sit in three consecutive
 * longs starting at 3 × group, so a member's whole neighbourhood is a few cache lines, and pitching
 * someone reads and writes the line the scan just read (10^6 people: 375 KB against 500 KB with
 * a stored member word, more of it in a core's cache; 10^7: 3.8 MB). Two groups of slack at the
 * end let the scan read a word past the last person.
 */
final class PopulationStatus {

    /** Status bits of a person, as {@link #status(int)} reports them. */
    static final byte PROSPECT = 1;
    static final byte REFUSED = 2;
    static final byte MEMBER = 4;

    /** Offsets of the three words of a group of 64 people in {@link #bits}. */
    static final int CLOSED_WORD = 0;
    static final int PROSPECT_WORD = 1;
    static final int REFUSED_WORD = 2;
    /** Words per group of 64 people. */
    static final int GROUP_WORDS = 3;

    private final int population;
    /** Whether someone who refused can be pitched again (then only members are closed). */
    private final boolean reapproach;
    /** Three words per group of 64 people: closed, prospect, refused (see the class). */
    final long[] bits;
    /** People never pitched who are not members, and how many of them are prospects. */
    long unasked;
    long unaskedProspects;

    PopulationStatus(int population, boolean reapproach) {
        this.population = population;
        this.reapproach = reapproach;
        this.bits = new long[words(population)];
    }

    /** Length of {@link #bits} for a population: three longs per 64 people, two groups of slack. */
    static int words(long population) {
        return (int) (((population >>> 6) + 2) * GROUP_WORDS);
    }

    /** Heap bytes of the status bits of a population. */
    static long bytes(long population) {
        return (long) words(population) * Long.BYTES;
    }

    int population() {
        return population;
    }

    /** Everyone back to no bits set: nobody a prospect, nobody asked. */
    void clear(long prospects) {
        Arrays.fill(bits, 0L);
        unasked = population;
        unaskedProspects = prospects;
    }

    /** Marks everyone a prospect (placement then unmarks the non-prospects). */
    void markEveryoneProspect() {
        final long[] b = bits;
        final int n = population;
        for (int g = 0; g < n >>> 6; g++) {
            b[g * GROUP_WORDS + PROSPECT_WORD] = -1L;
        }
        if ((n & 63) != 0) {
            b[(n >>> 6) * GROUP_WORDS + PROSPECT_WORD] = (1L << n) - 1;     // the last, partial group
        }
    }

    /** A founder (a prospect never pitched) joins: a member (closed), no longer unasked. */
    void founderJoined(int p) {
        set(bits, CLOSED_WORD, p);
        unasked--;
        unaskedProspects--;
    }

    /**
     * Person u (not a member) is pitched: counts them as asked if they never were, and returns
     * their status before the pitch (PROSPECT | REFUSED bits). Then {@link #joined} or
     * {@link #refused} records the answer.
     */
    int pitched(int u) {
        final long[] b = bits;
        final int g = (u >>> 6) * GROUP_WORDS;
        final long bit = 1L << u;
        final boolean prospect = (b[g + PROSPECT_WORD] & bit) != 0;
        // without reapproaching, nobody who refused can be pitched again
        final boolean refused = reapproach && (b[g + REFUSED_WORD] & bit) != 0;
        if (!refused) {
            unasked--;
            if (prospect) {
                unaskedProspects--;
            }
        }
        return (prospect ? PROSPECT : 0) | (refused ? REFUSED : 0);
    }

    /** Person u accepted a pitch: a member (closed). */
    void joined(int u) {
        final int g = (u >>> 6) * GROUP_WORDS;
        final long bit = 1L << u;
        bits[g + CLOSED_WORD] |= bit;
    }

    /** Person u refused a pitch: closed too unless refusers may be reapproached. */
    void refused(int u) {
        final int g = (u >>> 6) * GROUP_WORDS;
        final long bit = 1L << u;
        bits[g + REFUSED_WORD] |= bit;
        if (!reapproach) {
            bits[g + CLOSED_WORD] |= bit;
        }
    }

    boolean isProspect(int p) {
        return has(bits, PROSPECT_WORD, p);
    }

    boolean isMember(int p) {
        return has(bits, CLOSED_WORD, p) && (reapproach || !has(bits, REFUSED_WORD, p));
    }

    void setProspect(int p) {
        set(bits, PROSPECT_WORD, p);
    }

    void clearProspect(int p) {
        bits[(p >>> 6) * GROUP_WORDS + PROSPECT_WORD] &= ~(1L << p);
    }

    /** Marks p a member (closed) before they join (placement of founders, so the next draw skips them). */
    void setMember(int p) {
        set(bits, CLOSED_WORD, p);
    }

    /** Person p's status as PROSPECT | REFUSED | MEMBER bits. */
    byte status(int p) {
        return (byte) ((has(bits, PROSPECT_WORD, p) ? PROSPECT : 0) | (has(bits, REFUSED_WORD, p) ? REFUSED : 0)
                | (isMember(p) ? MEMBER : 0));
    }

    /** Whether person p has the status bit of the given word (CLOSED_WORD …). */
    static boolean has(long[] bits, int word, int p) {
        return (bits[(p >>> 6) * GROUP_WORDS + word] & (1L << p)) != 0;
    }

    private static void set(long[] bits, int word, int p) {
        bits[(p >>> 6) * GROUP_WORDS + word] |= 1L << p;
    }

    /** Whether person p cannot be pitched. */
    static boolean isClosed(long[] bits, int p) {
        return (bits[(p >>> 6) * GROUP_WORDS] & (1L << p)) != 0;
    }

    /**
     * The people among v's lattice acquaintances at levels k..k+15 who can be pitched, as a 32-bit
     * mask in list order: bit 2i is v+k+i, bit 2i+1 is v−(k+i). Whether the edge was kept is not
     * checked. Needs v−k−15 ≥ 0 and v+k+15 &lt; population.
     */
    static int usableSlots(long[] bits, int v, int k) {
        final int right = ~closed16(bits, v + k) & 0xFFFF;                             // bit i: v+k+i
        final int left = ~(Integer.reverse(closed16(bits, v - k - 15)) >>> 16) & 0xFFFF; // bit i: v−k−i
        return spread(right) | (spread(left) << 1);
    }

    /** The closed bits of people a..a+15 as bits 0..15. */
    static int closed16(long[] bits, int a) {
        final int w = (a >>> 6) * GROUP_WORDS;
        final int off = a & 63;
        // the next group's contribution, shifted in two steps so that off = 0 leaves none
        return (int) ((bits[w] >>> off) | ((bits[w + GROUP_WORDS] << 1) << (63 - off))) & 0xFFFF;
    }

    /** Bit i of x (16 bits) moved to bit 2i. */
    static int spread(int x) {
        x = (x | (x << 8)) & 0x00FF00FF;
        x = (x | (x << 4)) & 0x0F0F0F0F;
        x = (x | (x << 2)) & 0x33333333;
        return (x | (x << 1)) & 0x55555555;
    }
}
