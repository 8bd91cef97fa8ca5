package org.downline.plans;

import java.util.Arrays;

/**
 * A sponsor tree with one period's personal volumes, as parallel primitive arrays.
 *
 * <p>Members are numbered {@code 0 .. size-1} in join order, so every sponsor's number is smaller
 * than their recruits' ({@code sponsor[i] < i}; {@code -1} is the company). A reverse pass over
 * the numbers therefore visits every member after all of their downline: one pass rolls volume up
 * the whole tree.
 *
 * <p>The arrays grow by doubling as members join, up to a maximum (the market's prospects), and are
 * reused when the genealogy is cleared. They are public for the hot loops: read them into locals at
 * the start of a pass, and never hold them across {@link #add}, {@link #makeRoom} or {@link #reserve},
 * which may replace them (after makeRoom, adds up to its count replace nothing).
 */
public final class Genealogy {

    /** Sponsor of the company's own recruits (roots of the forest). */
    public static final int COMPANY = -1;

    private static final int INITIAL = 1024;

    private final int maxCapacity;
    private int size;
    /**
     * {@code sponsor[i]}: who recruited member i, {@link #COMPANY} for the top. The entries from
     * {@link #size()} on are free until members are added there: the Bass recruiter draws a month's
     * sponsors into them ({@link #makeRoom}), and {@link #add} writes each back in place.
     */
    public int[] sponsor;
    /**
     * Personal volume of member i this period, dollars. The entries from {@link #size()} on are free
     * until members are added there (which writes them): the Bass recruiter sorts a month's points
     * there before the joins ({@link #makeRoom}).
     */
    public double[] volume;
    /** Whether member i is still in the business (departed members buy nothing and earn nothing). */
    public boolean[] active;
    /**
     * Number of members i sponsored (direct recruits in the sponsor tree); null unless asked for
     * (only the fixed model's frontline cap reads it: {@link #withoutRecruits} counts who recruited
     * nobody without it).
     */
    public int[] children;

    /** A genealogy that will hold at most {@code maxCapacity} members, without recruit counts. */
    public Genealogy(int maxCapacity) {
        this(maxCapacity, false);
    }

    /**
     * A genealogy that will hold at most {@code maxCapacity} members, counting each member's
     * recruits in {@link #children} if {@code countRecruits}.
     */
    public Genealogy(int maxCapacity, boolean countRecruits) {
        if (maxCapacity < 0) {
            throw new IllegalArgumentException("capacity must be >= 0: " + maxCapacity);
        }
        this.maxCapacity = maxCapacity;
        int initial = Math.min(maxCapacity, INITIAL);
        this.sponsor = new int[initial];
        this.volume = new double[initial];
        this.active = new boolean[initial];
        this.children = countRecruits ? new int[initial] : null;
    }

    /**
     * Grows the arrays at once to {@code members} (at most the maximum capacity), so that a
     * genealogy known to grow that large is not copied at every doubling on the way.
     */
    public void reserve(int members) {
        int n = Math.min(members, maxCapacity);
        if (n > sponsor.length) {
            resize(n);
        }
    }

    /**
     * Grows the arrays as adding members up to {@code members} would grow them (doubling, not past
     * the maximum capacity; the same lengths, so the memory guard's count holds), so that the
     * entries from {@link #size()} to {@code members} exist before those members are added: the
     * free tails of {@link #sponsor} and {@link #volume} that a recruiter may use until then.
     */
    public void makeRoom(int members) {
        int length = sponsor.length;
        while (length < members && length < maxCapacity) {
            length = doubled(length);
        }
        if (length > sponsor.length) {
            resize(length);
        }
    }

    /** Current length of the arrays. */
    public int capacity() {
        return sponsor.length;
    }

    public int size() {
        return size;
    }

    /**
     * Appends a member.
     *
     * @return the new member's number
     * @throws IllegalArgumentException if the sponsor is not an earlier member or the company
     * @throws IllegalStateException    if the maximum capacity is reached
     */
    public int add(int sponsorId) {
        if (size == sponsor.length) {
            grow();
        }
        if (sponsorId < COMPANY || sponsorId >= size) {
            throw new IllegalArgumentException("sponsor must be an earlier member or -1: " + sponsorId);
        }
        int id = size++;
        sponsor[id] = sponsorId;
        volume[id] = 0;
        active[id] = true;
        if (children != null) {
            children[id] = 0;
            if (sponsorId >= 0) {
                children[sponsorId]++;
            }
        }
        return id;
    }

    private void grow() {
        if (size == maxCapacity) {
            throw new IllegalStateException("genealogy is full: " + maxCapacity + " members");
        }
        resize(doubled(sponsor.length));
    }

    /** The length the arrays double to from {@code length}, for {@link #add} and {@link #makeRoom} alike. */
    private int doubled(int length) {
        return (int) Math.min(maxCapacity, Math.max(INITIAL, 2L * length));
    }

    /** The arrays to {@code length}, keeping their contents. */
    private void resize(int length) {
        sponsor = Arrays.copyOf(sponsor, length);
        volume = Arrays.copyOf(volume, length);
        active = Arrays.copyOf(active, length);
        if (children != null) {
            children = Arrays.copyOf(children, length);
        }
    }

    /**
     * Members who sponsored nobody, counted without a count per member: each member's sponsor is
     * marked in {@code scratch} (at least {@link #size()} long, its contents ignored and
     * overwritten), a member's own mark cleared before any recruit of theirs (who comes later)
     * can set it, and the members marked at least once are those with recruits.
     */
    public int withoutRecruits(double[] scratch) {
        final int n = size;
        final int[] sponsor = this.sponsor;
        int sponsors = 0;
        for (int i = 0; i < n; i++) {
            scratch[i] = 0;
            final int s = sponsor[i];
            if (s >= 0) {
                sponsors += scratch[s] == 0 ? 1 : 0;
                scratch[s] = 1;
            }
        }
        return n - sponsors;
    }

    /** Forgets every member; the arrays are kept. */
    public void clear() {
        Arrays.fill(volume, 0, size, 0.0);
        size = 0;
    }

    /**
     * The longest a member-indexed array grows to while holding {@code members} members: the
     * genealogy's arrays double from {@value #INITIAL}, and the plans' and payout's arrays follow
     * them through {@link #ensure}, which doubles past the genealogy's own (prospect-capped) length,
     * so it is the first {@value #INITIAL}·2^k at or above {@code members} — up to twice the members
     * (for the memory guard).
     */
    public static long grownLength(long members) {
        long n = INITIAL;
        while (n < members) {
            n *= 2;
        }
        return n;
    }

    /** Memory the arrays take per member, bytes, with or without {@link #children}. */
    public static long bytesPerMember(boolean countRecruits) {
        return (countRecruits ? 2L : 1L) * Integer.BYTES + Double.BYTES + 1;
    }

    /**
     * The length {@code ensure(a, n, max)} grows an array of {@code length} to: twice that, but not
     * past max (nor below n); once n passes max (a maximum given too small), the length
     * {@code ensure(a, n)} gives.
     */
    private static int grownTo(int length, int n, int max) {
        final long doubled = Math.min(Integer.MAX_VALUE - 8, 2L * length);
        return n > max ? grown(length, n) : (int) Math.max(n, Math.min(max, doubled));
    }

    /**
     * The length {@code ensure(a, n)} grows an array of {@code length} to: twice that, but not past
     * {@link #grownLength}(n), the first {@value #INITIAL}·2^k at or above n (nor below n). So an
     * array that started at any length, and grew a member at a time or by a month's jump, never
     * passes grownLength of the members it holds (the memory guard counts that length), while an
     * array of members + 1 still just doubles. Each growth doubles or reaches the grid, whose steps
     * double, so the copies stay linear.
     */
    private static int grown(int length, int n) {
        return (int) Math.max(n, Math.min(Math.min(Integer.MAX_VALUE - 8, 2L * length), grownLength(n)));
    }

    /**
     * Grows {@code a} to at least {@code n}, doubling but not past {@code max} (the most members it
     * will hold), keeping its contents.
     */
    public static double[] ensure(double[] a, int n, int max) {
        return a.length >= n ? a : Arrays.copyOf(a, grownTo(a.length, n, max));
    }

    /** As {@link #ensure(double[], int, int)}. */
    public static int[] ensure(int[] a, int n, int max) {
        return a.length >= n ? a : Arrays.copyOf(a, grownTo(a.length, n, max));
    }

    /** As {@link #ensure(double[], int, int)}. */
    public static long[] ensure(long[] a, int n, int max) {
        return a.length >= n ? a : Arrays.copyOf(a, grownTo(a.length, n, max));
    }

    /** As {@link #ensure(double[], int, int)}. */
    public static byte[] ensure(byte[] a, int n, int max) {
        return a.length >= n ? a : Arrays.copyOf(a, grownTo(a.length, n, max));
    }

    /** Grows {@code a} to at least {@code n} (doubling, see {@link #grown}), keeping its contents. */
    public static double[] ensure(double[] a, int n) {
        return a.length >= n ? a : Arrays.copyOf(a, grown(a.length, n));
    }

    /** Grows {@code a} to at least {@code n} (doubling, see {@link #grown}), keeping its contents. */
    public static int[] ensure(int[] a, int n) {
        return a.length >= n ? a : Arrays.copyOf(a, grown(a.length, n));
    }

    /** Grows {@code a} to at least {@code n} (doubling, see {@link #grown}), keeping its contents. */
    public static long[] ensure(long[] a, int n) {
        return a.length >= n ? a : Arrays.copyOf(a, grown(a.length, n));
    }

    /** Grows {@code a} to at least {@code n} (doubling, see {@link #grown}), keeping its contents. */
    public static byte[] ensure(byte[] a, int n) {
        return a.length >= n ? a : Arrays.copyOf(a, grown(a.length, n));
    }

    /** Grows {@code a} to at least {@code n} (doubling, see {@link #grown}), keeping its contents. */
    public static boolean[] ensure(boolean[] a, int n) {
        return a.length >= n ? a : Arrays.copyOf(a, grown(a.length, n));
    }
}
