package org.downline.stats;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * What a metric or series counts, and so how its values read: the one place numbers are formatted
 * for people (the summary table, sweep tables, chart labels and axes, and a fit's terminal table,
 * report and charts alike).
 */
public enum Unit {
    /** People or events; whole numbers with thousands separators. */
    COUNT("count", "#,##0", "#,##0"),
    /** A fraction of a whole in [0, 1] (or a quotient read as one), shown as a percentage. */
    SHARE("share", "0.0%", "0%"),
    /** Dollars, to the dollar. */
    DOLLARS("dollars", "$#,##0", "$#,##0"),
    /** Small amounts of dollars per event (per click, per order), to the cent. */
    DOLLARS_CENTS("dollars", "$#,##0.00", "$#,##0.00"),
    /** A quotient of two counts, such as pitches per recruit. */
    RATIO("ratio", "0.0", "0.0"),
    /** An index in [0, 1] such as the Gini coefficient. */
    INDEX("index", "0.000", "0.00"),
    /** A duration in months. */
    MONTHS("months", "0.0", "0.0"),
    /**
     * A month's number in the run (1..months): to a tenth, without the ".0" of a whole one, so a mean
     * over replications reads 20 whether it is 20 or 20.04 (20.0 beside 20 read as two precisions),
     * and 20.5 when it is 20.5.
     */
    MONTH("month", "0.#", "0"),
    ;

    private final String word;
    private final String pattern;
    private final String tickPattern;

    Unit(String word, String pattern, String tickPattern) {
        this.word = word;
        this.pattern = pattern;
        this.tickPattern = tickPattern;
    }

    /** The unit in a word: dollars, share, count, ratio, index, months, month. */
    public String word() {
        return word;
    }

    /**
     * A value as text: 1,234 · 12.3% · -$1,234 · $0.05 · 12.3 · 0.951; "n/a" when undefined. A value
     * that rounds to zero has no sign: -0.3 dollars is $0, never -$0. A share above 0 that would round
     * to 0.0% is {@code <0.1%}: someone, not nobody (the rank that 3 in 10,000 reach); 0.0% is none.
     * Likewise one below 1 that would round to 100.0% is {@code >99.9%}; 100.0% is everyone.
     */
    public String text(double v) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        return withoutNegativeZero(switch (this) {
            case COUNT -> String.format(Locale.US, "%,.0f", v);
            case SHARE -> share(v);
            case DOLLARS -> (v < 0 ? "-$" : "$") + String.format(Locale.US, "%,.0f", Math.abs(v));
            case DOLLARS_CENTS -> (v < 0 ? "-$" : "$") + String.format(Locale.US, "%,.2f", Math.abs(v));
            case RATIO, MONTHS -> String.format(Locale.US, "%.1f", v);
            case MONTH -> String.format(Locale.US, "%.1f", v).replaceFirst("\\.0$", "");
            case INDEX -> String.format(Locale.US, "%.3f", v);
        });
    }

    /**
     * A value of a whole-number scenario key (a fitted {@code months}) as people read it, rounded to
     * the nearest whole number as the fit runs it ({@link Math#round}): 28 for 27.6, with no thousands
     * separator, so that it can be given back to {@code --set}. The fit's terminal table, report and
     * posterior charts print such values so.
     */
    public static String wholeNumber(double v) {
        return Long.toString(Math.round(v));
    }

    /**
     * Significant digits of a fit's numbers that have no unit of their own — a fitted key's posterior
     * mean, median and 95% interval, and a tolerance — wherever they are printed.
     */
    public static final int FIT_DIGITS = 3;

    /**
     * A value of a fitted scenario key (its posterior mean, median or an end of its 95% interval) as
     * the fit's terminal table, report.html and charts all print it: a whole-number key's ({@code
     * months}, as its declaration's range says) rounded, as the model ran it ({@link #wholeNumber});
     * any other's to {@link #FIT_DIGITS} significant digits ({@link #significant}).
     */
    public static String keyValue(double v, boolean wholeNumbers) {
        return wholeNumbers ? wholeNumber(v) : significant(v);
    }

    /**
     * {@code v} to {@link #FIT_DIGITS} significant digits, never in exponent notation: 0.265, 0.0753,
     * 1.89, 12.3, and 0.500 (its zeros are digits too); from 100 up a whole number, no digit before the
     * point dropped and no thousands separator, as {@code --set} reads it (818 and 1420, where {@code
     * %.3g} printed 1.42e+03); "n/a" when undefined.
     */
    public static String significant(double v) {
        if (!Double.isFinite(v)) {
            return Double.isNaN(v) ? "n/a" : Double.toString(v);
        }
        if (v == 0) {
            return "0";
        }
        BigDecimal rounded = BigDecimal.valueOf(v).round(new MathContext(FIT_DIGITS, RoundingMode.HALF_UP));
        // rounded half up from its shortest decimal (Double.toString), as String.format rounds: 2.135 is 2.14
        int leading = rounded.precision() - rounded.scale() - 1;   // the power of ten of its first digit
        if (leading >= FIT_DIGITS - 1) {
            return String.format(Locale.ROOT, "%.0f", v);
        }
        return rounded.setScale(FIT_DIGITS - 1 - leading, RoundingMode.UNNECESSARY).toPlainString();
    }

    /**
     * A group's share of those a disclosure covers, wherever a fit prints it (report.html's tables and
     * the predictive check's labels): as {@link #SHARE}, but a share under 1% to 0.01% (a rank of 0.36%,
     * not 0.4%; 0.01%, not {@code <0.1%}), and one above 0 that would read 0.00% as {@code <0.01%}.
     */
    public static String groupShare(double share) {
        if (share > 0 && share < 0.01) {
            String s = String.format(Locale.US, "%.2f%%", 100 * share);
            return s.equals("0.00%") ? "<0.01%" : s.equals("1.00%") ? SHARE.text(share) : s;
        }
        return SHARE.text(share);
    }

    /**
     * A share as a percentage to 0.1%, one above 0 that would read 0.0% as {@code <0.1%} and one
     * below 1 that would read 100.0% as {@code >99.9%}: "100.0% lose money" must mean everyone.
     */
    private static String share(double v) {
        String s = String.format(Locale.US, "%.1f%%", 100 * v);
        return v > 0 && s.equals("0.0%") ? "<0.1%" : v < 1 && s.equals("100.0%") ? ">99.9%" : s;
    }

    /** {@code s} without its minus sign if it has no digit but 0: "-$0", "-0.0%", "-0.000" read as zero. */
    private static String withoutNegativeZero(String s) {
        return s.startsWith("-") && !showsNonZero(s) ? s.substring(1) : s;
    }

    /** Whether a value's text has a digit other than 0: it does not read as zero. */
    private static boolean showsNonZero(String s) {
        return s.chars().anyMatch(c -> c >= '1' && c <= '9');
    }

    /**
     * A difference of two values as text, with its sign: shares in percentage points (+1.2 points; one
     * that rounds to zero +0.0 points, as a positive one does), the rest as {@link #text} with a "+"
     * before a positive one (+$510, +0.103, -$1,044); one that rounds to zero has no sign ($0).
     */
    public String differenceText(double v) {
        if (this == SHARE && !Double.isNaN(v)) {
            String points = String.format(Locale.US, "%+.1f points", 100 * v);
            return points.startsWith("-0.0 ") ? "+" + points.substring(1) : points;
        }
        String t = text(v);
        return v > 0 && showsNonZero(t) ? "+" + t : t;
    }

    /** The smallest step {@link #text} shows: 0.1% for a share, a dollar, a cent, 0.1, 0.001. */
    public double resolution() {
        return switch (this) {
            case COUNT, DOLLARS -> 1;
            case SHARE, INDEX -> 0.001;
            case DOLLARS_CENTS -> 0.01;
            case RATIO, MONTHS, MONTH -> 0.1;
        };
    }

    /** A {@link java.text.DecimalFormat} pattern with the precision of {@link #text}, for values on charts. */
    public String pattern() {
        return pattern;
    }

    /** A coarser {@link java.text.DecimalFormat} pattern for axis ticks (0% rather than 0.0%). */
    public String tickPattern() {
        return tickPattern;
    }
}
