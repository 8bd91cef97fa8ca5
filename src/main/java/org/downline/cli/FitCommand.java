package org.downline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.downline.Version;
import org.downline.chart.FitChart;
import org.downline.engine.AbcSmc;
import org.downline.engine.Evaluator;
import org.downline.engine.ProgressListener;
import org.downline.engine.Predictive;
import org.downline.engine.Prior;
import org.downline.io.AtomicFiles;
import org.downline.io.Disclosures;
import org.downline.io.FitFiles;
import org.downline.io.FitReport;
import org.downline.io.HtmlReport;
import org.downline.io.PngWriter;
import org.downline.io.Provenance;
import org.downline.io.ResultFolder;
import org.downline.io.ScenarioKeys;
import org.downline.io.ScenarioReader;
import org.downline.io.ScenarioWriter;
import org.downline.io.SummaryTable;
import org.downline.io.Words;
import org.downline.rng.RandomStreams;
import org.downline.scenario.Checks;
import org.downline.scenario.Range;
import org.downline.scenario.Scenario;
import org.downline.scenario.ScenarioException;
import org.downline.stats.Disclosure;
import org.downline.stats.DisclosureMatch;
import org.downline.stats.Unit;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code downline fit}: a scenario fitted to a published income disclosure by ABC-SMC. */
@Command(name = "fit", header = "Fit a scenario to a published income disclosure (ABC-SMC).",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Finds which values of the --prior keys make the scenario's company publish the income disclosure given: "
                + "approximate Bayesian computation by sequential Monte Carlo (README, 'Fitting to an income "
                + "disclosure'). Each simulation is one replication of the scenario at its market size; the "
                + "disclosure's period is the simulation's last months, so 'months' is the company's age.",
            "Writes into --out: fit.json (posterior of each key, simulations, tolerance, acceptance rate, effective "
                + "sample size; the posterior predictive check against the published groups, and what the fitted "
                + "model implies beyond them: losing money, quitting, who funds the pay), posterior.csv (the last "
                + "generation's particles), generations.csv (every generation; an interrupted fit continues from it "
                + "with --resume), charts/ (posterior, pairs of keys, predictive check, tolerance) and report.html (all "
                + "of it on one self-contained page, charts embedded, to open in a browser). The same "
                + "options give the same files at any --threads and after --resume.",
            ""})
final class FitCommand implements Callable<Integer>, NumberOptions {

    @Mixin
    ScenarioOptions scenario = new ScenarioOptions();

    @Option(names = "--disclosure", paramLabel = "NAME|FILE", required = true,
            description = "A bundled disclosure ('downline disclosures') or a disclosure CSV file.")
    String disclosure;

    @Option(names = "--prior", paramLabel = "KEY=DIST", required = true,
            description = "A numeric scenario key and its prior: uniform(a,b), loguniform(a,b), normal(m,s) "
                    + "(truncated to the key's range) or fixed(v) (repeatable; at least one not fixed).")
    List<String> priors = new ArrayList<>();

    /** What each number option allows, as its errors say (a number out of it, and one that is no number). */
    private static final NumberOptions.Bounds PARTICLES = NumberOptions.Bounds.integers(2, 1_000_000);
    private static final NumberOptions.Bounds BUDGET = NumberOptions.Bounds.integers(2, 1_000_000_000_000L);
    private static final NumberOptions.Bounds MAX_GENERATIONS = NumberOptions.Bounds.integers(1, 10_000);
    private static final NumberOptions.Bounds MIN_ACCEPTANCE = NumberOptions.Bounds.numbers(0, false, 1, true);
    private static final NumberOptions.Bounds MIN_TOLERANCE = NumberOptions.Bounds.numbers(0, false,
            Double.POSITIVE_INFINITY, false);
    private static final NumberOptions.Bounds QUANTILE = NumberOptions.Bounds.numbers(0, true, 1, true);
    private static final NumberOptions.Bounds PREDICTIVE_DRAWS = NumberOptions.Bounds.integers(1, 100_000);

    @Override
    public NumberOptions.Bounds bounds(String name) {
        return switch (name) {
            case "--particles" -> PARTICLES;
            case "--budget" -> BUDGET;
            case "--max-generations" -> MAX_GENERATIONS;
            case "--min-acceptance" -> MIN_ACCEPTANCE;
            case "--min-tolerance" -> MIN_TOLERANCE;
            case "--quantile" -> QUANTILE;
            case "--predictive-draws" -> PREDICTIVE_DRAWS;
            default -> null;
        };
    }

    @Option(names = "--particles", paramLabel = "N", defaultValue = "200",
            description = "Particles per generation, an integer in [2, 1000000] (default: ${DEFAULT-VALUE}).")
    int particles;

    @Option(names = "--budget", paramLabel = "N", defaultValue = "20000",
            description = "Most simulations in all, an integer in [2, 1000000000000] (default: ${DEFAULT-VALUE}).")
    long budget;

    @Option(names = "--max-generations", paramLabel = "G", defaultValue = "20",
            description = "Stop after this many generations, an integer in [1, 10000] (default: ${DEFAULT-VALUE}).")
    int maxGenerations;

    @Option(names = "--min-acceptance", paramLabel = "A", defaultValue = "0.02",
            description = "Stop after a generation accepting fewer than this share of its simulations, "
                    + "a number in [0, 1) (default: ${DEFAULT-VALUE}).")
    double minAcceptance;

    @Option(names = "--min-tolerance", paramLabel = "E", defaultValue = "0",
            description = "Stop after a generation whose tolerance is at most this, a number >= 0 "
                    + "(default: ${DEFAULT-VALUE}).")
    double minTolerance;

    @Option(names = "--quantile", paramLabel = "Q", defaultValue = "0.5",
            description = "A generation's tolerance: this quantile of the last one's distances, a number "
                    + "in (0, 1) (default: ${DEFAULT-VALUE}).")
    double quantile;

    @Option(names = "--predictive-draws", paramLabel = "M", defaultValue = "100",
            description = "Posterior predictive simulations after the fit: particles of the last generation drawn by "
                    + "weight, each simulated afresh; an integer in [1, 100000] (default: ${DEFAULT-VALUE}).")
    int predictiveDraws;

    @Option(names = "--seed", paramLabel = "S", description = "Master seed (default: the scenario's 'seed').")
    Long seed;

    @Mixin
    ThreadsOption threads = new ThreadsOption();

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "downline-fit",
            description = "Output directory (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--resume", description = "Continue the interrupted fit into --out (same options).")
    boolean resume;

    @Option(names = "--force", description = "Replace --out even if it holds files that are not a Downline result "
            + "or a run's or a sweep's (an earlier fit's result set is always replaced whole).")
    boolean force;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** A parsed prior with what applying a value to the scenario needs. */
    private record Parsed(Prior prior, boolean integers) {
        String override(double x) {
            return FitModel.override(prior.key(), integers, x);
        }

        /** Its values in {@code g}, as the model ran them (whole numbers for a whole-number key). */
        double[] asRun(AbcSmc.Generation g, int k) {
            return AbcSmc.asRun(g.parameter(k), integers);
        }
    }

    @Override
    public Integer call() {
        final int workers = threads.resolve(spec.commandLine());
        final Path created = ResultFolder.missingParent(out);
        final List<ResultFolder.Input> inputs = scenario.inputs();
        if (!Disclosures.names().contains(disclosure)) {
            inputs.addAll(Main.inputs("--disclosure", List.of(disclosure)));
        }
        ResultFolder.check(out, force, ResultSets.FIT, inputs);
        final Disclosure d = Disclosures.load(disclosure);
        scenario.refuseSetAndOption("seed", seed, "--seed");
        final Scenario base = scenario.load(seed == null ? List.of() : List.of("seed=" + seed));
        final List<Parsed> free = new ArrayList<>();
        final List<String> fixed = new ArrayList<>();
        final List<String> seen = new ArrayList<>();
        for (String p : priors) {
            Parsed parsed = parse(p);
            if (seen.contains(parsed.prior().key())) {
                throw ScenarioReader.givenTwice("--prior", parsed.prior().key(), priors.get(seen.indexOf(
                        parsed.prior().key())), p);
            }
            seen.add(parsed.prior().key());
            // each particle's value replaced the --set one without a word
            scenario.refuseSetAndOption(parsed.prior().key(), p, "--prior");
            if (parsed.prior().fixed()) {
                fixed.add(parsed.override(parsed.prior().a()));
            } else {
                free.add(parsed);
            }
        }
        if (free.isEmpty()) {
            throw new InputException("--prior must give at least one key a distribution that is not fixed(v)");
        }
        final String yaml = ScenarioWriter.toYaml(base);
        final Scenario held = fixed.isEmpty() ? base : ScenarioReader.fromText(yaml, fixed, base.name());
        final int period = d.periodMonths();
        for (Parsed p : free) {
            if (p.prior().key().equals("months") && p.prior().lo() < period) {
                throw new InputException("--prior months must stay at or above the disclosure's period-months ("
                        + period + "), was " + p.prior());
            }
        }
        if (held.months() < period && !seen.contains("months")) {
            throw new InputException("months must be at least the disclosure's period-months (" + period
                    + "), was " + held.months() + " (set it with --set months=M or a --prior on months)");
        }
        check(spec, "--particles", particles);
        check(spec, "--budget", budget);
        if (budget < particles) {
            throw new InputException("--budget must be at least --particles (" + particles + "), was " + budget);
        }
        check(spec, "--max-generations", maxGenerations);
        check(spec, "--min-acceptance", minAcceptance);
        check(spec, "--min-tolerance", minTolerance);
        check(spec, "--quantile", quantile);
        check(spec, "--predictive-draws", predictiveDraws);
        // all that AbcSmc.Settings refuses is refused above, in the options' words: each number option by its
        // bounds, --budget below --particles, and --threads resolves to at least 1 (the seed may be any long)
        final AbcSmc.Settings settings = new AbcSmc.Settings(particles, budget, quantile, minAcceptance,
                minTolerance, maxGenerations, held.seed(), workers);
        final List<String> keys = free.stream().map(p -> p.prior().key()).toList();
        final ObjectNode manifest = manifest(yaml, fixed, d, free, settings);
        List<AbcSmc.Generation> done = List.of();
        // the fit is written into a work folder beside --out as it goes, moved into place when complete;
        // an interrupted fit leaves it, and --resume continues it
        final Path partial = ResultFolder.partialOf(out);
        final boolean interrupted = Files.isRegularFile(partial.resolve(FitFiles.SETTINGS));
        Path from = null;
        if (resume) {
            from = interrupted ? partial : out;
            done = FitFiles.resume(from, manifest, keys);
        } else if (interrupted) {
            throw new InputException("--out '" + out + "' has an interrupted fit in '" + partial + "': continue it "
                    + "with --resume, or delete it");
        } else if (Files.isRegularFile(out.resolve(FitFiles.SETTINGS)) && !Files.isRegularFile(out.resolve(FitFiles.FIT))) {
            throw new InputException("--out '" + out + "' holds a fit already: continue it with --resume, or choose "
                    + "another --out");
        }
        final boolean[] integers = new boolean[free.size()];
        for (int k = 0; k < integers.length; k++) {
            integers[k] = free.get(k).integers();
        }
        final FitModel unchecked = new FitModel(yaml, base.name(), fixed, keys, integers, d, null);
        // a fit whose largest scenario will not fit where its simulations run (this JVM's heap, or a cluster's
        // executors) is refused here, before anything is written (at once run at most a round's particles, or
        // the predictive draws)
        final FitMemory memory;
        try (Evaluator simulations = Evaluator.of(workers)) {
            memory = FitMemory.check(unchecked, free.stream().map(Parsed::prior).toList(),
                    simulations.memory(Math.max(particles, predictiveDraws)));
        }
        final FitModel model = unchecked.checking(memory);
        final ResultFolder folder = ResultFolder.openPartial(out);
        final Path dir = folder.dir();
        if (from != null && !from.equals(dir) && Files.isRegularFile(from.resolve(FitFiles.GENERATIONS))) {
            FitFiles.copy(from, dir, FitFiles.GENERATIONS);
        }
        FitFiles.writeSettings(dir, manifest);
        final String comment = "downline " + Version.get() + "; fit of scenario " + base.name() + " to " + d.name()
                + "; seed " + held.seed() + "; generator " + RandomStreams.ALGORITHM;
        final List<AbcSmc.Generation> all = new ArrayList<>(done);
        var print = spec.commandLine().getOut();
        if (!done.isEmpty()) {
            print.printf("Resuming after generation %d (%d simulations so far)%n", done.size() - 1,
                    done.get(done.size() - 1).totalSimulations());
        }
        ProgressListener progress = ConsoleProgress.forTerminal("generation");
        AbcSmc.Result result;
        try {
            result = AbcSmc.run(free.stream().map(Parsed::prior).toList(), model, settings, done, g -> {
                all.add(g);
                FitFiles.writeGenerations(dir, comment, keys, all);
            }, progress);
        } catch (AbcSmc.NoGenerationZero e) {
            if (done.isEmpty()) {                           // nothing of this fit is worth keeping
                FitFiles.forget(dir, folder.created());
            }
            throw new InputException("--prior: " + e.getMessage() + impossible(yaml, fixed, free, base.name()));
        } catch (ScenarioException e) {                     // a scenario drawn too large for where it runs
            if (all.isEmpty()) {
                FitFiles.forget(dir, folder.created());
            }
            throw e;
        } finally {
            ConsoleProgress.close(progress);
        }
        AbcSmc.Generation last = result.last();
        List<String> whole = free.stream().filter(Parsed::integers).map(p -> p.prior().key()).toList();
        FitFiles.writePosterior(dir, whole.isEmpty() ? comment : comment + "\n" + String.join(", ", whole)
                + ": particles as drawn; the model ran each rounded to the nearest whole number, and fit.json, "
                + "the charts and report.html summarise the rounded values", keys, last);
        Predictive.Result predictive = Predictive.run(last, predictiveDraws, settings.seed(), d, model,
                settings.threads());
        ObjectNode fit = fitJson(base, d, free, result, manifest);
        fit.set("predictive", predictiveJson(d, predictive));
        fit.set("implications", implicationsJson(predictive));
        AtomicFiles.writeString(dir.resolve(FitFiles.FIT), FitFiles.json(fit));
        FitChart.Fit charted = new FitChart.Fit(keys, free.stream().map(Parsed::prior).toList(), result, d, predictive,
                free.stream().map(Parsed::integers).toList());
        String months = Integer.toString(held.months());
        for (Parsed p : free) {
            if (p.prior().key().equals(Scenario.MONTHS.name())) {
                months = Unit.wholeNumber(p.prior().lo()) + " to " + Unit.wholeNumber(p.prior().hi()) + ", fitted";
            }
        }
        Provenance provenance = new Provenance(Version.get(), "fit of scenario " + base.name() + " to " + d.name(),
                "seed " + held.seed(), result.simulations() + " simulations, " + predictiveDraws + " predictive",
                months, RandomStreams.ALGORITHM);
        ResultFolder.prune(dir.resolve("charts"), List.of());   // a resumed work folder may hold others
        List<String> charts = new ArrayList<>();
        for (FitChart c : FitChart.REGISTERED) {
            if (c.appliesTo(charted)) {
                FitChart.Grid g = c.build(charted);
                PngWriter.write(g.panels(), g.columns(), dir.resolve("charts").resolve(c.fileName()), provenance);
                charts.add(c.fileName());
            }
        }
        FitReport.write(fit, manifest, d, charts, dir);
        folder.commit(ResultFolder.marker(ResultSets.FIT));
        print.printf("Fit of scenario %s to %s: %s, %s, stopped on %s%s%n", base.name(), d.name(),
                Words.count(result.generations().size(), "generation"),
                Words.count(result.simulations(), "simulation"), result.stop().word(),
                result.discarded() == 0 ? "" : " (" + FitReport.discarded(result.discarded(),
                        result.generations().size()) + ")");
        if (!result.fitted()) {
            print.println("WARNING: " + FitReport.notFitted(result.stop().word()));
        }
        String fewDraws = FitReport.fewDraws(predictiveDraws);
        if (fewDraws != null) {
            print.println("WARNING: " + fewDraws);
        }
        print.printf(Locale.ROOT, "tolerance %s, acceptance rate %s, effective sample size %s%n",
                FitReport.tolerance(last.tolerance()),
                FitReport.acceptanceRate(last.acceptanceRate()), FitReport.ess(last.ess()));
        int width = keys.stream().mapToInt(String::length).max().orElse(10);
        print.printf("%-" + width + "s  %12s  %12s  %27s%n", "key", "mean", "median", "95% interval");
        for (String key : keys) {
            // fit.json's summary, as report.html prints it (a whole-number key: whole numbers)
            JsonNode p = fit.path("parameters").path(key);
            print.printf("%-" + width + "s  %12s  %12s  [%12s, %12s]%n", key,
                    FitReport.value(key, p.path("mean").asDouble()), FitReport.value(key, p.path("median").asDouble()),
                    FitReport.value(key, p.path("ci95").get(0).asDouble()),
                    FitReport.value(key, p.path("ci95").get(1).asDouble()));
        }
        // what report.html's predictive check and implications say, so the terminal tells the story too
        for (String finding : FitReport.findings(fit)) {
            print.print(System.lineSeparator() + SummaryTable.wrap(finding, SummaryTable.NOTE_WIDTH));
        }
        print.printf("%nWrote %s, %s, %s, %s, charts/ (%s) and %s to %s%s%n", FitFiles.FIT, FitFiles.POSTERIOR,
                FitFiles.GENERATIONS, FitFiles.SETTINGS, String.join(", ", charts), HtmlReport.FILE, out,
                ResultSets.created(created));
        print.flush();
        return 0;
    }

    /** Why the priors' middle values cannot run, or a hint at the budget when they can. */
    private static String impossible(String yaml, List<String> held, List<Parsed> free, String name) {
        List<String> o = new ArrayList<>(held);
        for (Parsed p : free) {
            o.add(p.override((p.prior().lo() + p.prior().hi()) / 2));
        }
        try {
            ScenarioReader.fromText(yaml, o, name);
            return " (raise --budget, or narrow the priors to values that can run)";
        } catch (ScenarioException e) {
            return "; at the priors' middle values: " + e.getMessage();
        }
    }

    private static Parsed parse(String text) {
        int eq = text.indexOf('=');
        if (eq <= 0) {
            throw new InputException("--prior must be KEY=DIST, e.g. recruitment.imitation=uniform(0.05,0.9), was "
                    + Checks.show(text));
        }
        String key = ScenarioReader.keyOf(text);
        ScenarioKeys.Declared declared = ScenarioKeys.find(key);
        if (declared == null) {
            String near = ScenarioKeys.nearest(key);
            throw new InputException("--prior key " + Checks.show(key) + " is not a scenario key"
                    + (near == null ? "" : " (did you mean '" + near + "'?)"));
        }
        Range range = declared.key().range();
        if (!declared.variable() || !declared.key().type().numeric()) {
            throw new InputException("--prior key '" + key + "' must be a numeric scenario key, but it is "
                    + declared.key().allowed());
        }
        if (range == null) {
            // numeric without bounds: the seed (which the fit sets for every simulation itself)
            throw new InputException("--prior key '" + key + "' cannot be fitted: its values, " + declared.key().allowed()
                    + ", have no bounds for a prior" + (key.equals(Scenario.SEED.name())
                            ? "; the fit sets every simulation's seed itself (--seed sets the fit's)" : ""));
        }
        try {
            return new Parsed(Prior.parse(key, text.substring(eq + 1), range.lo(), range.hi()), range.integers());
        } catch (IllegalArgumentException e) {
            throw new InputException(e.getMessage());
        }
    }

    private ObjectNode manifest(String yaml, List<String> fixed, Disclosure d, List<Parsed> free,
                                       AbcSmc.Settings s) {
        ObjectNode m = FitFiles.object();
        m.put("version", Version.get());
        m.put("seed", s.seed());
        ObjectNode p = m.putObject("priors");
        for (Parsed x : free) {
            p.put(x.prior().key(), x.prior().toString());
        }
        ArrayNode f = m.putArray("fixed");
        fixed.forEach(f::add);
        FitFiles.putSettings(m, s);
        m.put(FitFiles.PREDICTIVE_DRAWS, predictiveDraws);
        m.put("disclosure", Disclosures.format(d));
        m.put("scenario", yaml);
        return m;
    }

    private static ObjectNode fitJson(Scenario base, Disclosure d, List<Parsed> free, AbcSmc.Result r,
                                      ObjectNode manifest) {
        AbcSmc.Generation last = r.last();
        ObjectNode root = FitFiles.object();
        root.put("version", Version.get());
        root.put("generator", RandomStreams.ALGORITHM);
        root.put("seed", manifest.get("seed").asLong());
        root.put("disclosure", d.name());
        root.put("scenario", base.name());
        ObjectNode parameters = root.putObject("parameters");
        for (int k = 0; k < free.size(); k++) {
            double[] x = free.get(k).asRun(last, k);
            ObjectNode p = parameters.putObject(free.get(k).prior().key());
            p.put("prior", free.get(k).prior().toString());
            p.put("mean", AbcSmc.weightedMean(x, last.weights()));
            p.put("median", AbcSmc.weightedQuantile(x, last.weights(), 0.5));
            p.set("ci95", FitFiles.array(AbcSmc.weightedQuantile(x, last.weights(), 0.025),
                    AbcSmc.weightedQuantile(x, last.weights(), 0.975)));
        }
        root.put("simulations", r.simulations());
        // run by a generation the budget stopped before it finished: in no generation, not in "simulations"
        root.put("discardedSimulations", r.discarded());
        root.put("generations", r.generations().size());
        root.put("stoppedOn", r.stop().word());
        FitFiles.number(root, "tolerance", last.tolerance());  // infinite if only generation 0 ran: null
        root.put("acceptanceRate", last.acceptanceRate());
        root.put("ess", last.ess());
        root.put("distance", "sqrt(sum over groups of share * (ln(1 + simulated mean) - ln(1 + published mean))^2"
                + " + (simulated - published share paid nothing)^2 where the disclosure has zero earners)");
        // generation 0's tolerance is infinite (it accepts every simulation): null
        root.set("tolerances", FitFiles.array(r.generations().stream().mapToDouble(AbcSmc.Generation::tolerance)
                .toArray()));
        root.set("settings", manifest.deepCopy().without(List.of("scenario", "disclosure", "version")));
        return root;
    }

    /** The predictive check: each published quantity against the median and 5–95% of the draws. */
    private static ObjectNode predictiveJson(Disclosure d, Predictive.Result p) {
        ObjectNode root = FitFiles.object();
        root.put("draws", p.draws());
        ArrayNode groups = root.putArray("groups");
        for (int k : DisclosureMatch.incomeOrder(d)) {
            Disclosure.Group g = d.groups().get(k);
            ObjectNode o = groups.addObject();
            o.put("group", g.label());
            o.put("share", g.share());
            check(o, g.meanAnnualGross(), p.groupMeans()[k]);
        }
        double zero = d.shareZero() > 0 ? d.shareZero() : d.covers() == Disclosure.Covers.PAID ? 0 : Double.NaN;
        check(root.putObject("shareZero"), zero, p.shareZero());
        check(root.putObject("topOnePercentShare"), DisclosureMatch.topOnePercentShare(d), p.topOnePercentShare());
        return root;
    }

    private static void check(ObjectNode o, double published, Predictive.Spread s) {
        o.put("draws", s.defined());                        // the draws that define it, its quantiles' of
        FitFiles.number(o, "published", published);
        FitFiles.number(o, "median", s.quantile(0.5));
        // a band from fewer than Predictive.MIN_BAND_DRAWS draws is not given: null, as the report's "–"
        final boolean band = s.defined() >= Predictive.MIN_BAND_DRAWS;
        FitFiles.number(o, "p05", band ? s.quantile(0.05) : Double.NaN);
        FitFiles.number(o, "p95", band ? s.quantile(0.95) : Double.NaN);
    }

    /** What the predictive simulations imply beyond the disclosure: mean and 2.5–97.5% across the draws. */
    private static ObjectNode implicationsJson(Predictive.Result p) {
        ObjectNode root = FitFiles.object();
        root.put("draws", p.draws());
        interval(root.putObject("shareLosingMoney"), p.shareLosingMoney());
        interval(root.putObject("shareLosingMoneyInPeriod"), p.shareLosingMoneyInPeriod());
        interval(root.putObject("netIncomeMedian"), p.netIncomeMedian());
        interval(root.putObject("shareQuitWithinYear"), p.shareQuitWithinYear());
        interval(root.putObject("sharePayFromOwnPurchases"), p.sharePayFromOwnPurchases());
        // a newcomer's first year, joining in the disclosure's last month (each draw runs a year more)
        ObjectNode outlook = root.putObject("outlook");
        outlook.put("joins", "in the disclosure's last month; first year simulated after it");
        interval(outlook.putObject("netIncomeMedian"), p.newcomerNetMedian());
        interval(outlook.putObject("shareLosingMoney"), p.newcomerShareLosingMoney());
        interval(outlook.putObject("shareQuit"), p.newcomerShareQuit());
        interval(outlook.putObject("sharePaid"), p.newcomerSharePaid());
        return root;
    }

    private static void interval(ObjectNode o, Predictive.Spread s) {
        o.put("draws", s.defined());                        // the draws that define it, its mean's and ci95's of
        FitFiles.number(o, "mean", s.mean());
        if (s.defined() >= Predictive.MIN_BAND_DRAWS) {
            o.set("ci95", FitFiles.array(s.quantile(0.025), s.quantile(0.975)));
        } else {
            o.putNull("ci95");                              // too few draws for an interval: the report's "–"
        }
    }
}
