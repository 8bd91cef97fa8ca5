package org.downline.cli;

import org.downline.scenario.Checks;

/**
 * A command with number options that are not scenario keys ({@code fit --budget}) or that allow other
 * than the scenario key of their name ({@code disclose --replications}): {@link Main#badNumber} asks it
 * what to say for a value that is no number, and the command refuses a number out of range with the
 * same {@link Bounds}, so that both say "--budget must be an integer in [2, 1000000000000], was ...".
 * Public for SparkMain's one option of its own, {@code --replications-per-task} ({@link Bounds#integer}).
 */
public interface NumberOptions {

    /**
     * What the option {@code name} ("--replications") allows; null for one that allows what the
     * scenario key of its name does.
     */
    Bounds bounds(String name);

    /**
     * Refuses {@code value} of {@code option} if out of its {@link #bounds}, echoed as typed on the command
     * line {@code spec} parsed ({@link #typed}, its last value).
     */
    default void check(picocli.CommandLine.Model.CommandSpec spec, String option, double value) {
        bounds(option).check(option, value, typed(spec, option, -1));
    }

    /** The bounds of an option every simulating command shares through a mixin ({@code --threads}), else null. */
    static Bounds shared(String name) {
        return name.equals("--threads") ? ThreadsOption.BOUNDS : null;
    }

    /**
     * The values a number option allows: an interval, either end open, {@code hi} possibly infinite, of
     * integers or of any numbers; {@code note} (" (0: all cores)") follows the interval in messages.
     */
    record Bounds(double lo, double hi, boolean openLow, boolean openHigh, boolean integers, int decimals,
                  String note) {

        /** No limit on a number's decimals. */
        private static final int ANY_DECIMALS = -1;

        /** Integers {@code lo <= v <= hi}. */
        public static Bounds integers(long lo, long hi) {
            return new Bounds(lo, hi, false, false, true, ANY_DECIMALS, "");
        }

        /** Numbers between {@code lo} and {@code hi} (infinite: no upper bound), each end open or not. */
        static Bounds numbers(double lo, boolean openLow, double hi, boolean openHigh) {
            return new Bounds(lo, hi, openLow, openHigh, false, ANY_DECIMALS, "");
        }

        /** These bounds with {@code note} after the interval. */
        Bounds noting(String note) {
            return new Bounds(lo, hi, openLow, openHigh, integers, decimals, note);
        }

        /**
         * These bounds for numbers of at most {@code most} decimals (as their shortest decimal form has them:
         * 0.125 has three), said as " with at most {@code words} decimals" after the interval.
         */
        Bounds withDecimals(int most, String words) {
            return new Bounds(lo, hi, openLow, openHigh, integers, most, note + " with at most " + words + " decimals");
        }

        /** These bounds up to {@code max} (a bound that depends on other input: disclose's --period). */
        Bounds upTo(double max) {
            return new Bounds(lo, max, openLow, openHigh, integers, decimals, note);
        }

        boolean contains(double v) {
            return (openLow ? v > lo : v >= lo) && (openHigh ? v < hi : v <= hi)
                    && (!integers || v == Math.rint(v))
                    && (decimals == ANY_DECIMALS || java.math.BigDecimal.valueOf(v).stripTrailingZeros().scale() <= decimals);
        }

        /** "an integer in [2, 1000000]", "a number in (0, 1)", "a number >= 0", then the note. */
        public String allowed() {
            String noun = integers ? "an integer" : "a number";
            if (hi == Double.POSITIVE_INFINITY) {
                return noun + (openLow ? " > " : " >= ") + Checks.show(lo) + note;
            }
            return noun + " in " + (openLow ? "(" : "[") + Checks.show(lo) + ", " + Checks.show(hi)
                    + (openHigh ? ")" : "]") + note;
        }

        /**
         * "{@code option} must be {@link #allowed}, was {@code typed}": the value as typed, a number without
         * quotes and other text in them ({@link Checks#showTyped}), whether it is out of these bounds or no
         * number at all ({@link Main#badNumber}).
         */
        String refusal(String option, String typed) {
            return NumberOptions.refusal(option, allowed(), typed);
        }

        /**
         * Refuses {@code value} of {@code option} if out of these bounds, in {@link #refusal}'s words, with the
         * value as {@code typed} ({@code 1e99}, not its double's {@code 1.0E99}); {@code typed} null: not typed
         * (a default), shown as {@link Checks#show} shows it.
         */
        void check(String option, double value, String typed) {
            if (!contains(value)) {
                throw new InputException(refusal(option, typed == null ? Checks.show(value) : typed));
            }
        }

        /**
         * {@code typed}, the value of an {@code option} no picocli command parsed (SparkMain's
         * {@code --replications-per-task}), as an integer in these bounds: refused as picocli's options are,
         * in {@link #refusal}'s words if it is no integer ({@link Main#badNumber}), else by {@link #check}.
         */
        public long integer(String option, String typed) {
            long value;
            try {
                value = Long.parseLong(typed);
            } catch (NumberFormatException e) {
                throw new InputException(refusal(option, typed));
            }
            check(option, value, typed);
            return value;
        }
    }

    /**
     * "{@code option} must be {@code allowed}, was {@code typed}", the value as typed ({@link Checks#showTyped}):
     * the one wording of a number option's refusal, by its {@link Bounds} or by the scenario key it gives
     * ({@link Main#badNumber}).
     */
    static String refusal(String option, String allowed, String typed) {
        return option + " must be " + allowed + ", was " + Checks.showTyped(typed);
    }

    /**
     * What the user typed for the {@code k}-th value of {@code option} of the command {@code spec} runs
     * (split at its commas, as --groups is; -1: its last value), null if the option was not given.
     */
    static String typed(picocli.CommandLine.Model.CommandSpec spec, String option, int k) {
        picocli.CommandLine.ParseResult parsed = spec == null ? null : spec.commandLine().getParseResult();
        picocli.CommandLine.Model.OptionSpec o = parsed == null ? null : parsed.matchedOption(option);
        if (o == null) {
            return null;
        }
        java.util.List<String> values = o.stringValues();
        int at = k < 0 ? values.size() - 1 : k;
        return at >= 0 && at < values.size() ? values.get(at) : null;
    }
}
