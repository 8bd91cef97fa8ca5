package org.downline.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;
import org.downline.engine.Results;
import org.downline.plans.Plans;
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
 * over replications with its 95% confidence interval wherever it has one (columns as wide as their
 * widest cell, so the intervals fit).
 */
public final class SummaryTable {

    /**
     * The metrics shown, in order; each with its 95% confidence interval where it has one, those
     * {@linkplain Metric#onlyWithLegs only with legs} for a plan with legs only.
     */
    static final List<Metric> ROWS = List.of(
            Metric.PARTICIPANTS,
            Metric.SHARE_LOSING_MONEY,
            Metric.SHARE_NO_COMMISSION,
            Metric.SHARE_NEVER_RECRUITED,
            Metric.SHARE_PROFITABLE,
            Metric.NET_P10,
            Metric.NET_P50,
            Metric.NET_P90,
            Metric.NET_P99,
            Metric.NET_MEAN,
            Metric.GROSS_MEAN,
            Metric.GROSS_P50,
            Metric.COSTS_MEAN,
            Metric.TOP_ONE_PERCENT_SHARE,
            Metric.GINI,
            Metric.PAYOUT_RATIO,
            Metric.MAX_PAYOUT_RATIO,
            Metric.BREAKAGE_RATIO,
            Metric.CAPPED_RATIO,
            Metric.FLUSHED_VOLUME_RATIO,
            Metric.RULE_BREAKAGE_RATIO,
            Metric.END_USER_SHARE,
            Metric.MEMBER_END_USER_SHARE_MEAN,
            Metric.MEMBER_END_USER_SHARE_OVER_50,
            Metric.FUNDED_BY_PARTICIPANTS,
            Metric.SHARE_EARLIEST_10,
            Metric.ANNUAL_GROSS_P50,
            Metric.ANNUAL_GROSS_AT_MOST_1000,
            Metric.ANNUAL_GROSS_OVER_50000,
            Metric.MONTHS_ACTIVE_MEAN,
            Metric.SHARE_QUIT_WITHIN_YEAR,
            Metric.ESTABLISHED_ANNUAL_GROSS_P50,
            Metric.ESTABLISHED_UNDER_500,
            Metric.PEAK_RECRUITING_MONTH,
            Metric.PITCHES_PER_RECRUIT);

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
        out.append(intervalsNote(r.replications())).append('\n')
                .append("Net income is over each participant's whole time in the business, after every cost.\n\n");
        // every cell first, so that each column is as wide as its widest cell, interval included
        int labelWidth = ROWS.stream().mapToInt(m -> m.label().length()).max().orElse(20) + 2;
        List<String[]> rows = new ArrayList<>();
        final boolean legs = Plans.entry(r.scenario().plan()).legs();
        for (Metric m : ROWS) {
            if (m.onlyWithLegs() && !legs) {
                continue;
            }
            String[] row = new String[worlds.size() + 1];
            row[0] = m.label();
            boolean any = false;
            for (int i = 0; i < worlds.size(); i++) {
                Summary s = worlds.get(i).metrics().get(m.key());
                row[i + 1] = s == null ? "-" : cell(s, m.unit()::text);
                any |= s != null;
            }
            if (any) {
                rows.add(row);
            }
        }
        String[] head = new String[worlds.size() + 1];
        head[0] = "";
        for (int i = 0; i < worlds.size(); i++) {
            head[i + 1] = World.of(worlds.get(i).world()).label();
        }
        int[] widths = widths(head, rows, 3);
        widths[0] = labelWidth;                              // the widest of every metric's label, shown or not
        out.append(line(head, widths)).append('\n');
        out.append("-".repeat(Arrays.stream(widths).sum() - 3)).append('\n');
        for (String[] row : rows) {
            out.append(line(row, widths)).append('\n');
        }
        AffiliateNotes.marketSize(r.scenario()).ifPresent(note -> out.append(wrap(note, NOTE_WIDTH)));
        out.append('\n').append(flags(r.mlm()));
        if (!r.paired().isEmpty()) {
            out.append('\n').append("MLM minus affiliate marketing, paired by replication (common random numbers):\n");
            AffiliateNotes.fixedEntrants(r.scenario()).ifPresent(note -> out.append(wrap(note, NOTE_WIDTH)));
            for (Metric m : PAIRED) {
                Summary s = r.paired().get(m.key());
                if (s != null) {
                    out.append(pad("  " + m.shortLabel(), labelWidth)).append(cell(s, m.unit()::differenceText))
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

    /** Width the table's notes are wrapped at, as its header's lines are. */
    public static final int NOTE_WIDTH = 100;

    /** {@code text} in lines of at most {@code width} characters, broken at spaces, each ending in a newline. */
    public static String wrap(String text, int width) {
        StringBuilder out = new StringBuilder();
        int lineStart = 0;
        for (String word : text.split(" ")) {
            if (out.length() > lineStart && out.length() - lineStart + 1 + word.length() > width) {
                out.append('\n');
                lineStart = out.length();
            } else if (out.length() > lineStart) {
                out.append(' ');
            }
            out.append(word);
        }
        return out.append('\n').toString();
    }

    /** What a run of one replication says instead of its intervals, here and in report.html. */
    public static final String NO_INTERVALS = "1 replication: no confidence intervals";

    /**
     * What the brackets hold, for the table's header: a 95% confidence interval from two replications
     * on; a run of one has none (summary.json's {@code ci95} is null), which it says rather than
     * printing values that look like constants. Nor has a value that one replication alone defined (the
     * others left it undefined: nobody paid, no volume).
     */
    static String intervalsNote(int replications) {
        return replications < 2
                ? NO_INTERVALS + " (they take two or more); each value is that replication's."
                : "Each value: mean over replications [95% confidence interval]; a value shown alone was the same in\n"
                        + "every replication that defined it (the files keep its interval, that one point), or one replication\n"
                        + "alone defined it (the files hold no interval: null).";
    }

    /** The regulators' tests on the MLM, one plain line each ({@link Flag}). */
    static String flags(WorldResults mlm) {
        StringBuilder out = new StringBuilder("Regulators' tests on the MLM (FTC orders, as read in summary.json's "
                + "flags):\n");
        for (Flag flag : Flag.values()) {
            Summary s = mlm.metrics().get(flag.metric().key());
            out.append("  ").append(s == null ? flag.line(Double.NaN, Double.NaN, Double.NaN)
                    : flag.line(s.mean(), s.lo(), s.hi())).append('\n');
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
                    cell(o.netPercentiles()[Outlook.MEDIAN][t], Unit.DOLLARS::text),
                    cell(o.shareLosingMoney()[t], Unit.SHARE::text),
                    cell(o.shareQuit()[t], Unit.SHARE::text))).append('\n');
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

    /**
     * Who earns what by the highest rank reached, one line a rank, each value with its 95% interval;
     * each column as wide as its widest cell. The mean net income, whose interval would take the
     * table past a terminal's width, is in ranks.csv and report.html, as the last line says.
     */
    static String ranks(WorldResults w) {
        RankSummary k = w.ranks();
        String[] head = {"Highest rank reached", "members", "lost money", "median net"};
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < k.size(); i++) {
            rows.add(new String[] {k.labels()[i], cell(k.share()[i], Unit.SHARE::text),
                    cell(k.shareLosingMoney()[i], Unit.SHARE::text), cell(k.medianNet()[i], Unit.DOLLARS::text)});
        }
        int[] widths = widths(head, rows, 2);
        StringBuilder out = new StringBuilder();
        out.append(line(head, widths)).append('\n');
        out.append("-".repeat(Arrays.stream(widths).sum() - 2)).append('\n');
        for (String[] row : rows) {
            out.append(line(row, widths)).append('\n');
        }
        out.append("Mean net income and gross commissions by rank: ranks.csv and report.html.\n");
        return out.toString();
    }

    /**
     * A summary's mean and its 95% interval where there is one that is more than a point ({@link
     * Summary#hasInterval}: not "$0 [$0, $0]" when every replication gave $0).
     */
    public static String cell(Summary s, DoubleFunction<String> format) {
        return cell(s.mean(), s.lo(), s.hi(), format);
    }

    /**
     * A mean and its 95% interval {@code [lo, hi]} as {@link #cell(Summary, DoubleFunction)} prints
     * them: the one place that decides how an estimate and its interval read, for the summary table, the
     * sweep's and the report's (an {@link ReportData.Estimate} read back from the files: {@link HtmlReport}).
     */
    public static String cell(double mean, double lo, double hi, DoubleFunction<String> format) {
        String interval = interval(lo, hi, format);
        return format.apply(mean) + (interval.isEmpty() ? "" : " " + interval);
    }

    /** A summary's 95% interval as {@link #cell} prints it after the mean, "[lo, hi]"; empty where it has none. */
    public static String interval(Summary s, DoubleFunction<String> format) {
        return interval(s.lo(), s.hi(), format);
    }

    /** An interval as {@link #cell} prints it after the mean, "[lo, hi]"; empty where it is none ({@link Summary#hasInterval}). */
    public static String interval(double lo, double hi, DoubleFunction<String> format) {
        return Summary.hasInterval(lo, hi) ? "[" + format.apply(lo) + ", " + format.apply(hi) + "]" : "";
    }

    /** Each column's width: its widest cell, the head's included, and {@code gap} spaces. */
    public static int[] widths(String[] head, List<String[]> rows, int gap) {
        int[] widths = new int[head.length];
        for (int c = 0; c < head.length; c++) {
            widths[c] = head[c].length();
            for (String[] row : rows) {
                widths[c] = Math.max(widths[c], row[c].length());
            }
            widths[c] += gap;
        }
        return widths;
    }

    /** cells left-aligned in columns of the given widths, without trailing spaces. */
    public static String line(String[] cells, int[] widths) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            out.append(pad(cells[i], widths[i]));
        }
        return out.toString().stripTrailing();
    }

    /** s left-aligned in a column of the given width, followed by at least one space. */
    public static String pad(String s, int width) {
        return s.length() >= width ? s + " " : s + " ".repeat(width - s.length());
    }
}
