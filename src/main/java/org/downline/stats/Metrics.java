package org.downline.stats;

import java.util.List;
import org.downline.scenario.RecruitmentModel;

/**
 * The keys of the {@link Metric} descriptors as strings, for code that looks a value up by key
 * (summaries are maps by key). New code should use {@link Metric}; nothing here is declared twice.
 */
public final class Metrics {

    public static final String PARTICIPANTS = Metric.PARTICIPANTS.key();
    public static final String SHARE_LOSING_MONEY = Metric.SHARE_LOSING_MONEY.key();
    public static final String SHARE_NO_COMMISSION = Metric.SHARE_NO_COMMISSION.key();
    public static final String SHARE_PROFITABLE = Metric.SHARE_PROFITABLE.key();
    public static final String TOP_ONE_PERCENT_SHARE = Metric.TOP_ONE_PERCENT_SHARE.key();
    public static final String PAYOUT_RATIO = Metric.PAYOUT_RATIO.key();
    public static final String SHARE_NEVER_RECRUITED = Metric.SHARE_NEVER_RECRUITED.key();
    public static final String SHARE_QUIT_WITHIN_YEAR = Metric.SHARE_QUIT_WITHIN_YEAR.key();
    public static final String PEAK_RECRUITING_MONTH = Metric.PEAK_RECRUITING_MONTH.key();
    public static final String PITCHES_PER_RECRUIT = Metric.PITCHES_PER_RECRUIT.key();
    public static final String NET_MEAN = Metric.NET_MEAN.key();
    public static final String GROSS_MEAN = Metric.GROSS_MEAN.key();
    public static final String MONTHS_ACTIVE_MEAN = Metric.MONTHS_ACTIVE_MEAN.key();
    public static final String SHARE_TOP_1 = Metric.SHARE_TOP_1.key();
    public static final String SHARE_EARLIEST_10 = Metric.SHARE_EARLIEST_10.key();
    public static final String ANNUAL_GROSS_MEDIAN = Metric.ANNUAL_GROSS_P50.key();
    public static final String ANNUAL_GROSS_UNDER_500 = Metric.ANNUAL_GROSS_UNDER_500.key();
    public static final String ANNUAL_GROSS_AT_MOST_1000 = Metric.ANNUAL_GROSS_AT_MOST_1000.key();
    public static final String ANNUAL_GROSS_OVER_10000 = Metric.ANNUAL_GROSS_OVER_10000.key();
    public static final String ESTABLISHED_UNDER_500 = Metric.ESTABLISHED_UNDER_500.key();
    public static final String ESTABLISHED_OVER_50000 = Metric.ESTABLISHED_OVER_50000.key();

    private Metrics() {
    }

    /**
     * Every metric key a world reports, in order: "mlm" or "affiliate", under the given recruitment
     * model.
     */
    public static List<String> of(String world, RecruitmentModel model) {
        return List.of(Metric.keys(Metric.reported(World.of(world), model)));
    }
}
