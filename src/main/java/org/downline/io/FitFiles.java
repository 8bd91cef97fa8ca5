package org.downline.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.downline.engine.AbcSmc;
import org.downline.scenario.Checks;
import org.downline.scenario.ScenarioException;

/**
 * A fit's files: {@code fit-settings.json} (what defines the fit, so that {@code --resume} can check
 * it continues the same one), {@code generations.csv} (every finished generation, rewritten after
 * each: the state a resumed fit starts from, every number to its last bit), {@code posterior.csv}
 * (the last generation) and {@code fit.json}. Numbers that are not finite follow the run's files: null
 * in JSON ({@link JsonNumbers}), an empty cell in CSV ({@link #cell}) — in practice only generation
 * 0's tolerance, which is infinite (it accepts every simulation).
 */
public final class FitFiles {

    public static final String SETTINGS = "fit-settings.json";
    public static final String GENERATIONS = "generations.csv";
    public static final String POSTERIOR = "posterior.csv";
    public static final String FIT = "fit.json";
    private static final List<String> FIXED_COLUMNS = List.of("generation", "particle", "tolerance", "simulations",
            "totalSimulations", "weight", "distance");

    /**
     * One setting of the fit's algorithm as {@code fit-settings.json} holds it and report.html lists it
     * under Settings: its name there and its value in the fit's {@link AbcSmc.Settings}.
     */
    public record Setting(String name, Function<AbcSmc.Settings, Number> value) {
    }

    /**
     * The algorithm's settings in the order the file and the page give them, declared once (its seed
     * and threads are apart: the seed heads the file, the threads change nothing);
     * {@link #PREDICTIVE_DRAWS} follows them.
     */
    public static final List<Setting> ALGORITHM_SETTINGS = List.of(
            new Setting("particles", AbcSmc.Settings::particles), new Setting("budget", AbcSmc.Settings::budget),
            new Setting("quantile", AbcSmc.Settings::quantile),
            new Setting("minAcceptance", AbcSmc.Settings::minAcceptance),
            new Setting("minTolerance", AbcSmc.Settings::minTolerance),
            new Setting("maxGenerations", AbcSmc.Settings::maxGenerations));

    /** The predictive draws, the setting after {@link #ALGORITHM_SETTINGS} in the file and on the page. */
    public static final String PREDICTIVE_DRAWS = "predictiveDraws";

    private FitFiles() {
    }

    /** Puts each of {@link #ALGORITHM_SETTINGS} of {@code s} into {@code into}, in order, as the numbers they are. */
    public static void putSettings(ObjectNode into, AbcSmc.Settings s) {
        for (Setting x : ALGORITHM_SETTINGS) {
            into.set(x.name(), ResultFolder.Json.MAPPER.valueToTree(x.value().apply(s)));
        }
    }

    /** Pretty JSON text. */
    public static String json(JsonNode node) {
        return ResultFolder.pretty(node);
    }

    public static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    /**
     * For {@code --resume}: checks that {@code dir} holds a fit with exactly {@code settings}, and
     * returns its finished generations (none if it finished none yet).
     *
     * @throws ScenarioException if the folder holds no fit or a fit of other settings
     */
    public static List<AbcSmc.Generation> resume(Path dir, ObjectNode settings, List<String> keys) {
        Path file = dir.resolve(SETTINGS);
        if (!Files.isRegularFile(file)) {
            throw new ScenarioException("--resume", "needs a folder holding an interrupted fit (" + SETTINGS
                    + "), but '" + dir + "' has none");
        }
        // an emptied file: refused as such, not as every setting differing
        JsonNode stored = JsonProblems.readObject(file, "--resume", "the settings of the fit");
        JsonNode expected;
        try {
            // as it reads back: numbers of the same kind
            expected = ResultFolder.Json.MAPPER.readTree(json(settings));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!stored.equals(expected)) {
            throw new ScenarioException("--resume", "'" + dir + "' holds a fit of other settings ("
                    + differences(stored, expected) + "); resume it with the options it was started with, or use "
                    + "another --out");
        }
        Path gens = dir.resolve(GENERATIONS);
        return Files.isRegularFile(gens) ? readGenerations(gens, keys, settings.get("particles").asInt()) : List.of();
    }

    /**
     * What differs between a fit's stored settings and these, as {@code sweep --resume} names it
     * ({@link SweepWriter#differences}): "seed 3, now 4; particles 100, now 200", the scenario by its
     * keys ("market.population 2000, now 3000"), each difference once, the disclosure by name only
     * (its figures do not fit on a line).
     */
    static String differences(JsonNode stored, JsonNode expected) {
        List<String> out = new ArrayList<>();
        java.util.Set<String> fields = new java.util.LinkedHashSet<>();
        expected.fieldNames().forEachRemaining(fields::add);
        stored.fieldNames().forEachRemaining(fields::add);
        for (String f : fields) {
            JsonNode was = stored.get(f);
            JsonNode now = expected.get(f);
            if (java.util.Objects.equals(was, now)) {
                continue;
            }
            List<String> these = new ArrayList<>();
            if (f.equals("disclosure")) {
                String wasName = disclosureName(was);
                String nowName = disclosureName(now);
                these.add(wasName != null && nowName != null && !wasName.equals(nowName)
                        ? "disclosure " + wasName + ", now " + nowName : "the disclosure's figures");
            } else if (f.equals("scenario") && was != null && now != null && was.isTextual() && now.isTextual()) {
                these.addAll(SweepWriter.scenarioDifferences(was.asText(), now.asText()));
                if (these.isEmpty()) {
                    these.add("the scenario");          // one that does not read, or the same keys written otherwise
                }
            } else {
                SweepWriter.differences(f, was, now, these);
            }
            these.stream().filter(d -> !out.contains(d)).forEach(out::add);
        }
        return out.isEmpty() ? "its settings" : String.join("; ", out);
    }

    /** A stored disclosure's name, from its first line ("# disclosure: NAME"); null without one. */
    private static String disclosureName(JsonNode text) {
        if (text == null || !text.isTextual()) {
            return null;
        }
        String first = text.asText().lines().findFirst().orElse("");
        String tag = "# disclosure:";
        return first.startsWith(tag) && !first.substring(tag.length()).isBlank()
                ? first.substring(tag.length()).strip() : null;
    }

    /**
     * Removes what a fit that finished no generation wrote: its settings file, and the folder if the
     * fit created it and it is now empty.
     */
    public static void forget(Path dir, boolean created) {
        try {
            Files.deleteIfExists(dir.resolve(SETTINGS));
            if (created) {
                try (var left = Files.list(dir)) {
                    if (left.findAny().isEmpty()) {
                        Files.delete(dir);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clean up " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Copies one of a fit's files from {@code from} to {@code to}, byte for byte. */
    public static void copy(Path from, Path to, String name) {
        AtomicFiles.write(to.resolve(name), o -> Files.copy(from.resolve(name), o));
    }

    /** Writes what defines the fit, before its first generation. */
    public static void writeSettings(Path dir, ObjectNode settings) {
        AtomicFiles.writeString(dir.resolve(SETTINGS), json(settings));
    }

    /** Every generation: one row a particle. */
    public static void writeGenerations(Path dir, String comment, List<String> keys, List<AbcSmc.Generation> gens) {
        AtomicFiles.writeString(dir.resolve(GENERATIONS), csv(comment, keys, gens, true));
    }

    /** The last generation: the posterior sample. */
    public static void writePosterior(Path dir, String comment, List<String> keys, AbcSmc.Generation last) {
        AtomicFiles.writeString(dir.resolve(POSTERIOR), csv(comment, keys, List.of(last), false));
    }

    private static String csv(String comment, List<String> keys, List<AbcSmc.Generation> gens, boolean all) {
        StringBuilder sb = new StringBuilder();
        List<String> header = new ArrayList<>(all ? FIXED_COLUMNS : List.of("particle"));
        header.addAll(keys);
        if (!all) {
            header.addAll(List.of("weight", "distance"));
        }
        try (CSVPrinter p = new CSVPrinter(sb, CSVFormat.DEFAULT.builder().setRecordSeparator('\n')
                .setHeaderComments(comment).setCommentMarker('#').setHeader(header.toArray(String[]::new)).build())) {
            for (AbcSmc.Generation g : gens) {
                for (int i = 0; i < g.particles().length; i++) {
                    List<Object> row = new ArrayList<>();
                    if (all) {
                        row.addAll(List.of(g.index(), i, cell(g.tolerance()), g.simulations(),
                                g.totalSimulations(), cell(g.weights()[i]), cell(g.distances()[i])));
                    } else {
                        row.add(i);
                    }
                    for (double x : g.particles()[i]) {
                        row.add(cell(x));
                    }
                    if (!all) {
                        row.add(cell(g.weights()[i]));
                        row.add(cell(g.distances()[i]));
                    }
                    p.printRecord(row);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sb.toString();
    }

    /**
     * A number as a CSV cell, as the run's CSVs write it ({@code ResultsWriter.n}): empty if NaN or
     * infinite; otherwise {@link Double#toString}, which reads back to the same bits.
     */
    static String cell(double x) {
        return Double.isFinite(x) ? Double.toString(x) : "";
    }

    /**
     * Reads {@code generations.csv} back, exactly. A cell that is not what the file holds there is
     * named as every reader names one: the file, the line, the column, what it allows and what was
     * there ({@link Checks#showTyped}), in one line, not in Java's words ("For input string: ...").
     * A generation of other than {@code particles} rows (a file cut short or edited) is refused too.
     */
    static List<AbcSmc.Generation> readGenerations(Path file, List<String> keys, int particles) {
        List<AbcSmc.Generation> out = new ArrayList<>();
        String text = ResultFolder.readBack(file, "--resume");
        try (CSVParser parser = CSVParser.parse(new StringReader(text), CSVFormat.DEFAULT.builder()
                .setHeader().setSkipHeaderRecord(true).setCommentMarker('#').build())) {
            List<String> want = new ArrayList<>(FIXED_COLUMNS);
            want.addAll(keys);
            if (!parser.getHeaderNames().equals(want)) {
                throw new ScenarioException("--resume", file + " has the columns " + parser.getHeaderNames()
                        + ", not " + want);
            }
            List<Row> rows = new ArrayList<>();
            for (CSVRecord r : parser) {
                Row row = new Row(r, parser.getCurrentLineNumber(), file);
                if (r.size() != want.size()) {
                    throw new ScenarioException("--resume", file + " line " + row.line() + " has " + r.size()
                            + " fields, the header has " + want.size());
                }
                rows.add(row);
            }
            int k = 0;
            while (k < rows.size()) {
                int g = rows.get(k).generation();
                int end = k;
                while (end < rows.size() && rows.get(end).generation() == g) {
                    end++;
                }
                int n = end - k;
                if (n != particles) {
                    throw new ScenarioException("--resume", file + " holds " + Words.count(n, "particle")
                            + " of generation " + g + " (lines " + rows.get(k).line() + " to " + rows.get(end - 1).line()
                            + "), not " + particles + " (--particles): it was cut short or edited");
                }
                double[][] theta = new double[n][keys.size()];
                double[] w = new double[n];
                double[] d = new double[n];
                for (int i = 0; i < n; i++) {
                    Row r = rows.get(k + i);
                    r.particle(i, g);
                    w[i] = r.number("weight");
                    d[i] = r.number("distance");
                    for (int p = 0; p < keys.size(); p++) {
                        theta[i][p] = r.number(keys.get(p));
                    }
                }
                Row first = rows.get(k);
                out.add(new AbcSmc.Generation(g, first.tolerance(), theta, w, d, first.count("simulations"),
                        first.count("totalSimulations")));
                if (g != out.size() - 1) {
                    throw new ScenarioException("--resume", file + " skips generation " + (out.size() - 1));
                }
                k = end;
            }
        } catch (ScenarioException e) {
            throw e;
        } catch (IOException | RuntimeException e) {        // the CSV parser's: an unclosed quote, say
            throw new ScenarioException("--resume", CsvProblems.of(file.toString(), 0, e).getMessage());
        }
        return out;
    }

    /** A row of generations.csv and the line it ends on, read cell by cell. */
    private record Row(CSVRecord cells, long line, Path file) {

        int generation() {
            return (int) integer("generation", Integer.MAX_VALUE);
        }

        /** Checks the particle's number: its row's place in generation {@code generation}, from 0, as written. */
        void particle(int place, int generation) {
            String text = cells.get("particle");
            if (!text.equals(Integer.toString(place))) {
                throw bad("particle", place + " (the row's place in generation " + generation + ", from 0)", text);
            }
        }

        long count(String column) {
            return integer(column, Long.MAX_VALUE);
        }

        private long integer(String column, long max) {
            String text = cells.get(column);
            try {
                long v = Long.parseLong(text);
                if (v >= 0 && v <= max) {
                    return v;
                }
            } catch (NumberFormatException e) {
                // below
            }
            throw bad(column, max == Long.MAX_VALUE ? "an integer >= 0" : "an integer in [0, " + max + "]", text);
        }

        /** A finite number, refused in the words of a disclosure's cells ({@link Disclosures#number}). */
        double number(String column) {
            return Disclosures.number(cells, column, file + " line " + line, "--resume", false);
        }

        /**
         * A generation's tolerance: empty is generation 0's infinite tolerance (the only one that is
         * not finite); files written before it was left empty say {@code Infinity}.
         */
        double tolerance() {
            String text = cells.get("tolerance");
            if (text.isEmpty() || text.equals("Infinity")) {
                return Double.POSITIVE_INFINITY;
            }
            double v = Checks.decimal(text);        // not Java's own 1d, 0x1p3 or NaN
            if (v >= 0 && Double.isFinite(v)) {
                return v;
            }
            throw bad("tolerance", "a number >= 0, or empty (generation 0)", text);
        }

        private ScenarioException bad(String column, String allowed, String text) {
            return new ScenarioException("--resume", file + " line " + line + " column " + column + " must be "
                    + allowed + ", was " + Checks.showTyped(text));
        }
    }

    /** Numbers in JSON: a list (an undefined or infinite number as null, {@link JsonNumbers}). */
    public static ArrayNode array(double... xs) {
        ArrayNode a = JsonNodeFactory.instance.arrayNode();
        for (double x : xs) {
            JsonNumbers.add(a, x);
        }
        return a;
    }

    /** Puts a number, or null if it is NaN (undefined) or infinite ({@link JsonNumbers}). */
    public static void number(ObjectNode o, String field, double x) {
        JsonNumbers.put(o, field, x);
    }
}
