package org.downline.rng;

import java.util.function.LongToDoubleFunction;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;

/** Pearson's chi-square test of integer samples against a probability mass function. */
final class GoodnessOfFit {

    private GoodnessOfFit() {
    }

    /**
     * P-value of the samples against pmf on [lo, hi], tails lumped into the end bins, neighbouring
     * bins merged until each expects at least 5.
     */
    static double pValue(long[] samples, LongToDoubleFunction pmf, long lo, long hi) {
        int bins = (int) (hi - lo + 1);
        double[] expected = new double[bins];
        long[] observed = new long[bins];
        double inside = 0;
        for (int b = 0; b < bins; b++) {
            expected[b] = pmf.applyAsDouble(lo + b);
            inside += expected[b];
        }
        // lump what lies outside [lo, hi] into the end bins, half each (the test only needs totals)
        expected[0] += (1 - inside) / 2;
        expected[bins - 1] += (1 - inside) / 2;
        for (long x : samples) {
            int b = (int) Math.max(0, Math.min(bins - 1, x - lo));
            observed[b]++;
        }
        double n = samples.length;
        double chi = 0;
        int df = -1;
        double e = 0;
        long o = 0;
        for (int b = 0; b < bins; b++) {
            e += expected[b] * n;
            o += observed[b];
            if (e >= 5 || b == bins - 1) {
                chi += (o - e) * (o - e) / Math.max(e, 1e-300);
                df++;
                e = 0;
                o = 0;
            }
        }
        return 1 - new ChiSquaredDistribution(null, Math.max(1, df)).cumulativeProbability(chi);
    }
}
