package org.downline.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.downline.Version;
import org.downline.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code downline report DIR}, as a user runs it after {@code downline run}. */
class ReportCommandTest {

    @TempDir
    Path tmp;

    /**
     * {@code downline run} of 5,000 people over {@code months} and {@code replications} (and {@code
     * more} options) into {@code tmp/out}, which it returns; the run must succeed.
     */
    private Path ran(int months, int replications, String... more) {
        Path out = tmp.resolve("out");
        List<String> args = new ArrayList<>(List.of("run", "--set", "market.population=5000", "--months",
                String.valueOf(months), "--replications", String.valueOf(replications)));
        args.addAll(List.of(more));
        args.addAll(List.of("--out", out.toString()));
        Cli run = Cli.run(args.toArray(String[]::new));
        assertEquals(0, run.exit(), run.err());
        return out;
    }

    @Test
    void rebuildsTheReportTheRunWroteByteForByte() throws IOException {
        Path out = ran(14, 4, "--set", "plan.type=breakaway", "--threads", "2");
        Path report = out.resolve("report.html");
        byte[] written = Files.readAllBytes(report);
        // 14 months: join months 0..3 have a whole first year, read back from outlook.csv
        assertTrue(Files.readString(report).contains("id=\"outlook-mlm\""), "the run has a newcomer's outlook");
        Files.delete(report);

        Cli rebuilt = Cli.run("report", out.toString());
        assertEquals(0, rebuilt.exit(), rebuilt.err());
        assertTrue(rebuilt.out().contains("Wrote " + report), rebuilt.out());
        assertArrayEquals(written, Files.readAllBytes(report), "the rebuilt report is the run's");
    }

    /** A results CSV saved by an editor with a UTF-8 byte-order mark reads as every input CSV does: the mark skipped. */
    @Test
    void skipsAByteOrderMarkInTheResultsCsvs() throws IOException {
        Path out = ran(14, 2);
        Path report = out.resolve("report.html");
        byte[] written = Files.readAllBytes(report);
        for (String csv : List.of("cohorts.csv", "outlook.csv")) {
            Path file = out.resolve(csv);
            Files.writeString(file, "\uFEFF" + Files.readString(file));
        }
        Files.delete(report);
        Cli rebuilt = Cli.run("report", out.toString());
        assertEquals(0, rebuilt.exit(), rebuilt.err());
        assertArrayEquals(written, Files.readAllBytes(report), "the rebuilt report is the run's");
    }

    @Test
    void refusesAFolderWithoutResults() throws IOException {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        Cli r = Cli.run("report", empty.toString());
        assertEquals(Main.BAD_INPUT, r.exit());
        assertTrue(r.err().contains("must be a results folder holding summary.json"), r.err());
        assertFalse(Files.exists(empty.resolve("report.html")));

        Files.writeString(empty.resolve("summary.json"), "{\"version\": \"0.1.0\"}");
        Cli broken = Cli.run("report", empty.toString());
        assertEquals(Main.BAD_INPUT, broken.exit(), broken.err());
        assertTrue(broken.err().startsWith("error: cannot read the results in"), broken.err());
        assertFalse(Files.exists(empty.resolve("report.html")));
    }

    /** A summary.json that is not JSON: one line of our own naming the file, where and what. */
    @Test
    void refusesASummaryThatIsNotJsonInWordsOfItsOwn() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("bad"));
        String[][] cases = {
            {"{\"gini\": {\n  \"mean\": NaN}}", "at line 2, column 11: 'NaN' is not a JSON value (a number that "
                + "cannot be computed is written null)"},
            {"{\"a\": -Infinity}", "at line 1, column 7: '-Infinity' is not a JSON value"},
            {"{\"a\": tru}", "at line 1, column 7: 'tru' is not a JSON value"},
            {"{\"a\": 1,}", "at line 1, column 9: unexpected character '}'"},
            {"{'a': 1}", "at line 1, column 2: unexpected character \"'\""},
            {"{\"a\": 1", "the file ends before its JSON does (cut short?)"},
            // read whole, not up to what a reader takes: a key twice (the last would win), a second document
            {"{\"a\": 1, \"a\": 2}", "at line 1, column 10: it gives the key 'a' twice in one object"},
            {"{\"a\": 1}\n{\"a\": 1}", "at line 2, column 1: more follows the end of its JSON (two files joined "
                + "into one?)"}};
        for (String[] c : cases) {
            Files.writeString(dir.resolve("summary.json"), c[0] + "\n");
            Cli r = Cli.run("report", dir.toString());
            assertEquals(Main.BAD_INPUT, r.exit(), r.err());
            assertEquals(1, r.err().lines().count(), r.err());
            assertTrue(r.err().startsWith("error: cannot read the results in '" + dir + "': summary.json is not valid "
                    + "JSON"), r.err());
            assertTrue(r.err().contains(c[1]), r.err());
            assertFalse(r.err().contains("JsonReadFeature") || r.err().contains("enable"), r.err());
        }
    }

    /** A sweep's or a fit's folder holds its report already, which 'report' does not rebuild. */
    @Test
    void refusesASweepOrAFitSayingWhy() throws IOException {
        for (String kind : List.of("sweep", "fit")) {
            Path dir = Files.createDirectories(tmp.resolve(kind));
            Files.writeString(dir.resolve(".downline"), "{\"downline\": \"0.1.0\", \"results\": \"" + kind + "\"}\n");
            Files.writeString(dir.resolve("report.html"), "<html></html>\n");
            Cli r = Cli.run("report", dir.toString());
            assertEquals(Main.BAD_INPUT, r.exit(), r.err());
            assertEquals("error: DIR '" + dir + "' holds a " + kind + ", whose report.html 'downline " + kind
                    + "' writes itself (it is there): 'downline report' rebuilds the report of a run's (or merge's) "
                    + "results folder only\n", r.err());
            assertEquals("<html></html>\n", Files.readString(dir.resolve("report.html")));
        }
    }

    /**
     * A summary.json edited by hand is checked field by field before anything is written: one line
     * naming the file, the field, what it allows and what it holds — not a page that says "-3
     * replications" or "n/a lost money".
     */
    @Test
    void refusesASummaryThatDoesNotHoldWhatARunWrites() throws IOException {
        Path out = ran(14, 3);
        byte[] page = Files.readAllBytes(out.resolve("report.html"));

        assertRefused(out, "replications", s -> s.put("replications", -3),
                "summary.json: replications must be an integer in [1, 1000000], was -3");
        assertRefused(out, "seed", s -> s.put("seed", "x"), "summary.json: seed must be an integer (any 64-bit value), was \"x\"");
        // a runaway value is cut as every input's is (Checks.show): at 60 characters, with its length
        assertRefused(out, "runaway", s -> s.put("seed", "x".repeat(100)), "summary.json: seed must be an "
                + "integer (any 64-bit value), was \"" + "x".repeat(59) + "… (102 characters)");
        assertRefused(out, "abc", s -> s.with("mlm").put("shareLosingMoney", "abc"),
                "summary.json: mlm.shareLosingMoney must be {\"mean\": a number in [0, 1], ");
        assertRefused(out, "nullMean", s -> s.with("mlm").with("shareLosingMoney").putNull("mean"),
                "summary.json: mlm.shareLosingMoney.mean must be a number in [0, 1] (null only where sd is null "
                        + "too), was null");
        assertRefused(out, "outOfRange", s -> s.with("mlm").with("gini").put("mean", 1.5),
                "summary.json: mlm.gini.mean must be a number in [0, 1] (null only where sd is null too), was 1.5");
        assertRefused(out, "interval", s -> s.with("affiliate").with("netIncome").with("p50").putArray("ci95")
                        .add(5).add(1),
                "summary.json: affiliate.netIncome.p50.ci95 must be null or [low, high] with low <= high, each a "
                        + "number, was [5,1]");
        assertRefused(out, "band", s -> s.with("mlm").with("incomeBands").remove("lostOver5000"),
                "summary.json: mlm.incomeBands.lostOver5000 must be {\"mean\"");
        assertRefused(out, "paired", s -> s.with("mlmMinusAffiliate").with("shareLosingMoney").put("mean", -2),
                "summary.json: mlmMinusAffiliate.shareLosingMoney.mean must be a number in [-1, 1]");
        // 1e999, beyond a double, is no mean a run writes, whatever the metric's range (the page said "n/a")
        assertRefused(out, "infinite", s -> s.with("mlm").with("netIncome").with("mean")
                .put("mean", new java.math.BigDecimal("1e999")),
                "summary.json: mlm.netIncome.mean.mean must be a number (null only where sd is null too), was ");
        // a metric taken out, which the page showed as "–", not reported
        assertRefused(out, "lacking", s -> s.with("mlm").remove("gini"),
                "summary.json lacks mlm.gini, which a run of its scenario writes");
        // a run writes seed, replications and months as its scenario holds them: a field edited apart is refused
        long seed = new ObjectMapper().readTree(out.resolve("summary.json").toFile()).get("seed").asLong();
        assertRefused(out, "months", s -> s.put("months", 7),
                "summary.json: months must be 14 (its scenario's months), was 7");
        assertRefused(out, "replications2", s -> s.put("replications", 2),
                "summary.json: replications must be 3 (its scenario's replications), was 2");
        assertRefused(out, "seed2", s -> s.put("seed", seed + 1),
                "summary.json: seed must be " + seed + " (its scenario's seed), was " + (seed + 1));
        assertArrayEquals(page, Files.readAllBytes(out.resolve("report.html")), "the folder itself was not touched");
    }

    /** {@code report} on a copy of {@code out} whose summary.json {@code edit} changed: exit 2, {@code message}, no page. */
    private void assertRefused(Path out, String name, Consumer<ObjectNode> edit, String message) throws IOException {
        Path copy = Files.createDirectories(tmp.resolve(name));
        Files.copy(out.resolve("cohorts.csv"), copy.resolve("cohorts.csv"));
        Files.copy(out.resolve("outlook.csv"), copy.resolve("outlook.csv"));
        ObjectMapper json = new ObjectMapper();
        ObjectNode summary = (ObjectNode) json.readTree(out.resolve("summary.json").toFile());
        edit.accept(summary);
        json.writeValue(copy.resolve("summary.json").toFile(), summary);
        Cli r = Cli.run("report", copy.toString());
        assertEquals(Main.BAD_INPUT, r.exit(), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("error: cannot read the results in '" + copy + "': " + copy.resolve("summary.json")
                .getParent().resolve(message)), r.err());
        assertFalse(Files.exists(copy.resolve("report.html")), name);
    }

    /** A chart file that is not a whole PNG is named, one line, exit 2, and no page is written. */
    @Test
    void refusesACorruptChart() throws IOException {
        Path out = ran(6, 2);
        Files.delete(out.resolve("report.html"));
        Path growth = out.resolve("charts").resolve("growth.png");
        byte[] png = Files.readAllBytes(growth);
        byte[] noise = new byte[100];
        new java.util.Random(3).nextBytes(noise);
        for (byte[] bad : new byte[][] {noise, Arrays.copyOf(png, png.length / 3)}) {
            Files.write(growth, bad);
            Cli r = Cli.run("report", out.toString());
            assertEquals(Main.BAD_INPUT, r.exit(), r.err());
            assertEquals(1, r.err().lines().count(), r.err());
            assertTrue(r.err().contains(growth + " is not "), r.err());
            assertFalse(Files.exists(out.resolve("report.html")));
        }
    }

    /**
     * A chart every run draws that is missing from charts/ is named on standard error and the page is
     * written without it; a chart only some runs draw (ranks: plans with ranks) is not looked for.
     */
    @Test
    void namesAMissingChart() throws IOException {
        Path out = ran(6, 2);
        Cli whole = Cli.run("report", out.toString());
        assertEquals(0, whole.exit(), whole.err());
        assertEquals("", whole.err(), "a unilevel run has no ranks chart, and that is not missing");
        Path lorenz = out.resolve("charts").resolve("lorenz.png");
        Files.delete(lorenz);
        Cli r = Cli.run("report", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals("note: " + lorenz + " is missing; report.html is written without that chart (run again to "
                + "redraw it)", r.err().strip());
        assertFalse(Files.readString(out.resolve("report.html")).contains("lorenz.png"));
    }

    /**
     * A cohorts.csv or outlook.csv cell that is not what a run writes is named by file, row and column; a
     * header that is not, by file and line.
     */
    @Test
    void refusesABadCsvCell() throws IOException {
        Path out = ran(13, 2);
        Files.delete(out.resolve("report.html"));
        String[][] cases = {
            {"cohorts.csv", "^(mlm,1),[^,]*", "$1,abc", "cohorts.csv, row 2: participants must be a number or empty, "
                + "was 'abc'"},
            // Java's own literals, which Double.parseDouble read as numbers, refused as every input's (Checks.decimal)
            {"cohorts.csv", "^(mlm,1),[^,]*", "$1,1d", "cohorts.csv, row 2: participants must be a number or empty, "
                + "was '1d'"},
            {"cohorts.csv", "^(mlm,1),[^,]*", "$1,0x1p3", "cohorts.csv, row 2: participants must be a number or "
                + "empty, was '0x1p3'"},
            {"cohorts.csv", "^(mlm,1),[^,]*", "$1,Infinity", "cohorts.csv, row 2: participants must be a number or "
                + "empty, was 'Infinity'"},
            {"cohorts.csv", "^(mlm,1),[^,]*", "$1,1e999", "cohorts.csv, row 2: participants must be a number or "
                + "empty, was 1e999"},
            {"outlook.csv", "^mlm,1,", "mlm,x,", "outlook.csv, row 2: joinMonth must be an integer >= 0, was 'x'"},
            // a number as typed, without quotes (Checks.showTyped), as every input's
            {"outlook.csv", "^mlm,1,", "mlm,-1,", "outlook.csv, row 2: joinMonth must be an integer >= 0, was -1"},
            // a runaway cell is echoed cut, as every input's is (Checks.show)
            {"outlook.csv", "^mlm,1,", "mlm," + "9".repeat(70) + "x,", "outlook.csv, row 2: joinMonth must be an "
                + "integer >= 0, was '" + "9".repeat(60) + "…' (71 characters)"},
            // a header the CSV reader refuses, in words, not the library's "A header name is missing in [...]"
            {"outlook.csv", "^world,", "world,,", "outlook.csv line 2, the header, has a column with no name"},
            {"cohorts.csv", "^world,", "world,,", "cohorts.csv line 2, the header, has a column with no name"},
            // an emptied file: no cohorts is not what a run writes (the page left the table out), as outlook.csv's
            {"cohorts.csv", "(?s)\\A.*", "", "cohorts.csv has no column participants"},
            {"outlook.csv", "(?s)\\A.*", "", "outlook.csv has no column participants"}};
        for (String[] c : cases) {
            Path file = out.resolve(c[0]);
            String was = Files.readString(file);
            Files.writeString(file, java.util.regex.Pattern.compile(c[1], java.util.regex.Pattern.MULTILINE)
                    .matcher(was).replaceFirst(c[2]));
            Cli r = Cli.run("report", out.toString());
            assertEquals(Main.BAD_INPUT, r.exit(), r.err());
            assertEquals("error: cannot read the results in '" + out + "': " + out.resolve(c[3]), r.err().strip());
            assertFalse(Files.exists(out.resolve("report.html")));
            Files.writeString(file, was);
        }
        // a file saved as Latin-1: said so, not in Java's words ("Input length = 1")
        Path cohorts = out.resolve("cohorts.csv");
        Files.write(cohorts, Files.readString(cohorts).replaceFirst("(?m)^mlm,1,", "ml\u00e9,1,")
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        Cli r = Cli.run("report", out.toString());
        assertEquals(Main.BAD_INPUT, r.exit(), r.err());
        assertEquals("error: cannot read the results in '" + out + "': " + cohorts + " is not UTF-8 text",
                r.err().strip());
        assertFalse(Files.exists(out.resolve("report.html")));
    }

    /** {@code out}'s summary.json (and marker) saying the results were computed by Downline {@code version}. */
    private static void computedBy(Path out, String version) throws IOException {
        for (Path f : List.of(out.resolve("summary.json"), out.resolve(".downline"))) {
            String was = Files.readString(f);
            String now = was.replaceFirst("(\"(version|downline)\" ?: ?)\"" + java.util.regex.Pattern.quote(Version.get())
                    + "\"", "$1\"" + version + "\"");
            assertFalse(was.equals(now), f + " names the version");
            Files.writeString(f, now);
        }
    }

    /**
     * Results of another version are rendered with a one-line note naming both versions, and the page
     * says which version computed them and which rendered it; a page of this version's results is the
     * run's, byte for byte (rebuildsTheReportTheRunWroteByteForByte), and says nothing of it.
     */
    @Test
    void saysWhichVersionComputedTheResultsAndWhichRenderedThePage() throws IOException {
        Path out = ran(14, 2, "--set", "affiliate.enabled=true");
        assertFalse(Files.readString(out.resolve("report.html")).contains("rendered"), "a run's page");
        computedBy(out, "0.0.9");
        Cli r = Cli.run("report", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals("note: the results in '" + out + "' were computed by Downline 0.0.9; Downline " + Version.get()
                + " renders report.html from them, and the page says so (run the scenario again with Downline "
                + Version.get() + " for results of this version)\n", r.err());
        String page = Files.readString(out.resolve("report.html"));
        assertTrue(page.contains("<meta name=\"generator\" content=\"Downline " + Version.get() + "\">"), "generator");
        assertTrue(page.contains("<p class=\"note\">These results were computed by Downline 0.0.9; this page was "
                + "rendered from them later by Downline " + Version.get() + " (<code>downline report</code>)"), page);
        assertTrue(page.contains("<dd>Downline 0.0.9 computed the results; Downline " + Version.get()
                + " rendered this page</dd>"), "provenance");
        assertTrue(page.contains("<p>Results computed by Downline 0.0.9, page rendered by Downline " + Version.get()
                + ", from scenario"), "footer");
        assertFalse(page.contains("Made by Downline"), "the footer does not say one version made it all");
    }

    /**
     * Estimates this version does not know (a newer version's metrics) are not dropped without a word: for
     * another version's results the note and the page name them; in this version's results, which no run of
     * it writes with them, they are refused as an edit.
     */
    @Test
    void namesTheFiguresItDoesNotKnowAndLeavesOut() throws IOException {
        Path out = ran(6, 2, "--set", "affiliate.enabled=true");
        Path summary = out.resolve("summary.json");
        ObjectMapper json = new ObjectMapper();
        ObjectNode tree = (ObjectNode) json.readTree(Files.readString(summary));
        ObjectNode estimate = (ObjectNode) tree.with("mlm").get("gini").deepCopy();
        tree.with("mlm").set("newShare", estimate);
        tree.with("affiliate").with("netIncome").set("p95", estimate);
        tree.with("mlmMinusAffiliate").set("newShare", estimate);
        Files.writeString(summary, tree.toString());
        Cli same = Cli.run("report", out.toString());
        assertEquals(Main.BAD_INPUT, same.exit(), same.err());
        assertEquals("error: cannot read the results in '" + out + "': " + summary + " holds mlm.newShare (and 2 more), "
                + "which no run of this version writes", same.err().strip());

        computedBy(out, "0.0.9");
        Cli other = Cli.run("report", out.toString());
        assertEquals(0, other.exit(), other.err());
        assertTrue(other.err().contains(", and the page says so; it leaves out what it does not know: mlm.newShare "
                + "(and 2 more) (run the scenario again"), other.err());
        String page = Files.readString(out.resolve("report.html"));
        assertTrue(page.contains(" The results also hold figures that Downline " + Version.get() + " does not know and "
                + "leaves out: mlm.newShare, affiliate.netIncome.p95, mlmMinusAffiliate.newShare.</p>"), page);

        // the pooled figures and the ranks are read as they are, not as metrics
        tree = (ObjectNode) json.readTree(Files.readString(summary));
        tree.with("mlm").remove("newShare");
        tree.with("affiliate").with("netIncome").remove("p95");
        tree.with("mlmMinusAffiliate").remove("newShare");
        Files.writeString(summary, tree.toString());
        Cli none = Cli.run("report", out.toString());
        assertEquals(0, none.exit(), none.err());
        assertFalse(none.err().contains("leaves out"), none.err());
        assertFalse(Files.readString(out.resolve("report.html")).contains("does not know"));
    }

    /**
     * Results of another version that this one cannot show faithfully are refused, one line naming both
     * versions and what to do, and nothing is written: a folder whose files do not read (the marker names
     * the version), or one that lacks a metric this version shows (the page would say "n/a").
     */
    @Test
    void refusesAnotherVersionsResultsItCannotShowFaithfully() throws IOException {
        Path out = ran(6, 2);
        Files.delete(out.resolve("report.html"));
        computedBy(out, "0.0.9");
        String refusal = "error: DIR '" + out + "' holds results of Downline 0.0.9, and Downline " + Version.get() + " ";
        String proceed = ": rebuild the report with Downline 0.0.9, or run the scenario again with Downline "
                + Version.get() + "\n";

        ObjectMapper json = new ObjectMapper();
        Path summary = out.resolve("summary.json");
        String was = Files.readString(summary);
        ObjectNode tree = (ObjectNode) json.readTree(was);
        tree.with("mlm").remove("shareLosingMoney");
        tree.with("mlm").remove("gini");
        Files.writeString(summary, tree.toString());
        Cli lacking = Cli.run("report", out.toString());
        assertEquals(Main.BAD_INPUT, lacking.exit(), lacking.err());
        assertEquals(refusal + "cannot show them faithfully: they lack mlm.shareLosingMoney (and 1 more), which this "
                + "version reports" + proceed, lacking.err());
        assertFalse(Files.exists(out.resolve("report.html")));

        tree.put("replications", "two");
        Files.writeString(summary, tree.toString());
        Cli unread = Cli.run("report", out.toString());
        assertEquals(Main.BAD_INPUT, unread.exit(), unread.err());
        assertEquals(refusal + "cannot read them (" + summary + ": replications must be an integer in [1, 1000000], "
                + "was \"two\")" + proceed, unread.err());
        assertFalse(Files.exists(out.resolve("report.html")));
    }

    /**
     * A report.html that is a symbolic link stands for its file, as {@code run --out} and payout's
     * {@code --out} do: the page replaces that file (atomically) and the link is kept, relative or not,
     * with the folder itself reached through a link. A file there that is not a page Downline wrote is
     * refused (one line, exit 2, left as it was) unless --force; a folder there, with --force too.
     */
    @Test
    void writesThroughALinkedReportAndRefusesToClobberAnotherFile() throws IOException {
        Path out = ran(6, 2);
        byte[] page = Files.readAllBytes(out.resolve("report.html"));
        Path site = Files.createDirectories(tmp.resolve("site"));
        Path published = site.resolve("published.html");
        Files.move(out.resolve("report.html"), published);
        Path link = Files.createSymbolicLink(out.resolve("report.html"), Path.of("../site/published.html"));
        Path viaLink = Files.createSymbolicLink(tmp.resolve("latest"), out);
        Files.writeString(published, new String(page, java.nio.charset.StandardCharsets.UTF_8).replace("seed 1", "x"));

        Cli r = Cli.run("report", viaLink.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(Files.isSymbolicLink(link), "the link is kept");
        assertArrayEquals(page, Files.readAllBytes(published), "the page is written through the link");
        assertEquals(List.of("published.html"), org.downline.testing.Folders.names(site), "no temporary file left");

        Files.writeString(published, "<p>my own page</p>\n");
        Cli refused = Cli.run("report", out.toString());
        assertEquals(Main.BAD_INPUT, refused.exit(), refused.err());
        assertEquals("error: DIR '" + out + "' holds report.html, which leads to '" + published.toRealPath() + "', a "
                + "file Downline did not write (not a Downline page): move it, or add --force to replace it\n",
                refused.err());
        assertEquals("<p>my own page</p>\n", Files.readString(published));
        Cli forced = Cli.run("report", "--force", out.toString());
        assertEquals(0, forced.exit(), forced.err());
        assertTrue(Files.isSymbolicLink(link), "the link is kept");
        assertArrayEquals(page, Files.readAllBytes(published));

        Files.delete(link);
        Files.createDirectories(out.resolve("report.html"));
        Cli folder = Cli.run("report", "--force", out.toString());
        assertEquals(Main.BAD_INPUT, folder.exit(), folder.err());
        assertEquals("error: DIR '" + out + "' holds report.html, not a regular file but a folder, device, pipe or "
                + "socket, which the page written would replace: move it\n", folder.err());
        assertTrue(Files.isDirectory(out.resolve("report.html")));

        Files.delete(out.resolve("report.html"));
        Files.createSymbolicLink(out.resolve("report.html"), out.resolve("report.html"));
        Cli loop = Cli.run("report", out.toString());
        assertEquals(Main.BAD_INPUT, loop.exit(), loop.err());
        assertEquals("error: report.html '" + out.resolve("report.html") + "' is a symbolic link that "
                + "leads to itself\n", loop.err());
    }
}
