package org.downline.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.downline.scenario.ScenarioException;
import org.downline.stats.Disclosure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DisclosuresTest {

    private static final String HEAD = "# disclosure: test-co\n# covers: all\n# period-months: 12\n";

    @Test
    void bundledDisclosuresReadWithTheirPublishedFigures() {
        assertEquals(List.of("doterra-us-2017", "mary-kay-canada-2019", "monavie-2009"), Disclosures.names());
        Disclosure d = Disclosures.load("doterra-us-2017");
        assertEquals(Disclosure.Covers.ALL, d.covers());
        assertEquals(12, d.periodMonths());
        assertEquals(13, d.groups().size());
        assertEquals(0.6384, d.shareZero(), 1e-12);
        assertEquals("Silver", d.groups().get(7).label());
        assertEquals(27557, d.groups().get(7).meanAnnualGross(), 0);
        assertTrue(d.source().contains("stayonthelevel.com"), d.source());
        for (String name : Disclosures.names()) {
            Disclosure x = Disclosures.load(name);
            assertEquals(name, x.name());
            assertEquals(1, x.totalShare(), Disclosures.SHARE_TOLERANCE, name);
        }
        assertEquals(Disclosure.Covers.PAID, Disclosures.load("monavie-2009").covers());
    }

    @Test
    void readsOptionalBandsAndAnyRowOrder() {
        Disclosure d = Disclosures.parse(HEAD + "group,share,meanAnnualGross,lower,upper\nB,0.4,500,100,1000\n"
                + "A,0.6,0,0,0\n", "t.csv");
        assertEquals("B", d.groups().get(0).label());
        assertEquals(100, d.groups().get(0).lower(), 0);
        assertEquals(0.6, d.shareZero(), 1e-15);
    }

    @Test
    void refusesMalformedAndInconsistentDisclosuresNamingTheProblem() {
        String rows = "group,share,meanAnnualGross\nA,0.5,0\nB,0.5,100\n";
        refused(HEAD + "group,share,meanAnnualGross\nA,0.5,0\nB,0.49,100\n", "shares must sum to 1 (within 0.005)");
        refused(HEAD + "group,share,meanAnnualGross\nA,0.5,0\nB,0.5,-3\n", "meanAnnualGross must be at least 0, was -3");
        refused(HEAD + "group,share,meanAnnualGross\nA,0.5,0\nA,0.5,100\n", "repeats the group 'A'");
        // a long field is echoed cut, with its length
        refused(HEAD + "group,share,meanAnnualGross\nA,1," + "z".repeat(4000) + "\n", "meanAnnualGross must be a "
                + "number, was '" + "z".repeat(60) + "…' (4,000 characters)");
        refused(HEAD.replace("# covers: all", "# covers: " + "q".repeat(100)) + "group,share,meanAnnualGross\nA,1,0\n",
                "'# covers:' must be all, active or paid, was '" + "q".repeat(60) + "…' (100 characters)");
        refused(HEAD.replace("all", "everyone") + rows, "'# covers:' must be all, active or paid, was 'everyone'");
        refused(HEAD.replace("covers: all", "covers: paid") + rows, "covers only paid participants");
        refused(HEAD.replace("12", "0") + rows, "'# period-months:' must be an integer in [1, 120], was 0");
        refused(HEAD.replace("12", "1e3") + rows, "'# period-months:' must be an integer in [1, 120], was 1e3");
        refused(HEAD.replace("12", "twelve") + rows, "'# period-months:' must be an integer in [1, 120], was 'twelve'");
        refused(HEAD.replace("# covers: all\n", "") + rows, "has no '# covers:' line");
        // it points to what a user of the jar has, not a file of the sources
        refused(HEAD.replace("# covers: all\n", "") + rows, "(the format: README, 'Fitting to an income disclosure'; "
                + "'downline disclosures --show doterra-us-2017' prints one)");
        refused(HEAD + "group,share,mean\nA,1,0\n", "unknown column 'mean'");
        refused(HEAD + "group,share,meanAnnualGross,share\nA,1,0,1\n", "'share' twice");
        refused(HEAD + "group,share,meanAnnualGross\nA,1,lots\n", "column meanAnnualGross must be a number, was 'lots'");
        refused(HEAD + "group,share,meanAnnualGross\nA,1.5,0\n", "share must be in [0, 1], was 1.5");
        // a number as typed, without quotes, other text in them
        refused(HEAD + "group,share,meanAnnualGross\nA,1,1e999\n", "column meanAnnualGross must be a number, was 1e999");
        refused(HEAD + "group,share,meanAnnualGross\nA,1,NaN\n", "column meanAnnualGross must be a number, was 'NaN'");
        refused(HEAD + "group,share,meanAnnualGross,lower,upper\nA,1,50,10,2e1\n",
                "must have lower <= meanAnnualGross <= upper, was 10 <= 50 <= 2e1");
        refused(HEAD + "group,share,meanAnnualGross\n", "has no groups");
        refused(HEAD + "group,share,meanAnnualGross\n\"A,1,0\n", "opens a quoted field (\") that is never closed");
        refused(HEAD.replace("test-co", "Test Co") + rows, "lower case words");
    }

    /** At most 1,000 groups: 100,000 made a fit's predictive check take minutes to lay out its labels. */
    @Test
    void refusesMoreThanAThousandGroups() {
        StringBuilder rows = new StringBuilder(HEAD + "group,share,meanAnnualGross\n");
        for (int k = 0; k < Disclosures.MAX_GROUPS; k++) {
            rows.append("g").append(k).append(",0.001,").append(k).append('\n');
        }
        assertEquals(1000, Disclosures.parse(rows.toString(), "t.csv").groups().size());
        refused(rows.toString().replace(",0.001,", ",0.000999,") + "g1000,0.001,1000\n",
                "t.csv has more than 1,000 groups (line 1005 is one more); published disclosures have a handful to "
                        + "a few dozen");
    }

    @Test
    void aFileStartingWithAByteOrderMarkIsRead(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("bom.csv");
        Files.writeString(f, "\uFEFF" + HEAD + "group,share,meanAnnualGross\nA,0.5,0\nB,0.5,100\n");
        Disclosure d = Disclosures.load(f.toString());
        assertEquals(2, d.groups().size());
        assertEquals("A", d.groups().get(0).label());
    }

    @Test
    void anUnknownNameOrMissingFileIsRefused() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> Disclosures.load("no-such-co"));
        assertTrue(e.getMessage().startsWith("--disclosure must be a bundled disclosure (doterra-us-2017"),
                e.getMessage());
    }

    private static void refused(String text, String why) {
        ScenarioException e = assertThrows(ScenarioException.class, () -> Disclosures.parse(text, "t.csv"));
        assertTrue(e.getMessage().startsWith("t.csv ") && e.getMessage().contains(why), e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
    }
}
