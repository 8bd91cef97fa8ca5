package org.downline.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.downline.engine.Results;
import org.downline.stats.Metrics;
import org.downline.stats.RankSummary;
import org.downline.stats.Summary;
import org.downline.stats.WorldResults;

/**
 * The plain-text summary a run prints: who earns what, one column per world, each value the mean
 * over replications with its 95% confidence interval where that helps reading.
 */
public final class SummaryTable {

    /** How a value prints; MONTHS is any count with one decimal, POINTS a difference of shares. */
    private enum Kind { COUNT, SHARE, MONEY, RATIO, MONTHS, POINTS }

    private record Row(String label, String metric, Kind kind, boolean interval) {
    }

    private static final List<Row> ROWS = List.of(
            new Row("Participants (ever joined)", Metrics.PARTICIPANTS, Kind.COUNT, true),
            new Row("Lost money (net income < $0)", Metrics.SHARE_LOSING_MONEY, Kind.SHARE, true),
            new Row("Never paid a commission", Metrics.SHARE_NO_COMMISSION, Kind.SHARE, true),
            new Row("Never recruited anyone", Metrics.SHARE_NEVER_RECRUITED, Kind.SHARE, false),
            new Row("Made a profit (net income > $0)", Metrics.SHARE_PROFITABLE, Kind.SHARE, true),
            new Row("Net income, 10th percentile", Metrics.NET_PERCENTILES[0], Kind.MONEY, false),
            new Row("Net income, median", Metrics.NET_PERCENTILES[2], Kind.MONEY, true),
            new Row("Net income, 90th percentile", Metrics.NET_PERCENTILES[4], Kind.MONEY, false),
            new Row("Net income, 99th percentile", Metrics.NET_PERCENTILES[5], Kind.MONEY, true),
            new Row("Net income, mean", Metrics.NET_MEAN, Kind.MONEY, true),
            new Row("Gross commissions, mean", Metrics.GROSS_MEAN, Kind.MONEY, false),
            new Row("Gross commissions, median", Metrics.GROSS_MEDIAN, Kind.MONEY, false),
            new Row("Costs, mean", Metrics.COSTS_MEAN, Kind.MONEY, false),
            new Row("Top 1%'s share of commissions", Metrics.TOP_ONE_PERCENT_SHARE, Kind.SHARE, true),
            new Row("Gini of commissions", Metrics.GINI, Kind.RATIO, true),
            new Row("Payout ratio (commissions / volume)", Metrics.PAYOUT_RATIO, Kind.SHARE, false),
            new Row("Plan's maximum payout ratio", Metrics.MAX_PAYOUT_RATIO, Kind.SHARE, false),
            new Row("Pay flushed by caps (/ volume)", Metrics.CAPPED_RATIO, Kind.SHARE, false),
            new Row("Earliest 10% of joiners' commissions", Metrics.SHARE_EARLIEST_10, Kind.SHARE, true),
            new Row("Gross a year, median", Metrics.ANNUAL_GROSS_MEDIAN, Kind.MONEY, false),
            new Row("Gross $1,000 a year or less", Metrics.ANNUAL_GROSS_AT_MOST_1000, Kind.SHARE, false),
            new Row("Gross over $50,000 a year", Metrics.ANNUAL_GROSS_OVER_50000, Kind.SHARE, false),
            new Row("Months in the business, mean", Metrics.MONTHS_ACTIVE_MEAN, Kind.MONTHS, false),
            new Row("Quit within their first year", Metrics.SHARE_QUIT_WITHIN_YEAR, Kind.SHARE, false),
            new Row("Still in after a year: gross a year, median", Metrics.ESTABLISHED_ANNUAL_GROSS_MEDIAN,
                    Kind.MONEY, false),
            new Row("Still in after a year: gross under $500", Metrics.ESTABLISHED_UNDER_500, Kind.SHARE, false),
            new Row("Month of peak recruiting", Metrics.PEAK_RECRUITING_MONTH, Kind.MONTHS, true),
            new Row("Pitches per recruit", Metrics.PITCHES_PER_RECRUIT, Kind.MONTHS, true));

    private static final List<Row> PAIRED = List.of(
            new Row("Lost money", Metrics.SHARE_LOSING_MONEY, Kind.POINTS, true),
            new Row("Never paid a commission", Metrics.SHARE_NO_COMMISSION, Kind.POINTS, true),
            new Row("Net income, median", Metrics.NET_PERCENTILES[2], Kind.MONEY, true),
            new Row("Net income, mean", Metrics.NET_MEAN, Kind.MONEY, true),
            new Row("Top 1%'s share of commissions", Metrics.TOP_ONE_PERCENT_SHARE, Kind.POINTS, true));

    private SummaryTable() {
    }

    public static String render(Results r) {
        List<WorldResults> worlds = new ArrayList<>();
        worlds.add(r.mlm());
        if (r.affiliate() != null) {
            worlds.add(r.affiliate());
        }
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Downline %s | scenario '%s' | %d replications x %d months | seed %d%n",
                r.version(), r.scenario().name(), r.replications(), r.months(), r.seed()));
        out.append("Each value: mean over replications [95% confidence interval]; net income is over each\n");
        out.append("participant's whole time in the business, after every cost.\n\n");
        int labelWidth = ROWS.stream().mapToInt(x -> x.label().length()).max().orElse(20) + 2;
        int colWidth = 30;
        out.append(pad("", labelWidth));
        for (WorldResults w : worlds) {
            out.append(pad(w.world().equals("mlm") ? "MLM" : "Affiliate marketing", colWidth));
        }
        out.append('\n');
        out.append("-".repeat(labelWidth + colWidth * worlds.size())).append('\n');
        for (Row row : ROWS) {
            StringBuilder line = new StringBuilder(pad(row.label(), labelWidth));
            boolean any = false;
            for (WorldResults w : worlds) {
                Summary s = w.metrics().get(row.metric());
                String cell = s == null ? "-" : cell(s, row);
                any |= s != null;
                line.append(pad(cell, colWidth));
            }
            if (any) {
                out.append(line.toString().stripTrailing()).append('\n');
            }
        }
        if (!r.paired().isEmpty()) {
            out.append('\n').append("MLM minus affiliate marketing, paired by replication (common random numbers):\n");
            for (Row row : PAIRED) {
                Summary s = r.paired().get(row.metric());
                if (s != null) {
                    out.append(pad("  " + row.label(), labelWidth)).append(cell(s, row)).append('\n');
                }
            }
        }
        for (WorldResults w : worlds) {
            if (w.ranks() != null) {
                out.append('\n').append(ranks(w));
            }
        }
        return out.toString();
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
                    format(k.share()[i].mean(), Kind.SHARE), format(k.shareLosingMoney()[i].mean(), Kind.SHARE),
                    format(k.medianNet()[i].mean(), Kind.MONEY), format(k.meanNet()[i].mean(), Kind.MONEY)));
        }
        return out.toString();
    }

    private static String cell(Summary s, Row row) {
        String v = format(s.mean(), row.kind());
        if (row.interval() && !Double.isNaN(s.lo())) {
            return v + " [" + format(s.lo(), row.kind()) + ", " + format(s.hi(), row.kind()) + "]";
        }
        return v;
    }

    static String format(double v, Kind kind) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        return switch (kind) {
            case COUNT -> String.format(Locale.US, "%,.0f", v);
            case SHARE -> String.format(Locale.US, "%.1f%%", 100 * v);
            case MONEY -> (v < 0 ? "-$" : "$") + String.format(Locale.US, "%,.0f", Math.abs(v));
            case RATIO -> String.format(Locale.US, "%.3f", v);
            case MONTHS -> String.format(Locale.US, "%.1f", v);
            case POINTS -> String.format(Locale.US, "%+.1f points", 100 * v);
        };
    }

    /** s left-aligned in a column of the given width, followed by at least one space. */
    public static String pad(String s, int width) {
        return s.length() >= width ? s + " " : s + " ".repeat(width - s.length());
    }
}
