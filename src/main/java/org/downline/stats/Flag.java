package org.downline.stats;

import java.util.Locale;

/**
 * The regulators' tests a run is checked against, declared once: summary.json's {@code flags}, the
 * summary table's lines and the README come from here. Each reads one MLM metric (its mean over
 * replications) against a threshold; the reading says which clause is encoded and how (sources in
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
     * Whether {@code value} passes: above the threshold (at or above unless strict). NaN: a share of
     * paid members when nobody was paid passes (nobody was paid against the rule); a share of volume
     * when there was none does not.
     */
    public boolean passes(double value) {
        if (Double.isNaN(value)) {
            return ofPaidMembers;
        }
        return strict ? value > threshold : value >= threshold;
    }

    /** One plain-language line: which test, the value, what it means, what it needs, passes or FAILS. */
    public String line(double value) {
        return String.format(Locale.ROOT, "%-24s %s: %s", label, finding(value), passes(value) ? "passes" : "FAILS");
    }

    /** The test's short name, e.g. "Vemma, company-wide". */
    public String label() {
        return label;
    }

    /**
     * What was found and what the test needs, without the name and the verdict; without a value (NaN),
     * why there is nothing to test, as the value and the test's wording would not make a sentence.
     */
    public String finding(double value) {
        if (Double.isNaN(value)) {
            return ofPaidMembers ? "nobody was paid, so no paid member-month to test" : "no volume to test";
        }
        return metric.unit().text(value) + " " + line;
    }
}
