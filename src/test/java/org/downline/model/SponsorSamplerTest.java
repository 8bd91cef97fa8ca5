package org.downline.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleSupplier;
import java.util.random.RandomGenerator;
import org.downline.rng.RandomStreams;
import org.downline.testing.RetainedSize;
import org.junit.jupiter.api.Test;

class SponsorSamplerTest {

    /**
     * Uniform sponsor choice, one newcomer at a time, is the random recursive tree (Gastwirth 1977):
     * P(member i recruits nobody) = (i−1)/(N−1), so half of all members recruit nobody, and member i
     * recruits H_{N−1} − H_{i−1} on average. Each check is a z-test at 4.5 standard errors estimated
     * from the trees (false failure about 7e-6 each).
     */
    @Test
    void uniformChoiceGrowsARandomRecursiveTree() {
        int n = 2000;
        int trees = 300;
        RandomGenerator rng = RandomStreams.fromSeed(31);
        SponsorSampler sampler = new SponsorSampler();
        double[] cum = new double[n];
        int[] out = new int[1];
        double[] points = new double[1];
        double[] leafShare = new double[trees];
        double[] rootRecruits = new double[trees];
        double[] middleRecruits = new double[trees];
        // member numbers from 0; member i here is member i+1 of the closed form
        final int group = 200;
        double[][] groupLeaves = new double[n / group][trees];         // leaves among members g·200.., per tree
        for (int t = 0; t < trees; t++) {
            int[] recruits = new int[n];
            for (int i = 1; i < n; i++) {
                cum[i - 1] = i;                        // constant effort 1 for members 0..i-1
                sampler.sample(cum, i, 1, rng, points, out, 0);
                recruits[out[0]]++;
            }
            int leaves = 0;
            for (int i = 0; i < n; i++) {
                if (recruits[i] == 0) {
                    leaves++;
                    groupLeaves[i / group][t]++;
                }
            }
            leafShare[t] = (double) leaves / n;
            rootRecruits[t] = recruits[0];
            middleRecruits[t] = recruits[n / 2];
        }
        assertMean(0.5, leafShare, "share of members who recruit nobody");
        double h = harmonic(n - 1);
        assertMean(h, rootRecruits, "recruits of the first member");
        assertMean(h - harmonic(n / 2), middleRecruits, "recruits of the middle member");
        // P(i recruits nobody) = (i−1)/(N−1) in the 1-based numbering, checked on grouped members:
        // a group's leaf indicators in one tree are dependent, so its standard error is estimated
        // from the trees' counts, which are independent
        for (int g = 0; g < n / group; g++) {
            double expected = 0;
            for (int i = g * group; i < (g + 1) * group; i++) {
                expected += (double) i / (n - 1);
            }
            assertMean(expected, groupLeaves[g], "leaves among members " + g * group + "..");
        }
    }

    /**
     * Two members with efforts 1 and 3 are chosen 1/4 and 3/4 of the time (binomial z-test at 4.5:
     * false failure about 7e-6).
     */
    @Test
    void choiceIsProportionalToEffort() {
        RandomGenerator rng = RandomStreams.fromSeed(4);
        double[] cum = {1, 1, 4};                     // member 1 cannot recruit (adds no effort)
        int k = 100_000;
        int[] out = new int[k];
        new SponsorSampler().sample(cum, 3, k, rng, new double[k], out, 0);
        int[] counts = new int[3];
        for (int s : out) {
            counts[s]++;
        }
        assertTrue(counts[1] == 0, "a member without effort was chosen");
        double z = (counts[2] - 0.75 * k) / Math.sqrt(k * 0.75 * 0.25);
        assertTrue(Math.abs(z) < 4.5, "z=" + z);
    }

    private static void assertMean(double expected, double[] values, String what) {
        double mean = 0;
        for (double v : values) {
            mean += v;
        }
        mean /= values.length;
        double var = 0;
        for (double v : values) {
            var += (v - mean) * (v - mean);
        }
        double se = Math.sqrt(var / (values.length - 1) / values.length);
        assertTrue(Math.abs(mean - expected) < 4.5 * se, what + ": mean " + mean + ", expected " + expected
                + " ± " + 4.5 * se);
    }

    /** Cumulative effort of n members, each member's drawn from {@code effort} in turn. */
    private static double[] cumulative(int n, DoubleSupplier effort) {
        double[] cum = new double[n];
        double total = 0;
        for (int i = 0; i < n; i++) {
            total += effort.getAsDouble();
            cum[i] = total;
        }
        return cum;
    }

    private static double harmonic(int n) {
        double h = 0;
        for (int k = 1; k <= n; k++) {
            h += 1.0 / k;
        }
        return h;
    }

    /**
     * Drawn at any place in the arrays lent to it (as the Bass recruiter lends the genealogy's free
     * tails), whatever they held, a batch gets the same sponsors from the same draws as at 0: small
     * batches, bucket-sorted ones and coarse-split ones. The shuffle too, and neither touches an
     * entry outside the batch.
     */
    @Test
    void aBatchAnywhereInTheLentArraysDrawsTheSame() {
        RandomGenerator efforts = RandomStreams.fromSeed(79);
        int n = 20_000;
        double[] cum = cumulative(n, () -> efforts.nextInt(4) == 0 ? 0 : efforts.nextDouble());
        SponsorSampler sampler = new SponsorSampler();
        for (int k : new int[] {1, 50, 5000, SponsorSampler.COARSE_FROM + 1000}) {
            RandomGenerator a = RandomStreams.fromSeed(80 + k);
            int[] expected = new int[k];
            sampler.sample(cum, n, k, a, new double[k], expected, 0);
            SponsorSampler.shuffle(expected, 0, k, a);
            int at = 12_345;
            RandomGenerator b = RandomStreams.fromSeed(80 + k);
            double[] points = new double[at + k + 7];
            Arrays.fill(points, 1e300);          // whatever the lender left there
            int[] out = new int[at + k + 7];
            Arrays.fill(out, -7);
            sampler.sample(cum, n, k, b, points, out, at);
            SponsorSampler.shuffle(out, at, k, b);
            assertTrue(Arrays.equals(expected, Arrays.copyOfRange(out, at, at + k)), "k " + k);
            assertEquals(a.nextLong(), b.nextLong(), "the same draws, k " + k);
            for (int j = 0; j < out.length; j++) {
                if (j < at || j >= at + k) {
                    assertEquals(-7, out[j], "entry " + j + " outside the batch, k " + k);
                    assertEquals(1e300, points[j], "point " + j + " outside the batch, k " + k);
                }
            }
        }
    }

    /**
     * The bucket sort gives Arrays.sort's array exactly: uniform points of several batch sizes
     * around the thresholds, and skewed ones (all in one bucket, many ties, the range's ends), at
     * the start of the array or further in (entries outside the range untouched).
     */
    @Test
    void bucketSortEqualsArraysSort() {
        RandomGenerator rng = RandomStreams.fromSeed(77);
        SponsorSampler sampler = new SponsorSampler();
        double total = 12345.678;
        for (int k : new int[] {10, SponsorSampler.BUCKET_SORT_FROM - 1, SponsorSampler.BUCKET_SORT_FROM,
                SponsorSampler.BUCKET_SORT_FROM + 3, 1000, 7919, SponsorSampler.COARSE_FROM - 1,
                SponsorSampler.COARSE_FROM, 100_003, 1_000_000}) {
            for (int shape = 0; shape < 4; shape++) {
                int from = shape * 3;                      // 0 for the first shape
                double[] a = new double[from + k + 5];
                Arrays.fill(a, -1.0);
                for (int j = 0; j < k; j++) {
                    double u = rng.nextDouble() * total;
                    a[from + j] = switch (shape) {
                        case 0 -> u;                                           // uniform
                        case 1 -> total * 0.3 + u * 1e-9;                      // one bucket
                        case 2 -> Math.floor(u / 1000) * 1000;                 // few values, many ties
                        default -> j % 3 == 0 ? 0.0 : j % 3 == 1 ? Math.nextDown(total) : u * u / total;
                    };
                }
                double[] expected = Arrays.copyOf(a, a.length);
                Arrays.sort(expected, from, from + k);
                sampler.sortUniform(a, from, from + k, total);
                assertTrue(Arrays.equals(expected, a), "k " + k + ", shape " + shape);
            }
        }
    }

    /**
     * What the sampler holds after sorting batches of every regime (below the bucket sort, fine
     * buckets only, coarse then fine, growing and shrinking) stays within {@link
     * SponsorSampler#scratchBytes} of the largest batch, which is about 0.03 B a point (the guard's
     * count for the Bass recruiter: benchmarks/PERFORMANCE.md, "Target 4 is not met"). Deterministic: seeded.
     */
    @Test
    void whatTheSamplerHoldsIsWithinItsScratchBytes() {
        RandomGenerator rng = RandomStreams.fromSeed(5);
        SponsorSampler sampler = new SponsorSampler();
        int[] batches = {10, 100, SponsorSampler.COARSE_FROM - 1, 20_000, SponsorSampler.COARSE_FROM,
            50_000, 1_000_000, 3_000_000, 2_000};
        double[] a = new double[3_000_000];
        int largest = 0;
        for (int k : batches) {
            for (int j = 0; j < k; j++) {
                a[j] = rng.nextDouble() * 7;
            }
            sampler.sortUniform(a, 0, k, 7);
            largest = Math.max(largest, k);
            long held = RetainedSize.of(sampler);
            assertTrue(held <= SponsorSampler.scratchBytes(largest),
                    "after " + k + " points the sampler holds " + held + " bytes, counted "
                            + SponsorSampler.scratchBytes(largest));
        }
        double perPoint = SponsorSampler.scratchBytes(100_000_000) / 1e8;
        assertTrue(perPoint > 0.02 && perPoint < 0.04, "bytes a point " + perPoint);
    }

    /**
     * The doubling search stops where a linear scan would: cumulative efforts with plateaus
     * (members who may not recruit), points at random, at every distinct total and just below it.
     */
    @Test
    void firstAboveEqualsLinearScan() {
        RandomGenerator rng = RandomStreams.fromSeed(78);
        for (int n : new int[] {1, 2, 3, 17, 300}) {
            double[] cum = cumulative(n, () -> rng.nextInt(3) == 0 ? 0 : rng.nextInt(4) == 0 ? 1 : rng.nextDouble());
            double total = cum[n - 1];
            if (!(total > 0)) {
                continue;
            }
            List<Double> us = new ArrayList<>();
            for (int j = 0; j < 200; j++) {
                us.add(Math.min(rng.nextDouble() * total, Math.nextDown(total)));
            }
            for (double c : cum) {
                if (c < total) {
                    us.add(c);
                    us.add(Math.nextDown(c));
                    us.add(Math.nextUp(c));
                }
            }
            for (double u : us) {
                if (u < 0 || u >= total) {
                    continue;
                }
                for (int from = 0; from < n && cum[from] <= u; from++) {
                    int expected = from;
                    while (cum[expected] <= u) {
                        expected++;
                    }
                    assertEquals(expected, SponsorSampler.firstAbove(cum, from, n - 1, u), "n " + n + ", from " + from + ", u " + u);
                }
            }
        }
    }
}
