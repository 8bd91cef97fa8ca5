package org.downline.plans;

import java.util.Arrays;

/**
 * A sponsor tree with one period's personal volumes, as parallel primitive arrays.
 *
 * <p>Members are numbered {@code 0 .. size-1} in join order, so every sponsor's number is smaller
 * than their recruits' ({@code sponsor[i] < i}; {@code -1} is the company). A reverse pass over
 * the numbers therefore visits every member after all of their downline: one pass rolls volume up
 * the whole tree. The arrays are sized once to a capacity and reused.
 */
public final class Genealogy {

    /** Sponsor of the company's own recruits (roots of the forest). */
    public static final int COMPANY = -1;

    private final int capacity;
    private int size;
    /** {@code sponsor[i]}: who recruited member i, {@link #COMPANY} for the top. */
    public final int[] sponsor;
    /** Personal volume of member i this period, dollars. */
    public final double[] volume;
    /** Whether member i is still in the business (departed members buy nothing and earn nothing). */
    public final boolean[] active;

    public Genealogy(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity must be >= 0: " + capacity);
        }
        this.capacity = capacity;
        this.sponsor = new int[capacity];
        this.volume = new double[capacity];
        this.active = new boolean[capacity];
    }

    public int capacity() {
        return capacity;
    }

    public int size() {
        return size;
    }

    /**
     * Appends a member.
     *
     * @return the new member's number
     * @throws IllegalArgumentException if the sponsor is not an earlier member or the company
     * @throws IllegalStateException    if the capacity is reached
     */
    public int add(int sponsorId) {
        if (size == capacity) {
            throw new IllegalStateException("genealogy is full: " + capacity + " members");
        }
        if (sponsorId < COMPANY || sponsorId >= size) {
            throw new IllegalArgumentException("sponsor must be an earlier member or -1: " + sponsorId);
        }
        int id = size++;
        sponsor[id] = sponsorId;
        volume[id] = 0;
        active[id] = true;
        return id;
    }

    /** Forgets every member; the arrays are kept. */
    public void clear() {
        Arrays.fill(volume, 0, size, 0.0);
        size = 0;
    }

    /** Memory the arrays take for a capacity, bytes. */
    public static long bytesPerMember() {
        return Integer.BYTES + Double.BYTES + 1;
    }
}
