package org.downline.rng;

/**
 * A pseudo-random permutation of {0, …, n−1} chosen by a 64-bit key, evaluated in O(1) in both
 * directions and stored in a few words: the way the contacts model's network gives every rewired
 * edge a far end that can be found again from that end, with no edge list.
 *
 * <p>Construction. Let b be the smallest number of bits with 2^b ≥ n and r = ⌈b/2⌉. On b-bit
 * words, three rounds of
 * <pre>
 *   x ← (x + a_j) mod 2^b;   x ← x · m_j mod 2^b;   x ← x ⊕ (x ≫ r)
 * </pre>
 * with key-derived constants a_j and odd m_j. Each step is a bijection of b-bit words: adding a
 * constant; multiplying by an odd number (inverse: its inverse mod 2^b); and x ⊕ (x ≫ r), which
 * with 2r ≥ b is its own inverse. The multiply carries low bits up, the shift brings high bits
 * down. The word permutation is restricted to {0..n−1} by cycle-walking (Black &amp; Rogaway,
 * "Ciphers with arbitrary finite domains", 2002): apply it again until the value falls below n.
 * Since 2^b &lt; 2n, that takes fewer than two rounds on average, and the result is again a
 * permutation whose inverse is cycle-walking with the inverse rounds.
 *
 * <p>Not a cipher: it only has to make far ends look uniform and unrelated to the ring order,
 * which three rounds do (see {@code KeyedPermutationTest}).
 */
public final class KeyedPermutation {

    private final long n;
    private final long mask;
    private final int shift;
    private final long a0;
    private final long a1;
    private final long a2;
    private final long m0;
    private final long m1;
    private final long m2;
    private final long i0;
    private final long i1;
    private final long i2;

    private KeyedPermutation(long n, long key) {
        this.n = n;
        int bits = 64 - Long.numberOfLeadingZeros(n - 1);      // smallest b with 2^b >= n (0 for n = 1)
        this.mask = bits == 0 ? 0 : -1L >>> (64 - bits);
        this.shift = Math.max(1, (bits + 1) / 2);
        long k = key;
        this.a0 = RandomStreams.mix64(k += 0x9E3779B97F4A7C15L);
        this.a1 = RandomStreams.mix64(k += 0x9E3779B97F4A7C15L);
        this.a2 = RandomStreams.mix64(k += 0x9E3779B97F4A7C15L);
        this.m0 = RandomStreams.mix64(k += 0x9E3779B97F4A7C15L) | 1;
        this.m1 = RandomStreams.mix64(k += 0x9E3779B97F4A7C15L) | 1;
        this.m2 = RandomStreams.mix64(k + 0x9E3779B97F4A7C15L) | 1;
        this.i0 = inverseOdd(m0);
        this.i1 = inverseOdd(m1);
        this.i2 = inverseOdd(m2);
    }

    /**
     * The permutation of {0..n−1} chosen by {@code key}.
     *
     * @throws IllegalArgumentException if n is not in [1, 2^62]
     */
    public static KeyedPermutation of(long n, long key) {
        if (n < 1 || n > (1L << 62)) {
            throw new IllegalArgumentException("Domain size (n) must be in [1, 2^62]: " + n);
        }
        return new KeyedPermutation(n, key);
    }

    /** Size of the domain. */
    public long size() {
        return n;
    }

    /** The image of x, for 0 ≤ x &lt; n (not checked: hot path). */
    public long apply(long x) {
        final long mask = this.mask;
        final int r = shift;
        do {
            x = ((x + a0) * m0) & mask;
            x ^= x >>> r;
            x = ((x + a1) * m1) & mask;
            x ^= x >>> r;
            x = ((x + a2) * m2) & mask;
            x ^= x >>> r;
        } while (x >= n);
        return x;
    }

    /** The y with apply(y) = x, for 0 ≤ x &lt; n (not checked: hot path). */
    public long inverse(long x) {
        final long mask = this.mask;
        final int r = shift;
        do {
            x ^= x >>> r;
            x = (x * i2 - a2) & mask;
            x ^= x >>> r;
            x = (x * i1 - a1) & mask;
            x ^= x >>> r;
            x = (x * i0 - a0) & mask;
        } while (x >= n);
        return x;
    }

    /** The inverse of an odd number modulo 2^64, by Newton's iteration (each step doubles the bits). */
    static long inverseOdd(long m) {
        long inv = m;                   // right to 3 bits: m·m ≡ 1 (mod 8) for odd m
        for (int i = 0; i < 5; i++) {
            inv *= 2 - m * inv;
        }
        return inv;
    }
}
