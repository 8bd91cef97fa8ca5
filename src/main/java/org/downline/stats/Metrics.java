package org.downline.stats;

/**
 * Names of the summary metrics, as they appear in {@code summary.json} (a dot nests: {@code
 * netIncome.p50} is {@code "netIncome": {"p50": ...}}) and in CSVs.
 */
public final class Metrics {

    public static final String PARTICIPANTS = "participants";
    public static final String SHARE_LOSING_MONEY = "shareLosingMoney";
    public static final String SHARE_NO_COMMISSION = "shareNoCommission";
    public static final String SHARE_PROFITABLE = "shareProfitable";
    public static final String TOP_ONE_PERCENT_SHARE = "topOnePercentShareOfCommissions";
    public static final String GINI = "gini";
    public static final String PAYOUT_RATIO = "payoutRatio";
    /** MLM: (plan maximum − paid) / volume. */
    public static final String BREAKAGE_RATIO = "breakageRatio";
    /** MLM: share of participants who never recruited anyone. */
    public static final String SHARE_NEVER_RECRUITED = "shareNeverRecruited";
    /** Share of those who joined at least a year before the end who quit within their first year. */
    public static final String SHARE_QUIT_WITHIN_YEAR = "shareQuitWithinYear";
    /** MLM: the month (1..months) with the most new recruits, the first of ties; undefined if none. */
    public static final String PEAK_RECRUITING_MONTH = "peakRecruitingMonth";
    /** MLM, contacts model: pitches over the whole run per recruit (founders not counted). */
    public static final String PITCHES_PER_RECRUIT = "pitchesPerRecruit";
    public static final String NET_MEAN = "netIncome.mean";
    public static final String[] NET_PERCENTILES = {
        "netIncome.p10", "netIncome.p25", "netIncome.p50", "netIncome.p75", "netIncome.p90", "netIncome.p99"};
    public static final String GROSS_MEAN = "grossCommissions.mean";
    public static final String GROSS_MEDIAN = "grossCommissions.p50";
    public static final String GROSS_P90 = "grossCommissions.p90";
    public static final String GROSS_P99 = "grossCommissions.p99";
    public static final String OTHER_INCOME_MEAN = "otherIncome.mean";
    public static final String COSTS_MEAN = "costs.mean";
    public static final String MONTHS_ACTIVE_MEAN = "monthsActive.mean";
    public static final String SHARE_BOTTOM_50 = "commissionShares.bottom50";
    public static final String SHARE_50_TO_90 = "commissionShares.middle40";
    public static final String SHARE_90_TO_99 = "commissionShares.next9";
    public static final String SHARE_TOP_1 = "commissionShares.top1";

    private Metrics() {
    }
}
