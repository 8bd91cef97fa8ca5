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
    /** MLM: (plan maximum − paid) / volume: unpaid levels, unqualified members, caps. */
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
    /** Share of all commissions earned by the earliest-joined 10% of participants. */
    public static final String SHARE_EARLIEST_10 = "commissionShares.earliest10";
    /** MLM: what the plan would pay with every member qualified and uncapped, over volume. */
    public static final String MAX_PAYOUT_RATIO = "maxPayoutRatio";
    /** MLM: commissions not paid because of caps, over volume. */
    public static final String CAPPED_RATIO = "cappedRatio";
    /** MLM (binary): leg volume flushed (neither paid on nor carried), over volume; can exceed 1. */
    public static final String FLUSHED_VOLUME_RATIO = "flushedVolumeRatio";
    /** Gross commissions at a yearly rate over each participant's months in the business. */
    public static final String ANNUAL_GROSS_MEDIAN = "annualGross.p50";
    public static final String ANNUAL_GROSS_UNDER_500 = "annualGross.shareUnder500";
    public static final String ANNUAL_GROSS_AT_MOST_1000 = "annualGross.shareAtMost1000";
    public static final String ANNUAL_GROSS_OVER_10000 = "annualGross.shareOver10000";
    public static final String ANNUAL_GROSS_OVER_50000 = "annualGross.shareOver50000";
    /**
     * Of the participants who joined at least a year before the end, the share still in after
     * their first twelve months ("established").
     */
    public static final String ESTABLISHED_SHARE = "established.share";
    /** Annualized gross among the established: comparable to surveys of working affiliates. */
    public static final String ESTABLISHED_ANNUAL_GROSS_MEDIAN = "established.annualGross.p50";
    public static final String ESTABLISHED_UNDER_500 = "established.annualGross.shareUnder500";
    public static final String ESTABLISHED_OVER_50000 = "established.annualGross.shareOver50000";
    /** Affiliates: commissions per click on affiliate links. */
    public static final String EARNINGS_PER_CLICK = "earningsPerClick";

    /** Metrics only the MLM world has, after the common ones. */
    public static final String[] MLM_ONLY = {PAYOUT_RATIO, MAX_PAYOUT_RATIO, BREAKAGE_RATIO, CAPPED_RATIO,
        FLUSHED_VOLUME_RATIO, SHARE_NEVER_RECRUITED, PEAK_RECRUITING_MONTH};

    /** Metrics only the affiliate world has, after the common ones. */
    public static final String[] AFFILIATE_ONLY = {EARNINGS_PER_CLICK};

    private Metrics() {
    }

    /**
     * Every metric a world reports, in order: "mlm" or "affiliate", under the given recruitment
     * model (the contacts model's MLM world adds {@link #PITCHES_PER_RECRUIT}).
     */
    public static java.util.List<String> of(String world, org.downline.scenario.RecruitmentModel model) {
        java.util.List<String> names = new java.util.ArrayList<>(java.util.List.of(
                ParticipantStats.compute(0, new int[0], new int[0], new double[0], null, new double[0],
                        new int[0], 1, null, null).names()));
        final boolean mlm = world.equals("mlm");
        names.addAll(java.util.List.of(mlm ? MLM_ONLY : AFFILIATE_ONLY));
        if (mlm && model == org.downline.scenario.RecruitmentModel.CONTACTS) {
            names.add(PITCHES_PER_RECRUIT);
        }
        return names;
    }
}
