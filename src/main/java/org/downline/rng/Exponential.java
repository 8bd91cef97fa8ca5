package org.downline.rng;

import java.util.random.RandomGenerator;

/**
 * Standard exponential variates by the ziggurat method of Marsaglia and Tsang ("The ziggurat
 * method for generating random variables", J. Statist. Software 5(8), 2000), 256 layers: most
 * draws are one random long, a table lookup and a multiplication; the rest (about 1%) fall to an
 * exact rejection step. The layer index and the value come from different bits of the long (the
 * low 8 and the high 32), avoiding the dependence Doornik (2005) found when they share bits.
 * Tables are built with {@link StrictMath}, and the wedge test is exactly a comparison with
 * {@link StrictMath#exp} ({@link TableExp#lessThan}), so draws are the same on every platform.
 */
public final class Exponential {

    private static final double R = 7.69711747013104972;       // start of the tail
    private static final double V = 3.949659822581572e-3;      // area of each layer
    private static final double TWO32 = 4294967296.0;
    private static final long[] KE = new long[256];
    private static final double[] WE = new double[256];
    private static final double[] FE = new double[256];

    static {
        double de = R;
        double te = R;
        final double q = V / StrictMath.exp(-de);
        KE[0] = (long) ((de / q) * TWO32);
        KE[1] = 0;
        WE[0] = q / TWO32;
        WE[255] = de / TWO32;
        FE[0] = 1.0;
        FE[255] = StrictMath.exp(-de);
        for (int i = 254; i >= 1; i--) {
            de = -StrictMath.log(V / de + StrictMath.exp(-de));
            KE[i + 1] = (long) ((de / te) * TWO32);
            te = de;
            FE[i] = StrictMath.exp(-de);
            WE[i] = de / TWO32;
        }
    }

    private Exponential() {
    }

    /** One Exponential(1) variate. */
    public static double next(RandomGenerator rng) {
        final long bits = rng.nextLong();
        final int iz = (int) (bits & 0xFF);
        final long jz = bits >>> 32;                            // unsigned 32 bits, independent of iz
        if (jz < KE[iz]) {
            return jz * WE[iz];
        }
        return slow(rng, jz, iz);
    }

    /** The rejection step: the tail beyond R, or a point under the curve's wedge. */
    private static double slow(RandomGenerator rng, long jz, int iz) {
        while (true) {
            if (iz == 0) {
                return R - StrictMath.log(1 - rng.nextDouble());
            }
            final double x = jz * WE[iz];
            if (TableExp.lessThan(FE[iz] + rng.nextDouble() * (FE[iz - 1] - FE[iz]), -x)) {
                return x;
            }
            final long bits = rng.nextLong();
            iz = (int) (bits & 0xFF);
            jz = bits >>> 32;
            if (jz < KE[iz]) {
                return jz * WE[iz];
            }
        }
    }
}
