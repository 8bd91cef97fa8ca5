package org.downline.stats;

import java.util.Locale;

/**
 * The regulators' tests a run is checked against, declared once: summary.json's {@code flags}, the
 * summary table's lines, report.html's and the README come from here. Each reads one MLM metric (its
 * mean over replications and that mean's 95% interval) against a threshold, and its {@link #verdict}
 * is passes, fails or undecided; the reading says which clause is encoded and how (sources in
 * REFERENCES.md: FTC v. Vemma order 2016, FTC v. Herbalife order 2016, FTC v. Amway 1979).
 */
public enum Flag {
    VEMMA_COMPANY("vemma.companyWide", Metric.END_USER_SHARE, 0.5, true, false,
            "FTC v. Vemma (2016), company-wide: a majority (over 50%) of all volume is sales to end users "
                    + "(retail customers, not members)",
            "Vemma, company-wide", "of all volume sold to end users; needs over 50%"),
    VEMMA_MEMBERS("vemma.paidMembers", Metric.PAID_CUSTOMER_MAJORITY, 1, false, true,
            "FTC v. Vemma (2016), member by member: every paid member-month has over 50% of the member's own and "
                    + "whole downline's volume sold to end users (value: the share of paid member-months that do)",
            "Vemma, member by member", "of paid member-months with an end-user majority in own + downline volume; "
                    + "needs all"),
    HERBALIFE_VOLUME("herbalife.endUserVolume", Metric.HERBALIFE_END_USER_VOLUME, 0.8, false, false,
            "FTC v. Herbalife (2016), as summarised: at least 80% of volume is retail sales plus personal "
                    + "consumption counted up to $200 a month a member",
            "Herbalife, 80% test", "of volume is retail + own purchases up to $200 a month; needs 80%"),
    HERBALIFE_REWARDABLE("herbalife.rewardableToEndUsers", Metric.HERBALIFE_REWARDABLE_TO_END_USERS, 2.0 / 3, false,
            false,
            "FTC v. Herbalife (2016), as summarised: at least two thirds of rewardable sales (retail plus personal "
                    + "use up to $200 a month) go to end users",
            "Herbalife, 2/3 test", "of rewardable sales (retail + capped own use) to end users; needs two thirds"),
    AMWAY_TEN_CUSTOMERS("amway.tenCustomers", Metric.PAID_TEN_CUSTOMERS, 1, false, true,
            "Amway (FTC 1979) 10-customer rule: every paid member-month has sales to at least 10 distinct retail "
                    + "customers and 50 PV of retail (value: the share of paid member-months that do)",
            "Amway, 10 customers", "of paid member-months with 10 retail customers and 50 PV of retail; needs all");

    /** Herbalife order, as summarised: rewardable personal consumption up to $200 a month a member. */
    public static final double HERBALIFE_PERSONAL_CAP = 200;
    /** Amway's 10-customer rule: distinct retail customers a month. */
    public static final int AMWAY_CUSTOMERS = 10;
    /** Amway's 10-customer rule: retail volume (PV; dollars of volume here) a month. */
    public static final double AMWAY_RETAIL_VOLUME = 50;

    private final String rule;
    private final Metric metric;
    private final double threshold;
    private final boolean strict;
    private final boolean ofPaidMembers;
    private final String reading;
    private final String label;
    private final String line;

    Flag(String rule, Metric metric, double threshold, boolean strict, boolean ofPaidMembers, String reading,
         String label, String line) {
        this.rule = rule;
        this.metric = metric;
        this.threshold = threshold;
        this.strict = strict;
        this.ofPaidMembers = ofPaidMembers;
        this.reading = reading;
        this.label = label;
        this.line = line;
    }

    /** Its name in summary.json. */
    public String rule() {
        return rule;
    }

    /** The metric whose mean is tested. */
    public Metric metric() {
        return metric;
    }

    public double threshold() {
        return threshold;
    }

    /** Which clause is encoded, and how. */
    public String reading() {
        return reading;
    }

    /**
     * Whether one value passes: above the threshold (at or above unless strict). NaN: a share of
     * paid members when nobody was paid passes (nobody was paid against the rule); a share of volume
     * when there was none does not.
     */
    public boolean passes(double value) {
        if (Double.isNaN(value)) {
            return ofPaidMembers;
        }
        return strict ? value > threshold : value >= threshold;
    }

    /** A test's outcome on a run: decided only when Monte Carlo noise cannot flip it. */
    public enum Verdict {
        PASSES("passes"), FAILS("fails"), UNDECIDED("undecided");

        private final String word;

        Verdict(String word) {
            this.word = word;
        }

        /** Its name in summary.json and report.html: passes, fails, undecided. */
        public String word() {
            return word;
        }
    }

    /**
     * The verdict on a metric's mean and its 95% interval [lo, hi] over replications (the interval
     * NaN below two values). The test is on the quantity the mean estimates, so it is decided only when
     * the whole interval is on one side of the threshold: the mean alone flips between seeds when it
     * sits near the threshold. Undecided when the interval holds values that pass and values that fail.
     * Without an interval, a mean of NaN (nothing to test) is decided by {@link #passes}, and a single
     * value by that value (its note says so, {@link #verdictNote}). A test that needs the top of the
     * quantity's range (every paid member-month: a share of 1) fails whenever the mean is below it,
     * however near 1 the interval (cut at 1) reaches: a replication below it shows the quantity falls
     * short. An interval of one point (every replication gave the same value) is decided by it.
     */
    public Verdict verdict(double mean, double lo, double hi) {
        if (Double.isNaN(mean) || Double.isNaN(lo) || Double.isNaN(hi)) {
            return passes(mean) ? Verdict.PASSES : Verdict.FAILS;
        }
        if (!strict && threshold == metric.range().max() && mean < threshold) {
            return Verdict.FAILS;
        }
        if (passes(lo) && passes(hi)) {
            return Verdict.PASSES;
        }
        if (!passes(lo) && !passes(hi)) {
            return Verdict.FAILS;
        }
        return Verdict.UNDECIDED;
    }

    /**
     * What follows verdict {@code v}'s word (the {@link #verdict} on this mean and interval, whose
     * low end is {@code lo}), empty when the interval decides it: for an undecided test, why and what
     * to do (the interval is in the {@link #finding}); for a verdict on a single value (no interval: a
     * run of one replication, or of several of which one alone defined the metric, the others having
     * paid nobody), that it is one, as another seed could give another. It takes the verdict already
     * computed, so a caller that shows both computes it once.
     */
    public static String verdictNote(Verdict v, double mean, double lo) {
        if (v == Verdict.UNDECIDED) {
            // the interval itself is in the finding, just before
            return ": the 95% interval contains the threshold; run more replications";
        }
        if (!Double.isNaN(mean) && Double.isNaN(lo)) {
            return " (only one replication gave a value: no interval, so another seed may differ)";
        }
        return "";
    }

    /**
     * One plain-language line: which test, the value and its 95% interval, what it means, what it
     * needs, and the {@link #verdict} (FAILS in capitals) with its {@link #verdictNote note}.
     */
    public String line(double mean, double lo, double hi) {
        Verdict v = verdict(mean, lo, hi);
        return String.format(Locale.ROOT, "%-24s %s: %s%s", label, finding(mean, lo, hi),
                v == Verdict.FAILS ? "FAILS" : v.word(), verdictNote(v, mean, lo));
    }

    /** The test's short name, e.g. "Vemma, company-wide". */
    public String label() {
        return label;
    }

    /**
     * What was found (the mean, and its 95% interval when there is one that is more than a point, as
     * the summary table writes a value, but with as many decimals as it takes to show on which side of
     * the threshold each lies: {@link #decimals}) and what the test needs, without the name and the verdict;
     * without a value (NaN), why there is nothing to test, as the value and the test's wording would
     * not make a sentence.
     */
    public String finding(double mean, double lo, double hi) {
        if (Double.isNaN(mean)) {
            return ofPaidMembers ? "nobody was paid, so no paid member-month to test" : "no volume to test";
        }
        boolean withInterval = Summary.hasInterval(lo, hi);
        int decimals = withInterval ? decimals(mean, lo, hi) : decimals(mean);
        String interval = withInterval ? " [" + text(lo, decimals) + ", " + text(hi, decimals) + "]" : "";
        return text(mean, decimals) + interval + " " + line;
    }

    /** The most decimals of a percentage a finding prints (10^-10 %: below it a value is the threshold). */
    static final int MAX_DECIMALS = 10;

    /**
     * How many decimals of a percentage the finding's values need (one, as the table writes a share,
     * unless more are needed; the same for all of them) so that each printed value is on the side of
     * the threshold its value is: a mean of 49.97% under "needs over 50%" prints 49.97%, not 50.0%, and
     * an interval [49.95%, 49.99%] of a test that fails does not read [50.0%, 50.0%].
     */
    private int decimals(double... values) {
        int d = 1;
        for (double v : values) {
            while (d < MAX_DECIMALS && !sideShown(v, d)) {
                d++;
            }
        }
        return d;
    }

    /** Whether {@code v} printed with {@code decimals} reads on the same side of the threshold as it is. */
    private boolean sideShown(double v, int decimals) {
        String t = text(v, decimals);
        if (metric.unit() != Unit.SHARE || Double.isNaN(v) || t.startsWith("<") || t.startsWith(">")) {
            return true; // <0.1% and >99.9% say which side of 0 and 100% they are; thresholds are between
        }
        double shown = Double.parseDouble(t.substring(0, t.length() - 1)) / 100;
        // a value on the threshold prints as the threshold does (two thirds: 66.7%), which no number of
        // decimals would make equal to it; a value off it must not print as the threshold exactly
        return passes(shown) == passes(v) && (v == threshold || shown != threshold);
    }

    /** A value as its metric's unit writes it, a share with {@code decimals} decimals of a percentage. */
    private String text(double value, int decimals) {
        if (decimals == 1 || Double.isNaN(value) || metric.unit() != Unit.SHARE) {
            return metric.unit().text(value);
        }
        return String.format(Locale.US, "%." + decimals + "f%%", 100 * value);
    }
}
