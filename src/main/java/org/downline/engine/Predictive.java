package org.downline.engine;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.downline.rng.RandomStreams;
import org.downline.scenario.Scenario;
import org.downline.stats.Disclosure;
import org.downline.stats.DisclosureMatch;
import org.downline.stats.Quantiles;

/**
 * The posterior predictive of a fit: the disclosure re-simulated from posterior draws, and what the
 * same simulations imply beyond it.
 *
 * <p>Draw d (0..M−1) picks a particle of the last generation by weight, with a uniform number from
 * a generator seeded by (seed, "predictive", d, 0), and simulates the scenario at that particle
 * with the seed (seed, "predictive", d) — both functions of d alone, so the draws are the same at
 * any thread count and after a resumed fit. Across the draws, the published quantities' median and
 * 5% and 95% quantiles form the predictive check, and the implications' mean and 2.5%–97.5%
 * quantiles their posterior predictive interval (posterior and simulation noise together).
 *
 * <p>Each draw also follows the people who join in the disclosure's last month through their
 * first year (twelve more simulated months, {@link Disclosing.Newcomer}): a newcomer's outlook at
 * the time the company published its disclosure.
 */
public final class Predictive {

    /** "predictive" as a seed coordinate: SplitMix64 mixing over its UTF-8 bytes. */
    static final long PREDICTIVE = hash("predictive");

    /**
     * The fewest draws a 5–95% band or a 95% interval across the draws is given from: with fewer, its
     * bounds are little more than the lowest and highest draw. Below it fit.json holds null for the
     * band ({@code p05}, {@code p95}) and the interval ({@code ci95}) of a quantity, the chart and the
     * report draw none and judge no check, and the terminal says so.
     */
    public static final int MIN_BAND_DRAWS = 20;

    private Predictive() {
    }

    /** The scenario at parameters θ with a simulation seed; null if θ makes no valid scenario. */
    @FunctionalInterface
    public interface Scenarios {
        Scenario at(double[] theta, long seed);
    }

    /**
     * One quantity across the draws. The defined values are sorted once, here: the fit's files ask
     * each spread for up to three quantiles and its mean. In {@link Double#compare}'s order, as
     * {@link AbcSmc#weightedQuantile} sorts (−0.0 before 0.0); there equal values are also kept in
     * index order, as their weights are summed in it, while here which of two equal values comes
     * first does not show (no weights; type 7 gives 0.0 for −0.0 too).
     */
    public static final class Spread {

        private final double[] values;
        private final double[] sortedDefined;

        /** @param values each draw's value, in draw order (NaN where a draw leaves it undefined) */
        public Spread(double[] values) {
            this.values = values;
            this.sortedDefined = Arrays.stream(values).filter(v -> !Double.isNaN(v)).toArray();
            Arrays.sort(sortedDefined);
        }

        /** Each draw's value, in draw order (NaN where a draw leaves it undefined). */
        public double[] values() {
            return values;
        }

        /** The p-quantile of the defined values (type 7), NaN if none. */
        public double quantile(double p) {
            return Quantiles.ofSorted(sortedDefined, p);
        }

        /** How many draws define it (a draw may leave it undefined: NaN), those its mean and quantiles are of. */
        public int defined() {
            return sortedDefined.length;
        }

        /** The mean of the defined values, NaN if none; summed in sorted order, as before. */
        public double mean() {
            return Arrays.stream(sortedDefined).average().orElse(Double.NaN);
        }
    }

    /**
     * The predictive simulations' summaries.
     *
     * @param particle           the particle each draw used
     * @param groupMeans         per group (the disclosure's order): the simulated group mean
     * @param shareZero          the share of the covered paid nothing
     * @param topOnePercentShare the share of the period's pay going to the best-paid 1% of the covered
     * @param shareLosingMoney   and the rest: {@link Disclosing.Implications}
     */
    public record Result(int[] particle, Spread[] groupMeans, Spread shareZero, Spread topOnePercentShare,
                         Spread shareLosingMoney, Spread shareLosingMoneyInPeriod, Spread netIncomeMedian,
                         Spread shareQuitWithinYear, Spread sharePayFromOwnPurchases, Spread newcomerNetMedian,
                         Spread newcomerShareLosingMoney, Spread newcomerShareQuit, Spread newcomerSharePaid) {

        public int draws() {
            return particle.length;
        }
    }

    /**
     * Simulates {@code draws} posterior predictive draws of {@code d} from generation {@code last}.
     *
     * @param seed    the fit's master seed
     * @param threads threads simulating; the result does not depend on it
     */
    public static Result run(AbcSmc.Generation last, int draws, long seed, Disclosure d, Scenarios scenarios,
                             int threads) {
        if (draws < 1) {
            throw new IllegalArgumentException("draws must be at least 1, was " + draws);
        }
        final double[] cumulative = last.cumulativeWeights();
        final int groups = d.groups().size();
        final int[] particle = new int[draws];
        final double[][] means = new double[groups][draws];
        final double[][] scalars = new double[11][draws];
        final double[][] particles = last.particles();
        final double total = cumulative[cumulative.length - 1];
        final double[][] rows;
        try (Evaluator simulations = Evaluator.of(threads)) {
            // a draw's row: its particle, then the group means, then the 11 scalars (NaN: no valid scenario)
            rows = simulations.map(draws, k -> draw(k, seed, cumulative, total, particles, d, scenarios));
        }
        for (int k = 0; k < draws; k++) {
            final double[] row = rows[k];
            particle[k] = (int) row[0];
            for (int q = 0; q < groups; q++) {
                means[q][k] = row[1 + q];
            }
            for (int x = 0; x < scalars.length; x++) {
                scalars[x][k] = row[1 + groups + x];
            }
        }
        Spread[] g = new Spread[groups];
        for (int q = 0; q < groups; q++) {
            g[q] = new Spread(means[q]);
        }
        return new Result(particle, g, new Spread(scalars[0]), new Spread(scalars[1]), new Spread(scalars[2]),
                new Spread(scalars[3]), new Spread(scalars[4]), new Spread(scalars[5]), new Spread(scalars[6]),
                new Spread(scalars[7]), new Spread(scalars[8]), new Spread(scalars[9]), new Spread(scalars[10]));
    }

    /** Draw k: a pure function of its arguments (see the class comment); its row as {@link #run} reads it. */
    private static double[] draw(int k, long seed, double[] cumulative, double total, double[][] particles,
                                 Disclosure d, Scenarios scenarios) {
        final int groups = d.groups().size();
        final double[] row = new double[1 + groups + 11];
        final double u = RandomStreams.fromSeed(RandomStreams.derive(seed, PREDICTIVE, k, 0)).nextDouble() * total;
        int j = Arrays.binarySearch(cumulative, u);
        j = Math.min(j >= 0 ? j + 1 : -j - 1, cumulative.length - 1);   // first with cumulative > u
        row[0] = j;
        Scenario s = scenarios.at(particles[j].clone(), RandomStreams.derive(seed, PREDICTIVE, k));
        if (s == null) {
            Arrays.fill(row, 1, row.length, Double.NaN);
            return row;
        }
        Disclosing.Outcome o = Disclosing.simulate(s, 0, d.periodMonths(), d.covers(), true);
        double[] g = DisclosureMatch.groupMeans(o.coveredPay(), d);
        System.arraycopy(g, 0, row, 1, groups);
        Disclosing.Implications im = o.implications();
        Disclosing.Newcomer nc = o.newcomer();
        final double[] scalars = {DisclosureMatch.shareZero(o.coveredPay()),
            DisclosureMatch.topOnePercentShare(o.coveredPay()), im.shareLosingMoney(), im.shareLosingMoneyInPeriod(),
            im.netIncomeMedian(), im.shareQuitWithinYear(), im.sharePayFromOwnPurchases(), nc.netMedian(),
            nc.shareLosingMoney(), nc.shareQuit(), nc.sharePaid()};
        System.arraycopy(scalars, 0, row, 1 + groups, scalars.length);
        return row;
    }

    private static long hash(String text) {
        long h = 0x243F6A8885A308D3L;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            h = RandomStreams.mix64(h ^ (b & 0xFF));
        }
        return h;
    }
}
