package org.downline.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.downline.Version;
import org.downline.engine.Disclosing;
import org.downline.engine.Evaluator;
import org.downline.engine.MemoryGuard;
import org.downline.io.AtomicFiles;
import org.downline.io.Disclosures;
import org.downline.io.ResultFolder;
import org.downline.io.Words;
import org.downline.scenario.Checks;
import org.downline.scenario.Scenario;
import org.downline.stats.Disclosure;
import org.downline.stats.DisclosureMatch;
import org.downline.stats.Unit;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code downline disclose}: the income disclosure a simulated company would publish. */
@Command(name = "disclose", header = "Write the income disclosure a scenario's company would publish.",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Simulates the scenario's MLM to month --year-ending and writes, in the income disclosure CSV format "
                + "('downline disclosures --show NAME'), what its company would publish for the last --period months: "
                + "the covered participants' gross pay (before any cost), as the share paid nothing and the mean pay "
                + "of income quantile groups of those paid (--groups), each the mean over --replications replications.",
            "Fit a scenario to a published disclosure with 'downline fit'; this command shows the other direction.",
            ""})
final class DiscloseCommand implements Callable<Integer>, NumberOptions {

    static final double[] DEFAULT_GROUPS = {0.5, 0.25, 0.15, 0.09, 0.01};

    @Mixin
    ScenarioOptions scenario = new ScenarioOptions();

    @Option(names = "--year-ending", paramLabel = "M",
            description = "The period's last month: the company's age in months, an integer in [1, 600] "
                    + "(default: the scenario's 'months').")
    Integer yearEnding;

    @Option(names = "--period", paramLabel = "P", defaultValue = "12",
            description = "Months the disclosure covers, ending at --year-ending: an integer in [1, 600], at most "
                    + "--year-ending (default: ${DEFAULT-VALUE}).")
    int period;

    @Option(names = "--covers", paramLabel = "WHO", defaultValue = "all",
            description = "Who is counted: all (everyone in at any time in the period), active (still in in its "
                    + "last month) or paid (paid something in it) (default: ${DEFAULT-VALUE}).")
    String covers;

    // the label as the synopsis shows it: picocli's own for a split option ("S1,S2,...[,S1,S2,......]...")
    // repeats it, and its line breaking splits it at the commas
    @Option(names = "--groups", paramLabel = "SHARE,...", split = ",", hideParamSyntax = true,
            description = "Shares of the paid participants in each income group, separated by commas, lowest first, "
                    + "each a number in (0, 1] with at most six decimals (a group's label "
                    + "names its bounds in steps of 0.0001%%: no two read alike), summing to 1 "
                    + "(default: 0.5,0.25,0.15,0.09,0.01).")
    double[] groups;

    /** The most --replications disclose averages, fewer than the scenario key 'replications' allows. */
    static final int MAX_REPLICATIONS = 100_000;

    /** What each number option allows, as its errors say (a number out of it, and one that is no number). */
    private static final NumberOptions.Bounds REPLICATIONS = NumberOptions.Bounds.integers(1, MAX_REPLICATIONS);
    /**
     * --year-ending and --period, months of the scenario: --year-ending gives the key 'months' (whose check
     * refuses a number out of range, in these words); --period, at most --year-ending, is refused by these
     * bounds {@link NumberOptions.Bounds#upTo} it once that is known.
     */
    private static final NumberOptions.Bounds MONTHS = NumberOptions.Bounds.integers(1, Scenario.MAX_MONTHS);
    /**
     * A --groups share: at most six decimals, so that its group's label ("Paid, 50% to 75%") names bounds
     * exactly in its 0.0001% steps and no two groups' labels collide or read as an empty range.
     */
    private static final NumberOptions.Bounds GROUP_SHARE = NumberOptions.Bounds.numbers(0, true, 1, false)
            .withDecimals(6, "six");

    @Override
    public NumberOptions.Bounds bounds(String name) {
        return switch (name) {
            case "--replications" -> REPLICATIONS;
            case "--year-ending", "--period" -> MONTHS;
            case "--groups" -> GROUP_SHARE;
            default -> null;
        };
    }

    @Option(names = "--replications", paramLabel = "R", defaultValue = "10",
            description = "Replications averaged, an integer in [1, " + MAX_REPLICATIONS + "] "
                    + "(default: ${DEFAULT-VALUE}).")
    int replications;

    @Option(names = "--seed", paramLabel = "S", description = "Master seed (default: the scenario's 'seed').")
    Long seed;

    @Mixin
    ThreadsOption threads = new ThreadsOption();

    @Option(names = "--out", paramLabel = "FILE.csv", required = true, description = "The disclosure CSV to write.")
    Path out;

    @Option(names = "--force", description = "Replace the --out file even if it is not a disclosure.")
    boolean force;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Disclosure.Covers who;
        try {
            who = Disclosure.Covers.valueOf(covers.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InputException("--covers must be all, active or paid, was " + Checks.show(covers));
        }
        double[] shares = groups == null ? DEFAULT_GROUPS : groups;
        double sum = 0;
        for (int k = 0; k < shares.length; k++) {
            String typed = shares == groups ? NumberOptions.typed(spec, "--groups", k) : null;
            GROUP_SHARE.check("--groups", shares[k], typed);
            sum += shares[k];
        }
        if (shares.length == 0) {
            throw new InputException("--groups must give at least one share (separated by commas), was none");
        }
        // the disclosure written must be one fit reads: at most Disclosures.MAX_GROUPS groups, with "Paid nothing"
        int most = Disclosures.MAX_GROUPS - (who == Disclosure.Covers.PAID ? 0 : 1);
        if (shares.length > most) {
            throw new InputException("--groups must give at most " + String.format(Locale.ROOT, "%,d", most)
                    + " shares (a disclosure has at most " + String.format(Locale.ROOT, "%,d", Disclosures.MAX_GROUPS)
                    + " groups" + (who == Disclosure.Covers.PAID ? "" : ", one of them those paid nothing")
                    + "), was " + String.format(Locale.ROOT, "%,d", shares.length));
        }
        if (Math.abs(sum - 1) > 1e-9) {
            // the shares as typed (1e-5, not 1.0E-5); the sum as they add up, not in a double's last digits
            // (0.1,0.2: 0.3, not 0.30000000000000004) and in plain digits (0.000002, not 2.0E-6)
            String given = java.util.stream.IntStream.range(0, shares.length)
                    .mapToObj(k -> NumberOptions.typed(spec, "--groups", k))
                    .collect(java.util.stream.Collectors.joining(","));
            throw new InputException("--groups shares must sum to 1, was " + Checks.showUnquoted(given) + " (sum "
                    + new java.math.BigDecimal(sum).round(new java.math.MathContext(9)).stripTrailingZeros()
                            .toPlainString() + ")");
        }
        check(spec, "--replications", replications);
        final int workers = threads.resolve(spec.commandLine());
        final Path created = ResultFolder.missingParent(out);
        ResultFolder.checkFile(out, "disclose", force, scenario.inputs());
        final List<RunSettings.Given> given = List.of(new RunSettings.Given("months", "--year-ending", yearEnding),
                new RunSettings.Given("seed", "--seed", seed));
        RunSettings.Given.refuseAlsoSet(scenario, given);
        // disclose averages --replications (default 10) whatever the scenario's 'replications' says
        scenario.refuseSetAndOption("replications", spec.commandLine().getParseResult().hasMatchedOption(
                "--replications") ? replications : replications + " by default", "--replications");
        // a --year-ending out of range is named as written, not as the key 'months' it gives
        Scenario s = RunSettings.Given.load(scenario, given);
        MONTHS.upTo(s.months()).noting(" (the months up to --year-ending)").check("--period", period,
                NumberOptions.typed(spec, "--period", -1));
        final int running = Math.min(workers, replications);
        MemoryGuard.checkDisclosing(s, running);
        HugePages.hintHolding(s, running * MemoryGuard.disclosingBytes(s))                  // as run gives it
                .ifPresent(spec.commandLine().getErr()::println);
        // each replication: [share paid nothing, the groups' means..., participants covered]
        final double[][] perRep;
        try (Evaluator pool = new Evaluator.Pool(workers)) {
            perRep = pool.map(replications, r -> {
                double[] pay = Disclosing.coveredPay(s, r, period, who);
                double[] means = DisclosureMatch.quantileGroupMeans(pay, shares);
                double[] row = new double[means.length + 2];
                row[0] = DisclosureMatch.shareZero(pay);
                System.arraycopy(means, 0, row, 1, means.length);
                row[means.length + 1] = pay.length;
                return row;
            });
        }
        // the share paid nothing: the mean over the replications with anyone covered (NaN in the others)
        double z = 0;
        int withCovered = 0;
        int withPaid = 0;
        double covered = 0;
        for (double[] row : perRep) {
            if (!Double.isNaN(row[0])) {
                z += row[0];
                withCovered++;
            }
            withPaid += Double.isNaN(row[1]) ? 0 : 1;
            covered += row[shares.length + 1];
        }
        z = withCovered == 0 ? 1 : z / withCovered;
        final int end = s.months();
        if (withPaid == 0) {
            // no paid group has a figure: a disclosure of made-up $0 groups would be no disclosure at all
            throw new InputException(String.format(Locale.ROOT, "nobody covered (--covers %s) was paid anything in "
                    + "%s in %s (%s covered on average%s): there are no paid "
                    + "participants to put into --groups, so no disclosure was written", who.word(),
                    Words.months(end - period + 1, end), replications == 1 ? "the one replication" : "any of the " + replications + " replications",
                    meanPeople(covered / replications),
                    withCovered == 0 ? "" : ", all paid nothing"));
        }
        List<Disclosure.Group> rows = new ArrayList<>();
        if (who != Disclosure.Covers.PAID) {
            rows.add(new Disclosure.Group("Paid nothing", z, 0, Double.NaN, Double.NaN));
        }
        double from = 0;
        for (int k = 0; k < shares.length; k++) {
            double mean = 0;
            int n = 0;
            for (double[] m : perRep) {
                if (!Double.isNaN(m[k + 1])) {
                    mean += m[k + 1];
                    n++;
                }
            }
            String label = String.format(Locale.ROOT, "Paid, %s%% to %s%%", pct(from), pct(from + shares[k]));
            from += shares[k];
            rows.add(new Disclosure.Group(label, (1 - (who == Disclosure.Covers.PAID ? 0 : z)) * shares[k],
                    n == 0 ? 0 : mean / n, Double.NaN, Double.NaN));
        }
        Disclosure d = new Disclosure(s.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-|-$", "") + "-simulated",
                "What scenario '" + s.name() + "' would publish: gross pay in " + Words.months(end - period + 1, end)
                        + (period == 1 ? "" : " (" + Words.count(period, "month") + ")") + ", mean of " + Words.count(replications, "replication"),
                "Downline " + Version.get() + " simulation, seed " + s.seed(), who, period,
                "income quantile groups of the participants paid something, lowest first"
                        // the format's column is pay over period-months; its name says a year, so say when it is not
                        + (period == 12 ? "" : "; the column meanAnnualGross (the format's name for it) is each group's mean "
                                + "gross pay over " + (period == 1 ? "this one month" : "these " + Words.count(period, "month"))
                                + ", not over a year"),
                rows);
        String text = Disclosures.format(d);
        AtomicFiles.writeString(ResultFolder.absolute(out), text);     // through a symbolic link, as payout
        spec.commandLine().getOut().print(text);
        spec.commandLine().getOut().printf("%nWrote %s%s%n", out, ResultSets.created(created));
        spec.commandLine().getOut().flush();
        return 0;
    }

    /**
     * A mean number of people: from 1 up to a tenth without a ".0" (3, 3.5), below 1 to two
     * significant digits (0.04, 0.35), so that a few people in some replications does not read as
     * none; 0 only for none.
     */
    static String meanPeople(double x) {
        if (x >= 1 || x <= 0) {
            return Unit.MONTH.text(x);                   // to a tenth, 3 or 3.5
        }
        return new java.math.BigDecimal(x).round(new java.math.MathContext(2)).stripTrailingZeros().toPlainString();
    }

    /** A bound of the paid, a multiple of 0.000001 but for a sum's last digits, as a percentage: 0.0001, 12.5, 100. */
    private static String pct(double x) {
        return java.math.BigDecimal.valueOf(Math.round(x * 1e6), 4).stripTrailingZeros().toPlainString();
    }
}
