package org.downline.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;
import org.downline.engine.Results;
import org.downline.stats.Flag;
import org.downline.stats.Metric;
import org.downline.stats.Outlook;
import org.downline.stats.OutlookSummary;
import org.downline.stats.RankSummary;
import org.downline.stats.Summary;
import org.downline.stats.Unit;
import org.downline.stats.World;
import org.downline.stats.WorldResults;

/**
 * The plain-text summary a run prints: who earns what, one column per world, each value the mean
 * over replications with its 95% confidence interval where that helps reading.
 */
public final class SummaryTable {

    /** A metric shown, with its 95% confidence interval or without. */
    private record Row(Metric metric, boolean interval) {
    }

    private static final List<Row> ROWS = List.of(
            new Row(Metric.PARTICIPANTS, true),
            new Row(Metric.SHARE_LOSING_MONEY, true),
            new Row(Metric.SHARE_NO_COMMISSION, true),
            new Row(Metric.SHARE_NEVER_RECRUITED, false),
            new Row(Metric.SHARE_PROFITABLE, true),
            new Row(Metric.NET_P10, false),
            new Row(Metric.NET_P50, true),
            new Row(Metric.NET_P90, false),
            new Row(Metric.NET_P99, true),
            new Row(Metric.NET_MEAN, true),
            new Row(Metric.GROSS_MEAN, false),
            new Row(Metric.GROSS_P50, false),
            new Row(Metric.COSTS_MEAN, false),
            new Row(Metric.TOP_ONE_PERCENT_SHARE, true),
            new Row(Metric.GINI, true),
            new Row(Metric.PAYOUT_RATIO, false),
            new Row(Metric.MAX_PAYOUT_RATIO, false),
            new Row(Metric.CAPPED_RATIO, false),
            new Row(Metric.RULE_BREAKAGE_RATIO, false),
            new Row(Metric.END_USER_SHARE, true),
            new Row(Metric.MEMBER_END_USER_SHARE_MEAN, false),
            new Row(Metric.MEMBER_END_USER_SHARE_OVER_50, false),
            new Row(Metric.FUNDED_BY_PARTICIPANTS, true),
            new Row(Metric.SHARE_EARLIEST_10, true),
            new Row(Metric.ANNUAL_GROSS_P50, false),
            new Row(Metric.ANNUAL_GROSS_AT_MOST_1000, false),
            new Row(Metric.ANNUAL_GROSS_OVER_50000, false),
            new Row(Metric.MONTHS_ACTIVE_MEAN, false),
            new Row(Metric.SHARE_QUIT_WITHIN_YEAR, false),
            new Row(Metric.ESTABLISHED_ANNUAL_GROSS_P50, false),
            new Row(Metric.ESTABLISHED_UNDER_500, false),
            new Row(Metric.PEAK_RECRUITING_MONTH, true),
            new Row(Metric.PITCHES_PER_RECRUIT, true));

    /** Paired differences shown (shares as differences in points), under their short labels. */
    private static final List<Metric> PAIRED = List.of(Metric.SHARE_LOSING_MONEY, Metric.SHARE_NO_COMMISSION,
            Metric.NET_P50, Metric.NET_MEAN, Metric.TOP_ONE_PERCENT_SHARE);

    private SummaryTable() {
    }

    public static String render(Results r) {
        List<WorldResults> worlds = new ArrayList<>();
        worlds.add(r.mlm());
        if (r.affiliate() != null) {
            worlds.add(r.affiliate());
        }
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Downline %s | scenario '%s' | %s x %s | seed %d%n",
                r.version(), r.scenario().name(), Words.count(r.replications(), "replication"),
                Words.count(r.months(), "month"), r.seed()));
        out.append("Each value: mean over replications [95% confidence interval; none where every replication\n");
        out.append("gave the same value]; net income is over each participant's whole time in the business,\n");
        out.append("after every cost.\n\n");
        int labelWidth = ROWS.stream().mapToInt(x -> x.metric().label().length()).max().orElse(20) + 2;
        int colWidth = 30;
        out.append(pad("", labelWidth));
        for (WorldResults w : worlds) {
            out.append(pad(World.of(w.world()).label(), colWidth));
        }
        out.append('\n');
        out.append("-".repeat(labelWidth + colWidth * worlds.size())).append('\n');
        for (Row row : ROWS) {
            StringBuilder line = new StringBuilder(pad(row.metric().label(), labelWidth));
            boolean any = false;
            for (WorldResults w : worlds) {
                Summary s = w.metrics().get(row.metric().key());
                String cell = s == null ? "-" : cell(s, row.metric().unit()::text, row.interval());
                any |= s != null;
                line.append(pad(cell, colWidth));
            }
            if (any) {
                out.append(line.toString().stripTrailing()).append('\n');
            }
        }
        out.append('\n').append(flags(r.mlm()));
        if (!r.paired().isEmpty()) {
            out.append('\n').append("MLM minus affiliate marketing, paired by replication (common random numbers):\n");
            for (Metric m : PAIRED) {
                Summary s = r.paired().get(m.key());
                if (s != null) {
                    out.append(pad("  " + m.shortLabel(), labelWidth)).append(cell(s, m.unit()::differenceText, true))
                            .append('\n');
                }
            }
        }
        String outlook = outlook(worlds);
        out.append('\n').append(outlook.isEmpty() ? noOutlook(r.months()) : outlook);
        for (WorldResults w : worlds) {
            if (w.ranks() != null) {
                out.append('\n').append(ranks(w));
            }
        }
        return out.toString();
    }

    /** The regulators' tests on the MLM, one plain line each ({@link Flag}). */
    static String flags(WorldResults mlm) {
        StringBuilder out = new StringBuilder("Regulators' tests on the MLM (FTC orders, as read in summary.json's "
                + "flags):\n");
        for (Flag flag : Flag.values()) {
            Summary s = mlm.metrics().get(flag.metric().key());
            out.append("  ").append(flag.line(s == null ? Double.NaN : s.mean())).append('\n');
        }
        return out.toString();
    }

    /**
     * A newcomer's first year, one line a world, for the latest join month whose first year was
     * simulated whole (and in which anyone joined); empty if there is none.
     */
    static String outlook(List<WorldResults> worlds) {
        StringBuilder out = new StringBuilder();
        for (WorldResults w : worlds) {
            OutlookSummary o = w.outlook();
            int t = o == null ? -1 : o.latestWithJoiners();
            if (t < 0) {
                continue;
            }
            out.append(outlookLine(World.of(w.world()), t,
                    cell(o.netPercentiles()[Outlook.MEDIAN][t], Unit.DOLLARS::text, true),
                    cell(o.shareLosingMoney()[t], Unit.SHARE::text, true),
                    cell(o.shareQuit()[t], Unit.SHARE::text, true))).append('\n');
        }
        if (out.length() > 0) {
            out.append("First-year net: income minus start-up and monthly costs over a newcomer's first 12 months\n"
                    + "in the business, or until they quit; outlook.csv has every join month.\n");
        }
        return out.toString();
    }

    /** Why a run has no first-year lines, in one line: {@link #noOutlookReason}. */
    static String noOutlook(int months) {
        return "No first-year outlook: " + noOutlookReason(months) + ".\n";
    }

    /** Why a run of {@code months} months has no first-year outlook, for the table and the report. */
    static String noOutlookReason(int months) {
        return months < Outlook.YEAR
                ? "this run is " + Words.count(months, "month") + " long, shorter than a newcomer's first year of "
                        + Outlook.YEAR + " months"
                : "nobody joined in a month whose first year the run saw whole";
    }

    /**
     * A newcomer's first year in a world as one line (no line end): the median first-year net, the
     * share losing money in it and the share quitting within it, given as formatted text. report.html
     * prints the same sentence.
     */
    public static String outlookLine(World world, int joinMonth, String median, String losing, String quit) {
        String who = world == World.MLM ? "If you join the MLM in month " : "If you start affiliate marketing in month ";
        return who + joinMonth + ": median first-year net " + median + "; " + losing
                + " lose money in their first year; " + quit + " quit within it";
    }

    /** Who earns what by the highest rank reached, one line a rank. */
    static String ranks(WorldResults w) {
        RankSummary k = w.ranks();
        int width = "Highest rank reached".length();
        for (String label : k.labels()) {
            width = Math.max(width, label.length());
        }
        width += 2;
        StringBuilder out = new StringBuilder();
        out.append(pad("Highest rank reached", width)).append(String.format(Locale.US, "%12s%14s%14s%14s%n",
                "members", "lost money", "median net", "mean net"));
        out.append("-".repeat(width + 54)).append('\n');
        for (int i = 0; i < k.size(); i++) {
            out.append(pad(k.labels()[i], width)).append(String.format(Locale.US, "%12s%14s%14s%14s%n",
                    Unit.SHARE.text(k.share()[i].mean()), Unit.SHARE.text(k.shareLosingMoney()[i].mean()),
                    Unit.DOLLARS.text(k.medianNet()[i].mean()), Unit.DOLLARS.text(k.meanNet()[i].mean())));
        }
        return out.toString();
    }

    /**
     * A summary's mean, and with {@code interval} its 95% interval where there is one that is more
     * than a point ({@link Summary#hasInterval}: not "$0 [$0, $0]" when every replication gave $0).
     */
    public static String cell(Summary s, DoubleFunction<String> format, boolean interval) {
        String v = format.apply(s.mean());
        if (interval && s.hasInterval()) {
            return v + " [" + format.apply(s.lo()) + ", " + format.apply(s.hi()) + "]";
        }
        return v;
    }

    /** s left-aligned in a column of the given width, followed by at least one space. */
    public static String pad(String s, int width) {
        return s.length() >= width ? s + " " : s + " ".repeat(width - s.length());
    }
}
