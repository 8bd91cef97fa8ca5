package org.downline.io;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.downline.scenario.Checks;
import org.downline.scenario.ScenarioException;
import org.downline.stats.Disclosure;

/**
 * Income disclosure files (SCENARIO.md, "Income disclosure CSV"): {@code # key: value} metadata
 * lines, then a header and one row a group. The disclosures bundled with Downline are resources
 * listed in {@code disclosures/index.txt}.
 */
public final class Disclosures {

    private static final Bundled FILES = new Bundled("/org/downline/disclosures/");
    static final List<String> REQUIRED = List.of("group", "share", "meanAnnualGross");
    static final List<String> OPTIONAL = List.of("lower", "upper");
    static final List<String> META = List.of("disclosure", "title", "source", "covers", "period-months", "note");
    /**
     * The most groups a disclosure may have. Published disclosures have a handful to a few dozen (the
     * bundled ones 3 to 14), so a thousand refuses none, while a fit stays quick: the predictive check
     * lays out a label a group, a few seconds for a thousand, minutes for 100,000.
     */
    public static final int MAX_GROUPS = 1_000;
    /** How far the shares may sum from 1. */
    public static final double SHARE_TOLERANCE = 0.005;

    private Disclosures() {
    }

    /** The bundled disclosures' names, in order. */
    public static List<String> names() {
        return FILES.names();
    }

    /** The CSV text of a bundled disclosure. @throws ScenarioException if there is no such disclosure */
    public static String text(String name) {
        return text(name, "--disclosure");
    }

    /** The CSV text of a bundled disclosure named by {@code option}. @throws ScenarioException if there is none */
    public static String text(String name, String option) {
        return FILES.text(name, ".csv", option);
    }

    /**
     * A bundled disclosure by name, or a disclosure file.
     *
     * @throws ScenarioException if it is neither, or the file is malformed or inconsistent
     */
    public static Disclosure load(String nameOrFile) {
        if (names().contains(nameOrFile)) {
            return parse(text(nameOrFile), nameOrFile);
        }
        Path file = Path.of(nameOrFile);
        if (!Files.isRegularFile(file)) {
            throw new ScenarioException("--disclosure", "must be a bundled disclosure (" + String.join(", ", names())
                    + ") or a disclosure CSV file, was " + Checks.show(nameOrFile));
        }
        return parse(InputFiles.read(file, InputFiles.DISCLOSURES_LIMIT, "a disclosure CSV"), file.toString());
    }

    /** Parses a disclosure's text; {@code source} names it in messages. */
    public static Disclosure parse(String text, String source) {
        Map<String, String> meta = new LinkedHashMap<>();
        for (String line : text.split("\\R")) {
            String l = line.strip();
            if (!l.startsWith("#")) {
                continue;
            }
            int colon = l.indexOf(':');
            if (colon < 0) {
                continue;                               // a plain comment
            }
            String key = l.substring(1, colon).strip().toLowerCase(Locale.ROOT);
            if (META.contains(key) && meta.put(key, l.substring(colon + 1).strip()) != null) {
                throw new ScenarioException(source, "gives '# " + key + ":' twice");
            }
        }
        for (String key : List.of("disclosure", "covers", "period-months")) {
            if (!meta.containsKey(key)) {
                throw new ScenarioException(source, "has no '# " + key + ":' line (the format: README, "
                        + "'Fitting to an income disclosure'; 'downline disclosures --show doterra-us-2017' prints one)");
            }
        }
        String name = meta.get("disclosure");
        if (!name.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new ScenarioException(source, "'# disclosure:' must be lower case words and digits joined by "
                    + "dashes, was " + Checks.show(name));
        }
        Disclosure.Covers covers;
        try {
            covers = Disclosure.Covers.valueOf(meta.get("covers").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ScenarioException(source, "'# covers:' must be all, active or paid, was "
                    + Checks.showTyped(meta.get("covers")));
        }
        int period;
        try {
            period = Integer.parseInt(meta.get("period-months"));
        } catch (NumberFormatException e) {
            period = -1;
        }
        if (period < 1 || period > 120) {
            throw new ScenarioException(source, "'# period-months:' must be an integer in [1, 120], was "
                    + Checks.showTyped(meta.get("period-months")));
        }
        List<Disclosure.Group> groups = groups(text, source);
        Disclosure d = new Disclosure(name, meta.getOrDefault("title", name), meta.getOrDefault("source", ""),
                covers, period, meta.get("note"), groups);
        if (Math.abs(d.totalShare() - 1) > SHARE_TOLERANCE) {
            throw new ScenarioException(source, "shares must sum to 1 (within " + SHARE_TOLERANCE + "), sum to "
                    + Checks.show(d.totalShare()));
        }
        if (covers == Disclosure.Covers.PAID && d.shareZero() > 0) {
            throw new ScenarioException(source, "covers only paid participants but has a group with mean pay 0");
        }
        return d;
    }

    private static List<Disclosure.Group> groups(String text, String source) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).setCommentMarker('#').build();
        List<Disclosure.Group> groups = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<String> header = parser.getHeaderNames();
            if (header.isEmpty()) {
                throw new ScenarioException(source, "has no header line: it needs one, such as "
                        + "'group,share,meanAnnualGross', after its '#' lines");
            }
            Set<String> seenColumns = new HashSet<>();
            for (String c : header) {
                if (!REQUIRED.contains(c) && !OPTIONAL.contains(c)) {
                    throw new ScenarioException(source, "has an unknown column " + Checks.show(c) + " (columns: "
                            + String.join(", ", REQUIRED) + ", and optionally " + String.join(", ", OPTIONAL) + ")");
                }
                if (!seenColumns.add(c)) {
                    throw new ScenarioException(source, "has the column " + Checks.show(c) + " twice");
                }
            }
            for (String c : REQUIRED) {
                if (!header.contains(c)) {
                    throw new ScenarioException(source, "has no '" + c + "' column (header was "
                            + String.join(",", header) + ")");
                }
            }
            Set<String> labels = new HashSet<>();
            for (CSVRecord rec : parser) {
                String at = "line " + parser.getCurrentLineNumber();
                if (groups.size() == MAX_GROUPS) {
                    throw new ScenarioException(source, "has more than " + String.format(Locale.ROOT, "%,d", MAX_GROUPS)
                            + " groups (" + at + " is one more); published disclosures have a handful to a few dozen");
                }
                if (rec.size() != header.size()) {
                    throw new ScenarioException(source, at + " has " + rec.size() + " fields, the header has "
                            + header.size());
                }
                String label = rec.get("group");
                if (label.isEmpty() || !labels.add(label)) {
                    throw new ScenarioException(source, at + (label.isEmpty() ? " has an empty group"
                            : " repeats the group " + Checks.show(label)));
                }
                double share = number(rec, "share", at, source, false);
                double mean = number(rec, "meanAnnualGross", at, source, false);
                if (!(share >= 0 && share <= 1)) {
                    throw new ScenarioException(source, at + " share must be in [0, 1], was "
                            + Checks.showTyped(rec.get("share")));
                }
                if (!(mean >= 0)) {
                    throw new ScenarioException(source, at + " meanAnnualGross must be at least 0, was "
                            + Checks.showTyped(rec.get("meanAnnualGross")));
                }
                double lower = header.contains("lower") ? number(rec, "lower", at, source, true) : Double.NaN;
                double upper = header.contains("upper") ? number(rec, "upper", at, source, true) : Double.NaN;
                if (lower > upper || lower > mean || mean > upper) {
                    throw new ScenarioException(source, at + " must have lower <= meanAnnualGross <= upper, was "
                            + Checks.showTyped(rec.get("lower")) + " <= " + Checks.showTyped(rec.get("meanAnnualGross"))
                            + " <= " + Checks.showTyped(rec.get("upper")));
                }
                groups.add(new Disclosure.Group(label, share, mean, lower, upper));
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            if (e instanceof ScenarioException se) {
                throw se;
            }
            long line = e instanceof IllegalArgumentException ? CsvProblems.headerLine(text) : 0;  // the header's
            throw CsvProblems.of(source, line, e);
        }
        if (groups.isEmpty()) {
            throw new ScenarioException(source, "has no groups: it needs a header 'group,share,meanAnnualGross' and "
                    + "one row a group");
        }
        return groups;
    }

    /**
     * {@code column} of {@code rec} as a finite number (blank: NaN if {@code blankIsNaN}), else refused as
     * "{@code at} column C must be a number, was ..." (also generations.csv's cells: {@link FitFiles}).
     */
    static double number(CSVRecord rec, String column, String at, String source, boolean blankIsNaN) {
        String v = rec.get(column);
        if (blankIsNaN && v.isEmpty()) {
            return Double.NaN;
        }
        double x = Checks.decimal(v);
        if (Double.isFinite(x)) {
            return x;
        }
        throw new ScenarioException(source, at + " column " + column + " must be a number, was " + Checks.showTyped(v));
    }

    /** A disclosure as a disclosure CSV file's text: shares to six decimals, means to the cent. */
    public static String format(Disclosure d) {
        StringBuilder sb = new StringBuilder();
        sb.append("# disclosure: ").append(d.name()).append('\n');
        sb.append("# title: ").append(oneLine(d.title())).append('\n');
        sb.append("# source: ").append(oneLine(d.source())).append('\n');
        sb.append("# covers: ").append(d.covers().word()).append('\n');
        sb.append("# period-months: ").append(d.periodMonths()).append('\n');
        if (!d.note().isEmpty()) {
            sb.append("# note: ").append(oneLine(d.note())).append('\n');
        }
        try (org.apache.commons.csv.CSVPrinter csv = new org.apache.commons.csv.CSVPrinter(sb,
                CSVFormat.DEFAULT.builder().setRecordSeparator('\n').build())) {
            csv.printRecord(REQUIRED);
            for (Disclosure.Group g : d.groups()) {
                csv.printRecord(g.label(), String.format(Locale.ROOT, "%.6f", g.share()),
                        String.format(Locale.ROOT, "%.2f", g.meanAnnualGross()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sb.toString();
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s*\\R\\s*", " ");
    }

}
