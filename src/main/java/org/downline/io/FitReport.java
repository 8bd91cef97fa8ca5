package org.downline.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.downline.engine.AbcSmc;
import org.downline.engine.Predictive;
import org.downline.stats.Disclosure;
import org.downline.stats.Unit;

/**
 * report.html of a fit: the headline, the posterior, the predictive check against the published
 * groups, what the fitted model implies, every chart (embedded as {@code data:} PNGs), the disclosure,
 * the scenario and how it was made. Its numbers are read from the very {@code fit.json} and
 * {@code fit-settings.json} objects written beside it, so the page and the files cannot disagree.
 * Every user's string goes through {@code {{...}}}, which HTML-escapes it. No date, no thread count.
 */
public final class FitReport {

    private static final Mustache TEMPLATE =
            new DefaultMustacheFactory("org/downline/io/").compile("fit-report.html.mustache");

    /** What each chart of a fit shows, by file name. */
    private static final Map<String, String> CAPTIONS = Map.of(
            "posterior.png", "The posterior of each fitted key: the last generation's particles, weighted, "
                    + "against the prior.",
            "posterior-pairs.png", "Pairs of fitted keys: where the last generation's particles lie together "
                    + "(a cloud along a diagonal means the two keys trade off against each other). Each dot is a "
                    + "particle, shaded by its weight against the average weight (1 ÷ the number of particles): light below half of it, "
                    + "medium from half to twice, dark above twice.",
            "predictive-check.png", "The predictive check: each published group's mean pay against the median and "
                    + "5–95% band of the posterior predictive simulations.",
            "tolerance.png", "The tolerance of each generation: how close a simulation had to come to the "
                    + "disclosure to be accepted, and the share of its simulations accepted. Generation 0 has no "
                    + "tolerance (it accepts every simulation): it shows its acceptance rate, 100%, alone.");

    private FitReport() {
    }

    /**
     * Writes {@code dir/report.html} atomically.
     *
     * @param fit      the object written as fit.json
     * @param settings the object written as fit-settings.json
     * @param charts   file names under {@code dir/charts}, in order
     */
    public static Path write(ObjectNode fit, ObjectNode settings, Disclosure d, List<String> charts, Path dir) {
        Path target = dir.resolve(HtmlReport.FILE);
        AtomicFiles.writeString(target, render(fit, settings, d, charts, dir));
        return target;
    }

    /**
     * A fitted key's value in the posterior table, as the terminal and the charts print it ({@link
     * Unit#keyValue}): a whole-number key ({@code months}, as its declaration says) as a whole number,
     * the model having run it rounded; else to {@link Unit#FIT_DIGITS} significant digits.
     */
    public static String value(String key, double x) {
        ScenarioKeys.Declared d = ScenarioKeys.find(key);
        boolean whole = d != null && d.key().range() != null && d.key().range().integers();
        return Unit.keyValue(x, whole);
    }

    /**
     * A generation's tolerance as people read it, in the terminal and the report alike: to {@link
     * Unit#FIT_DIGITS} significant digits; generation 0's is infinite (fit.json: null), as it accepts
     * every simulation, which "0.000" or "Infinity" would misstate.
     */
    public static String tolerance(double t) {
        return Double.isInfinite(t) ? "none (generation 0 accepts every simulation)" : Unit.significant(t);
    }

    /** The last generation's effective sample size, in the terminal and the report alike: a whole number. */
    public static String ess(double ess) {
        return String.format(Locale.ROOT, "%.0f", ess);
    }

    /**
     * The simulations of the generation the budget stopped before it finished, in the terminal and
     * the report alike: run, but in no generation, so not counted among the fit's simulations
     * (fit.json {@code discardedSimulations}).
     *
     * @param generation the unfinished generation's index
     */
    public static String discarded(long n, int generation) {
        return Words.count(n, "simulation") + " of generation " + generation + ", unfinished when the budget ran out, "
                + (n == 1 ? "was" : "were") + " discarded";
    }

    /** What a fit of generation 0 alone is, in the terminal and the report alike ({@link AbcSmc#fitted}). */
    public static String notFitted(String stoppedOn) {
        return "not fitted: only generation 0 ran, which accepts every simulation, so the values are the prior's, "
                + "not a posterior (a fit needs generation 1 or later: raise --"
                + (stoppedOn.equals("maxGenerations") ? "max-generations" : "budget") + ")";
    }

    /**
     * Why no predictive band is drawn, in the terminal and the report alike, when there are fewer
     * than {@link Predictive#MIN_BAND_DRAWS} draws; null when there are enough.
     */
    public static String fewDraws(int draws) {
        return draws >= Predictive.MIN_BAND_DRAWS ? null : "only " + Words.count(draws, "predictive draw")
                + ": fewer than " + Predictive.MIN_BAND_DRAWS + " are too few for a 5–95% band or a 95% interval, so "
                + "none is drawn and the predictive check is not judged (raise --predictive-draws)";
    }

    /** A generation's acceptance rate as people read it, in the terminal and the report alike: a share, 49.2%. */
    public static String acceptanceRate(double a) {
        return Unit.SHARE.text(a);
    }

    static String render(ObjectNode fit, ObjectNode settings, Disclosure d, List<String> chartFiles, Path dir) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("version", fit.path("version").asText());
        c.put("generator", fit.path("generator").asText());
        c.put("seed", fit.path("seed").asText());
        c.put("scenarioName", fit.path("scenario").asText());
        c.put("disclosureName", d.name());
        c.put("disclosureTitle", d.title());
        c.put("source", d.source());
        c.put("covers", coversText(d.covers()));
        c.put("period", d.periodMonths() + " months");
        c.put("note", d.note());
        c.put("hasNote", !d.note().isEmpty());
        List<Map<String, Object>> dgroups = new ArrayList<>();
        for (Disclosure.Group g : d.groups()) {
            dgroups.add(Map.of("label", g.label(), "share", Unit.groupShare(g.share()),
                    "mean", Unit.DOLLARS.text(g.meanAnnualGross()),
                    "band", Double.isNaN(g.lower()) && Double.isNaN(g.upper()) ? "" : band(g.lower(), g.upper())));
        }
        c.put("disclosureGroups", dgroups);
        c.put("hasBands", d.groups().stream().anyMatch(g -> !Double.isNaN(g.lower()) || !Double.isNaN(g.upper())));

        // the posterior
        List<String> keys = new ArrayList<>();
        List<Map<String, Object>> posterior = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = fit.path("parameters").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode p = e.getValue();
            keys.add(e.getKey());
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("key", e.getKey());
            m.put("prior", p.path("prior").asText());
            String key = e.getKey();
            m.put("mean", value(key, p.path("mean").asDouble()));
            m.put("median", value(key, p.path("median").asDouble()));
            m.put("ci", "[" + value(key, p.path("ci95").get(0).asDouble()) + ", "
                    + value(key, p.path("ci95").get(1).asDouble()) + "]");
            posterior.add(m);
        }
        c.put("posterior", posterior);
        long simulations = fit.path("simulations").asLong();
        int generations = fit.path("generations").asInt();
        c.put("simulations", String.format(Locale.US, "%,d", simulations));
        c.put("generations", Words.count(generations, "generation"));
        c.put("stopped", withOptions(stopText(fit.path("stoppedOn").asText())));
        final boolean fitted = AbcSmc.fitted(generations);
        final String model = model(fitted);
        c.put("model", model);
        List<String> warnings = new ArrayList<>();
        if (!fitted) {
            warnings.add(capital(notFitted(fit.path("stoppedOn").asText())) + ".");
        }
        String few = fewDraws(fit.path("predictive").path("draws").asInt());
        if (few != null) {
            warnings.add(capital(few) + ".");
        }
        c.put("warnings", warnings.stream().map(FitReport::withOptions).toList());
        c.put("minBandDraws", Predictive.MIN_BAND_DRAWS);
        String scenario = "The scenario “" + fit.path("scenario").asText() + "”";
        c.put("headline", fitted
                ? scenario + " was fitted to the income disclosure “" + d.title() + "” by finding which values of "
                        + String.join(", ", keys) + " make its simulated company publish that disclosure."
                : scenario + " was not fitted to the income disclosure “" + d.title() + "”: finding which values of "
                        + String.join(", ", keys) + " make its simulated company publish that disclosure takes "
                        + "generation 1 or later, and only generation 0 ran, so the values below are draws from the "
                        + "priors.");
        c.put("posteriorHeading", fitted ? "The fitted values (posterior)" : "The values drawn from the priors (not "
                + "fitted)");
        c.put("posteriorCaption", fitted ? "Each fitted key: its prior and the last generation's weighted particles"
                : "Each key: its prior and generation 0's particles, drawn from the prior");
        long discarded = fit.path("discardedSimulations").asLong();
        c.put("discarded", discarded == 0 ? "" : "; " + discarded(discarded, generations));
        JsonNode tolerance = fit.path("tolerance");
        c.put("tolerance", tolerance(tolerance.isNumber() ? tolerance.asDouble() : Double.POSITIVE_INFINITY));
        c.put("acceptanceRate", acceptanceRate(fit.path("acceptanceRate").asDouble()));
        c.put("ess", ess(fit.path("ess").asDouble()));
        c.put("distance", fit.path("distance").asText());

        // the predictive check
        JsonNode pred = fit.path("predictive");
        c.put("draws", pred.path("draws").asText());
        List<Map<String, Object>> checks = new ArrayList<>();
        for (JsonNode g : pred.path("groups")) {
            checks.add(check(g.path("group").asText(), Unit.groupShare(g.path("share").asDouble()), g, Unit.DOLLARS,
                    outside(g)));
        }
        checks.add(check("Share paid nothing", "", pred.path("shareZero"), Unit.SHARE, outside(pred.path("shareZero"))));
        checks.add(check("Top 1%'s share of all pay", "", pred.path("topOnePercentShare"), Unit.SHARE,
                outside(pred.path("topOnePercentShare"))));
        c.put("checks", checks);
        c.put("verdict", withOptions(few != null ? capital(few) + "." : verdict(fit)));
        c.put("judged", few == null);                       // if not, the warnings above say why

        // the implications
        JsonNode im = fit.path("implications");
        final int draws = im.path("draws").asInt();
        List<Map<String, Object>> implications = new ArrayList<>();
        implications.add(implication("Lost money over their whole time in the company", im.path("shareLosingMoney"),
                Unit.SHARE, draws));
        implications.add(implication("Lost money in the disclosure's period", im.path("shareLosingMoneyInPeriod"),
                Unit.SHARE, draws));
        implications.add(implication("Median net income (pay minus costs)", im.path("netIncomeMedian"), Unit.DOLLARS,
                draws));
        implications.add(implication("Quit within a year of joining", im.path("shareQuitWithinYear"), Unit.SHARE,
                draws));
        implications.add(implication("Share of all pay funded by the participants' own purchases",
                im.path("sharePayFromOwnPurchases"), Unit.SHARE, draws));
        c.put("implications", implications);
        JsonNode o = im.path("outlook");
        List<Map<String, Object>> outlook = new ArrayList<>();
        outlook.add(implication("Median net income in the first year", o.path("netIncomeMedian"), Unit.DOLLARS,
                draws));
        outlook.add(implication("Lose money in the first year", o.path("shareLosingMoney"), Unit.SHARE, draws));
        outlook.add(implication("Quit within the first year", o.path("shareQuit"), Unit.SHARE, draws));
        outlook.add(implication("Paid anything in the first year", o.path("sharePaid"), Unit.SHARE, draws));
        c.put("outlook", outlook);
        c.put("implicationSentence", implicationSentence(im));
        c.put("outlookSentence", outlookSentence(im));

        // the charts
        List<Map<String, Object>> charts = new ArrayList<>();
        for (String file : chartFiles) {
            String caption = CAPTIONS.getOrDefault(file, file);
            if (!fitted && file.equals("posterior.png")) {
                caption = "Not fitted: generation 0's particles, drawn from each key's prior, against the prior.";
            }
            if (few != null && file.equals("predictive-check.png")) {    // the chart then draws no band
                caption = "The predictive check: each published group's mean pay against the median of the "
                        + Words.count(fit.path("predictive").path("draws").asInt(), "predictive simulation")
                        + ", too few for a 5–95% band.";
            }
            Map<String, Object> m = HtmlReport.chart(file, caption, HtmlReport.readChart(dir, file));
            m.put("predictive", file.equals("predictive-check.png"));
            charts.add(m);
        }
        c.put("charts", charts);

        // the scenario and the settings
        String yaml = settings.path("scenario").asText();
        c.put("yaml", yaml);
        c.put("yamlHref", "data:text/yaml;charset=utf-8;base64,"
                + Base64.getEncoder().encodeToString(yaml.getBytes(StandardCharsets.UTF_8)));
        List<Map<String, Object>> set = new ArrayList<>();
        List<String> shown = new ArrayList<>(FitFiles.ALGORITHM_SETTINGS.stream().map(FitFiles.Setting::name).toList());
        shown.add(FitFiles.PREDICTIVE_DRAWS);
        for (String f : shown) {
            set.add(Map.of("k", f, "v", settings.path(f).asText()));
        }
        List<String> fixed = new ArrayList<>();
        settings.path("fixed").forEach(n -> fixed.add(n.asText()));
        set.add(Map.of("k", "fixed", "v", fixed.isEmpty() ? "none" : String.join(", ", fixed)));
        c.put("settings", set);
        StringWriter out = new StringWriter();
        TEMPLATE.execute(out, c);
        return out.toString();
    }

    /**
     * What a fit found, in plain sentences, as report.html says it: the predictive check's verdict, what
     * the predictive simulations imply (losses after costs, quitting, pay funded by the participants' own
     * purchases), and a newcomer's first year; no verdict when too few draws judge the check (the
     * warning {@link #fewDraws} says so). {@code fit} is fit.json's tree.
     */
    public static List<String> findings(ObjectNode fit) {
        JsonNode im = fit.path("implications");
        boolean judged = fewDraws(fit.path("predictive").path("draws").asInt()) == null;
        return judged ? List.of(verdict(fit), implicationSentence(im), outlookSentence(im))
                : List.of(implicationSentence(im), outlookSentence(im));
    }

    /**
     * The predictive check's verdict ({@link #verdict(int, int, int, String)}), for a fit with enough
     * draws to judge it (callers check {@link #fewDraws} first, and say that instead).
     */
    private static String verdict(ObjectNode fit) {
        JsonNode pred = fit.path("predictive");
        int outside = 0;
        int groups = 0;
        int unjudged = 0;                                   // groups shown "–": too few draws define them
        for (JsonNode g : pred.path("groups")) {
            groups++;
            outside += outside(g) ? 1 : 0;
            unjudged += banded(g) ? 0 : 1;
        }
        return verdict(groups, unjudged, outside, model(AbcSmc.fitted(fit.path("generations").asInt())));
    }

    /** What the predictive check judges: the fitted model, or (generation 0 alone) the priors' draws. */
    private static String model(boolean fitted) {
        return fitted ? "the fitted model" : "the model at values drawn from the priors";
    }

    /** What the predictive simulations imply over the participants' whole time ({@code im}: fit.json's implications). */
    private static String implicationSentence(JsonNode im) {
        return "Across the " + im.path("draws").asText() + " predictive simulations, "
                + text(im.path("shareLosingMoney"), Unit.SHARE) + " of participants lost money over their time in "
                + "the company (" + text(im.path("shareLosingMoneyInPeriod"), Unit.SHARE) + " in the disclosure's "
                + "period), the median participant's net income was " + text(im.path("netIncomeMedian"), Unit.DOLLARS)
                + ", " + text(im.path("shareQuitWithinYear"), Unit.SHARE) + " quit within a year, and "
                + text(im.path("sharePayFromOwnPurchases"), Unit.SHARE) + " of the pay came from the participants' "
                + "own purchases.";
    }

    /** A newcomer's first year, joining in the disclosure's last month ({@code im}: fit.json's implications). */
    private static String outlookSentence(JsonNode im) {
        JsonNode o = im.path("outlook");
        final int draws = im.path("draws").asInt();
        return "Someone joining in the disclosure's last month would, in their first year, have a "
                + "median net income of " + text(o.path("netIncomeMedian"), Unit.DOLLARS) + "; "
                + text(o.path("shareLosingMoney"), Unit.SHARE) + " of such newcomers lose money, "
                + text(o.path("shareQuit"), Unit.SHARE) + " quit and " + text(o.path("sharePaid"), Unit.SHARE)
                + " are paid anything" + (o.path("netIncomeMedian").path("draws").asInt(draws) == draws ? ""
                : " (over the " + draws(o.path("netIncomeMedian"), draws) + " predictive simulations in which "
                        + "anyone joined that month)") + ".";
    }

    /**
     * The predictive check's verdict on the published groups, when the fit has enough draws for a band:
     * it counts only the groups whose band is shown, and says how many were not judged, those that
     * fewer than {@link Predictive#MIN_BAND_DRAWS} draws define (the table shows them "–"), rather
     * than calling every group inside.
     *
     * @param groups   the published groups
     * @param unjudged those of them without a band
     * @param outside  those of them whose published mean lies outside their band
     */
    static String verdict(int groups, int unjudged, int outside, String model) {
        if (unjudged == 0) {
            return outside == 0
                    ? "Every published group mean lies inside the predictive 5–95% band: " + model + " reproduces the "
                            + "disclosure's groups."
                    : outside + " of the " + groups + " published group means fall outside the predictive 5–95% "
                            + "band: " + model + " does not reproduce the disclosure there, and what it implies "
                            + "should be read with that in mind.";
        }
        String tooFew = "fewer than " + Predictive.MIN_BAND_DRAWS + " of the predictive draws defined "
                + (unjudged == 1 ? "its mean" : "their means");
        if (unjudged == groups) {
            return "None of the " + Words.count(groups, "published group") + " could be judged: " + tooFew
                    + ", too few for a 5–95% band (raise --predictive-draws).";
        }
        int judged = groups - unjudged;
        String notJudged = Words.count(unjudged, "group") + " had too few draws to judge (" + tooFew + ")";
        return outside == 0
                ? judged + " of the " + groups + " published group means lie inside the predictive 5–95% band; "
                        + notJudged + ": " + model + " reproduces the disclosure's groups that could be judged."
                : outside + " of the " + judged + " published group means it could judge fall outside the predictive "
                        + "5–95% band; " + notJudged + ": " + model + " does not reproduce the disclosure there, and what it implies "
                        + "should be read with that in mind.";
    }

    /** Whether a value rests on enough draws for a band ({@link Predictive#MIN_BAND_DRAWS}). */
    private static boolean banded(JsonNode g) {
        return g.path("draws").asInt(Integer.MAX_VALUE) >= Predictive.MIN_BAND_DRAWS;
    }

    private static boolean outside(JsonNode g) {
        if (!banded(g) || !g.path("published").isNumber() || !g.path("p05").isNumber() || !g.path("p95").isNumber()) {
            return false;
        }
        double x = g.path("published").asDouble();
        return x < g.path("p05").asDouble() || x > g.path("p95").asDouble();
    }

    private static Map<String, Object> check(String label, String share, JsonNode g, Unit u, boolean out) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("label", label);
        m.put("share", share);
        m.put("published", value(g.path("published"), u));
        m.put("median", value(g.path("median"), u));
        m.put("band", banded(g) ? "[" + value(g.path("p05"), u) + ", " + value(g.path("p95"), u) + "]" : "–");
        m.put("outside", out);
        m.put("status", out ? "outside" : g.path("published").isNumber() && banded(g) ? "inside" : "–");
        return m;
    }

    private static String value(JsonNode n, Unit u) {
        return n.isNumber() ? u.text(n.asDouble()) : "n/a";
    }

    private static Map<String, Object> implication(String label, JsonNode n, Unit u, int draws) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("label", label);
        m.put("mean", text(n, u));
        m.put("ci", interval(n, u));
        m.put("draws", draws(n, draws));
        return m;
    }

    /**
     * Over how many of the predictive draws a value is: "100", or "99 of 100" when some draws leave it
     * undefined (a draw in which nobody joined in the disclosure's last month has no newcomer outlook).
     */
    static String draws(JsonNode n, int draws) {
        int defined = n.path("draws").asInt(draws);
        return defined == draws ? Integer.toString(draws) : defined + " of " + draws;
    }

    /**
     * A spread's mean as text, as fit.json holds it: a mean of the predictive draws, like their
     * quantiles ({@link #interval}), lies within the values the quantity can take.
     */
    private static String text(JsonNode n, Unit u) {
        return value(n.path("mean"), u);
    }

    private static String interval(JsonNode n, Unit u) {
        JsonNode ci = n.path("ci95");
        if (!banded(n)) {
            return "–";
        }
        if (!ci.isArray() || ci.size() != 2 || !ci.get(0).isNumber() || !ci.get(1).isNumber()) {
            return "";
        }
        // quantiles of the predictive draws: within the values each can take, nothing to cut
        return "[" + u.text(ci.get(0).asDouble()) + ", " + u.text(ci.get(1).asDouble()) + "]";
    }

    private static String band(double lo, double hi) {
        return (Double.isNaN(lo) ? "" : Unit.DOLLARS.text(lo)) + " – " + (Double.isNaN(hi) ? "" : Unit.DOLLARS.text(hi));
    }

    private static String coversText(Disclosure.Covers c) {
        return switch (c) {
            case ALL -> "everyone who was a participant at any time in the period, zero earners included";
            case ACTIVE -> "the company's active participants (read as those active in the period's last month)";
            case PAID -> "only those paid something in the period";
        };
    }

    /**
     * {@code text} as HTML, each command-line option in it ("--predictive-draws") in a {@code code} that
     * the page keeps on one line: on a phone the option broke at its hyphen, "--predictive-" and "draws".
     * For the template's triple-brace (unescaped) fields.
     */
    static String withOptions(String text) {
        java.io.StringWriter html = new java.io.StringWriter();
        com.github.mustachejava.util.HtmlEscaper.escape(text, html);
        return html.toString().replaceAll("(?<![\\w-])(--[a-z][a-z-]*[a-z])", "<code class=\"opt\">$1</code>");
    }

    private static String capital(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String stopText(String word) {
        return switch (word) {
            case "maxGenerations" -> "it reached the most generations allowed (--max-generations)";
            case "minTolerance" -> "its tolerance reached --min-tolerance";
            case "minAcceptance" -> "a generation accepted fewer simulations than --min-acceptance";
            case "budget" -> "it used its budget of simulations (--budget)";
            default -> word;
        };
    }
}
