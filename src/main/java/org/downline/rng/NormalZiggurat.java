package org.downline.rng;

import java.util.random.RandomGenerator;

/**
 * Standard normal variates by the ziggurat method of Marsaglia and Tsang ("The ziggurat method for
 * generating random variables", J. Statist. Software 5(8), 2000), 256 layers, built like
 * {@link Exponential}: about 99% of draws are one random long, a table lookup and a multiplication;
 * the rest fall to an exact rejection step (a layer's wedge, or Marsaglia's tail beyond
 * r = 3.654). The layer comes from the low 8 bits of the long and the signed value from its high
 * 53 bits, so they share no bits (Doornik 2005) and the value converts to a double exactly. Tables
 * use {@link StrictMath}, and the wedge test is exactly a comparison with {@link StrictMath#exp}
 * ({@link TableExp#lessThan}, which decides it by the faster {@link TableExp#exp} unless too close
 * to call), so draws are the same on every platform — which is also why this is not commons-rng's
 * ziggurat sampler: it tests the wedges with {@code Math.exp}, whose last bit may differ between
 * platforms. About 7 ns a draw here, most of it the generator's
 * {@code nextLong}, against the polar method's 45 ({@link Gaussian}, kept for the fitter's
 * proposals); different numbers from the same generator.
 */
public final class NormalZiggurat {

    static final double R = 3.6541528853610088;                // start of the tail
    private static final double V = 4.92867323399e-3;          // area of each layer (f(0) = 1)
    private static final double TWO52 = 4503599627370496.0;
    private static final long[] K = new long[256];
    private static final double[] W = new double[256];
    private static final double[] F = new double[256];

    static {
        double dn = R;
        double tn = R;
        final double q = V / f(dn);
        K[0] = (long) ((dn / q) * TWO52);
        K[1] = 0;                                               // the top layer is all wedge
        W[0] = q / TWO52;
        W[255] = dn / TWO52;
        F[0] = 1.0;
        F[255] = f(dn);
        for (int i = 254; i >= 1; i--) {
            dn = StrictMath.sqrt(-2 * StrictMath.log(V / dn + f(dn)));
            K[i + 1] = (long) ((dn / tn) * TWO52);
            tn = dn;
            F[i] = f(dn);
            W[i] = dn / TWO52;
        }
    }

    private NormalZiggurat() {
    }

    /** The unnormalised density e^{−x²/2}. */
    private static double f(double x) {
        return StrictMath.exp(-0.5 * x * x);
    }

    /** One N(0, 1) variate. */
    public static double next(RandomGenerator rng) {
        final long bits = rng.nextLong();
        final int iz = (int) (bits & 0xFF);
        final long hz = bits >> 11;                             // signed, |hz| <= 2^52
        if (Math.abs(hz) < K[iz]) {
            return hz * W[iz];
        }
        return slow(rng, hz, iz);
    }

    /** The rejection step: the tail beyond R, or a point under a layer's wedge. */
    private static double slow(RandomGenerator rng, long hz, int iz) {
        while (true) {
            if (iz == 0) {                                      // Marsaglia's tail method
                double x;
                double y;
                do {
                    x = -StrictMath.log(1 - rng.nextDouble()) / R;
                    y = -StrictMath.log(1 - rng.nextDouble());
                } while (y + y < x * x);
                return hz > 0 ? R + x : -R - x;
            }
            final double x = hz * W[iz];
            if (TableExp.lessThan(F[iz] + rng.nextDouble() * (F[iz - 1] - F[iz]), -0.5 * x * x)) {
                return x;
            }
            final long bits = rng.nextLong();
            iz = (int) (bits & 0xFF);
            hz = bits >> 11;
            if (Math.abs(hz) < K[iz]) {
                return hz * W[iz];
            }
        }
    }
}
