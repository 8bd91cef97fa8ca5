package org.downline.stats;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.downline.scenario.RecruitmentModel;

/**
 * Every summary metric a run reports, declared once: its key in {@code summary.json} and the CSVs
 * (a dot nests: {@code netIncome.p50} is {@code "netIncome": {"p50": ...}}), a reader's label, its
 * unit, which worlds and recruitment models report it, and what it means. Tables, sweep columns and
 * checks, chart labels and number formats all come from here.
 *
 * <p>Declaration order is the order of {@code summary.json}: the metrics of every participant set
 * ({@link ParticipantStats}), then the MLM's, then the affiliate world's. To add a metric, declare it
 * here and put its value where it is computed ({@link MetricValues#put}); a replication that misses
 * a metric it should report fails loudly.
 */
public enum Metric {
    PARTICIPANTS("participants", Unit.COUNT, Scope.EVERY_WORLD, "Participants (ever joined)",
            "Everyone who joined (MLM) or started a site (affiliates), founders included."),
    SHARE_LOSING_MONEY("shareLosingMoney", Unit.SHARE, Scope.EVERY_WORLD, "Lost money (net income < $0)",
            "Lost money", "Share of participants whose net income over their time in the business is below $0."),
    SHARE_NO_COMMISSION("shareNoCommission", Unit.SHARE, Scope.EVERY_WORLD, "Never paid a commission",
            "Share of participants who were never paid any commission."),
    SHARE_PROFITABLE("shareProfitable", Unit.SHARE, Scope.EVERY_WORLD, "Made a profit (net income > $0)",
            "Share of participants whose net income is above $0."),
    TOP_ONE_PERCENT_SHARE("topOnePercentShareOfCommissions", Unit.SHARE, Scope.EVERY_WORLD,
            "Top 1%'s share of commissions", "Share of all commissions paid to the top 1% of earners (one straddling the line counted in part)."),
    GINI("gini", Unit.INDEX, Scope.EVERY_WORLD, "Gini of commissions",
            "Gini coefficient of gross commissions over participants (0 equal, 1 one takes all)."),
    NET_MEAN("netIncome.mean", Unit.DOLLARS, Scope.EVERY_WORLD, "Net income, mean",
            "Mean net income: gross commissions + other income − all costs, over each one's whole time."),
    NET_P10("netIncome.p10", Unit.DOLLARS, Scope.EVERY_WORLD, "Net income, 10th percentile",
            "10th percentile of net income."),
    NET_P25("netIncome.p25", Unit.DOLLARS, Scope.EVERY_WORLD, "Net income, 25th percentile",
            "25th percentile of net income."),
    NET_P50("netIncome.p50", Unit.DOLLARS, Scope.EVERY_WORLD, "Net income, median", "Median net income."),
    NET_P75("netIncome.p75", Unit.DOLLARS, Scope.EVERY_WORLD, "Net income, 75th percentile",
            "75th percentile of net income."),
    NET_P90("netIncome.p90", Unit.DOLLARS, Scope.EVERY_WORLD, "Net income, 90th percentile",
            "90th percentile of net income."),
    NET_P99("netIncome.p99", Unit.DOLLARS, Scope.EVERY_WORLD, "Net income, 99th percentile",
            "99th percentile of net income."),
    GROSS_MEAN("grossCommissions.mean", Unit.DOLLARS, Scope.EVERY_WORLD, "Gross commissions, mean",
            "Mean gross commissions (what company income disclosures report)."),
    GROSS_P50("grossCommissions.p50", Unit.DOLLARS, Scope.EVERY_WORLD, "Gross commissions, median",
            "Median gross commissions."),
    GROSS_P90("grossCommissions.p90", Unit.DOLLARS, Scope.EVERY_WORLD, "Gross commissions, 90th percentile",
            "90th percentile of gross commissions."),
    GROSS_P99("grossCommissions.p99", Unit.DOLLARS, Scope.EVERY_WORLD, "Gross commissions, 99th percentile",
            "99th percentile of gross commissions."),
    OTHER_INCOME_MEAN("otherIncome.mean", Unit.DOLLARS, Scope.EVERY_WORLD, "Other income, mean",
            "Mean income other than commissions: retail profit for MLM members, none for affiliates."),
    COSTS_MEAN("costs.mean", Unit.DOLLARS, Scope.EVERY_WORLD, "Costs, mean",
            "Mean costs: starter kit, fees, required purchases not counted as value, other costs."),
    MONTHS_ACTIVE_MEAN("monthsActive.mean", Unit.MONTHS, Scope.EVERY_WORLD, "Months in the business, mean",
            "Mean number of months participants were in the business."),
    SHARE_QUIT_WITHIN_YEAR("shareQuitWithinYear", Unit.SHARE, Scope.EVERY_WORLD, "Quit within their first year",
            "Of those who joined at least a year before the end, the share who quit within their first year."),
    ANNUAL_GROSS_P50("annualGross.p50", Unit.DOLLARS, Scope.EVERY_WORLD, "Gross a year, median",
            "Median gross commissions at a yearly rate over each participant's months in the business."),
    ANNUAL_GROSS_UNDER_500("annualGross.shareUnder500", Unit.SHARE, Scope.EVERY_WORLD, "Gross under $500 a year",
            "Share of participants grossing under $500 a year."),
    ANNUAL_GROSS_AT_MOST_1000("annualGross.shareAtMost1000", Unit.SHARE, Scope.EVERY_WORLD,
            "Gross $1,000 a year or less", "Share of participants grossing $1,000 a year or less."),
    ANNUAL_GROSS_OVER_10000("annualGross.shareOver10000", Unit.SHARE, Scope.EVERY_WORLD,
            "Gross over $10,000 a year", "Share of participants grossing over $10,000 a year."),
    ANNUAL_GROSS_OVER_50000("annualGross.shareOver50000", Unit.SHARE, Scope.EVERY_WORLD,
            "Gross over $50,000 a year", "Share of participants grossing over $50,000 a year."),
    ESTABLISHED_SHARE("established.share", Unit.SHARE, Scope.EVERY_WORLD, "Still in after a year",
            "Of those who joined at least a year before the end, the share still in after their first twelve months."),
    ESTABLISHED_ANNUAL_GROSS_P50("established.annualGross.p50", Unit.DOLLARS, Scope.EVERY_WORLD,
            "Still in after a year: gross a year, median",
            "Median yearly-rate gross of those still in after a year (comparable to surveys of working affiliates)."),
    ESTABLISHED_UNDER_500("established.annualGross.shareUnder500", Unit.SHARE, Scope.EVERY_WORLD,
            "Still in after a year: gross under $500", "Of those still in after a year, the share grossing under $500 a year."),
    ESTABLISHED_OVER_50000("established.annualGross.shareOver50000", Unit.SHARE, Scope.EVERY_WORLD,
            "Still in after a year: gross over $50,000",
            "Of those still in after a year, the share grossing over $50,000 a year."),
    SHARE_BOTTOM_50("commissionShares.bottom50", Unit.SHARE, Scope.EVERY_WORLD, "Bottom 50%'s share of commissions",
            "bottom 50%", "Share of all commissions going to the bottom 50% of participants by gross commissions."),
    SHARE_50_TO_90("commissionShares.middle40", Unit.SHARE, Scope.EVERY_WORLD, "Next 40%'s share of commissions",
            "next 40% (50–90%)", "Share of all commissions going to the participants between the 50th and 90th percentiles."),
    SHARE_90_TO_99("commissionShares.next9", Unit.SHARE, Scope.EVERY_WORLD, "Next 9%'s share of commissions",
            "next 9% (90–99%)", "Share of all commissions going to the participants between the 90th and 99th percentiles."),
    SHARE_TOP_1("commissionShares.top1", Unit.SHARE, Scope.EVERY_WORLD, "Top 1%'s share of commissions",
            "top 1%", "Share of all commissions going to the top 1% (the same as topOnePercentShareOfCommissions)."),
    SHARE_EARLIEST_10("commissionShares.earliest10", Unit.SHARE, Scope.EVERY_WORLD,
            "Earliest 10% of joiners' commissions",
            "Share of all commissions earned by the earliest-joined 10% of participants (Legara et al.'s early-joiner bias); "
                    + "the joiners of the month the line falls in are tied: that month's commissions count times the share "
                    + "of its joiners inside the line (a month of one joiner: that joiner in part, as for the top 1%); "
                    + "undefined when every participant joined in the same month (it would be 10% by definition)."),
    PAYOUT_RATIO("payoutRatio", Unit.SHARE, Scope.MLM, "Payout ratio (commissions / volume)",
            "Commissions paid over sales volume, whole run."),
    MAX_PAYOUT_RATIO("maxPayoutRatio", Unit.SHARE, Scope.MLM, "Plan's maximum payout ratio",
            "The plan's full rate on every dollar, as if every member had a full upline, all qualified, no caps "
                    + "(binary: every member qualified and uncapped on the legs they have), over sales volume."),
    BREAKAGE_RATIO("breakageRatio", Unit.SHARE, Scope.MLM, "Breakage (/ volume)",
            "Plan maximum minus paid, over volume: unpaid levels, unqualified members, caps."),
    CAPPED_RATIO("cappedRatio", Unit.SHARE, Scope.MLM, "Pay flushed by caps (/ volume)",
            "Pay above the plan's caps (flushed), over sales volume; 0 for plans without caps."),
    FLUSHED_VOLUME_RATIO("flushedVolumeRatio", Unit.SHARE, Scope.MLM, "Share of leg volume flushed",
            "Binary: share of the volume that entered members' legs (both legs of every member; a carried dollar "
                    + "counted once, not each month it waits) that was flushed, neither paid on nor carried, in [0, 1]; "
                    + "0 for plans without legs (it was over sales volume, which could exceed 1)."),
    RULE_BREAKAGE_RATIO("ruleBreakageRatio", Unit.SHARE, Scope.MLM, "Breakage attributed to plan rules (/ volume)",
            "The part of breakageRatio put down to plan.rules, over sales volume: commissions the customer rules "
                    + "withheld, plus the volume the personal-use cap excluded at the plan's maximum rate; not the pay "
                    + "the rules removed (a cap can cost more, through qualification, or less); 0 with every rule off."),
    END_USER_SHARE("endUserShareOfVolume", Unit.SHARE, Scope.MLM, "End users' share of volume",
            "Retail sales to end users over all volume (members' own purchases plus retail), whole run."),
    MEMBER_END_USER_SHARE_MEAN("memberEndUserShare.mean", Unit.SHARE, Scope.MLM,
            "Own end-user share, mean over member-months", "own end-user share, mean",
            "Mean over active member-months of the share of the member's own volume sold to end users."),
    MEMBER_END_USER_SHARE_OVER_50("memberEndUserShare.shareOver50", Unit.SHARE, Scope.MLM,
            "Member-months selling mostly to end users", "own volume > 50% end users",
            "Share of active member-months in which the member's own volume was more than half sales to end users."),
    FUNDED_BY_PARTICIPANTS("commissionsFundedByParticipants", Unit.SHARE, Scope.MLM,
            "Commissions funded by members' own purchases",
            "Share of commissions funded by members' own purchases: each commission pro rata by the sources of "
                    + "the member's own and downline volume that month."),
    PAID_CUSTOMER_MAJORITY("paidCustomerMajority", Unit.SHARE, Scope.MLM, "Paid member-months with an end-user majority",
            "Share of paid member-months whose own and downline volume was more than half sales to end users "
                    + "(the Vemma order's test, member by member)."),
    HERBALIFE_END_USER_VOLUME("herbalife.retailPlusCappedPersonalUse", Unit.SHARE, Scope.MLM,
            "Retail + personal use up to $200, share of volume", "retail + capped personal use",
            "Retail sales plus each member's own purchases up to $200 a month, over all volume (the Herbalife "
                    + "order's 80% test, as read here)."),
    HERBALIFE_REWARDABLE_TO_END_USERS("herbalife.endUserShareOfRewardable", Unit.SHARE, Scope.MLM,
            "End users' share of rewardable sales", "end users / rewardable",
            "Retail sales over retail plus personal use up to $200 a month (the Herbalife order's two-thirds test)."),
    PAID_TEN_CUSTOMERS("paidTenCustomers", Unit.SHARE, Scope.MLM, "Paid member-months with 10 retail customers",
            "Share of paid member-months with at least 10 distinct retail customers and 50 PV of retail "
                    + "(Amway's 10-customer rule)."),
    SHARE_NEVER_RECRUITED("shareNeverRecruited", Unit.SHARE, Scope.MLM, "Never recruited anyone",
            "Share of members who never personally recruited anyone."),
    PEAK_RECRUITING_MONTH("peakRecruitingMonth", Unit.MONTH, Scope.MLM, "Month of peak recruiting",
            "The month with the most new recruits (the first of ties); undefined if nobody joined."),
    PITCHES_PER_RECRUIT("pitchesPerRecruit", Unit.RATIO, Scope.MLM_CONTACTS, "Pitches per recruit",
            "Pitches over the whole run per recruit (founders not counted)."),
    EARNINGS_PER_CLICK("earningsPerClick", Unit.DOLLARS_CENTS, Scope.AFFILIATE, "Earnings per click",
            "Affiliates: commissions per click on affiliate links, whole run.");

    /** Where a metric is reported: worlds and recruitment models. */
    private record Scope(Set<World> worlds, Set<RecruitmentModel> models) {
        static final Scope EVERY_WORLD = new Scope(EnumSet.allOf(World.class), EnumSet.allOf(RecruitmentModel.class));
        static final Scope MLM = new Scope(EnumSet.of(World.MLM), EnumSet.allOf(RecruitmentModel.class));
        static final Scope MLM_CONTACTS = new Scope(EnumSet.of(World.MLM), EnumSet.of(RecruitmentModel.CONTACTS));
        static final Scope AFFILIATE = new Scope(EnumSet.of(World.AFFILIATE), EnumSet.allOf(RecruitmentModel.class));
    }

    private static final Map<String, Metric> BY_KEY = new HashMap<>();

    static {
        for (Metric m : values()) {
            BY_KEY.put(m.key, m);
        }
    }

    private final String key;
    private final Unit unit;
    private final Scope scope;
    private final String label;
    private final String shortLabel;
    private final String description;

    Metric(String key, Unit unit, Scope scope, String label, String description) {
        this(key, unit, scope, label, label, description);
    }

    Metric(String key, Unit unit, Scope scope, String label, String shortLabel, String description) {
        this.key = key;
        this.unit = unit;
        this.scope = scope;
        this.label = label;
        this.shortLabel = shortLabel;
        this.description = description;
    }

    /** The name in summary.json, the CSVs and {@code sweep --metric}. */
    public String key() {
        return key;
    }

    /** The key up to its last dot: {@code netIncome} of {@code netIncome.p50}; the whole key if it has none. */
    public String quantity() {
        int dot = key.lastIndexOf('.');
        return dot < 0 ? key : key.substring(0, dot);
    }

    /** The key after its last dot: {@code p50} of {@code netIncome.p50}; the whole key if it has none. */
    public String statistic() {
        return key.substring(key.lastIndexOf('.') + 1);
    }

    /** A reader's name: table rows, chart axes and titles. */
    public String label() {
        return label;
    }

    /** A shorter name where the context says the rest (a table of differences, a chart's categories). */
    public String shortLabel() {
        return shortLabel;
    }

    public Unit unit() {
        return unit;
    }

    /**
     * The values it can take, and so where its 95% interval is cut (in the summary table, summary.json,
     * the CSVs, sweeps, charts and reports alike, as {@link WorldResults} computes it): a share of a
     * whole and an index such as the Gini in [0, 1]; counts, months, ratios, quotients of sales volume
     * and amounts that cannot be negative (gross commissions, other income, costs, earnings per click)
     * at least 0; net income anywhere. Declared here: by unit, but for the metrics {@link
     * #NON_NEGATIVE_OVER_UNIT}.
     */
    public ValueRange range() {
        if (NON_NEGATIVE_OVER_UNIT.contains(this)) {
            return ValueRange.NON_NEGATIVE;
        }
        return switch (unit) {
            case SHARE, INDEX -> ValueRange.UNIT;
            case COUNT, RATIO, MONTHS, MONTH -> ValueRange.NON_NEGATIVE;
            case DOLLARS, DOLLARS_CENTS -> ValueRange.ANY;
        };
    }

    /**
     * Metrics at least 0 whatever their unit says: the {@link Unit#SHARE} metrics that are amounts over
     * sales volume rather than shares of a whole (they can exceed 1), and the amounts of money that
     * cannot be negative (commissions, retail profit, costs; the rest, net income, can).
     */
    private static final Set<Metric> NON_NEGATIVE_OVER_UNIT = EnumSet.of(
            PAYOUT_RATIO, MAX_PAYOUT_RATIO, BREAKAGE_RATIO, CAPPED_RATIO, RULE_BREAKAGE_RATIO,
            GROSS_MEAN, GROSS_P50, GROSS_P90, GROSS_P99, OTHER_INCOME_MEAN, COSTS_MEAN, ANNUAL_GROSS_P50,
            ESTABLISHED_ANNUAL_GROSS_P50, EARNINGS_PER_CLICK);

    /**
     * Whether it means something only for a plan whose members have legs (binary; {@code Plans.Entry#legs}):
     * the other plans report it as 0, which the summary table does not print as a finding.
     */
    public boolean onlyWithLegs() {
        return this == FLUSHED_VOLUME_RATIO;
    }

    /** The worlds that report it. */
    public Set<World> worlds() {
        return Collections.unmodifiableSet(scope.worlds());
    }

    /** The recruitment models under which the MLM world reports it. */
    public Set<RecruitmentModel> models() {
        return Collections.unmodifiableSet(scope.models());
    }

    /** What it means, in one line. */
    public String description() {
        return description;
    }

    /** Whether {@code world} reports it under recruitment model {@code model}. */
    public boolean reportedBy(World world, RecruitmentModel model) {
        return scope.worlds().contains(world) && (world != World.MLM || scope.models().contains(model));
    }

    /** The metric named {@code key}, or null. */
    public static Metric byKey(String key) {
        return BY_KEY.get(key);
    }

    /** The metric named {@code key}. */
    public static Metric of(String key) {
        Metric m = BY_KEY.get(key);
        if (m == null) {
            throw new IllegalArgumentException("no metric " + key);
        }
        return m;
    }

    /** Every metric {@code world} reports under recruitment model {@code model}, in summary order. */
    public static List<Metric> reported(World world, RecruitmentModel model) {
        List<Metric> out = new ArrayList<>();
        for (Metric m : values()) {
            if (m.reportedBy(world, model)) {
                out.add(m);
            }
        }
        return out;
    }

    /** The metrics of any set of participants, in every world and model ({@link ParticipantStats}). */
    public static List<Metric> ofParticipants() {
        List<Metric> out = new ArrayList<>();
        for (Metric m : values()) {
            if (m.scope == Scope.EVERY_WORLD) {            // the constants: no record equals to link
                out.add(m);
            }
        }
        return out;
    }

    /** The keys of {@code metrics}, in order. */
    public static String[] keys(List<Metric> metrics) {
        return metrics.stream().map(Metric::key).toArray(String[]::new);
    }
}
