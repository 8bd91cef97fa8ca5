package org.downline.plans;

import java.util.Arrays;

/**
 * One period's payout: each member's commission and the plan's totals. Reused from period to
 * period; {@link #begin} clears what the previous period left.
 *
 * <p>Per-component amounts (level 1, level 2, ..., binary, performance bonus, ...) and per-member
 * details (leg volumes, carry, flushed volume, group volume) are kept only when the payout is created
 * with component names, as {@code downline payout} does; simulations skip them.
 */
public final class Payout {

    /** Commission of member i this period, dollars (may be replaced by a larger array in {@link #begin}). */
    public double[] commission;
    private final double[][] components;
    private final String[] componentNames;
    private final double[][] details;
    private final String[] detailNames;

    /** Personal volume of every member this period. */
    public double volume;
    /** Commissions paid. */
    public double paid;
    /** What the plan would pay if every level, leg or step were filled and qualified. */
    public double maxPayable;
    /**
     * Binary: leg volume that left members' legs this period neither paid on nor carried (see
     * {@link BinaryPlan}). Every dollar of volume sits in the legs of each of its uplines, so this
     * can exceed {@link #volume}.
     */
    public double flushedVolume;
    /**
     * Binary: the volume that entered members' legs this period, both legs of every member, less the
     * carry-in (which entered in an earlier period, or was given). With the carry-in it is the volume
     * in members' legs this period, each dollar of which is paid on ({@code 2 × paid / rate}: the
     * weaker leg's pairs), carried ({@link #carriedVolume}) or flushed ({@link #flushedVolume}); like
     * {@link #flushedVolume}, it counts a dollar at each position it passes through. Over a run, which
     * starts with no carry, each dollar at each position counts once: its paid on, flushed and last
     * period's carried add up to the sum over its periods, so flushed over that sum is the share of
     * leg volume flushed, where a sum with the carry-in would count a carried dollar again every
     * period it waits.
     */
    public double newLegVolume;
    /** Commissions not paid because of caps, dollars. */
    public double capped;
    /** Binary: volume carried out to the next period, both legs of every member. */
    public double carriedVolume;

    private int size;
    /** Most members a period will have: the arrays grow by doubling up to it, never past. */
    private int maxMembers = Integer.MAX_VALUE;

    /**
     * @param capacity       most members a period can have
     * @param componentNames names of the plan's components, or {@code null} to keep neither
     *                       components nor details
     */
    public Payout(int capacity, String[] componentNames) {
        this(capacity, componentNames, null);
    }

    /**
     * @param capacity       most members a period can have
     * @param componentNames names of the plan's components, or {@code null} to keep neither
     *                       components nor details
     * @param detailNames    names of the plan's details (ignored without components)
     */
    public Payout(int capacity, String[] componentNames, String[] detailNames) {
        this.commission = new double[capacity];
        this.componentNames = componentNames == null ? new String[0] : componentNames.clone();
        this.components = componentNames == null ? null : new double[componentNames.length][capacity];
        this.detailNames = componentNames == null || detailNames == null ? new String[0] : detailNames.clone();
        this.details = componentNames == null ? null : new double[this.detailNames.length][capacity];
    }

    /**
     * Caps the arrays' growth at {@code members} (the most members a period will have), so that
     * doubling never takes them past it (for a simulation's world: its prospects).
     */
    public Payout limitTo(int members) {
        this.maxMembers = members;
        return this;
    }

    /** A payout that keeps the plan's components and details (for {@code downline payout} and tests). */
    public static Payout recording(CompensationPlan plan, int capacity) {
        return new Payout(capacity, plan.componentNames(), plan.detailNames());
    }

    /** Starts a period of {@code n} members: commissions and totals to zero, arrays grown to n. */
    public void begin(int n) {
        commission = Genealogy.ensure(commission, n, maxMembers);
        Arrays.fill(commission, 0, Math.max(size, n), 0.0);
        if (components != null) {
            for (int c = 0; c < components.length; c++) {
                components[c] = Genealogy.ensure(components[c], n, maxMembers);
                Arrays.fill(components[c], 0, Math.max(size, n), 0.0);
            }
            for (int c = 0; c < details.length; c++) {
                details[c] = Genealogy.ensure(details[c], n, maxMembers);
                Arrays.fill(details[c], 0, Math.max(size, n), 0.0);
            }
        }
        size = n;
        volume = 0;
        paid = 0;
        maxPayable = 0;
        flushedVolume = 0;
        newLegVolume = 0;
        capped = 0;
        carriedVolume = 0;
    }

    /** Whether per-component amounts are kept. */
    public boolean recordsComponents() {
        return components != null;
    }

    /** Component {@code c} of every member (only when {@link #recordsComponents()}). */
    public double[] component(int c) {
        return components[c];
    }

    public String[] componentNames() {
        return componentNames.clone();
    }

    /** Detail {@code d} of every member (only when {@link #recordsComponents()}). */
    public double[] detail(int d) {
        return details[d];
    }

    public String[] detailNames() {
        return detailNames.clone();
    }

    /** Paid / volume, or 0 for a period without volume. */
    public double payoutRatio() {
        return volume > 0 ? paid / volume : 0;
    }

    /** What the plan's maximum would have paid but did not. */
    public double breakage() {
        return Math.max(0, maxPayable - paid);
    }
}
