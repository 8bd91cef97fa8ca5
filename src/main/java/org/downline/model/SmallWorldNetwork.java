package org.downline.model;

import org.downline.rng.KeyedPermutation;
import org.downline.rng.RandomStreams;

/**
 * The acquaintance network of a whole population as a small world in the sense of Watts and
 * Strogatz (Nature 393, 1998) — a ring lattice in which a share β of the edges is random — built
 * on demand from a key: no edge is stored, so 10^7 people with 150 acquaintances each cost a few
 * kilobytes instead of the 6 GB an int per edge end would take, and listing a person's
 * acquaintances costs O(1) per acquaintance.
 *
 * <p><b>The graph.</b> People 0..N−1 sit on a ring; h = degree/2.
 * <ol>
 *   <li><i>Lattice.</i> For every person u and level k = 1..h there is the lattice edge
 *       {u, u+k mod N}, removed with probability β (a hash of (key, u, k) decides).</li>
 *   <li><i>Random acquaintances.</i> Let βh = m + f with m an integer and 0 ≤ f &lt; 1. There are
 *       m + 1 pseudo-random permutations σ_1..σ_{m+1} of the population
 *       ({@link KeyedPermutation}); every person v is linked to σ_j(v) (and so to σ_j⁻¹(v)) for
 *       j = 1..m, and to σ_{m+1}(v) if a coin of probability f (a hash of (key, v)) says so. A link
 *       to themself or to someone within h places on the ring (who is a lattice neighbour
 *       already; probability about degree/N) is left out, so the lists rarely repeat anyone.</li>
 * </ol>
 * Every person thus keeps on average 2h(1−β) lattice acquaintances and gains 2βh random ones
 * (less the few left out): the expected degree is {@code degree} − 2βh(2h+1)/N, a share β of all
 * edges is random and uniformly spread, and a triangle of the lattice survives with probability (1−β)³, as in the original
 * model. The one stated difference from Watts–Strogatz, where a rewired edge keeps one lattice end
 * and moves the other to a uniform random person: here the removed lattice edges and the random
 * edges are drawn independently (every person's random edges come from permutations, so each has
 * about 2βh of them instead of a Poisson number). That difference is what makes the graph
 * symmetric and cheap without storage: person v finds every random acquaintance with one
 * permutation evaluation, σ_j(v) or σ_j⁻¹(v), all of which exist, whereas the original would need
 * an inverse evaluation per lattice level just to learn which rewired edges land on v. Very rarely
 * (probability about βh(2βh−1)/N per person: two of their 2βh random partners coincide) two
 * random edges join the same pair; that acquaintance is then listed twice. With β = 0 this is the
 * ring lattice; with β = 1 a union of h random permutation cycles, a random multigraph with every
 * degree close to 2h.
 *
 * <p><b>Lists.</b> Person v's list has {@link #positions()} = h + (number of permutations)
 * positions of two slots each. Position p &lt; h is lattice level k = p+1: slot 0 is v+k, slot 1 is
 * v−k. Position h + j is permutation j: slot 0 is σ_j(v), slot 1 is σ_j⁻¹(v). A lattice slot's
 * person is known without any hashing ({@link #latticePerson}); whether the edge is there takes a
 * hash ({@link #latticeKept}). A permutation slot takes one permutation evaluation (three
 * multiply–xorshift rounds, under two on average with cycle-walking).
 */
public final class SmallWorldNetwork {

    private final int n;
    private final int half;
    private final long latticeKey;
    /** A lattice edge is removed when the top 53 bits of its hash are below this. */
    private final long removeThreshold;
    /** σ_1..σ_{m+1} (the last only when f > 0), at index j−1. */
    private final KeyedPermutation[] sigma;
    /** Permutations every person uses in full. */
    private final int full;
    private final long partialKey;
    /** Person v uses the partial permutation when the top 53 bits of its hash are below this. */
    private final long partialThreshold;

    /**
     * The network of {@code population} people with the given degree and rewiring probability,
     * chosen by {@code key}.
     *
     * @throws IllegalArgumentException if degree is not even and in [2, population − 1], or the
     *                                  rewiring probability is not in [0, 1]
     */
    public SmallWorldNetwork(int population, int degree, double rewiring, long key) {
        if (degree < 2 || degree % 2 != 0 || degree >= population) {
            throw new IllegalArgumentException("Degree must be even and in [2, population - 1]: " + degree
                    + " (population " + population + ")");
        }
        if (!(rewiring >= 0 && rewiring <= 1)) {
            throw new IllegalArgumentException("Rewiring probability must be in [0, 1]: " + rewiring);
        }
        this.n = population;
        this.half = degree / 2;
        this.latticeKey = RandomStreams.mix64(key ^ 0x6A09E667F3BCC908L);
        this.removeThreshold = (long) Math.ceil(rewiring * 0x1p53);
        final double perPerson = rewiring * half;            // m + f
        this.full = (int) Math.floor(perPerson);
        final double f = perPerson - full;
        this.partialKey = RandomStreams.mix64(key ^ 0x510E527FADE682D1L);
        this.partialThreshold = (long) Math.ceil(f * 0x1p53);
        this.sigma = new KeyedPermutation[full + (f > 0 ? 1 : 0)];
        for (int j = 0; j < sigma.length; j++) {
            sigma[j] = KeyedPermutation.of(population, RandomStreams.mix64(key + (j + 1) * 0xBB67AE8584CAA73BL));
        }
    }

    /** Positions of a list (two slots each): h lattice levels, then one per permutation. */
    public int positions() {
        return half + sigma.length;
    }

    /** Lattice levels h = degree / 2: positions below this are lattice levels. */
    public int levels() {
        return half;
    }

    public int population() {
        return n;
    }

    /**
     * The acquaintance in slot {@code slot} (0 or 1) of position {@code p} of person {@code v}'s
     * list, or −1 if that slot holds no edge.
     *
     * @param v a person, 0 ≤ v &lt; population (not checked: hot path)
     * @param p 0 ≤ p &lt; {@link #positions()} (not checked)
     */
    public int neighbour(int v, int p, int slot) {
        if (p < half) {
            final int k = p + 1;
            return latticeKept(v, k, slot) ? latticePerson(v, k, slot) : -1;
        }
        return random(v, p - half, slot);
    }

    /** The person at lattice level k on side {@code slot} of v (0: v+k, 1: v−k), edge or not. */
    int latticePerson(int v, int k, int slot) {
        if (slot == 0) {
            final int t = v + k;
            return t >= n ? t - n : t;
        }
        return v < k ? v - k + n : v - k;
    }

    /** Whether v's lattice edge at level k on side {@code slot} was kept. */
    boolean latticeKept(int v, int k, int slot) {
        int u = v;                                 // the edge {u, u+k} is hashed by its lower end u
        if (slot == 1) {
            u = v < k ? v - k + n : v - k;
        }
        final long z = RandomStreams.mix64(latticeKey + u * 0x9E3779B97F4A7C15L + k * 0xD1B54A32D192ED03L);
        return (z >>> 11) >= removeThreshold;
    }

    /** v's random acquaintance through permutation j (0-based) on side {@code slot}, or −1. */
    int random(int v, int j, int slot) {
        final KeyedPermutation s = sigma[j];
        final int u = (int) (slot == 0 ? s.apply(v) : s.inverse(v));
        final int d = u > v ? u - v : v - u;
        if (d <= half || d >= n - half) {
            return -1;                             // themself, or a lattice neighbour already
        }
        if (j == full) {                           // the partial permutation: the start's coin
            final int start = slot == 0 ? v : u;
            final long z = RandomStreams.mix64(partialKey + start * 0x9E3779B97F4A7C15L);
            if ((z >>> 11) >= partialThreshold) {
                return -1;
            }
        }
        return u;
    }

    /** Acquaintances of v, counting a duplicate edge twice (tests and diagnostics). */
    public int degree(int v) {
        int d = 0;
        for (int p = 0; p < positions(); p++) {
            d += (neighbour(v, p, 0) >= 0 ? 1 : 0) + (neighbour(v, p, 1) >= 0 ? 1 : 0);
        }
        return d;
    }

    /** Heap bytes this network holds: its keys, independent of the population. */
    public long bytes() {
        return bytes(2 * half, removeThreshold / 0x1p53);
    }

    /**
     * Heap bytes a network of this degree and rewiring probability holds: the object and its
     * permutations' keys, independent of the population.
     */
    public static long bytes(int degree, double rewiring) {
        final long permutations = positions(degree, rewiring) - degree / 2;
        return 96 + 16 + 4 * permutations + PERMUTATION_BYTES * permutations;
    }

    /**
     * {@link #positions()} of a network of this degree and rewiring probability: degree/2 lattice
     * levels and ⌈rewiring × degree/2⌉ permutations.
     */
    public static int positions(int degree, double rewiring) {
        return degree / 2 + (int) Math.ceil(rewiring * (degree / 2));
    }

    /** Heap bytes of one {@link KeyedPermutation}: header, eleven longs and an int, aligned. */
    static final long PERMUTATION_BYTES = 112;
}
