package org.downline.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.downline.scenario.Checks;
import org.downline.scenario.Scenario;
import org.downline.scenario.ScenarioException;
import org.downline.stats.Summary;
import org.downline.stats.World;

/**
 * Files of a sweep. Each cell is written to {@code cells/cell-<hash>.json} the moment it finishes
 * (atomically), with the full scenario it ran; {@code sweep.csv} and {@code sweep.json} gather all
 * cells at the end. Cell files are named by the cell's coordinates and seed. A resumed sweep reads the cell files back and skips a cell whose file holds the
 * same scenario and Downline version.
 */
public final class SweepWriter {

    private SweepWriter() {
    }

    /** Where a cell's file goes: named by its coordinates and seed. */
    public static Path cellFile(Path dir, Map<String, String> coordinates, long seed) {
        StringBuilder key = new StringBuilder();
        new java.util.TreeMap<>(coordinates).forEach((k, v) -> key.append(k).append('=').append(v).append(';'));
        long h = SweepSpec.hash(key.append(seed).toString());
        return dir.resolve("cells").resolve("cell-" + Long.toUnsignedString(h, 16) + ".json");
    }

    /** Writes one finished cell, with the scenario it ran (which is what resuming compares). */
    public static void writeCell(Path dir, SweepCell cell, Scenario scenario, String version) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("version", version);
        root.put("seed", cell.seed());
        ObjectNode coordinates = root.putObject("coordinates");
        cell.coordinates().forEach(coordinates::put);
        root.set("scenario", ScenarioWriter.toTree(scenario));
        cell.groups().forEach((group, metrics) -> root.set(group, metrics(metrics)));
        AtomicFiles.writeString(cellFile(dir, cell.coordinates(), cell.seed()), ResultFolder.pretty(root));
    }

    /**
     * The finished cell in {@code dir} for this scenario, or null if there is none, or it was run
     * by another version or with another scenario (it is then run again).
     *
     * @throws ScenarioException ("--resume", naming the file) if the file does not read as JSON, or
     *                           lacks a part that a freshly computed cell of this scenario holds: a
     *                           group, a metric, or a metric's mean, sd, ci95 or n (a cell file is
     *                           written whole, so such a file was changed since; a cell read from it
     *                           would leave its columns of sweep.csv empty)
     */
    public static SweepCell readCell(Path dir, Scenario scenario, Map<String, String> coordinates,
                                     String version) {
        Path f = cellFile(dir, coordinates, scenario.seed());
        if (!Files.isRegularFile(f)) {
            return null;
        }
        JsonNode root = JsonProblems.read(f, "--resume");
        if (!root.isObject()) {
            throw damaged(f, "is not a cell file (a JSON object), it holds " + Checks.show(root.toString()));
        }
        // compared as text: a number read back may be an int where the echo wrote a long
        if (!version.equals(field(f, root, "version", "").asText())
                || !JsonText.pretty(ScenarioWriter.toTree(scenario))
                        .equals(JsonText.pretty(field(f, root, "scenario", "")))) {
            return null;
        }
        Map<String, Map<String, Summary>> groups = new LinkedHashMap<>();
        SweepCell.expected(scenario).forEach((group, names) -> {
            JsonNode g = field(f, root, group, "");
            Map<String, Summary> metrics = new LinkedHashMap<>();
            for (String name : names) {
                String at = group + "." + name;
                JsonNode s = field(f, g, name, group + ".");
                JsonNode ci = field(f, s, "ci95", at + ".");
                if (!ci.isNull()
                        && !(ci.isArray() && ci.size() == 2 && numberOrNull(ci.get(0)) && numberOrNull(ci.get(1)))) {
                    throw damaged(f, "has " + at + ".ci95 " + Checks.show(ci.toString())
                            + ", not two numbers (or null)");
                }
                JsonNode n = field(f, s, "n", at + ".");
                if (!n.canConvertToInt() || !n.isIntegralNumber() || n.intValue() < 0) {
                    throw damaged(f, "has " + at + ".n " + Checks.show(n.toString()) + ", not a count");
                }
                metrics.put(name, new Summary(number(f, s, "mean", at), number(f, s, "sd", at),
                        ci.isNull() ? Double.NaN : num(ci.get(0)), ci.isNull() ? Double.NaN : num(ci.get(1)),
                        n.intValue()));
            }
            groups.put(group, metrics);
        });
        return new SweepCell(coordinates, scenario.seed(), groups);
    }

    /**
     * For {@code --resume}: refuses a folder that holds another sweep (another scenario, seed,
     * version or random-number setting) or another command's results; {@code marker} is this sweep's.
     */
    public static void checkResume(Path from, JsonNode marker) {
        JsonNode m = ResultFolder.readMarker(from, "--resume");
        if (m == null) {
            // written before result sets had a marker: its sweep.json says the version and seed
            Path json = from.resolve("sweep.json");
            if (!Files.isRegularFile(json)) {
                return;
            }
            // emptied: refused as such, not as "another version , now 0.1.0"
            JsonNode old = JsonProblems.readObject(json, "--resume", "the sweep's results");
            m = JsonNodeFactory.instance.objectNode().put("results", "sweep")
                    .put("downline", old.path("version").asText()).put("seed", old.path("seed").asLong())
                    .put("commonRandomNumbers", old.path("commonRandomNumbers").asBoolean());
        }
        if (!"sweep".equals(m.path("results").asText())) {
            throw new org.downline.scenario.ScenarioException("--resume", "needs a sweep, but '" + from
                    + "' holds the results of '" + m.path("results").asText() + "'; use another --out");
        }
        for (String[] field : new String[][] {{"downline", "version"}, {"seed", "seed"}, {"scenario", "scenario"},
            {"commonRandomNumbers", "--common-random-numbers"}}) {
            JsonNode was = m.get(field[0]);
            // compared as text: a number read back may be an int where the marker holds a long
            if (was != null && !was.asText().equals(marker.path(field[0]).asText())) {
                String shown = field[0].equals("scenario") ? differences(was.asText(), marker.path(field[0]).asText())
                        : " " + was.asText() + ", now " + marker.get(field[0]).asText();
                throw new org.downline.scenario.ScenarioException("--resume", "'" + from + "' holds a sweep of "
                        + "another " + field[1] + shown + "; resume it with the options it was started with, or "
                        + "use another --out");
            }
        }
    }

    /**
     * What differs between two scenarios as the marker records them (YAML with every key), as
     * {@code " (replications 4, now 6; market.population 100000, now 50000)"}; empty if neither reads.
     */
    static String differences(String wasYaml, String nowYaml) {
        List<String> out = scenarioDifferences(wasYaml, nowYaml);
        return out.isEmpty() ? "" : " (" + String.join("; ", out) + ")";
    }

    /**
     * What differs between two scenarios as a sweep's marker or a fit's settings record them (YAML with
     * every key), key by key ({@code "market.population 100000, now 50000"}); none if either does not read.
     */
    static List<String> scenarioDifferences(String wasYaml, String nowYaml) {
        List<String> out = new ArrayList<>();
        try {
            differences("", ScenarioReader.parseText(wasYaml, "the earlier scenario"),
                    ScenarioReader.parseText(nowYaml, "this scenario"), out);
        } catch (RuntimeException e) {
            return List.of();
        }
        return out;
    }

    static void differences(String at, JsonNode was, JsonNode now, List<String> out) {
        if (was != null && now != null && was.isObject() && now.isObject()) {
            Set<String> keys = new LinkedHashSet<>();
            was.fieldNames().forEachRemaining(keys::add);
            now.fieldNames().forEachRemaining(keys::add);
            for (String k : keys) {
                differences(at.isEmpty() ? k : at + "." + k, was.get(k), now.get(k), out);
            }
        } else if (!java.util.Objects.equals(was, now)) {
            out.add(at + " " + shown(was) + ", now " + shown(now));
        }
    }

    private static String shown(JsonNode v) {
        return v == null ? "(none)" : v.isValueNode() ? v.asText() : v.toString();
    }

    /** Copies a finished cell's file from {@code from} to {@code to}, byte for byte. */
    public static void copyCell(Path from, Path to, SweepCell cell) {
        Path source = cellFile(from, cell.coordinates(), cell.seed());
        AtomicFiles.write(cellFile(to, cell.coordinates(), cell.seed()), o -> Files.copy(source, o));
    }

    /** {@code parent}'s {@code name}, else refused: the file lacks {@code at + name}. */
    private static JsonNode field(Path file, JsonNode parent, String name, String at) {
        JsonNode v = parent.isObject() ? parent.get(name) : null;
        if (v == null) {
            throw damaged(file, "lacks " + at + name + ", which every finished cell holds");
        }
        return v;
    }

    /** The number at {@code name} of the metric {@code at} (null for one not finite), else refused. */
    private static double number(Path file, JsonNode metric, String name, String at) {
        JsonNode v = field(file, metric, name, at + ".");
        if (!numberOrNull(v)) {
            throw damaged(file, "has " + at + "." + name + " " + Checks.show(v.toString())
                    + ", not a number (or null)");
        }
        return num(v);
    }

    private static boolean numberOrNull(JsonNode v) {
        return v.isNumber() || v.isNull();
    }

    private static ScenarioException damaged(Path file, String what) {
        return new ScenarioException("--resume", "cannot use the finished cell " + file + ": it " + what
                + "; delete the file to run the cell again");
    }

    private static ObjectNode metrics(Map<String, Summary> metrics) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        metrics.forEach((name, s) -> o.set(name, ResultsWriter.summary(s)));
        return o;
    }

    private static double num(JsonNode n) {
        return n == null || n.isNull() ? Double.NaN : n.doubleValue();
    }

    /**
     * {@code sweep.json}: the grid, the base scenario as run (every key, as summary.json echoes a
     * run's; each cell replaces the varied keys and the seed) with the overrides that made it from
     * its preset or file, and every cell with its seed and metrics.
     */
    public static void writeJson(Path dir, List<String> keys, List<List<String>> values, List<SweepCell> cells,
                                 long masterSeed, boolean commonRandomNumbers, int replications, String version,
                                 Scenario base, List<String> overrides) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("version", version);
        root.put("seed", masterSeed);
        root.put("commonRandomNumbers", commonRandomNumbers);
        root.put("replications", replications);
        ArrayNode applied = root.putArray("overrides");
        overrides.forEach(applied::add);
        root.set("scenario", ScenarioWriter.toTree(base));
        ArrayNode dims = root.putArray("dimensions");
        for (int k = 0; k < keys.size(); k++) {
            ObjectNode d = dims.addObject();
            d.put("key", keys.get(k));
            ArrayNode vs = d.putArray("values");
            values.get(k).forEach(vs::add);
        }
        ArrayNode arr = root.putArray("cells");
        for (SweepCell c : cells) {
            ObjectNode o = arr.addObject();
            ObjectNode coordinates = o.putObject("coordinates");
            c.coordinates().forEach(coordinates::put);
            o.put("seed", c.seed());
            c.groups().forEach((group, metrics) -> o.set(group, metrics(metrics)));
        }
        AtomicFiles.writeString(dir.resolve("sweep.json"), ResultFolder.pretty(root));
    }

    /** {@code sweep.csv}: one row per cell — its values, its seed, then every metric with its CI. */
    public static void writeCsv(Path dir, List<String> keys, List<SweepCell> cells, String provenance) {
        // columns: the union of metrics over cells, in first-seen order
        Map<String, Set<String>> columns = new LinkedHashMap<>();
        for (SweepCell c : cells) {
            c.groups().forEach((g, m) -> columns.computeIfAbsent(g, x -> new LinkedHashSet<>()).addAll(m.keySet()));
        }
        AtomicFiles.write(dir.resolve("sweep.csv"), out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator('\n')
                    .setCommentMarker('#').build());
            p.printComment(provenance);
            List<String> header = new ArrayList<>(keys);
            header.add("seed");
            columns.forEach((g, ms) -> ms.forEach(m -> {
                header.add(g + "." + m);
                header.add(g + "." + m + ".ci95Low");
                header.add(g + "." + m + ".ci95High");
            }));
            p.printRecord(header);
            for (SweepCell c : cells) {
                List<String> row = new ArrayList<>(c.coordinates().values());
                row.add(Long.toString(c.seed()));
                columns.forEach((g, ms) -> ms.forEach(m -> {
                    Summary s = c.get(g, m);
                    row.add(s == null ? "" : ResultsWriter.n(s.mean()));
                    row.add(s == null ? "" : ResultsWriter.n(s.lo()));
                    row.add(s == null ? "" : ResultsWriter.n(s.hi()));
                }));
                p.printRecord(row);
            }
            p.flush();
        });
    }

}
