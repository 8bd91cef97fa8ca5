package org.downline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.downline.engine.ProgressListener;
import org.downline.engine.RunOptions;
import org.downline.engine.Simulation;
import org.downline.io.Presets;
import org.downline.io.SummaryTable;
import org.downline.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The figures README.md and the default preset's header quote from runs are what those runs print
 * now: each check re-runs the command the README names for its figures (in-process, 2 threads) and
 * compares every quoted figure with the printed table or report.html, so that a change to the
 * simulation that moves a figure fails here, naming the line, instead of leaving the docs wrong.
 * Figures quoted as an earlier version's, and those of slow runs (the warm-market preset, the fits),
 * are not checked here.
 */
class ReadmeFiguresTest {

    private static final Path README = Path.of("README.md");
    private static final Path DEFAULT_PRESET = Path.of("src/main/resources/org/downline/presets/default.yaml");

    /** The headline sentence of report.html, as README quotes it. */
    private static final Pattern HEADLINE = Pattern.compile("Of \\S+ people who joined, \\S+ \\[\\S+ \\S+\\] lost "
            + "money once costs are counted; the top 1% received \\S+ \\[\\S+ \\S+\\] of all commissions");

    @TempDir
    Path tmp;

    /** One line a figure that differs: where it is quoted, what, and what a run prints now. */
    private final List<String> stale = new ArrayList<>();

    /**
     * {@code downline run} (the default preset: 200 replications, seed 1): README's headline and
     * outlook sentences and its description of the preset, and default.yaml's calibration block.
     */
    @Test
    void defaultPreset() throws IOException {
        Path out = tmp.resolve("default");
        String printed = run(out);
        Flat readme = Flat.of(README);

        Matcher quoted = readme.find(HEADLINE.pattern());
        Matcher current = HEADLINE.matcher(Flat.of(out.resolve("report.html")).text.replaceAll("<[^>]+>", ""));
        check(readme.at(quoted, 0), "report.html's headline", quoted.group(),
                current.find() ? current.group() : "(no such sentence)");

        List<String> lines = Files.readAllLines(README);
        int outlook = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("If you join ") || lines.get(i).startsWith("If you start ")) {
                outlook++;
                String world = lines.get(i).substring(0, lines.get(i).indexOf(':'));
                check("README.md:" + (i + 1), "the outlook line", lines.get(i), printed.lines()
                        .filter(l -> l.startsWith(world + ":")).findFirst().orElse("(no such line)"));
            }
        }
        assertEquals(2, outlook, "README's outlook lines for the default preset");
        Matcher inline = readme.find("\\(\"(If you join the MLM in month \\d+: median first-year net \\S+ \\[\\S+ \\S+\\]);");
        String mlmOutlook = printed.lines().filter(l -> l.startsWith("If you join ")).findFirst().orElse("");
        check(readme.at(inline, 1), "the MLM's outlook, as report.html's", inline.group(1),
                mlmOutlook.substring(0, Math.max(0, mlmOutlook.indexOf(';'))));

        // the presets list: the default preset's figures, as whole percentages
        for (String[] figure : new String[][] {
                {"(\\d+)% lose money once all costs count", "Lost money (net income < $0)"},
                {"(\\d+)% never recruit anyone", "Never recruited anyone"},
                {"the top 1% take about (\\d+)% of all commissions", "Top 1%'s share of commissions"},
                {"about (\\d+)% quit within a year", "Quit within their first year"},
                {"(\\d+)% gross \\$1,000 a year or less", "Gross $1,000 a year or less"}}) {
            Matcher m = readme.find(figure[0]);
            check(readme.at(m, 1), figure[1] + ", rounded", m.group(1) + "%", wholePercent(printed(printed, figure[1], 1)));
        }

        // default.yaml's calibration block, against the run the block says it was measured with
        List<String> preset = Files.readAllLines(DEFAULT_PRESET);
        int block = 0;
        while (!preset.get(block).startsWith("# Calibration")) {
            block++;
        }
        Matcher measured = Pattern.compile("Measured with (\\d+) replications, seed (\\S+),").matcher(preset.get(block));
        Matcher ran = Pattern.compile("\\| (\\d+) replications x \\d+ months \\| seed (\\S+)").matcher(printed);
        assertTrue(measured.find() && ran.find(), preset.get(block) + "\n" + printed);
        check("default.yaml:" + (block + 1), "replications and seed measured with", measured.group(1) + ", "
                + measured.group(2), ran.group(1) + ", " + ran.group(2));
        Map<String, String> rows = Map.of(
                "share losing money (net < $0, all costs)", "Lost money (net income < $0)",
                "share never paid a commission", "Never paid a commission",
                "share who never recruited anyone", "Never recruited anyone",
                "top 1%'s share of all commissions", "Top 1%'s share of commissions",
                "quit within their first year", "Quit within their first year",
                "median gross commissions over tenure", "Gross commissions, median");
        Pattern row = Pattern.compile("^#   (\\S.*?)\\s{2,}(\\S+)\\s");
        int checked = 0;
        for (int i = block + 1; i < preset.size() && preset.get(i).startsWith("#"); i++) {
            Matcher m = row.matcher(preset.get(i));
            if (!m.find() || m.group(1).equals("adoption almost all by imitation")) {
                continue;                           // a comment's next line, or q/p: the keys' ratio, not a run's
            }
            String label = rows.get(m.group(1));
            if (label == null) {
                stale.add("default.yaml:" + (i + 1) + ": a calibration row this test does not know: '" + m.group(1) + "'");
                continue;
            }
            check("default.yaml:" + (i + 1), m.group(1), m.group(2), printed(printed, label, 1));
            checked++;
        }
        assertCurrent("figures quoted from 'downline run' (the default preset) that it no longer prints");
        assertEquals(rows.size(), checked, "calibration rows checked");
    }

    /**
     * README's table of the customer rule: four runs of 20 replications (default and customer-rule,
     * with the preset's retail customers and with three a month), and the sentence on the default
     * company's tests.
     */
    @Test
    void customerRuleTable() throws IOException {
        List<String> header = List.of("", "default", "customer-rule", "default, 3 customers", "customer-rule, 3 customers");
        String three = "economics.retail.customersPerMonth=3";
        List<String> printed = List.of(
                table("default", "replications=20"),
                table("customer-rule", "replications=20"),
                table("default", "replications=20", three),
                table("customer-rule", "replications=20", three));
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("end users' share of volume", "End users' share of volume");
        labels.put("never paid a commission", "Never paid a commission");
        labels.put("lost money", "Lost money (net income < $0)");
        labels.put("made a profit", "Made a profit (net income > $0)");
        labels.put("median net income", "Net income, median");
        labels.put("mean gross commissions", "Gross commissions, mean");
        labels.put("top 1%'s share of commissions", "Top 1%'s share of commissions");
        labels.put("payout ratio", "Payout ratio (commissions / volume)");
        labels.put("breakage attributed to the rule (/ volume)", "Breakage attributed to plan rules (/ volume)");
        labels.put("commissions funded by members' own purchases", "Commissions funded by members' own purchases");
        labels.put("paid member-months with an end-user majority (Vemma)", "Vemma, member by member");

        Flat readme = Flat.of(README);
        readme.find("20 replications, seed 1 \\(`downline run --preset NAME --replications 20`\\), and the same pair with "
                + "three retail customers a month \\(`--set economics.retail.customersPerMonth=3`\\)");  // what runs here
        List<Row> rows = readmeTable("### The customer rule", "| | default |");
        assertEquals(header, rows.get(0).cells, "README.md:" + rows.get(0).line + ": the columns this test runs");
        for (Row r : rows.subList(1, rows.size())) {
            String label = labels.remove(r.cells.get(0));
            if (label == null) {
                stale.add("README.md:" + r.line + ": a row this test does not know: '" + r.cells.get(0) + "'");
                continue;
            }
            for (int c = 1; c < header.size(); c++) {
                check("README.md:" + r.line, r.cells.get(0) + " (" + header.get(c) + ")", r.cells.get(c),
                        printed(printed.get(c - 1), label, 1));
            }
        }
        assertEquals(List.of(), List.copyOf(labels.keySet()), "rows missing from README's customer-rule table");
        Matcher m = readme.find("(\\S+) of its volume goes to end users and (\\d+)% of its commissions are funded by "
                + "members' own purchases \\(20 replications, seed 1\\)");
        check(readme.at(m, 1), "the default company's end users' share", m.group(1),
                printed(printed.get(0), "End users' share of volume", 1));
        check(readme.at(m, 2), "the default company's commissions funded by own purchases, rounded", m.group(2) + "%",
                wholePercent(printed(printed.get(0), "Commissions funded by members' own purchases", 1)));
        assertCurrent("figures quoted from the customer-rule runs that they no longer print");
    }

    /** README's affiliates by market size: {@code --replications 4 --seed 5}, three markets, two scaled niches. */
    @Test
    void affiliatesByMarketSize() throws IOException {
        Flat readme = Flat.of(README);
        readme.find("`downline run --replications 4 --seed 5 --set market.population=P`");   // what runs here
        List<Row> rows = readmeTable("## The affiliate world", "| P ");
        assertEquals(4, rows.size(), "README's table of affiliates by market size");
        for (Row r : rows.subList(1, rows.size())) {
            String p = r.cells.get(0).replace(",", "");
            String printed = table("default", "replications=4", "seed=5", "market.population=" + p);
            String where = "README.md:" + r.line;
            check(where, "affiliates losing money at " + p, r.cells.get(1), printed(printed, "Lost money (net income < $0)", 2));
            check(where, "affiliates still in after a year under $500 at " + p, r.cells.get(2),
                    printed(printed, "Still in after a year: gross under $500", 2));
            check(where, "MLM − affiliate, losing money at " + p, r.cells.get(3), printed(printed, "Lost money", 1));
        }
        Matcher m = readme.find("at 100,000 \\(`--set affiliate.demandPerMonth=10000000 --set affiliate.incumbents=500`\\) "
                + "(\\S+) of affiliates lose money and (\\S+) of those still in after a year earn under \\$500; "
                + "at 20,000 \\(2,000,000 and 100\\) (\\S+) and (\\S+)\\.");
        String[][] scaled = {{"100000", "10000000", "500"}, {"20000", "2000000", "100"}};
        for (int i = 0; i < scaled.length; i++) {
            String printed = table("default", "replications=4", "seed=5", "market.population=" + scaled[i][0],
                    "affiliate.demandPerMonth=" + scaled[i][1], "affiliate.incumbents=" + scaled[i][2]);
            check(readme.at(m, 2 * i + 1), "affiliates losing money, scaled niche at " + scaled[i][0], m.group(2 * i + 1),
                    printed(printed, "Lost money (net income < $0)", 2));
            check(readme.at(m, 2 * i + 2), "still in after a year under $500, scaled niche at " + scaled[i][0],
                    m.group(2 * i + 2), printed(printed, "Still in after a year: gross under $500", 2));
        }
        assertCurrent("figures quoted from the runs by market size that they no longer print");
    }

    /** The plan presets' payout ratios "with the samplers of today" (10 replications each). */
    @Test
    void planPresetsPayoutRatios() throws IOException {
        Flat readme = Flat.of(README);
        Matcher m = readme.find("with the samplers of today the same 10 replications give (\\S+), (\\S+) and (\\S+)\\.\\)");
        List<String> presets = List.of("binary-typical", "matrix-3x7", "breakaway-stair-step");
        for (int i = 0; i < presets.size(); i++) {
            String printed = table(presets.get(i), "replications=10");
            check(readme.at(m, i + 1), presets.get(i) + "'s payout ratio", m.group(i + 1),
                    printed(printed, "Payout ratio (commissions / volume)", 1));
        }
        assertCurrent("payout ratios quoted from the plan presets that they no longer print");
    }

    /** {@code downline run --threads 2 --out OUT} in-process: what it printed. */
    private static String run(Path out) {
        Cli r = Cli.run("run", "--threads", "2", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        return r.out();
    }

    /**
     * The table {@code downline run --preset PRESET --set KEY=VALUE ...} prints (as RunCommand prints
     * it), without the files it writes, which these checks do not read.
     */
    private static String table(String preset, String... sets) {
        return SummaryTable.render(Simulation.run(Presets.load(preset, List.of(sets)), new RunOptions(2),
                ProgressListener.NONE));
    }

    /** Fails, listing every stale figure, when any is. */
    private void assertCurrent(String what) {
        assertTrue(stale.isEmpty(), what + ":\n" + String.join("\n", stale));
    }

    private void check(String where, String what, String quoted, String current) {
        String q = quoted.replace('−', '-');            // README sets minus signs; the table prints hyphens
        if (!q.equals(current)) {
            stale.add(where + ": " + what + ": quotes " + q + ", a run prints " + current);
        }
    }

    /**
     * The value a printed line gives in a column (1: the MLM, or the paired difference or a
     * regulators' test; 2: affiliates), without its interval: the line's cells are separated by two
     * spaces or more, and its first cell is {@code label}.
     */
    private static String printed(String printed, String label, int column) {
        for (String line : printed.lines().toList()) {
            String[] cells = line.trim().split("\\s{2,}");
            if (cells[0].equals(label) && cells.length > column) {
                Matcher m = Pattern.compile("^\\S+( points)?").matcher(cells[column]);
                assertTrue(m.find(), line);
                return m.group();
            }
        }
        return fail("the run printed no line '" + label + "':\n" + printed);
    }

    /** "99.3%" as the whole percentage "99%". */
    private static String wholePercent(String share) {
        return Math.round(Double.parseDouble(share.replace("%", ""))) + "%";
    }

    private record Row(int line, List<String> cells) {}

    /** The rows of README's first table after {@code section} whose first line starts with {@code header}. */
    private static List<Row> readmeTable(String section, String header) throws IOException {
        List<String> lines = Files.readAllLines(README);
        int i = lines.indexOf(lines.stream().filter(l -> l.startsWith(section)).findFirst().orElseThrow());
        while (!lines.get(i).startsWith(header)) {
            i++;
        }
        List<Row> rows = new ArrayList<>();
        for (; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            if (!lines.get(i).startsWith("|-")) {
                String row = lines.get(i).trim();
                rows.add(new Row(i + 1, Arrays.stream(row.substring(1, row.length() - 1).split("\\|", -1))
                        .map(String::trim).toList()));
            }
        }
        return rows;
    }

    /** A file's text with every run of white space one space, and the line each character came from. */
    private record Flat(String file, String text, int[] lineOf) {

        static Flat of(Path file) throws IOException {
            String raw = Files.readString(file);
            StringBuilder text = new StringBuilder();
            int[] lineOf = new int[raw.length()];
            int line = 1;
            for (char c : raw.toCharArray()) {
                if (Character.isWhitespace(c)) {
                    line += c == '\n' ? 1 : 0;
                    if (text.length() > 0 && text.charAt(text.length() - 1) == ' ') {
                        continue;
                    }
                    c = ' ';
                }
                lineOf[text.length()] = line;
                text.append(c);
            }
            return new Flat(file.getFileName().toString(), text.toString(), lineOf);
        }

        /** The first match of {@code regex}; fails when the sentence is gone, so that it is not left unchecked. */
        Matcher find(String regex) {
            Matcher m = Pattern.compile(regex).matcher(text);
            assertTrue(m.find(), file + " no longer has a sentence matching " + regex + ": update this test with it");
            return m;
        }

        /** "README.md:240": where a group of a match starts. */
        String at(Matcher m, int group) {
            return file + ":" + lineOf[m.start(group)];
        }
    }
}
