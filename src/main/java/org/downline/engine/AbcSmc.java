package org.downline.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException;
import org.downline.rng.Gaussian;
import org.downline.rng.RandomStreams;

/**
 * Approximate Bayesian computation by sequential Monte Carlo: population Monte Carlo as in Beaumont,
 * Cornuet, Marin and Robert (Biometrika 96, 2009), with the tolerance set adaptively (Del Moral et
 * al. 2012) and stopping rules on the simulation budget, the acceptance rate, the tolerance and the
 * number of generations (Lenormand et al. 2013).
 *
 * <p>Generation 0 draws {@code particles} parameter vectors from the prior and simulates each once
 * (tolerance infinite). Generation t sets its tolerance to the weighted {@code quantile} of
 * generation t−1's distances; each particle then proposes a vector by picking a particle of t−1 by
 * weight and moving it with a Gaussian kernel whose covariance is twice the weighted covariance of
 * generation t−1, skips proposals outside the prior's support, simulates, and keeps the first
 * proposal within the tolerance. Its weight is prior(θ) / Σ_j w_j K(θ | θ_j), normalised. (The kernel
 * is not renormalised for the part of it outside the support, as in pyABC.)
 *
 * <p>Every draw of particle i's attempt a in generation t comes from a generator seeded by
 * (seed, t, i, a), and the simulation it runs is seeded by (seed, t, i, a, 1). Particles make their
 * attempts in rounds — every particle still without an accepted proposal makes one simulation per
 * round — and the budget is checked between rounds, so the result, the simulation count and the
 * stopping point are the same at any thread count, and a fit resumed from a finished generation
 * continues exactly as it would have. The proposals are drawn here; a round's simulations go to an
 * {@link Evaluator} (this machine's threads, or a cluster's tasks), which hands their distances back
 * in particle order.
 */
public final class AbcSmc {

    private AbcSmc() {
    }

    /**
     * How a fit runs and when it stops.
     *
     * @param particles      particles per generation, at least 2
     * @param budget         most simulations in all, at least {@code particles}
     * @param quantile       the tolerance of a generation: this weighted quantile of the last one's
     *                       distances, in (0, 1)
     * @param minAcceptance  stop after a generation that accepted fewer than this share of its simulations
     * @param minTolerance   stop after a generation whose tolerance is at most this
     * @param maxGenerations stop after this many generations (generation 0 included)
     * @param seed           master seed
     * @param threads        threads simulating; the result does not depend on it
     */
    public record Settings(int particles, long budget, double quantile, double minAcceptance, double minTolerance,
                           int maxGenerations, long seed, int threads) {
        public Settings {
            if (particles < 2) {
                throw new IllegalArgumentException("particles must be at least 2, was " + particles);
            }
            if (budget < particles) {
                throw new IllegalArgumentException("budget must be at least the particles (" + particles + "), was "
                        + budget);
            }
            if (!(quantile > 0 && quantile < 1)) {
                throw new IllegalArgumentException("quantile must be in (0, 1), was " + quantile);
            }
            if (!(minAcceptance >= 0 && minAcceptance < 1)) {
                throw new IllegalArgumentException("minAcceptance must be in [0, 1), was " + minAcceptance);
            }
            if (!(minTolerance >= 0)) {
                throw new IllegalArgumentException("minTolerance must be at least 0, was " + minTolerance);
            }
            if (maxGenerations < 1) {
                throw new IllegalArgumentException("maxGenerations must be at least 1, was " + maxGenerations);
            }
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1, was " + threads);
            }
        }
    }

    /**
     * The simulator: a distance between what parameters θ produce and the data. Must be thread-safe and
     * pure; to run on another machine ({@link Evaluator}), serialisable too.
     */
    @FunctionalInterface
    public interface Model {
        /**
         * @param theta the free parameters, in the priors' order
         * @param seed  the seed of everything random in this simulation
         * @return a distance, at least 0 (NaN or infinite: never accepted)
         */
        double distance(double[] theta, long seed);
    }

    /**
     * One finished generation.
     *
     * @param index            0, 1, ...
     * @param tolerance        its tolerance (infinite for generation 0)
     * @param particles        [particle][parameter]
     * @param weights          normalised importance weights
     * @param distances        each particle's distance
     * @param simulations      simulations this generation ran
     * @param totalSimulations simulations of the fit so far, this generation's included
     */
    public record Generation(int index, double tolerance, double[][] particles, double[] weights, double[] distances,
                             long simulations, long totalSimulations) {

        /** Accepted particles over simulations run. */
        public double acceptanceRate() {
            return (double) particles.length / simulations;
        }

        /** Kish's effective sample size of the weights, 1 / Σ w². */
        public double ess() {
            double s = 0;
            for (double w : weights) {
                s += w * w;
            }
            return 1 / s;
        }

        /** The running sums of the weights, in particle order. */
        double[] cumulativeWeights() {
            final double[] cumulative = new double[weights.length];
            double c = 0;
            for (int i = 0; i < cumulative.length; i++) {
                c += weights[i];
                cumulative[i] = c;
            }
            return cumulative;
        }

        /** Parameter {@code p} of every particle. */
        public double[] parameter(int p) {
            double[] x = new double[particles.length];
            for (int i = 0; i < x.length; i++) {
                x[i] = particles[i][p];
            }
            return x;
        }
    }

    /**
     * The budget ran out before every particle of generation 0 had a simulation that could run
     * (a finite distance): the priors give mostly impossible scenarios, or the budget is too small.
     */
    public static final class NoGenerationZero extends IllegalArgumentException {
        NoGenerationZero(long budget) {
            super("within the budget of " + budget + " simulations, not every particle of generation 0 found values "
                    + "whose simulation could run");
        }
    }

    /** Why a fit stopped. */
    public enum Stop {
        MAX_GENERATIONS("maxGenerations"), MIN_TOLERANCE("minTolerance"), MIN_ACCEPTANCE("minAcceptance"),
        BUDGET("budget");

        private final String word;

        Stop(String word) {
            this.word = word;
        }

        /** As in fit.json. */
        public String word() {
            return word;
        }
    }

    /**
     * A fit: its finished generations, the last one the posterior.
     *
     * @param discarded simulations of the generation the budget stopped before it finished: run, but in no
     *                  generation (0 unless the fit stopped on the budget)
     */
    public record Result(List<Generation> generations, Stop stop, long discarded) {
        public Generation last() {
            return generations.get(generations.size() - 1);
        }

        /** Whether the fit fitted anything ({@link AbcSmc#fitted}). */
        public boolean fitted() {
            return AbcSmc.fitted(generations.size());
        }

        /**
         * The simulations of the finished generations, as generations.csv counts them (the last one's
         * {@code totalSimulations}); the {@link #discarded} ones are not among them.
         */
        public long simulations() {
            return last().totalSimulations();
        }
    }

    /**
     * Whether a fit of this many finished generations fitted anything: generation 0 alone accepts every
     * simulation, so its particles are draws from the priors, not a posterior.
     */
    public static boolean fitted(int generations) {
        return generations > 1;
    }

    /**
     * Runs a fit, or resumes one.
     *
     * @param priors   the free parameters' priors (none fixed)
     * @param done     generations already finished by an interrupted fit of the same settings (empty
     *                 to start afresh)
     * @param finished told of each newly finished generation (to store it)
     * @param progress told, per generation, of the particles to accept and of each acceptance
     */
    public static Result run(List<Prior> priors, Model model, Settings s, List<Generation> done,
                             Consumer<Generation> finished, ProgressListener progress) {
        for (Prior p : priors) {
            if (p.fixed()) {
                throw new IllegalArgumentException("prior of " + p.key() + " is fixed: pass only free parameters");
            }
        }
        if (priors.isEmpty()) {
            throw new IllegalArgumentException("a fit needs at least one free parameter");
        }
        List<Generation> gens = new ArrayList<>(done);
        long used = gens.isEmpty() ? 0 : gens.get(gens.size() - 1).totalSimulations();
        Evaluator simulations = Evaluator.of(s.threads());
        try {
            while (true) {
                if (!gens.isEmpty()) {
                    Generation last = gens.get(gens.size() - 1);
                    if (gens.size() >= s.maxGenerations()) {
                        return new Result(gens, Stop.MAX_GENERATIONS, 0);
                    }
                    if (last.tolerance() <= s.minTolerance()) {
                        return new Result(gens, Stop.MIN_TOLERANCE, 0);
                    }
                    if (last.index() > 0 && last.acceptanceRate() < s.minAcceptance()) {
                        return new Result(gens, Stop.MIN_ACCEPTANCE, 0);
                    }
                }
                long[] spent = new long[1];
                Generation g = generation(priors, model, s, gens.isEmpty() ? null : gens.get(gens.size() - 1), used,
                        simulations, progress, spent);
                used += spent[0];
                if (g == null) {
                    if (gens.isEmpty()) {
                        throw new NoGenerationZero(s.budget());
                    }
                    return new Result(gens, Stop.BUDGET, spent[0]);
                }
                gens.add(g);
                finished.accept(g);
            }
        } finally {
            simulations.close();
        }
    }

    /** The next generation after {@code last} (null: generation 0), or null if the budget ran out first. */
    private static Generation generation(List<Prior> priors, Model model, Settings s, Generation last, long used,
                                         Evaluator simulations, ProgressListener progress,
                                         long[] spent) {
        final int n = s.particles();
        final int t = last == null ? 0 : last.index() + 1;
        final double tolerance = last == null ? Double.POSITIVE_INFINITY
                : weightedQuantile(last.distances(), last.weights(), s.quantile());
        final Kernel kernel = last == null ? null : Kernel.of(last, priors);
        final double[][] theta = new double[n][];
        final double[] distance = new double[n];
        final int[] attempts = new int[n];
        boolean[] accepted = new boolean[n];
        progress.started(n);
        long sims = 0;
        int pending = n;
        while (pending > 0) {
            if (used + sims + pending > s.budget()) {
                spent[0] = sims;
                return null;
            }
            final int[] todo = new int[pending];
            for (int i = 0, k = 0; i < n; i++) {
                if (!accepted[i]) {
                    todo[k++] = i;
                }
            }
            final double[][] proposed = new double[n][];
            final double[] dist = new double[n];
            // proposals are cheap and drawn here; the simulations, the cost, go to the evaluator
            final double[][] xs = new double[todo.length][];
            final long[] seeds = new long[todo.length];
            for (int k = 0; k < todo.length; k++) {
                final int i = todo[k];
                final int a = attempts[i];
                RandomGenerator rng = RandomStreams.fromSeed(RandomStreams.derive(s.seed(), t, i, a));
                double[] x = last == null ? fromPrior(priors, rng) : kernel.propose(rng, priors);
                proposed[i] = x;
                xs[k] = x;
                seeds[k] = RandomStreams.derive(s.seed(), t, i, a, 1);
            }
            final Model m = model;
            double[][] out = simulations.map(todo.length, k -> new double[] {m.distance(xs[k].clone(), seeds[k])});
            for (int k = 0; k < todo.length; k++) {
                dist[todo[k]] = out[k][0];
            }
            sims += todo.length;
            for (int i : todo) {
                attempts[i]++;
                // generation 0 keeps any simulation that could run (a finite distance); later ones,
                // those within the tolerance
                if (last == null ? dist[i] < Double.POSITIVE_INFINITY : dist[i] <= tolerance) {
                    accepted[i] = true;
                    theta[i] = proposed[i];
                    distance[i] = dist[i];
                    pending--;
                    progress.advanced();
                }
            }
        }
        spent[0] = sims;
        final double[] w = new double[n];
        if (last == null) {
            Arrays.fill(w, 1.0 / n);
        } else {
            for (int i = 0; i < n; i++) {                    // O(n²): milliseconds beside the simulations
                w[i] = priorDensity(priors, theta[i]) / kernel.mixtureDensity(theta[i]);
            }
            double total = 0;
            for (double x : w) {
                total += x;
            }
            for (int i = 0; i < n; i++) {
                w[i] /= total;
            }
        }
        return new Generation(t, tolerance, theta, w, distance, sims, used + sims);
    }

    private static double[] fromPrior(List<Prior> priors, RandomGenerator rng) {
        double[] x = new double[priors.size()];
        for (int p = 0; p < x.length; p++) {
            x[p] = priors.get(p).sample(rng);
        }
        return x;
    }

    private static double priorDensity(List<Prior> priors, double[] x) {
        double f = 1;
        for (int p = 0; p < x.length; p++) {
            f *= priors.get(p).density(x[p]);
        }
        return f;
    }

    /** The perturbation kernel of one generation: N(θ_j, 2·weighted covariance of the last generation). */
    private static final class Kernel {
        private final Generation last;
        private final double[][] chol;     // lower triangular L, Σ = L Lᵀ
        private final double[] cumulative;

        private Kernel(Generation last, double[][] chol) {
            this.last = last;
            this.chol = chol;
            this.cumulative = last.cumulativeWeights();
        }

        static Kernel of(Generation last, List<Prior> priors) {
            final int d = priors.size();
            final double[][] x = last.particles();
            final double[] w = last.weights();
            final double[] mean = new double[d];
            for (int i = 0; i < x.length; i++) {
                for (int p = 0; p < d; p++) {
                    mean[p] += w[i] * x[i][p];
                }
            }
            final double[][] cov = new double[d][d];
            for (int i = 0; i < x.length; i++) {
                for (int p = 0; p < d; p++) {
                    for (int q = 0; q <= p; q++) {
                        cov[p][q] += 2 * w[i] * (x[i][p] - mean[p]) * (x[i][q] - mean[q]);
                    }
                }
            }
            for (int p = 0; p < d; p++) {
                for (int q = p + 1; q < d; q++) {
                    cov[p][q] = cov[q][p];                    // symmetric to the bit
                }
            }
            // a parameter the particles agree on exactly would make the kernel degenerate: give it a
            // sliver of its prior's width (a narrow normal prior's own: a sliver of the key's range
            // could be many of its standard deviations, where its density is 0 in doubles)
            for (int p = 0; p < d; p++) {
                double width = priors.get(p).spread();
                double floor = Math.pow(1e-6 * (Double.isFinite(width) ? width : 1), 2);
                if (!(cov[p][p] > floor)) {
                    cov[p][p] = floor;
                }
            }
            double[][] l;
            try {
                l = new CholeskyDecomposition(new Array2DRowRealMatrix(cov, false)).getL().getData();
            } catch (NonPositiveDefiniteMatrixException | org.apache.commons.math3.linear.NonSymmetricMatrixException e) {
                l = new double[d][d];                          // fall back to the diagonal
                for (int p = 0; p < d; p++) {
                    l[p][p] = Math.sqrt(cov[p][p]);
                }
            }
            return new Kernel(last, l);
        }

        double[] propose(RandomGenerator rng, List<Prior> priors) {
            final int d = chol.length;
            for (int tries = 0; tries < 1_000_000; tries++) {
                final double u = rng.nextDouble();
                int j = Arrays.binarySearch(cumulative, u);
                j = j >= 0 ? j : Math.min(-j - 1, cumulative.length - 1);
                final double[] z = new double[d];
                for (int p = 0; p < d; p++) {
                    z[p] = Gaussian.next(rng);
                }
                final double[] x = last.particles()[j].clone();
                for (int p = 0; p < d; p++) {
                    for (int q = 0; q <= p; q++) {
                        x[p] += chol[p][q] * z[q];
                    }
                }
                if (priorDensity(priors, x) > 0) {
                    return x;
                }
            }
            throw new IllegalStateException("the kernel keeps proposing outside the prior's support");
        }

        /** Σ_j w_j exp(−½ (x − θ_j)ᵀ Σ⁻¹ (x − θ_j)), the kernel mixture up to its constant. */
        double mixtureDensity(double[] x) {
            final int d = chol.length;
            final double[][] th = last.particles();
            final double[] y = new double[d];
            double f = 0;
            for (int j = 0; j < th.length; j++) {
                double m = 0;
                for (int p = 0; p < d; p++) {                  // solve L y = x − θ_j
                    double r = x[p] - th[j][p];
                    for (int q = 0; q < p; q++) {
                        r -= chol[p][q] * y[q];
                    }
                    y[p] = r / chol[p][p];
                    m += y[p] * y[p];
                }
                f += last.weights()[j] * Math.exp(-0.5 * m);
            }
            return f;
        }
    }

    /**
     * A key's particle values as the model ran them: each rounded to the nearest whole number
     * ({@link Math#round}) for a whole-number key, as the fit applies them to the scenario; else
     * {@code x} itself. Particles are drawn and perturbed as real numbers and stored as drawn.
     */
    public static double[] asRun(double[] x, boolean wholeNumbers) {
        if (!wholeNumbers) {
            return x;
        }
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = Math.round(x[i]);
        }
        return out;
    }

    /** The weighted mean of {@code x}. */
    public static double weightedMean(double[] x, double[] w) {
        double s = 0;
        double t = 0;
        for (int i = 0; i < x.length; i++) {
            s += w[i] * x[i];
            t += w[i];
        }
        return s / t;
    }

    /**
     * The weighted q-quantile of {@code x}: the smallest value whose cumulative weight (values
     * ascending, ties in index order) reaches q of the total. Ascending is {@link Double#compare}'s
     * order, as {@link Predictive.Spread} sorts its draws ({@link Arrays#sort(double[])}): −0.0 before
     * 0.0, NaN last. Equal values are in index order here because their weights are summed in it,
     * and the order of a sum can decide where it reaches q; Spread's draws have no weights, so there
     * which of two equal values comes first does not show.
     */
    public static double weightedQuantile(double[] x, double[] w, double q) {
        Integer[] order = new Integer[x.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> {
            final int c = Double.compare(x[a], x[b]);
            return c != 0 ? c : Integer.compare(a, b);
        });
        double total = 0;
        for (double v : w) {
            total += v;
        }
        double c = 0;
        for (int k = 0; k < order.length; k++) {
            c += w[order[k]];
            if (c >= q * total) {
                return x[order[k]];
            }
        }
        return x[order[order.length - 1]];
    }
}
