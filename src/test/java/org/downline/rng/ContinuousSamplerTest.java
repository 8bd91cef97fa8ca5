package org.downline.rng;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class ContinuousSamplerTest {

    /**
     * The sample median of n draws has standard error 1/(2 f(m) √n); the tolerance is 5 of them
     * (false failure about 6e-7).
     */
    @Test
    void lognormalAndParetoHaveTheRequestedMedian() {
        RandomGenerator rng = RandomStreams.fromSeed(3);
        int n = 100_001;
        double median = 2.5;
        // lognormal density at its median: 1 / (m σ √(2π))
        double sigma = 1.3;
        double seLognormal = 1 / (2 * (1 / (median * sigma * Math.sqrt(2 * Math.PI))) * Math.sqrt(n));
        assertEquals(median, sampleMedian(ContinuousSampler.lognormal(rng, median, sigma), n), 5 * seLognormal);
        // Pareto density at its median: α x_m^α / m^{α+1} = α / (2 m)
        double alpha = 1.2;
        double sePareto = 1 / (2 * (alpha / (2 * median)) * Math.sqrt(n));
        assertEquals(median, sampleMedian(ContinuousSampler.pareto(rng, median, alpha), n), 5 * sePareto);
    }

    /** A lognormal's log-sample is ln(median) + σZ: same stream, the log of what sample() gives. */
    @Test
    void lognormalLogSampleIsTheLogOfTheSample() {
        ContinuousSampler a = ContinuousSampler.lognormal(RandomStreams.fromSeed(5), 2.5, 0.8);
        ContinuousSampler b = ContinuousSampler.lognormal(RandomStreams.fromSeed(5), 2.5, 0.8);
        for (int i = 0; i < 1000; i++) {
            double x = a.sample();
            double logX = b.logSample();
            assertEquals(Math.log(x), logX, 1e-12 * Math.max(1, Math.abs(logX)));
        }
        assertEquals(StrictMath.log(3), ContinuousSampler.constant(3).logSample(), 0);
    }

    private static double sampleMedian(ContinuousSampler s, int n) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = s.sample();
        }
        Arrays.sort(x);
        return x[n / 2];
    }

    @Test
    void zeroSigmaIsConstant() {
        ContinuousSampler s = ContinuousSampler.lognormal(RandomStreams.fromSeed(1), 4, 0);
        assertEquals(4, s.sample());
        assertEquals(4, s.mean());
    }

    @Test
    void rejectsParametersAtTheEdges() {
        RandomGenerator rng = RandomStreams.fromSeed(1);
        assertThrows(IllegalArgumentException.class, () -> ContinuousSampler.lognormal(rng, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> ContinuousSampler.lognormal(rng, 1, Math.nextDown(0.0)));
        assertThrows(IllegalArgumentException.class, () -> ContinuousSampler.lognormal(rng, 1, Math.nextUp(10.0)));
        assertThrows(IllegalArgumentException.class, () -> ContinuousSampler.pareto(rng, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> ContinuousSampler.pareto(rng, 1, Math.nextUp(100.0)));
        assertThrows(IllegalArgumentException.class, () -> ContinuousSampler.constant(Math.nextDown(0.0)));
    }
}
