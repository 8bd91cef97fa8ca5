package org.downline.rng;

/**
 * The independent sources of randomness of one replication. Each gets its own generator, seeded
 * from (master seed, replication, source), so adding a draw to one source never shifts another.
 *
 * <p>The ordinal is part of the seed: append new sources at the end, never reorder.
 */
public enum Stream {
    /** Who joins each month and under whom. */
    RECRUITMENT,
    /** Each member's recruiting effort, drawn once at joining. */
    EFFORT,
    /** Retail customers and purchases. */
    PURCHASES,
    /** Quitting. */
    ATTRITION,
    /** Placement in binary and matrix trees, where a rule leaves a choice. */
    PLACEMENT,
    /** The acquaintance network of the contacts model. */
    NETWORK,
    /** Affiliate content output (posts per month). */
    CONTENT,
    /** Affiliate traffic: post lifetimes and ranking noise. */
    TRAFFIC,
    /** Affiliate funnel: click-through, conversion and order value. */
    CONVERSION,
    /** Affiliate quitting. */
    AFFILIATE_ATTRITION
}
