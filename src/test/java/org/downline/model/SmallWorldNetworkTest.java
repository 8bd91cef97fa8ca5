package org.downline.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SmallWorldNetworkTest {

    /** Every acquaintance of v, in list order, with duplicates. */
    static int[] list(SmallWorldNetwork net, int v) {
        int[] out = new int[2 * net.positions()];
        int size = 0;
        for (int p = 0; p < net.positions(); p++) {
            for (int slot = 0; slot < 2; slot++) {
                int u = net.neighbour(v, p, slot);
                if (u >= 0) {
                    out[size++] = u;
                }
            }
        }
        return Arrays.copyOf(out, size);
    }

    /** w appears in v's list exactly as often as v in w's; nobody knows themself. */
    @Test
    void acquaintanceIsSymmetricAndLoopFree() {
        for (double beta : new double[] {0, 0.13, 0.5, 1}) {
            final int n = 3000;
            SmallWorldNetwork net = new SmallWorldNetwork(n, 20, beta, 42);
            Map<Long, Integer> count = new HashMap<>();
            for (int v = 0; v < n; v++) {
                for (int u : list(net, v)) {
                    assertTrue(u >= 0 && u < n && u != v, "beta " + beta + ": " + v + " -> " + u);
                    count.merge((long) v << 32 | u, 1, Integer::sum);
                }
            }
            count.forEach((edge, c) -> {
                long reverse = (edge & 0xFFFFFFFFL) << 32 | (edge >>> 32);
                assertEquals(c, count.getOrDefault(reverse, 0), "beta " + beta + ", edge " + Long.toHexString(edge));
            });
        }
    }

    /** Without rewiring the network is the ring lattice: v±1, …, v±degree/2, wrapping round. */
    @Test
    void withoutRewiringItIsTheRingLattice() {
        final int n = 1000;
        SmallWorldNetwork net = new SmallWorldNetwork(n, 10, 0, 7);
        assertEquals(5, net.positions());
        for (int v : new int[] {0, 1, 4, 500, 995, 999}) {
            int[] got = list(net, v);
            Arrays.sort(got);
            int[] want = new int[10];
            for (int k = 1; k <= 5; k++) {
                want[2 * k - 2] = Math.floorMod(v + k, n);
                want[2 * k - 1] = Math.floorMod(v - k, n);
            }
            Arrays.sort(want);
            assertArrayEquals(want, got, "person " + v);
        }
    }

    /**
     * The degrees sum to twice the edges: 2·(kept lattice edges) + 2·(random edges). Kept lattice
     * edges are Binomial(N·h, 1−β); random edges N·m plus Binomial(N, f), less those that land on
     * their start or within h places of it (probability (2h+1)/N each). So the sum has mean
     * N·degree − 2(m+f)(2h+1) and variance 4N(hβ(1−β) + f(1−f)) (the few dropped edges add a
     * negligible term); |z| &lt; 4 fails with probability 6.3e-5 per network, 2e-4 for the three.
     */
    @Test
    void meanDegreeIsTheDegree() {
        final int n = 20_000;
        final int degree = 30;
        final int h = degree / 2;
        for (double beta : new double[] {0.1, 0.37, 0.9}) {
            SmallWorldNetwork net = new SmallWorldNetwork(n, degree, beta, 1234);
            long sum = 0;
            for (int v = 0; v < n; v++) {
                sum += net.degree(v);
            }
            double mf = beta * h;
            double f = mf - Math.floor(mf);
            double mean = (double) n * degree - 2 * mf * (2 * h + 1);
            double sd = 2 * Math.sqrt(n * (h * beta * (1 - beta) + f * (1 - f)));
            double z = (sum - mean) / sd;
            assertTrue(Math.abs(z) < 4, "beta " + beta + ": degree sum " + sum + ", z " + z);
        }
    }

    /**
     * Small-world clustering, C = 3·triangles / connected triples, against the lattice law.
     *
     * <p><b>The law.</b> A lattice triangle survives when its three edges do, (1−β)³, so there are
     * N·h(h−1)/2·(1−β)³ of them on average. With βh = m an integer, person v has at most L_v + 2m
     * acquaintances, L_v ~ Binomial(2h, 1−β) their kept lattice edges, so the triples are at most
     * N·E[(L+2m)(L+2m−1)]/2. The ratio, {@code expected} = 0.36075 for h = 10, β = 0.2 (Barrat &amp;
     * Weigt's C(0)(1−β)³ = 0.3638 for Watts–Strogatz, whose degrees vary less), is therefore a lower
     * bound on the expected clustering (up to the O(1/N) bias of a ratio).
     *
     * <p><b>Bias bound.</b> Two things raise C above it. (a) Random edges close triangles: there
     * are at most N·m of them, and each closes one triangle per common acquaintance of its ends u
     * and w. Beyond u's lattice neighbourhood, w is (pseudo-)uniform over the N−2h−1 others, so
     * each of u's other acquaintances (K−1 on average, K = 2h(1−β) + 2m the mean degree) is also
     * w's with probability at most (K−1)/(N−2h−1): extra triangles ≤ N·m·(K−1)²/(N−2h−1), a share
     * τ ≤ 2m(K−1)²/((N−2h−1)·h(h−1)(1−β)³) = 0.157% of the lattice triangles. (b) Random slots
     * left out (landing within h places, probability (2h+1)/N each) or repeated (another of the
     * 2m−1 slots, at most (2m−1)/N) lower the triples: D_v lost slots, E[D] ≤ 2m(2h+2m)/N, cost
     * at most D·(2(2h+2m)−1) of (L+2m)(L+2m−1), a share δ ≤ 0.059% of the triples. So
     * E[C] ∈ [expected, expected·(1+τ)/(1−δ)], a width of 0.22%.
     *
     * <p><b>Sampling error.</b> Each of k = 10 keys gives an independent network; their mean
     * clustering has standard error s/√k from their sample sd s. The mean must lie within
     * t·s/√k of that interval, t = t_{0.9995, 9} = 4.781: it falls below with probability at most
     * 5e-4 and above with at most 5e-4, so a false failure has probability at most 1e-3 (the
     * per-network clusterings, sums over some 460 000 triangles, are close to normal). Measured:
     * mean bias about +0.12% of expected, sd across networks about 0.19% of it.
     */
    @Test
    void clusteringFollowsTheLatticeLaw() {
        final int n = 20_000;
        final int h = 10;
        final double beta = 0.2;
        final int m = (int) (beta * h);                // 2: βh an integer, no partial permutation
        final int keys = 10;
        final double t = 4.780912585931217;            // t_{0.9995, 9}
        double[] c = new double[keys];
        double mean = 0;
        for (int key = 0; key < keys; key++) {
            c[key] = clustering(new SmallWorldNetwork(n, 2 * h, beta, 99 + key));
            mean += c[key] / keys;
        }
        double ss = 0;
        for (double x : c) {
            ss += (x - mean) * (x - mean);
        }
        double se = Math.sqrt(ss / (keys - 1) / keys);

        double varL = 2 * h * beta * (1 - beta);
        double meanK = 2 * h * (1 - beta) + 2 * m;
        double expectedTriples = n * (varL + meanK * meanK - meanK) / 2;
        double expectedClosed = 3.0 * n * h * (h - 1) / 2 * Math.pow(1 - beta, 3);
        double expected = expectedClosed / expectedTriples;
        assertEquals(0.36075, expected, 1e-5);
        double tau = 2.0 * m * (meanK - 1) * (meanK - 1) / ((n - 2 * h - 1) * h * (h - 1) * Math.pow(1 - beta, 3));
        double lost = 2.0 * m * (2 * h + 2 * m) / n * (2 * (2 * h + 2 * m) - 1);
        double delta = lost / (varL + meanK * meanK - meanK);
        double upper = expected * (1 + tau) / (1 - delta);
        String got = "mean clustering " + mean + " (se " + se + ") of " + keys + " networks, expected in ["
                + expected + ", " + upper + "]";
        assertTrue(mean >= expected - t * se && mean <= upper + t * se, got);
    }

    /** Global clustering 3·triangles / connected triples, a repeated acquaintance counted once. */
    private static double clustering(SmallWorldNetwork net) {
        final int n = net.population();
        int[][] adj = new int[n][];
        for (int v = 0; v < n; v++) {
            adj[v] = Arrays.stream(list(net, v)).distinct().sorted().toArray();
        }
        double closed = 0;
        double triples = 0;
        for (int v = 0; v < n; v++) {
            int[] a = adj[v];
            triples += a.length * (a.length - 1) / 2.0;
            for (int x = 0; x < a.length; x++) {
                for (int y = x + 1; y < a.length; y++) {
                    if (Arrays.binarySearch(adj[a[x]], a[y]) >= 0) {
                        closed++;
                    }
                }
            }
        }
        return closed / triples;
    }

    /**
     * The network of 10^7 people with 150 acquaintances each holds its keys only: at most 16 KiB
     * however large the population (the README's budget), measured as the bytes its construction
     * allocates. Spot check that it is still symmetric at that size.
     */
    @Test
    void tenMillionPeopleCostKilobytes() {
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        long before = threads.getThreadAllocatedBytes(id);
        SmallWorldNetwork net = new SmallWorldNetwork(10_000_000, 150, 0.1, 5);
        long allocated = threads.getThreadAllocatedBytes(id) - before;
        assertTrue(allocated <= net.bytes(), "allocated " + allocated + " > accounted " + net.bytes());
        assertTrue(net.bytes() <= 16 * 1024, "accounted " + net.bytes());
        for (int start = 0; start < 10_000_000; start += 999_983) {
            final int v = start;
            int[] l = list(net, v);
            assertTrue(l.length > 100 && l.length < 200, "degree " + l.length);
            for (int u : l) {
                int[] back = list(net, u);
                assertTrue(Arrays.stream(back).anyMatch(x -> x == v), v + " -> " + u + " not mutual");
            }
        }
    }

    /** The static count of list positions, used for memory accounting, is the built network's. */
    @Test
    void positionsAreKnownBeforeTheNetworkIsBuilt() {
        for (int degree : new int[] {2, 20, 150}) {
            for (double beta : new double[] {0, 0.05, 0.1, 0.13, 0.3, 0.5, 0.7, 1}) {
                assertEquals(new SmallWorldNetwork(10_000, degree, beta, 1).positions(),
                        SmallWorldNetwork.positions(degree, beta), "degree " + degree + ", rewiring " + beta);
            }
        }
    }

    @Test
    void rejectsImpossibleShapes() {
        assertThrows(IllegalArgumentException.class, () -> new SmallWorldNetwork(100, 3, 0.1, 1));
        assertThrows(IllegalArgumentException.class, () -> new SmallWorldNetwork(100, 0, 0.1, 1));
        assertThrows(IllegalArgumentException.class, () -> new SmallWorldNetwork(100, 100, 0.1, 1));
        assertThrows(IllegalArgumentException.class, () -> new SmallWorldNetwork(100, 10, Math.nextUp(1.0), 1));
        assertThrows(IllegalArgumentException.class, () -> new SmallWorldNetwork(100, 10, -0.0 - 1e-9, 1));
        assertEquals(98, new SmallWorldNetwork(99, 98, 0, 1).degree(0));     // everybody else
    }
}
