package org.downline.traffic;

import java.util.Arrays;

/**
 * Shares of a finite demand among N ranked sites: the site at rank r (1 = first) gets
 * r^−s / H_{N,s}, with H_{N,s} = Σ_{k≤N} k^−s, so the top k together get H_{k,s} / H_{N,s}. Weights
 * and their prefix sums are tabulated once and grown as needed.
 */
public final class ZipfShares {

    private final double exponent;
    private double[] weight = new double[1];      // weight[r] = r^−s, weight[0] unused
    private double[] harmonic = new double[1];    // harmonic[n] = H_{n,s}

    public ZipfShares(double exponent) {
        if (!(exponent >= 0 && exponent <= 5)) {
            throw new IllegalArgumentException("Zipf exponent must be in [0, 5]: " + exponent);
        }
        this.exponent = exponent;
    }

    /** Makes ranks 1..n available. */
    public void ensure(int n) {
        int have = weight.length - 1;
        if (n <= have) {
            return;
        }
        int size = Math.max(n, 2 * have);
        weight = Arrays.copyOf(weight, size + 1);
        harmonic = Arrays.copyOf(harmonic, size + 1);
        for (int r = have + 1; r <= size; r++) {
            weight[r] = StrictMath.pow(r, -exponent);
            harmonic[r] = harmonic[r - 1] + weight[r];
        }
    }

    /** r^−s for r = 1..n (after {@link #ensure}); index 0 is unused. A view, not a copy. */
    public double[] weights() {
        return weight;
    }

    /** H_{n,s}. */
    public double harmonic(int n) {
        ensure(n);
        return harmonic[n];
    }

    /** Share of the site at rank r among n sites. */
    public double share(int r, int n) {
        ensure(n);
        return weight[r] / harmonic[n];
    }
}
