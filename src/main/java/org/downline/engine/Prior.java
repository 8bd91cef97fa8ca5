package org.downline.engine;

import java.util.Locale;
import java.util.random.RandomGenerator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.downline.scenario.Checks;

/**
 * A prior distribution of one scenario key in a fit: {@code uniform(a,b)}, {@code loguniform(a,b)},
 * {@code normal(m,s)} truncated to the key's valid range, or {@code fixed(v)} for a key held at v.
 *
 * @param key  the scenario key, e.g. {@code recruitment.imitation}
 * @param kind the distribution
 * @param a    uniform and loguniform: the lower end; normal: the mean; fixed: the value
 * @param b    uniform and loguniform: the upper end; normal: the standard deviation
 * @param lo   the support's lower end (the key's valid range, intersected with [a, b])
 * @param hi   the support's upper end
 */
public record Prior(String key, Kind kind, double a, double b, double lo, double hi) {

    /** The distributions a prior can have. */
    public enum Kind { UNIFORM, LOGUNIFORM, NORMAL, FIXED }

    private static final Pattern FORM = Pattern.compile(
            "\\s*(uniform|loguniform|normal|fixed)\\s*\\(\\s*([^,()\\s]+)\\s*(?:,\\s*([^,()\\s]+)\\s*)?\\)\\s*");

    /**
     * Parses a prior of {@code key}, whose valid values are [{@code min}, {@code max}].
     *
     * @throws IllegalArgumentException naming the key, the allowed forms or range and what was given
     */
    public static Prior parse(String key, String text, double min, double max) {
        Matcher m = FORM.matcher(text.toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("--prior " + key + " must be uniform(a,b), loguniform(a,b), normal(m,s) "
                    + "or fixed(v), was " + Checks.show(text));
        }
        Kind kind = Kind.valueOf(m.group(1).toUpperCase(Locale.ROOT));
        double a = number(key, m.group(2), text);
        boolean two = kind != Kind.FIXED;
        if (two != (m.group(3) != null)) {
            throw new IllegalArgumentException("--prior " + key + " " + kind.name().toLowerCase(Locale.ROOT) + " takes "
                    + (two ? "two numbers" : "one number") + ", was " + Checks.show(text));
        }
        double b = two ? number(key, m.group(3), text) : a;
        String range = "[" + show(min) + ", " + show(max) + "]";
        switch (kind) {
            case UNIFORM, LOGUNIFORM -> {
                if (!(a < b)) {
                    throw new IllegalArgumentException("--prior " + key + " needs a < b, was " + Checks.show(text));
                }
                if (a < min || b > max) {
                    throw new IllegalArgumentException("--prior " + key + " bounds must lie in the key's valid range "
                            + range + ", was " + Checks.show(text));
                }
                if (kind == Kind.LOGUNIFORM && !(a > 0)) {
                    throw new IllegalArgumentException("--prior " + key + " loguniform needs 0 < a, was "
                            + Checks.show(text));
                }
                return new Prior(key, kind, a, b, a, b);
            }
            case NORMAL -> {
                if (!(b > 0)) {
                    throw new IllegalArgumentException("--prior " + key + " normal needs s > 0, was "
                            + Checks.show(text));
                }
                Prior p = new Prior(key, kind, a, b, min, max);
                if (!(p.normalMass() > 1e-9)) {
                    throw new IllegalArgumentException("--prior " + key + " " + Checks.show(text)
                            + " has almost no mass in the key's valid range " + range);
                }
                return p;
            }
            default -> {
                if (a < min || a > max) {
                    throw new IllegalArgumentException("--prior " + key + " value must lie in the key's valid range "
                            + range + ", was " + Checks.show(text));
                }
                return new Prior(key, kind, a, a, a, a);
            }
        }
    }

    private static double number(String key, String s, String text) {
        double x = Checks.decimal(s);
        if (Double.isFinite(x)) {
            return x;
        }
        throw new IllegalArgumentException("--prior " + key + " takes finite numbers, was " + Checks.show(text));
    }

    /** Whether the key is held fixed (not fitted). */
    public boolean fixed() {
        return kind == Kind.FIXED;
    }

    /**
     * The prior's width: its support's, or a normal prior's standard deviation where that is less (the
     * scale on which its density changes; 0 for a fixed key).
     */
    public double spread() {
        return kind == Kind.NORMAL ? Math.min(b, hi - lo) : hi - lo;
    }

    /** One draw: the {@link #quantile} at a uniform number in [0, 1). */
    public double sample(RandomGenerator rng) {
        return quantile(rng.nextDouble());
    }

    /**
     * The value below which a share {@code u} (in [0, 1]) of the prior's draws lie; a normal prior's
     * within its support, as truncated there.
     */
    public double quantile(double u) {
        return switch (kind) {
            case UNIFORM -> a + (b - a) * u;
            case LOGUNIFORM -> StrictMath.exp(StrictMath.log(a) + (StrictMath.log(b) - StrictMath.log(a)) * u);
            case NORMAL -> {
                NormalDistribution n = new NormalDistribution(null, a, b);
                double from = n.cumulativeProbability(lo);
                double to = n.cumulativeProbability(hi);
                double x = n.inverseCumulativeProbability(from + (to - from) * u);
                yield Math.min(hi, Math.max(lo, x));
            }
            case FIXED -> a;
        };
    }

    /** The density at {@code x} (0 outside the support). */
    public double density(double x) {
        if (!(x >= lo && x <= hi)) {
            return 0;
        }
        return switch (kind) {
            case UNIFORM -> 1 / (b - a);
            case LOGUNIFORM -> 1 / (x * (StrictMath.log(b) - StrictMath.log(a)));
            case NORMAL -> new NormalDistribution(null, a, b).density(x) / normalMass();
            case FIXED -> 1;
        };
    }

    private double normalMass() {
        NormalDistribution n = new NormalDistribution(null, a, b);
        return n.cumulativeProbability(hi) - n.cumulativeProbability(lo);
    }

    @Override
    public String toString() {
        return switch (kind) {
            case UNIFORM -> "uniform(" + show(a) + "," + show(b) + ")";
            case LOGUNIFORM -> "loguniform(" + show(a) + "," + show(b) + ")";
            case NORMAL -> "normal(" + show(a) + "," + show(b) + ")";
            case FIXED -> "fixed(" + show(a) + ")";
        };
    }

    private static String show(double x) {
        return x == Math.rint(x) && Math.abs(x) < 1e15 ? Long.toString((long) x) : Double.toString(x);
    }
}
