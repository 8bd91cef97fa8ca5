package org.downline.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.downline.io.AtomicFiles;
import org.downline.io.GenealogyFile;
import org.downline.io.GenealogyReader;
import org.downline.io.ScenarioReader;
import org.downline.plans.CompensationPlan;
import org.downline.plans.Genealogy;
import org.downline.plans.Payout;
import org.downline.plans.PlacementException;
import org.downline.plans.PlacementInput;
import org.downline.plans.Plans;
import org.downline.scenario.Checks;
import org.downline.scenario.PlanConfig;
import org.downline.scenario.PlanRules;
import org.downline.scenario.ScenarioException;
import org.downline.stats.Metric;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code downline payout}: one period of a plan on a given genealogy. */
@Command(name = "payout", header = "Pay one period of a plan on a genealogy CSV.", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Pays one period of a compensation plan on a genealogy CSV: does this genealogy pay what the plan "
                + "document says? Prints total volume, total paid, payout ratio, the plan's maximum, breakage, capped "
                + "pay, and for binary flushed, carried and leg volume; writes each member's commission by component, the plan's details "
                + "(leg volumes, carry, group volume) and rank (to --out, or to standard output without it). "
                + "Placement and leg columns override the plan's placement rule.",
            ""})
final class PayoutCommand implements Callable<Integer> {

    @Option(names = "--genealogy", paramLabel = "FILE.csv", required = true,
            description = "Members: id, sponsor, volume[, placement, leg, carryLeft, carryRight, active].")
    Path genealogy;

    @Option(names = "--plan", paramLabel = "FILE.yaml", required = true,
            description = "A 'plan:' block as in a scenario (a whole scenario file is accepted; its plan is used).")
    Path plan;

    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = "Override a key of the plan file, e.g. --set plan.compression=none (repeatable).")
    List<String> sets = new ArrayList<>();

    @Option(names = "--out", paramLabel = "FILE.csv",
            description = "Per-member output CSV; without it the CSV goes to standard output and the totals to "
                    + "standard error.")
    Path out;

    @Option(names = "--force", description = "Replace the --out file even if Downline did not write it.")
    boolean force;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        final Path created = out == null ? null : org.downline.io.ResultFolder.missingParent(out);
        if (out != null) {
            List<org.downline.io.ResultFolder.Input> inputs = Main.commandInputs("--genealogy", List.of(genealogy));
            inputs.addAll(Main.inputs("--plan", List.of(plan)));
            org.downline.io.ResultFolder.checkFile(out, "payout", force, inputs);
        }
        PlanConfig config;
        try {
            config = ScenarioReader.readPlan(plan, sets).plan();
        } catch (ScenarioException e) {
            throw ScenarioReader.blamingSets(e, sets);
        }
        GenealogyFile file = GenealogyReader.read(genealogy);
        final int n = file.size();
        final Genealogy g = file.genealogy();
        // a departed member (active=false) buys nothing, as in a run (a member who quits has no volume):
        // volume the file gives one is not paid on, and the report says so
        long departedWithVolume = 0;
        double departedVolume = 0;
        for (int i = 0; i < n; i++) {
            if (!g.active[i] && g.volume[i] > 0) {
                departedWithVolume++;
                departedVolume += g.volume[i];
                g.volume[i] = 0;
            }
        }
        CompensationPlan p = Plans.create(config, n);
        try {
            p.joinAll(g, file.placementInput());
        } catch (PlacementException e) {
            throw new ScenarioException(file.source(), "line " + file.line()[e.member()] + ": column "
                    + e.column() + " " + e.reason(k -> file.ids()[k]));
        }
        Payout payout = Payout.recording(p, n);
        p.pay(g, payout);
        byte[] ranks = p.ranks();

        if (out != null) {
            // a symbolic link stands for its file, as for an --out folder: the file is replaced, the link stays
            AtomicFiles.write(org.downline.io.ResultFolder.absolute(out), o -> writeCsv(
                    new BufferedWriter(new OutputStreamWriter(o, StandardCharsets.UTF_8)), file, payout, ranks));
        } else {
            writeCsv(spec.commandLine().getOut(), file, payout, ranks);
        }
        PrintWriter report = out != null ? spec.commandLine().getOut() : spec.commandLine().getErr();
        long active = 0;
        for (int i = 0; i < n; i++) {
            if (g.active[i]) {
                active++;
            }
        }
        report.printf(Locale.US, "%s plan on %s: %s (%,d active)%n", config.type(),
                genealogy, org.downline.io.Words.count(n, "member"), active);
        if (departedWithVolume > 0) {
            report.printf(Locale.US, "  note: %s (active=false) %s volume %,.2f in the file: a departed member "
                    + "buys nothing, so it counts as 0, not paid on%n",
                    org.downline.io.Words.count(departedWithVolume, "departed member"),
                    departedWithVolume == 1 ? "has" : "have", departedVolume);
        }
        final String rules = rulesSet(config.rules());
        if (!rules.isEmpty()) {
            report.printf("  note: plan.rules are not applied (%s): a genealogy's volume has no split into members' "
                    + "own purchases and retail customers, which the rules read; 'downline run' applies them%n", rules);
        }
        report.printf(Locale.US, "  total volume        %,15.2f%n", payout.volume);
        report.printf(Locale.US, "  total paid          %,15.2f%n", payout.paid);
        // the ratios read as a run's summary table writes these metrics (a share: 12.1%)
        report.printf(Locale.US, "  payout ratio        %15s%n", Metric.PAYOUT_RATIO.unit().text(payout.payoutRatio()));
        // a plan with a bound per dollar (unilevel, matrix, breakaway) reports it on all the volume, whatever
        // the tree; binary's maximum is what its actual legs would pay (Payout.maxPayable)
        final boolean fullRate = !Double.isNaN(p.maxPayoutRatio());
        report.printf(Locale.US, "  plan maximum        %,15.2f  (%s; ratio %s)%n", payout.maxPayable,
                fullRate ? "the plan's full rate on every dollar, as if every member had a full upline, all "
                        + "qualified, no caps" : "every member qualified and uncapped, on the legs they have",
                Metric.MAX_PAYOUT_RATIO.unit().text(payout.volume > 0 ? payout.maxPayable / payout.volume : 0.0));
        report.printf(Locale.US, "  breakage            %,15.2f  (maximum - paid: %s)%n", payout.breakage(),
                fullRate ? "levels above the top of the tree, unqualified members, caps"
                        : "unqualified members, caps");
        report.printf(Locale.US, "  capped              %,15.2f  (pay above the cap, flushed)%n", payout.capped);
        if (Plans.entry(config).legs()) {                   // the other plans have no legs: nothing flushed or carried
            report.printf(Locale.US, "  flushed volume      %,15.2f  (leg volume neither paid on nor carried)%n",
                    payout.flushedVolume);
            report.printf(Locale.US, "  carried out         %,15.2f  (leg volume carried to the next period)%n",
                    payout.carriedVolume);
            // paid on (2 x paid / rate) + carried + flushed; one period's share flushed, its given carry-in included
            // (the volume that entered the legs and the given carry-in, which only a binary plan takes)
            final PlacementInput given = file.placementInput();
            double legVolume = payout.newLegVolume;
            for (int i = 0; i < n; i++) {
                legVolume += given.carryLeftOf(i) + given.carryRightOf(i);
            }
            report.printf(Locale.US, "  leg volume          %,15.2f  (both legs of every member, carry-in included: "
                    + "paid on, carried or flushed; %s flushed)%n", legVolume,
                    Metric.FLUSHED_VOLUME_RATIO.unit().text(legVolume > 0 ? payout.flushedVolume / legVolume : 0.0));
        }
        if (out != null) {
            report.printf("  per-member commissions written to %s%s%n", out, ResultSets.created(created));
        }
        report.flush();
        return 0;
    }

    /**
     * The rules set to anything but off, as {@code key=value} joined by ", " (values as the printed
     * scenario writes them: 50, 0.5); empty when every rule is off.
     */
    static String rulesSet(PlanRules r) {
        List<String> on = new ArrayList<>();
        if (r.minEndUserShare() > 0) {
            on.add(PlanRules.MIN_END_USER_SHARE.name() + "=" + Checks.plain(r.minEndUserShare()));
        }
        if (r.minRetailCustomers() > 0) {
            on.add(PlanRules.MIN_RETAIL_CUSTOMERS.name() + "=" + r.minRetailCustomers());
        }
        if (r.personalUseCap() > 0) {
            on.add(PlanRules.PERSONAL_USE_CAP.name() + "=" + Checks.plain(r.personalUseCap()));
        }
        return String.join(", ", on);
    }

    private static void writeCsv(Writer w, GenealogyFile file, Payout payout, byte[] ranks) throws IOException {
        String[] components = payout.componentNames();
        String[] details = payout.detailNames();
        CSVPrinter csv = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').build());
        List<String> header = new ArrayList<>();
        header.add("id");
        header.add("commission");
        header.addAll(List.of(components));
        header.addAll(List.of(details));
        if (ranks != null) {
            header.add("rank");
        }
        csv.printRecord(header);
        // rows in the file's order
        int n = file.size();
        int[] byRow = new int[n];
        for (int i = 0; i < n; i++) {
            byRow[file.fileRow()[i] - 1] = i;
        }
        for (int r = 0; r < n; r++) {
            int i = byRow[r];
            csv.print(file.ids()[i]);
            csv.print(money(payout.commission[i]));
            for (int c = 0; c < components.length; c++) {
                csv.print(money(payout.component(c)[i]));
            }
            for (int d = 0; d < details.length; d++) {
                csv.print(money(payout.detail(d)[i]));
            }
            if (ranks != null) {
                csv.print(Integer.toString(ranks[i]));
            }
            csv.println();
        }
        csv.flush();
    }

    /**
     * Cents, as plan documents state them: what {@code String.format(Locale.ROOT, "%.2f", v + 0.0)}
     * writes (Double.toString's digits of v rounded half up to cents; PayoutCommandTest compares the
     * two), without a formatter an amount, which made writing a large genealogy's CSV slow.
     */
    static String money(double v) {
        if (v == 0) {
            return "0.00";                  // most members' amounts on most columns
        }
        if (!Double.isFinite(v)) {
            return String.format(Locale.ROOT, "%.2f", v);
        }
        String cents = BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).toPlainString();
        // the format keeps the sign of a negative amount that rounds to 0.00
        return v < 0 && !cents.startsWith("-") ? "-" + cents : cents;
    }
}
