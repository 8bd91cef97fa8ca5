package org.downline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.downline.io.Disclosures;
import org.downline.stats.Disclosure;
import org.downline.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiscloseCommandTest {

    @TempDir
    Path tmp;

    @Test
    void writesADisclosureThatReadsBackAndDoesNotDependOnThreads() throws IOException {
        Path one = tmp.resolve("one.csv");
        Path two = tmp.resolve("two.csv");
        String[] common = {"disclose", "--set", "market.population=20000", "--year-ending", "24", "--replications", "3"};
        Cli a = Cli.run(concat(common, "--threads", "1", "--out", one.toString()));
        assertEquals(0, a.exit(), a.err());
        assertEquals(0, Cli.run(concat(common, "--threads", "2", "--out", two.toString())).exit());
        assertEquals(Files.readString(one), Files.readString(two));
        Disclosure d = Disclosures.load(one.toString());
        assertEquals(Disclosure.Covers.ALL, d.covers());
        assertEquals(12, d.periodMonths());
        assertEquals(6, d.groups().size());
        assertEquals("Paid nothing", d.groups().get(0).label());
        assertTrue(d.shareZero() > 0.3 && d.shareZero() < 1, "share paid nothing " + d.shareZero());
        for (int k = 2; k < d.groups().size(); k++) {
            assertTrue(d.groups().get(k).meanAnnualGross() >= d.groups().get(k - 1).meanAnnualGross());
        }
        assertTrue(d.title().contains("months 13 to 24 (12 months)"), d.title());
        assertFalse(d.note().contains("not over a year"), d.note());
    }

    /**
     * The format's meanAnnualGross is the mean pay over period-months (SCENARIO.md; fit reads it so):
     * over a period other than 12 the file says so rather than letting the column's name pass it off as
     * a year's. pyramid-math with no retail pays its top group 110 over months 4 to 5 (2 replications).
     */
    @Test
    void aPeriodOtherThanAYearIsNamedInTheTitleAndTheNote() throws IOException {
        Path out = tmp.resolve("p.csv");
        pyramidMath(out, "--period", "2", "--groups", "0.5,0.25,0.25");
        Disclosure d = Disclosures.load(out.toString());
        assertEquals(2, d.periodMonths());
        assertTrue(d.title().contains("months 4 to 5 (2 months)"), d.title());
        // the name first, then what it holds here (it read "... not over a year (the format's column name)")
        assertTrue(d.note().endsWith("; the column meanAnnualGross (the format's name for it) is each group's mean "
                + "gross pay over these 2 months, not over a year"), d.note());
        assertEquals(110.0, d.groups().get(d.groups().size() - 1).meanAnnualGross(), 1e-9, "pay over the 2 months");
    }

    /** disclose of pyramid-math with no retail over 5 months, 2 replications, {@code more}, into {@code out}. */
    private static Cli pyramidMath(Path out, String... more) {
        List<String> args = new ArrayList<>(List.of("disclose", "--preset", "pyramid-math", "--set", "months=5",
                "--replications", "2", "--set", "economics.retail.customersPerMonth=0"));
        args.addAll(List.of(more));
        args.addAll(List.of("--out", out.toString()));
        Cli r = Cli.run(args.toArray(String[]::new));
        assertEquals(0, r.exit(), r.err());
        return r;
    }

    /**
     * The finest shares --groups allows are labelled by their bounds, each label its own: 0.0001% read
     * "1.0E-4%" (and a share finer than that, refused now, read "0% to 0%").
     */
    @Test
    void theFinestGroupsHaveLabelsOfTheirOwn() throws IOException {
        Path out = tmp.resolve("fine.csv");
        pyramidMath(out, "--period", "2", "--groups", "0.000001,0.000001,0.999998");
        List<String> labels = Disclosures.load(out.toString()).groups().stream().map(Disclosure.Group::label).toList();
        assertEquals(List.of("Paid nothing", "Paid, 0% to 0.0001%", "Paid, 0.0001% to 0.0002%", "Paid, 0.0002% to 100%"),
                labels);
    }

    /** One month is named as one: "month 5", not "months 5 to 5 (1 month)" or "these 1 month". */
    @Test
    void aPeriodOfOneMonthIsNamedAsOne() throws IOException {
        Path out = tmp.resolve("p1.csv");
        Cli r = pyramidMath(out, "--period", "1");
        Disclosure d = Disclosures.load(out.toString());
        assertEquals(1, d.periodMonths());
        assertTrue(d.title().contains("gross pay in month 5, mean of 2 replications"), d.title());
        assertTrue(d.note().endsWith("each group's mean gross pay over this one month, not over a year"), d.note());
        assertFalse(r.out().contains("months 5 to 5") || r.out().contains("1 months"), r.out());
    }

    @Test
    void refusesBadOptionsWritingNothing() {
        Path out = tmp.resolve("d.csv");
        String[][] cases = {
            {"--covers", "everyone", "--covers must be all, active or paid, was 'everyone'"},
            {"--groups", "0.5,0.4", "--groups shares must sum to 1"},
            // the sum as the shares add up (it said "sum to 0.30000000000000004"), and what was given
            {"--groups", "0.1,0.2", "error: --groups shares must sum to 1, was 0.1,0.2 (sum 0.3) (see 'downline disclose --help')\n"},
            // the shares as typed (it said "was 1.0E-5,0.5") and the sum in plain digits
            {"--groups", "1e-5,0.5", "error: --groups shares must sum to 1, was 1e-5,0.5 (sum 0.50001) (see 'downline disclose --help')\n"},
            {"--groups", "0.000001,0.000001", "error: --groups shares must sum to 1, was 0.000001,0.000001 (sum 0.000002) (see 'downline disclose --help')\n"},
            // no share at all (it said "sum to 0.0")
            {"--groups", ",,", "error: --groups must give at least one share (separated by commas), was none (see 'downline disclose --help')\n"},
            {"--period", "40", "error: --period must be an integer in [1, 36] (the months up to --year-ending), was 40 (see 'downline disclose --help')\n"},
            // a share out of range in the words of one that is no number (badNumber), ending as it does
            {"--groups", "0.5,0.5,0", "error: --groups must be a number in (0, 1] with at most six decimals, was 0 (see 'downline disclose --help')\n"},
            // a share finer than the labels' 0.0001% steps: it wrote a group "Paid, 0% to 0%"; as typed
            {"--groups", "1e-300,1", "error: --groups must be a number in (0, 1] with at most six decimals, was 1e-300 (see 'downline disclose --help')\n"},
            {"--groups", "0.5,0.4999995,0.0000005", "error: --groups must be a number in (0, 1] with at most six decimals, was 0.4999995 (see 'downline disclose --help')\n"},
            {"--replications", "0", "error: --replications must be an integer in [1, 100000], was 0 (see 'downline disclose --help')\n"},
            // more groups than fit reads (a 'Paid nothing' group besides the shares)
            {"--groups", String.join(",", java.util.Collections.nCopies(1000, "0.001")), "error: --groups must give at "
                + "most 999 shares (a disclosure has at most 1,000 groups, one of them those paid nothing), was 1,000 "
                + "(see 'downline disclose --help')\n"}};
        for (String[] c : cases) {
            Cli r = Cli.run("disclose", c[0], c[1], "--out", out.toString());
            assertEquals(2, r.exit(), c[0]);
            assertTrue(r.err().contains(c[2]), r.err());
            assertEquals(1, r.err().lines().count(), r.err());
            assertFalse(Files.exists(out));
        }
    }

    @Test
    void refusesWhenNobodyCoveredWasPaidRatherThanPublishingZeroGroups() {
        // one prospect in the whole market: nobody is ever paid, whoever is covered
        for (String covers : new String[] {"all", "paid"}) {
            Path out = tmp.resolve("nobody-" + covers + ".csv");
            Cli r = Cli.run("disclose", "--set", "market.population=1000", "--set", "market.prospectShare=0.001",
                    "--replications", "2", "--covers", covers, "--out", out.toString());
            assertEquals(2, r.exit(), r.err());
            assertTrue(r.err().contains("nobody covered (--covers " + covers + ") was paid anything in months 25 "
                    + "to 36 in any of the 2 replications"), r.err());
            assertTrue(r.err().contains("no disclosure was written"), r.err());
            // the mean covered as a month's mean reads (Unit.MONTH): to a tenth, never "3.0"
            assertTrue(r.err().matches("(?s).*\\(\\d+(\\.[1-9])? covered on average.*"), r.err());
            assertEquals(1, r.err().lines().count(), r.err());
            assertEquals("", r.out());
            assertFalse(Files.exists(out));
        }
    }

    /**
     * A mean of under one person covered is not rounded to none: one covered in 1 of 25 replications is
     * "0.04 covered on average, all paid nothing", not "0 covered ..., all paid nothing".
     */
    @Test
    void aMeanOfUnderOnePersonCoveredReadsAsSuch() {
        Path out = tmp.resolve("few.csv");
        // one prospect; the founder still in in month 24 in one replication of 25 at seed 2
        Cli r = Cli.run("disclose", "--set", "market.population=1000", "--set", "market.prospectShare=0.001",
                "--replications", "25", "--seed", "2", "--covers", "active", "--year-ending", "24", "--period", "1",
                "--out", out.toString());
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains("(0.04 covered on average, all paid nothing)"), r.err());
        assertFalse(Files.exists(out));
        assertEquals("0.04", DiscloseCommand.meanPeople(0.04));
        assertEquals("0.0012", DiscloseCommand.meanPeople(0.00123));
        assertEquals("0.35", DiscloseCommand.meanPeople(0.3456));
        assertEquals("1", DiscloseCommand.meanPeople(0.999));
        assertEquals("0", DiscloseCommand.meanPeople(0));
        assertEquals("3", DiscloseCommand.meanPeople(3.04));
        assertEquals("3.5", DiscloseCommand.meanPeople(3.5));
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
