package org.downline.io;

import static org.downline.scenario.Checks.show;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.downline.engine.MemoryGuard;
import org.downline.plans.Genealogy;
import org.downline.scenario.Checks;
import org.downline.scenario.ScenarioException;

/**
 * Reads a genealogy CSV (SCENARIO.md): header first, one row a member, rows in any order. Every
 * problem is reported with the file, line and column.
 */
public final class GenealogyReader {

    static final List<String> REQUIRED = List.of("id", "sponsor", "volume");
    static final List<String> OPTIONAL = List.of("placement", "leg", "carryLeft", "carryRight", "active");

    private GenealogyReader() {
    }

    /**
     * Reads a genealogy file: its size is checked against {@link InputFiles#GENEALOGY_LIMIT} and the
     * memory its rows need against the heap ({@link MemoryGuard#checkGenealogy}) before it is read.
     */
    public static GenealogyFile read(Path file) {
        String kind = "a genealogy CSV";
        long size = InputFiles.size(file, InputFiles.GENEALOGY_LIMIT, kind);
        if (size >= 0) {
            // rows: the lines less the header
            MemoryGuard.checkGenealogy(file.toString(), Math.max(0, InputFiles.lines(file) - 1), size);
        }
        // a pipe or a device is read up to what the heap could take (its size is known only by reading)
        String text = InputFiles.read(file, size >= 0 ? InputFiles.GENEALOGY_LIMIT
                : Math.min(InputFiles.GENEALOGY_LIMIT, Math.max(1L << 20, MemoryGuard.availableBytes() / 64)), kind);
        if (size < 0) {
            MemoryGuard.checkGenealogy(file.toString(), Math.max(0, text.lines().count() - 1), text.length());
        }
        try {
            return read(new java.io.StringReader(text), file.toString());
        } catch (IOException e) {
            throw new ScenarioException(file.toString(), "cannot be read: " + e.getMessage());
        }
    }

    public static GenealogyFile read(Reader in, String source) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setTrim(true).setIgnoreEmptyLines(true).setCommentMarker('#').build();
        List<CSVRecord> records = new ArrayList<>();
        List<Long> lines = new ArrayList<>();
        Map<String, Integer> header;
        CSVParser parser = null;
        try {
            parser = CSVParser.parse(in, format);
            header = parser.getHeaderMap();
            Set<String> seen = new java.util.HashSet<>();
            for (String column : parser.getHeaderNames()) {
                if (!seen.add(column)) {
                    throw new ScenarioException(source, "has the column " + show(column) + " twice in its header");
                }
            }
            for (CSVRecord rec : parser) {
                records.add(rec);
                lines.add(parser.getCurrentLineNumber());
            }
        } catch (IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException | IOException e) {
            if (e instanceof ScenarioException se) {
                throw se;
            }
            throw CsvProblems.of(source, parser == null ? 1 : parser.getCurrentLineNumber(), e);
        }
        if (header == null || header.isEmpty()) {
            throw new ScenarioException(source, "is empty: it needs a header line with the columns "
                    + String.join(", ", REQUIRED));
        }
        for (String column : header.keySet()) {
            if (!REQUIRED.contains(column) && !OPTIONAL.contains(column)) {
                throw new ScenarioException(source, "has an unknown column " + show(column) + " (columns: "
                        + String.join(", ", REQUIRED) + "; optional: " + String.join(", ", OPTIONAL) + ")");
            }
        }
        for (String column : REQUIRED) {
            if (!header.containsKey(column)) {
                throw new ScenarioException(source, "has no '" + column + "' column (header was "
                        + String.join(",", header.keySet()) + ")");
            }
        }
        if (records.isEmpty()) {
            throw new ScenarioException(source, "has a header but no members");
        }
        final int n = records.size();
        final String[] ids = new String[n];
        final String[] sponsorIds = new String[n];
        final double[] volume = new double[n];
        final boolean[] active = new boolean[n];
        final String[] placementIds = header.containsKey("placement") ? new String[n] : null;
        final char[] legs = header.containsKey("leg") ? new char[n] : null;
        final double[] carryL = header.containsKey("carryLeft") ? new double[n] : null;
        final double[] carryR = header.containsKey("carryRight") ? new double[n] : null;
        final Map<String, Integer> rowOf = new HashMap<>();
        for (int r = 0; r < n; r++) {
            CSVRecord rec = records.get(r);
            String at = "line " + lines.get(r) + ":";
            if (!rec.isConsistent()) {
                throw new ScenarioException(source, "line " + lines.get(r) + " has " + rec.size() + " fields, the header has "
                        + header.size());
            }
            String id = rec.get("id");
            if (id.isEmpty()) {
                throw new ScenarioException(source, at + " column id must not be empty");
            }
            if (rowOf.put(id, r) != null) {
                throw new ScenarioException(source, at + " repeats id " + show(id) + " (ids must be unique)");
            }
            ids[r] = id;
            sponsorIds[r] = rec.get("sponsor");
            volume[r] = money(rec.get("volume"), source, at, "volume");
            active[r] = !header.containsKey("active") || bool(rec.get("active"), source, at);
            if (placementIds != null) {
                placementIds[r] = rec.get("placement");
            }
            if (legs != null) {
                legs[r] = leg(rec.get("leg"), source, at);
            }
            if (carryL != null) {
                carryL[r] = rec.get("carryLeft").isEmpty() ? 0 : money(rec.get("carryLeft"), source, at, "carryLeft");
            }
            if (carryR != null) {
                carryR[r] = rec.get("carryRight").isEmpty() ? 0 : money(rec.get("carryRight"), source, at, "carryRight");
            }
        }
        final int[] sponsorRow = new int[n];
        final int[] placementRow = placementIds == null ? null : new int[n];
        for (int r = 0; r < n; r++) {
            String at = "line " + lines.get(r) + ":";
            sponsorRow[r] = reference(sponsorIds[r], rowOf, source, at, "sponsor", ids[r]);
            if (placementRow != null) {
                placementRow[r] = reference(placementIds[r], rowOf, source, at, "placement", ids[r]);
            }
        }
        // Kahn's algorithm, smallest file row first: file order wherever a sponsor (and placement
        // parent) already precedes its recruits.
        final int[] order = topologicalOrder(n, sponsorRow, placementRow, ids, source);
        final int[] numberOfRow = new int[n];
        for (int k = 0; k < n; k++) {
            numberOfRow[order[k]] = k;
        }
        Genealogy g = new Genealogy(n);
        String[] outIds = new String[n];
        int[] fileRow = new int[n];
        int[] lineOf = new int[n];
        int[] placement = placementRow == null ? null : new int[n];
        char[] outLegs = legs == null ? null : new char[n];
        double[] outL = carryL == null ? null : new double[n];
        double[] outR = carryR == null ? null : new double[n];
        for (int k = 0; k < n; k++) {
            int r = order[k];
            int id = g.add(sponsorRow[r] < 0 ? Genealogy.COMPANY : numberOfRow[sponsorRow[r]]);
            g.volume[id] = volume[r];
            g.active[id] = active[r];
            outIds[id] = ids[r];
            fileRow[id] = r + 1;
            lineOf[id] = (int) Math.min(Integer.MAX_VALUE, lines.get(r));
            if (placement != null) {
                placement[id] = placementRow[r] < 0 ? -1 : numberOfRow[placementRow[r]];
            }
            if (outLegs != null) {
                outLegs[id] = legs[r];
            }
            if (outL != null) {
                outL[id] = carryL[r];
            }
            if (outR != null) {
                outR[id] = carryR[r];
            }
        }
        return new GenealogyFile(source, outIds, fileRow, lineOf, g, placement, outLegs, outL, outR);
    }

    private static int reference(String ref, Map<String, Integer> rowOf, String source, String at,
                                 String column, String id) {
        if (ref.isEmpty()) {
            return -1;
        }
        Integer r = rowOf.get(ref);
        if (r == null) {
            throw new ScenarioException(source, at + " column " + column + " names " + show(ref)
                    + ", which is not the id of any member");
        }
        if (ref.equals(id)) {
            throw new ScenarioException(source, at + " column " + column + " names the member itself (" + show(id)
                    + ")");
        }
        return r;
    }

    private static int[] topologicalOrder(int n, int[] sponsorRow, int[] placementRow, String[] ids, String source) {
        int[] pending = new int[n];
        List<List<Integer>> dependants = new ArrayList<>(n);
        for (int r = 0; r < n; r++) {
            dependants.add(new ArrayList<>(0));
        }
        for (int r = 0; r < n; r++) {
            for (int parent : placementRow == null ? new int[] {sponsorRow[r]} : new int[] {sponsorRow[r], placementRow[r]}) {
                if (parent >= 0) {
                    pending[r]++;
                    dependants.get(parent).add(r);
                }
            }
        }
        PriorityQueue<Integer> ready = new PriorityQueue<>();
        for (int r = 0; r < n; r++) {
            if (pending[r] == 0) {
                ready.add(r);
            }
        }
        int[] order = new int[n];
        int k = 0;
        while (!ready.isEmpty()) {
            int r = ready.poll();
            order[k++] = r;
            for (int d : dependants.get(r)) {
                if (--pending[d] == 0) {
                    ready.add(d);
                }
            }
        }
        if (k < n) {
            int stuck = 0;
            while (pending[stuck] == 0) {
                stuck++;
            }
            throw new ScenarioException(source, "has a cycle of sponsors or placements through id " + show(ids[stuck])
                    + ": a member cannot be in their own upline");
        }
        return order;
    }

    private static double money(String text, String source, String at, String column) {
        double v = Checks.decimal(text);
        if (!(v >= 0 && v <= 1e12)) {
            throw new ScenarioException(source, at + " column " + column + " must be a number in [0, 1e12], was "
                    + Checks.showTyped(text));
        }
        return v;
    }

    private static boolean bool(String text, String source, String at) {
        String t = text.toLowerCase(Locale.ROOT);
        if (t.isEmpty() || t.equals("true")) {
            return true;
        }
        if (t.equals("false")) {
            return false;
        }
        throw new ScenarioException(source, at + " column active must be true or false, was " + Checks.showTyped(text));
    }

    private static char leg(String text, String source, String at) {
        if (text.isEmpty()) {
            return 0;
        }
        if (Set.of("L", "R").contains(text.toUpperCase(Locale.ROOT))) {
            return text.toUpperCase(Locale.ROOT).charAt(0);
        }
        throw new ScenarioException(source, at + " column leg must be L, R or empty, was " + Checks.showTyped(text));
    }
}
