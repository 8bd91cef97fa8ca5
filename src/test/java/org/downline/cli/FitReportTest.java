package org.downline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.downline.chart.FitChart;
import org.downline.engine.AbcSmc;
import org.downline.engine.Predictive;
import org.downline.engine.Prior;
import org.downline.io.Disclosures;
import org.downline.io.FitFiles;
import org.downline.io.FitReport;
import org.downline.io.ScenarioKeys;
import org.downline.stats.Disclosure;
import org.downline.stats.Unit;
import org.downline.testing.Cli;
import org.downline.testing.HeadlessChromium;
import org.junit.jupiter.api.BeforeAll;
import org.downline.testing.EmbeddedImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.CategoryChart;

/** A fit's report.html: the posterior as in fit.json, charts embedded, escaping, offline in a browser. */
class FitReportTest {

    static final String LABEL = "<script>alert(1)</script>";
    static final String TITLE = "<img src=x onerror=\"window.pwned=1\"> & co";

    @TempDir
    static Path tmp;

    static Path out;
    static JsonNode fit;
    static String html;

    @BeforeAll
    static void run() throws IOException {
        String csv = new String(FitReportTest.class.getResourceAsStream("/org/downline/disclosures/doterra-us-2017.csv")
                .readAllBytes(), StandardCharsets.UTF_8)
                .replace("# title: doTERRA International, Opportunity and Earnings Disclosure Summary, US, 2017",
                        "# title: " + TITLE)
                .replace("Manager,", LABEL + ",");
        assertTrue(csv.contains(LABEL) && csv.contains(TITLE));
        Path file = tmp.resolve("hostile.csv");
        Files.writeString(file, csv);
        out = tmp.resolve("fit");
        Cli r = Cli.run("fit", "--set", "market.population=20000", "--disclosure", file.toString(),
                "--prior", "recruitment.imitation=uniform(0.05,0.9)", "--prior",
                "recruitment.effort.sigma=uniform(0.2,2.5)", "--particles", "20", "--budget", "200",
                "--max-generations", "3", "--predictive-draws", "30", "--threads", "2", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("report.html"), r.out());
        fit = new ObjectMapper().readTree(out.resolve("fit.json").toFile());
        html = Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8);
    }

    /**
     * A fit of 10 particles of 5,000 people, one key, 4 predictive draws, into {@code out} within {@code
     * budget} simulations (10: generation 0 alone); it must succeed.
     */
    private static Cli smallFit(Path out, int budget) {
        Cli r = Cli.run("fit", "--set", "market.population=5000", "--disclosure", "monavie-2009", "--prior",
                "recruitment.imitation=uniform(0.1,0.8)", "--particles", "10", "--budget", String.valueOf(budget),
                "--predictive-draws", "4", "--threads", "2", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        return r;
    }

    /**
     * A fit that stops after generation 0 has no tolerance (fit.json: null): the terminal and the
     * report both say so in words, not "Infinity" or "0.000" (which reads as a perfect match).
     */
    @Test
    void aFitOfGenerationZeroOnlySaysItHasNoTolerance() throws IOException {
        Path zero = tmp.resolve("zero");
        Cli r = smallFit(zero, 10);
        JsonNode z = new ObjectMapper().readTree(zero.resolve("fit.json").toFile());
        assertEquals(1, z.path("generations").asInt());
        assertTrue(z.path("tolerance").isNull(), z.toString());
        String none = "tolerance none (generation 0 accepts every simulation)";
        assertTrue(r.out().contains(none + ", acceptance rate"), r.out());
        // the acceptance rate reads the same in the terminal and the report: a share (was 1.00 beside 100.0%)
        String rate = "acceptance rate " + FitReport.acceptanceRate(z.path("acceptanceRate").asDouble()) + ",";
        assertTrue(rate.matches("acceptance rate \\d+\\.\\d%,") && r.out().contains(rate), r.out());
        assertFalse(r.out().contains("Infinity"), r.out());
        String page = Files.readString(zero.resolve("report.html"), StandardCharsets.UTF_8);
        assertTrue(page.contains("Last generation: " + none + ","), "report.html");
        assertTrue(page.contains(none + ", " + rate), "report.html");
        // it fitted nothing: the terminal and the report say so first, and the page claims no fit
        String notFitted = FitReport.notFitted("budget");
        assertTrue(r.out().contains("WARNING: " + notFitted + "\n"), r.out());
        String few = FitReport.fewDraws(4);
        assertTrue(few.startsWith("only 4 predictive draws: fewer than 20") && r.out().contains("WARNING: " + few),
                r.out());
        String escaped = page.replace("&#39;", "'");
        // each option in a code kept on one line (on a phone "--predictive-draws" broke at its hyphen)
        String option = "(--[a-z][a-z-]*[a-z])";
        String code = "<code class=\"opt\">$1</code>";
        assertTrue(few.contains("--predictive-draws"), few);
        assertTrue(escaped.contains("<p class=\"warning\" role=\"note\"><strong>Warning:</strong> Not"
                + notFitted.substring(3).replaceAll(option, code) + ".</p>"), "report.html's warning");
        assertTrue(escaped.contains("<p class=\"warning\" role=\"note\"><strong>Warning:</strong> Only"
                + few.substring(4).replaceAll(option, code) + ".</p>"), "report.html's warning");
        assertTrue(escaped.contains("was not fitted to the income disclosure"), "report.html");
        assertTrue(escaped.contains("<h2 id=\"posterior-h\">The values drawn from the priors (not fitted)</h2>"));
        for (String claim : List.of("was fitted to", "The fitted values (posterior)", "the fitted model",
                "Every published group mean lies inside", "inside</td>")) {
            assertFalse(escaped.contains(claim), claim);
        }
        assertTrue(escaped.contains("<td class=\"num\">–</td><td>–</td></tr>"), "no band from 4 draws");
        // nor does fit.json give one: null where the report shows "–", the median and mean kept
        for (JsonNode g : z.path("predictive").path("groups")) {
            assertTrue(g.path("p05").isNull() && g.path("p95").isNull() && g.path("median").isNumber(), g.toString());
        }
        for (String check : List.of("shareZero", "topOnePercentShare")) {
            JsonNode c = z.path("predictive").path(check);
            assertTrue(c.path("p05").isNull() && c.path("p95").isNull(), check + ": " + c);
        }
        JsonNode implications = z.path("implications");
        for (JsonNode im : List.of(implications.path("shareLosingMoney"), implications.path("netIncomeMedian"),
                implications.path("sharePayFromOwnPurchases"), implications.path("outlook").path("shareLosingMoney"),
                implications.path("outlook").path("netIncomeMedian"))) {
            assertTrue(im.has("ci95") && im.path("ci95").isNull() && im.path("mean").isNumber(), im.toString());
        }
        // 30 draws are enough: the intervals are there
        assertTrue(fit.path("implications").path("shareLosingMoney").path("ci95").isArray(), fit.toString());
        assertTrue(fit.path("predictive").path("groups").get(0).path("p05").isNumber(), fit.toString());
        assertTrue(escaped.contains("against the median of the 4 predictive simulations, too few for a 5–95% band."),
                "the check's caption");
        assertTrue(escaped.contains("Not fitted: generation 0's particles, drawn from each key's prior"), "caption");
        // a fit of several generations, of 30 draws, claims its fit and draws its bands
        assertTrue(html.contains("was fitted to the income disclosure"), "report.html");
        assertTrue(html.contains("The fitted values (posterior)"), "report.html");
        assertFalse(html.contains("class=\"warning\""), "no warning");
        // a fit of several generations still shows its number
        assertTrue(html.contains("Last generation: tolerance "
                + FitReport.tolerance(fit.path("tolerance").asDouble()) + ","), "report.html");
    }

    /**
     * A generation the budget stops before it finishes is in no generation: the fit's simulations are
     * generations.csv's, the same in the terminal, fit.json and the report, and the unfinished
     * generation's are said apart, as discarded (they were counted in: 20 simulations beside
     * generations.csv's 10).
     */
    @Test
    void simulationsOfAGenerationTheBudgetStoppedAreCountedApartAsDiscarded() throws IOException {
        Path cut = tmp.resolve("cut");
        Cli r = smallFit(cut, 21);
        JsonNode z = new ObjectMapper().readTree(cut.resolve("fit.json").toFile());
        List<String> rows = Files.readAllLines(cut.resolve("generations.csv"));
        assertTrue(rows.get(1).startsWith("generation,particle,tolerance,simulations,totalSimulations,"), rows.get(1));
        long total = Long.parseLong(rows.get(rows.size() - 1).split(",")[4]);
        assertEquals(total, z.path("simulations").asLong(), z.toString());
        long discarded = z.path("discardedSimulations").asLong();
        assertTrue(discarded > 0 && total + discarded <= 21, z.toString());
        String said = FitReport.discarded(discarded, z.path("generations").asInt());
        assertTrue(r.out().contains(org.downline.io.Words.count(total, "simulation") + ", stopped on budget (" + said
                + ")"), r.out());
        String page = Files.readString(cut.resolve("report.html"), StandardCharsets.UTF_8);
        assertTrue(page.contains("The fit ran " + total + " simulations in " + org.downline.io.Words.count(
                z.path("generations").asInt(), "generation") + " and stopped because it used its budget of "
                + "simulations (<code class=\"opt\">--budget</code>); " + said + "."), "report.html");
        // a fit that stopped otherwise discarded nothing
        assertEquals(0, fit.path("discardedSimulations").asLong(), fit.toString());
    }

    /**
     * A fit of {@code months}, a whole-number key: the charts say the months were fitted (not the
     * scenario's 36), and the posterior is summarised in whole months, as the model ran them, in
     * the terminal, fit.json and the report; posterior.csv keeps the particles as drawn and says so.
     */
    @Test
    void aFittedWholeNumberKeyIsSummarisedInWholeNumbersAndChartsSayItWasFitted() throws IOException {
        Path m = tmp.resolve("months");
        Cli r = Cli.run("fit", "--set", "market.population=5000", "--disclosure", "doterra-us-2017", "--prior",
                "recruitment.imitation=uniform(0.05,0.9)", "--prior", "months=uniform(24,180)", "--particles", "10",
                "--budget", "30", "--predictive-draws", "4", "--threads", "2", "--out", m.toString());
        assertEquals(0, r.exit(), r.err());
        JsonNode months = new ObjectMapper().readTree(m.resolve("fit.json").toFile()).path("parameters")
                .path("months");
        double median = months.path("median").asDouble();
        double lo = months.path("ci95").get(0).asDouble();
        double hi = months.path("ci95").get(1).asDouble();
        for (double x : new double[] {median, lo, hi}) {
            assertEquals(Math.rint(x), x, months.toString());
        }
        String mean = Long.toString(Math.round(months.path("mean").asDouble()));
        assertTrue(Pattern.compile("(?m)^months +" + mean + " +" + (long) median + " +\\[ +" + (long) lo + ", +"
                + (long) hi + "\\]$").matcher(r.out()).find(), r.out());
        String page = Files.readString(m.resolve("report.html"), StandardCharsets.UTF_8);
        assertTrue(page.contains("<td><code>months</code></td><td><code>uniform(24,180)</code></td><td class=\"num\">"
                + mean + "</td><td class=\"num\">" + (long) median + "</td><td class=\"num\">[" + (long) lo + ", "
                + (long) hi + "]</td></tr>"), "report.html's months row");
        List<String> posterior = Files.readAllLines(m.resolve("posterior.csv"));
        assertTrue(posterior.get(1).startsWith("# months: particles as drawn; the model ran each rounded"),
                posterior.get(1));
        for (String chart : List.of("posterior.png", "predictive-check.png")) {
            String png = Files.readString(m.resolve("charts").resolve(chart), StandardCharsets.ISO_8859_1);
            assertTrue(png.contains("months 24 to 180, fitted"), chart);
            assertFalse(png.contains("months 36"), chart);
        }
    }

    /**
     * A fit's values read the same in the terminal, report.html and the charts: each key's mean,
     * median and 95% interval (to {@link Unit#FIT_DIGITS} significant digits, a whole-number key's
     * whole, never in exponent notation), the tolerance and each group's share. They were printed to
     * 5 significant digits in the terminal, 4 in the report and 3 on the chart (1.42e+03 for a monthly
     * purchase of $1,420), and a rank of 0.92% read 0.9% on the predictive check.
     */
    @Test
    void theTerminalTheReportAndTheChartsShowTheSameDigits() throws IOException {
        Path dir = tmp.resolve("digits");
        List<String> keys = List.of("recruitment.imitation", "economics.requiredVolume", "months");
        List<String> priors = List.of("uniform(0.05,0.9)", "uniform(50,1500)", "uniform(24,180)");
        List<String> args = new ArrayList<>(List.of("fit", "--set", "market.population=5000",
                "--disclosure", "doterra-us-2017", "--particles", "10", "--budget", "30", "--predictive-draws", "4",
                "--threads", "2", "--out", dir.toString()));
        for (int k = 0; k < keys.size(); k++) {
            args.addAll(List.of("--prior", keys.get(k) + "=" + priors.get(k)));
        }
        Cli r = Cli.run(args.toArray(String[]::new));
        assertEquals(0, r.exit(), r.err());
        String page = Files.readString(dir.resolve("report.html"), StandardCharsets.UTF_8);
        ObjectNode settings = (ObjectNode) new ObjectMapper().readTree(dir.resolve("fit-settings.json").toFile());
        List<AbcSmc.Generation> gens = FitFiles.resume(dir, settings, keys);
        List<Prior> parsed = new ArrayList<>();
        for (int k = 0; k < keys.size(); k++) {
            var range = ScenarioKeys.find(keys.get(k)).key().range();
            parsed.add(Prior.parse(keys.get(k), priors.get(k), range.lo(), range.hi()));
        }
        Disclosure d = Disclosures.load("doterra-us-2017");
        Predictive.Spread[] means = new Predictive.Spread[d.groups().size()];
        Arrays.fill(means, new Predictive.Spread(new double[] {100, 200, 300, 400}));
        var spread = new Predictive.Spread(new double[] {0.5, 0.5, 0.5, 0.5});
        FitChart.Fit charted = new FitChart.Fit(keys, parsed,
                new AbcSmc.Result(gens, AbcSmc.Stop.BUDGET, 0), d,
                new Predictive.Result(new int[4], means, spread, spread, spread, spread, spread,
                        spread, spread, spread, spread, spread, spread), List.of(false, false, true));
        Map<String, String> chartTitles = new HashMap<>();
        List<String> groupLabels = new ArrayList<>();
        for (FitChart c : FitChart.REGISTERED) {
            if (c.fileName().equals("posterior.png")) {
                c.build(charted).panels().forEach(p -> chartTitles.put(p.getTitle(), p.getXAxisTitle()));
            } else if (c.fileName().equals("predictive-check.png")) {
                var check = (CategoryChart) c.build(charted).panels().get(0);
                check.getSeriesMap().values().iterator().next().getXData().forEach(x -> groupLabels.add(x.toString()));
            }
        }
        String number = "-?\\d+(?:\\.\\d+)?";                // no exponent, no separator
        for (int k = 0; k < keys.size(); k++) {
            String key = keys.get(k);
            Matcher terminal = Pattern.compile("(?m)^" + Pattern.quote(key) + " +(\\S+) +(\\S+) +\\[ *(\\S+), +(\\S+)\\]$")
                    .matcher(r.out());
            assertTrue(terminal.find(), key + " in " + r.out());
            Matcher report = Pattern.compile("<tr><td><code>" + Pattern.quote(key) + "</code></td><td><code>"
                    + Pattern.quote(priors.get(k)) + "</code></td><td class=\"num\">([^<]*)</td><td class=\"num\">"
                    + "([^<]*)</td><td class=\"num\">\\[([^,]*), ([^\\]]*)\\]</td></tr>").matcher(page);
            assertTrue(report.find(), key + "'s row in report.html");
            Matcher chart = Pattern.compile("^median (\\S+) · 95% \\[(\\S+), (\\S+)\\] · prior ")
                    .matcher(chartTitles.get(key));
            assertTrue(chart.find(), chartTitles.get(key));
            JsonNode p = new ObjectMapper().readTree(dir.resolve("fit.json").toFile()).path("parameters").path(key);
            boolean whole = key.equals("months");
            String[] json = {Unit.keyValue(p.path("mean").asDouble(), whole),
                Unit.keyValue(p.path("median").asDouble(), whole), Unit.keyValue(p.path("ci95").get(0).asDouble(), whole),
                Unit.keyValue(p.path("ci95").get(1).asDouble(), whole)};
            for (int i = 0; i < 4; i++) {
                assertEquals(terminal.group(i + 1), report.group(i + 1), key + " in report.html and the terminal");
                if (i > 0) {
                    assertEquals(terminal.group(i + 1), chart.group(i), key + " on posterior.png and the terminal");
                }
                assertTrue(terminal.group(i + 1).matches(number), key + ": " + terminal.group(i + 1));
                assertEquals(json[i], terminal.group(i + 1), key + ": fit.json's value, as Unit.keyValue prints it");
            }
        }
        Matcher tolerance = Pattern.compile("tolerance (.+?), acceptance rate").matcher(r.out());
        assertTrue(tolerance.find(), r.out());
        assertTrue(page.contains("Last generation: tolerance " + tolerance.group(1) + ", acceptance rate"), "tolerance");
        // each group's share: on the predictive check as in report.html's tables (Premier's 0.92%, not 0.9%)
        int small = 0;
        for (Disclosure.Group g : d.groups()) {
            String share = Unit.groupShare(g.share());
            assertTrue(page.contains("<td class=\"label\">" + g.label() + "</td><td class=\"num\">" + share + "</td>"),
                    g.label() + " " + share + " in report.html");
            if (g.meanAnnualGross() > 0) {
                assertTrue(groupLabels.contains(g.label() + " (" + share + ")"), g.label() + " " + share + " in "
                        + groupLabels);
            }
            small += g.share() > 0.001 && g.share() < 0.01 ? 1 : 0;
        }
        assertTrue(small >= 2 && groupLabels.contains("Premier (0.92%)"), groupLabels.toString());
    }

    /** Each fitted key's row holds fit.json's prior, mean, median and 95% interval, formatted. */
    @Test
    void postersTheSamePosteriorAsFitJson() {
        int rows = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = fit.path("parameters").fields(); it.hasNext(); rows++) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode p = e.getValue();
            String row = "<tr><td><code>" + e.getKey() + "</code></td><td><code>" + p.path("prior").asText()
                    + "</code></td><td class=\"num\">" + FitReport.value(e.getKey(), p.path("mean").asDouble())
                    + "</td><td class=\"num\">" + FitReport.value(e.getKey(), p.path("median").asDouble())
                    + "</td><td class=\"num\">[" + FitReport.value(e.getKey(), p.path("ci95").get(0).asDouble()) + ", "
                    + FitReport.value(e.getKey(), p.path("ci95").get(1).asDouble()) + "]</td></tr>";
            assertTrue(html.contains(row), row + " not in the page");
        }
        assertEquals(2, rows);
        assertTrue(html.contains(String.format(Locale.US, "%,d simulations in %d generations",
                fit.path("simulations").asLong(), fit.path("generations").asInt())));
    }

    /** The predictive check's rows and the verdict's count come from fit.json's predictive block. */
    @Test
    void predictiveCheckAndItsVerdict() {
        int outside = 0;
        int n = 0;
        for (JsonNode g : fit.path("predictive").path("groups")) {
            n++;
            double x = g.path("published").asDouble();
            boolean out = x < g.path("p05").asDouble() || x > g.path("p95").asDouble();
            outside += out ? 1 : 0;
            String label = g.path("group").asText().equals(LABEL) ? "&lt;script&gt;alert(1)&lt;/script&gt;"
                    : g.path("group").asText();
            String row = "<td class=\"label\">" + label + "</td><td class=\"num\">"
                    + Unit.groupShare(g.path("share").asDouble())
                    + "</td><td class=\"num\">" + Unit.DOLLARS.text(x) + "</td><td class=\"num\">"
                    + Unit.DOLLARS.text(g.path("median").asDouble()) + "</td><td class=\"num\">["
                    + Unit.DOLLARS.text(g.path("p05").asDouble()) + ", " + Unit.DOLLARS.text(g.path("p95").asDouble())
                    + "]</td><td>" + (out ? "outside" : "inside") + "</td></tr>";
            assertTrue(html.contains(row), row + " not in the page");
        }
        assertEquals(13, n);
        assertTrue(html.contains(outside == 0 ? "Every published group mean lies inside the predictive 5–95% band"
                : outside + " of the 13 published group means fall outside the predictive 5–95% band"), "" + outside);
        assertTrue(html.contains("<td class=\"label\">Share paid nothing</td>"), "shareZero row");
        assertTrue(html.contains("<td class=\"label\">Top 1%&#39;s share of all pay</td>"), "topOnePercentShare row");
        // implications: a share's interval cut at 0% and 100%
        JsonNode lose = fit.path("implications").path("shareLosingMoney");
        String ci = "[" + Unit.SHARE.text(Math.max(0, lose.path("ci95").get(0).asDouble())) + ", "
                + Unit.SHARE.text(Math.min(1, lose.path("ci95").get(1).asDouble())) + "]";
        assertTrue(html.contains("<td class=\"label\">Lost money over their whole time in the company</td><td class=\"num\">"
                + Unit.SHARE.text(lose.path("mean").asDouble()) + "</td><td class=\"num\">" + ci + "</td>"), ci);
    }

    /**
     * Each implication and outlook value says over how many predictive draws it is: all of them, or
     * "99 of 100" where some leave it undefined (a draw in which nobody joined in the disclosure's
     * last month has no outlook), which the page once hid behind "mean across the predictive
     * simulations".
     */
    @Test
    void saysOverHowManyDrawsEachImplicationIs() throws IOException {
        JsonNode im = fit.path("implications");
        JsonNode outlook = im.path("outlook");
        Map<String, JsonNode> byLabel = Map.of("Lost money over their whole time in the company",
                im.path("shareLosingMoney"), "Median net income (pay minus costs)", im.path("netIncomeMedian"),
                "Median net income in the first year", outlook.path("netIncomeMedian"),
                "Lose money in the first year", outlook.path("shareLosingMoney"),
                "Paid anything in the first year", outlook.path("sharePaid"));
        Pattern row = Pattern.compile("<tr><td class=\"label\">([^<]*)</td><td class=\"num\">[^<]*</td>"
                + "<td class=\"num\">[^<]*</td><td class=\"num\">([^<]*)</td></tr>");
        Matcher m = row.matcher(html);
        int rows = 0;
        while (m.find()) {
            rows++;
            JsonNode n = byLabel.get(m.group(1));
            if (n != null) {
                int defined = n.path("draws").asInt();
                assertTrue(defined >= 1 && defined <= 30, n.toString());
                assertEquals(defined == 30 ? "30" : defined + " of 30", m.group(2), m.group(1));
            }
        }
        assertEquals(9, rows, "the implications' and the outlook's rows");
        // the same fit with one draw short of a newcomer outlook
        ObjectNode fewer = fit.deepCopy();
        ((ObjectNode) fewer.path("implications").path("outlook").path("netIncomeMedian")).put("draws", 29);
        ObjectNode settings = (ObjectNode) new ObjectMapper().readTree(out.resolve("fit-settings.json").toFile());
        Path dir = tmp.resolve("fewer");
        Files.createDirectories(dir);
        FitReport.write(fewer, settings, Disclosures.load(tmp.resolve("hostile.csv").toString()), List.of(), dir);
        String page = Files.readString(dir.resolve("report.html"), StandardCharsets.UTF_8);
        assertTrue(page.contains("<td class=\"num\">29 of 30</td></tr>"), "the row says 29 of 30");
        assertTrue(page.contains("(over the 29 of 30 predictive simulations in which anyone joined that month)."),
                "the outlook's sentence");
    }

    /**
     * A group that fewer than 20 of the draws define shows no band ("–"), so the verdict does not
     * count it: it judges the others and says how many it could not judge, where it said "Every
     * published group mean lies inside" over a group it had not judged (30 draws in all, enough).
     */
    @Test
    void theVerdictCountsOnlyTheGroupsItJudged() throws IOException {
        ObjectNode settings = (ObjectNode) new ObjectMapper().readTree(out.resolve("fit-settings.json").toFile());
        ObjectNode inside = fit.deepCopy();
        for (JsonNode g : inside.path("predictive").path("groups")) {
            ((ObjectNode) g).put("p05", 0.0).put("p95", 1e12);           // every band holds its published mean
        }
        ObjectNode first = (ObjectNode) inside.path("predictive").path("groups").get(0);
        first.put("draws", 19);
        assertEquals(30, inside.path("predictive").path("draws").asInt());
        String few = "1 group had too few draws to judge (fewer than 20 of the predictive draws defined its mean)";
        String page = report(inside, settings, "one-unjudged");
        assertFalse(page.contains("Every published group mean lies inside"), "a claim over the unjudged group");
        assertTrue(page.contains("<p class=\"verdict\">12 of the 13 published group means lie inside the predictive "
                + "5–95% band; " + few + ": the fitted model reproduces the disclosure&#39;s groups that could be "
                + "judged.</p>"), "the verdict");
        assertTrue(page.contains("<td class=\"num\">–</td><td>–</td></tr>"), "the unjudged group's row");
        // one judged group outside its band
        ObjectNode out1 = inside.deepCopy();
        ((ObjectNode) out1.path("predictive").path("groups").get(1)).put("p95", 0.0);
        assertTrue(report(out1, settings, "one-outside").contains("1 of the 12 published group means it could judge fall "
                + "outside the predictive 5–95% band; " + few + ": the fitted model does not reproduce"), "the verdict");
        // none judged
        ObjectNode none = inside.deepCopy();
        for (JsonNode g : none.path("predictive").path("groups")) {
            ((ObjectNode) g).put("draws", 5);
        }
        String nonePage = report(none, settings, "none-judged");
        assertTrue(nonePage.contains("None of the 13 published groups could be judged: fewer than 20 of the "
                + "predictive draws defined their means, too few for a 5–95% band (raise <code class=\"opt\">"
                + "--predictive-draws</code>)."), "the verdict, its option kept on one line");
        assertTrue(nonePage.contains("code.opt { white-space: nowrap; }"), "an option is not broken at its hyphen");
        assertFalse(nonePage.contains("reproduces the disclosure"), "no claim");
    }

    /** report.html of {@code fit}, written into a new folder {@code name}. */
    private static String report(ObjectNode fit, ObjectNode settings, String name) throws IOException {
        Path dir = tmp.resolve(name);
        Files.createDirectories(dir);
        FitReport.write(fit, settings, Disclosures.load(tmp.resolve("hostile.csv").toString()), List.of(), dir);
        return Files.readString(dir.resolve("report.html"), StandardCharsets.UTF_8);
    }

    /** Every chart in charts/ is embedded, decodes at its stated size, and has a caption; nothing is fetched. */
    @Test
    void embedsEveryChart() throws IOException {
        List<EmbeddedImages.Image> embedded = EmbeddedImages.of(html);
        for (EmbeddedImages.Image image : embedded) {
            assertEquals(image.alt().strip(), image.caption().strip());
        }
        assertEquals(4, embedded.size());
        // the captions explain what the pairs' shades and tolerance.png's generation 0 mean
        assertTrue(html.contains("shaded by its weight against the average weight (1 ÷ the number of particles)"));
        assertTrue(html.contains("Generation 0 has no tolerance (it accepts every simulation)"));
        EmbeddedImages.assertEveryChartEmbedded(embedded, out.resolve("charts"));
        EmbeddedImages.assertFetchesNothing(html);
        // the scenario, downloadable
        Matcher yaml = Pattern.compile("href=\"data:text/yaml;charset=utf-8;base64,([A-Za-z0-9+/=]+)\"").matcher(html);
        assertTrue(yaml.find());
        String text = new String(Base64.getDecoder().decode(yaml.group(1)), StandardCharsets.UTF_8);
        assertTrue(text.contains("population: 20000"), text);
        assertFalse(html.contains("thread") && html.matches("(?s).*\\b\\d+ threads\\b.*"), "no thread count");
    }

    /** The hostile group label and title are shown as text. */
    @Test
    void escapesTheDisclosure() {
        assertFalse(html.contains(LABEL));
        assertFalse(html.contains(TITLE));
        assertFalse(html.toLowerCase(Locale.ROOT).contains("<script"));
        assertFalse(html.toLowerCase(Locale.ROOT).contains("<img src=x"));
        assertTrue(html.contains("<td class=\"label\">&lt;script&gt;alert(1)&lt;/script&gt;</td>"));
        assertTrue(html.contains("&lt;img src&#61;x onerror&#61;&quot;window.pwned&#61;1&quot;&gt; &amp; co"));
    }

    /** In headless Chromium, offline: images load, nothing fetched, nothing runs, fits a desktop and a phone, charts open full size. */
    @Test
    void opensOfflineInABrowser() throws Exception {
        Path shots = Path.of(System.getProperty("downline.screenshots", "target/report-screenshots"));
        try (HeadlessChromium browser = HeadlessChromium.start()) {
            for (int width : new int[] {1280, 390}) {
                HeadlessChromium.Page page = browser.open(out.resolve("report.html"), width, width < 600);
                page.assertOfflineAndWhole(4, width);
                page.assertChartsOpenFullSize();
                assertTrue(page.eval("Array.from(document.querySelectorAll('td')).some(t => t.textContent === '"
                        + LABEL.replace("/", "\\/") + "')").asBoolean(), "the label shown as text");
                assertFalse(page.screenshot(shots.resolve("fit-report-" + width), 2400).isEmpty());
            }
        }
    }
}
