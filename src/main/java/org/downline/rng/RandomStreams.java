package org.downline.rng;

import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

/**
 * The only place that creates random generators.
 *
 * <p>Replication {@code r}'s generator for source {@code s} is seeded with
 * {@link #seed(long, long, Stream)}, a function of (master seed, r, s) alone. Nothing depends on
 * which thread runs a replication or in which order replications finish, so results are identical
 * at any thread count and replication {@code r} run alone equals replication {@code r} in a batch.
 */
public final class RandomStreams {

    /** Name of the JDK algorithm every stream uses; recorded in every output. */
    public static final String ALGORITHM = "L64X128MixRandom";

    private static final RandomGeneratorFactory<RandomGenerator> FACTORY =
            RandomGeneratorFactory.of(ALGORITHM);

    /** 2^64 / golden ratio, the SplitMix64 increment. */
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private RandomStreams() {
    }

    /** The SplitMix64 finaliser: a bijection on 64-bit values with good avalanche. */
    public static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Seed of replication {@code replication}'s generator for {@code source}. */
    public static long seed(long master, long replication, Stream source) {
        return mix64(mix64(master + (replication + 1) * GOLDEN_GAMMA)
                + (source.ordinal() + 1) * GOLDEN_GAMMA);
    }

    /** A new generator for (master, replication, source). */
    public static RandomGenerator create(long master, long replication, Stream source) {
        return FACTORY.create(seed(master, replication, source));
    }

    /** A new generator from an explicit seed (tests and stand-alone tools). */
    public static RandomGenerator fromSeed(long seed) {
        return FACTORY.create(seed);
    }

    /**
     * Derives a seed from a master seed and a sequence of coordinates (for example the cell of a
     * parameter sweep). Depends only on the values, never on where they sit in an execution order.
     */
    public static long derive(long master, long... coordinates) {
        long z = mix64(master ^ 0x5DEECE66DL);
        for (long c : coordinates) {
            z = mix64(z + mix64(c + GOLDEN_GAMMA));
        }
        return z;
    }
}
