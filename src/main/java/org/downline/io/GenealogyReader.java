package org.downline.io;

import static org.downline.scenario.Checks.show;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.regex.Matcher;
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
        Map<String, Integer> header;
        // the header's and the first row's problems are thrown once the whole file is parsed: a CSV
        // error anywhere in it comes first
        ScenarioException columnProblem;
        ScenarioException rowProblem = null;
        Rows rows = null;
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
            columnProblem = columnProblem(header, source);
            if (columnProblem == null) {
                rows = new Rows(header, source);
            }
            for (CSVRecord rec : parser) {
                if (rows != null && rowProblem == null) {
                    try {
                        rows.add(rec, parser.getCurrentLineNumber());
                    } catch (ScenarioException e) {
                        rowProblem = e;
                    }
                }
            }
        } catch (IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException | IOException e) {
            if (e instanceof ScenarioException se) {
                throw se;
            }
            throw CsvProblems.of(source, parser == null ? 1 : parser.getCurrentLineNumber(), e);
        }
        if (columnProblem != null) {
            throw columnProblem;
        }
        if (rowProblem != null) {
            throw rowProblem;
        }
        if (rows.n == 0) {
            throw new ScenarioException(source, "has a header but no members");
        }
        final int n = rows.n;
        final int[] sponsorRow = rows.sponsorRow;
        final int[] placementRow = rows.placementRow;
        for (int r = 0; r < n; r++) {
            sponsorRow[r] = rows.reference(r, sponsorRow, rows.sponsorText, "sponsor");
            if (placementRow != null) {
                placementRow[r] = rows.reference(r, placementRow, rows.placementText, "placement");
            }
        }
        // Kahn's algorithm, smallest file row first: file order wherever a sponsor (and placement
        // parent) already precedes its recruits.
        final int[] order = topologicalOrder(n, sponsorRow, placementRow, rows.ids, source);
        final int[] numberOfRow = new int[n];
        for (int k = 0; k < n; k++) {
            numberOfRow[order[k]] = k;
        }
        Genealogy g = new Genealogy(n);
        g.reserve(n);
        String[] outIds = new String[n];
        int[] fileRow = new int[n];
        int[] lineOf = new int[n];
        int[] placement = placementRow == null ? null : new int[n];
        char[] outLegs = rows.legs == null ? null : new char[n];
        double[] outL = rows.carryLeft == null ? null : new double[n];
        double[] outR = rows.carryRight == null ? null : new double[n];
        for (int k = 0; k < n; k++) {
            int r = order[k];
            int id = g.add(sponsorRow[r] < 0 ? Genealogy.COMPANY : numberOfRow[sponsorRow[r]]);
            g.volume[id] = rows.volume[r];
            g.active[id] = rows.active[r];
            outIds[id] = rows.ids[r];
            fileRow[id] = r + 1;
            lineOf[id] = rows.line[r];
            if (placement != null) {
                placement[id] = placementRow[r] < 0 ? -1 : numberOfRow[placementRow[r]];
            }
            if (outLegs != null) {
                outLegs[id] = rows.legs[r];
            }
            if (outL != null) {
                outL[id] = rows.carryLeft[r];
            }
            if (outR != null) {
                outR[id] = rows.carryRight[r];
            }
        }
        return new GenealogyFile(source, outIds, fileRow, lineOf, g, placement, outLegs, outL, outR);
    }

    /** What is wrong with the header's columns, or null if nothing is. */
    private static ScenarioException columnProblem(Map<String, Integer> header, String source) {
        if (header == null || header.isEmpty()) {
            return new ScenarioException(source, "is empty: it needs a header line with the columns "
                    + String.join(", ", REQUIRED));
        }
        for (String column : header.keySet()) {
            if (!REQUIRED.contains(column) && !OPTIONAL.contains(column)) {
                return new ScenarioException(source, "has an unknown column " + show(column) + " (columns: "
                        + String.join(", ", REQUIRED) + "; optional: " + String.join(", ", OPTIONAL) + ")");
            }
        }
        for (String column : REQUIRED) {
            if (!header.containsKey(column)) {
                return new ScenarioException(source, "has no '" + column + "' column (header was "
                        + String.join(",", header.keySet()) + ")");
            }
        }
        return null;
    }

    /**
     * The rows read so far, in file order, as arrays that grow by doubling (no object a row but its
     * id). A sponsor or placement parent whose id came earlier in the file is its row at once; one
     * named before its own row is kept as text ({@link #UNRESOLVED}) until the file is read.
     */
    private static final class Rows {

        static final int UNRESOLVED = -2;

        final String source;
        final int columns;
        final int idColumn;
        final int sponsorColumn;
        final int volumeColumn;
        final int activeColumn;
        final int placementColumn;
        final int legColumn;
        final int carryLeftColumn;
        final int carryRightColumn;
        final Map<String, Integer> rowOf = new HashMap<>();
        final Matcher number = Checks.NUMBER.matcher("");
        int n;
        /** Rows the arrays hold at first; they double as the file's rows come. */
        static final int FIRST = 1024;
        String[] ids = new String[FIRST];
        int[] line = new int[FIRST];
        double[] volume = new double[FIRST];
        boolean[] active = new boolean[FIRST];
        /** Row of the sponsor, -1 for none (the company), {@link #UNRESOLVED} if named before its row. */
        int[] sponsorRow = new int[FIRST];
        /** The sponsor's id where it is {@link #UNRESOLVED}, else null. */
        String[] sponsorText = new String[FIRST];
        int[] placementRow;
        String[] placementText;
        char[] legs;
        double[] carryLeft;
        double[] carryRight;

        Rows(Map<String, Integer> header, String source) {
            this.source = source;
            this.columns = header.size();
            this.idColumn = header.get("id");
            this.sponsorColumn = header.get("sponsor");
            this.volumeColumn = header.get("volume");
            this.activeColumn = header.getOrDefault("active", -1);
            this.placementColumn = header.getOrDefault("placement", -1);
            this.legColumn = header.getOrDefault("leg", -1);
            this.carryLeftColumn = header.getOrDefault("carryLeft", -1);
            this.carryRightColumn = header.getOrDefault("carryRight", -1);
            if (placementColumn >= 0) {
                placementRow = new int[ids.length];
                placementText = new String[ids.length];
            }
            legs = legColumn >= 0 ? new char[ids.length] : null;
            carryLeft = carryLeftColumn >= 0 ? new double[ids.length] : null;
            carryRight = carryRightColumn >= 0 ? new double[ids.length] : null;
        }

        void add(CSVRecord rec, long lineNumber) {
            if (!rec.isConsistent()) {
                throw new ScenarioException(source, "line " + lineNumber + " has " + rec.size() + " fields, the header has "
                        + columns);
            }
            if (n == ids.length) {
                grow();
            }
            final int r = n;
            String id = rec.get(idColumn);
            if (id.isEmpty()) {
                throw new ScenarioException(source, at(lineNumber) + " column id must not be empty");
            }
            if (rowOf.putIfAbsent(id, r) != null) {
                throw new ScenarioException(source, at(lineNumber) + " repeats id " + show(id) + " (ids must be unique)");
            }
            ids[r] = id;
            line[r] = (int) Math.min(Integer.MAX_VALUE, lineNumber);
            early(r, rec.get(sponsorColumn), sponsorRow, sponsorText);
            volume[r] = money(rec.get(volumeColumn), lineNumber, "volume");
            active[r] = activeColumn < 0 || bool(rec.get(activeColumn), source, lineNumber);
            if (placementRow != null) {
                early(r, rec.get(placementColumn), placementRow, placementText);
            }
            if (legs != null) {
                legs[r] = leg(rec.get(legColumn), source, lineNumber);
            }
            if (carryLeft != null) {
                String text = rec.get(carryLeftColumn);
                carryLeft[r] = text.isEmpty() ? 0 : money(text, lineNumber, "carryLeft");
            }
            if (carryRight != null) {
                String text = rec.get(carryRightColumn);
                carryRight[r] = text.isEmpty() ? 0 : money(text, lineNumber, "carryRight");
            }
            n++;
        }

        /** Row {@code r}'s reference {@code ref}: -1 if empty, the row of an id already read, else kept as text. */
        private void early(int r, String ref, int[] row, String[] text) {
            Integer known = ref.isEmpty() ? Integer.valueOf(-1) : rowOf.get(ref);
            row[r] = known == null ? UNRESOLVED : known;
            text[r] = known == null ? ref : null;
        }

        /** Row {@code r}'s reference in {@code column} as a row (-1 for none), once every id is known. */
        int reference(int r, int[] row, String[] text, String column) {
            int p = row[r];
            if (p == UNRESOLVED) {
                Integer found = rowOf.get(text[r]);
                if (found == null) {
                    throw new ScenarioException(source, at(line[r]) + " column " + column + " names " + show(text[r])
                            + ", which is not the id of any member");
                }
                p = found;
            }
            if (p == r) {
                throw new ScenarioException(source, at(line[r]) + " column " + column + " names the member itself ("
                        + show(ids[r]) + ")");
            }
            return p;
        }

        private double money(String text, long lineNumber, String column) {
            double v = Checks.decimal(text, number);
            if (!(v >= 0 && v <= 1e12)) {
                throw new ScenarioException(source, at(lineNumber) + " column " + column
                        + " must be a number in [0, 1e12], was " + Checks.showTyped(text));
            }
            return v;
        }

        private void grow() {
            int length = (int) Math.min(Integer.MAX_VALUE - 8, 2L * ids.length);
            ids = Arrays.copyOf(ids, length);
            line = Arrays.copyOf(line, length);
            volume = Arrays.copyOf(volume, length);
            active = Arrays.copyOf(active, length);
            sponsorRow = Arrays.copyOf(sponsorRow, length);
            sponsorText = Arrays.copyOf(sponsorText, length);
            if (placementRow != null) {
                placementRow = Arrays.copyOf(placementRow, length);
                placementText = Arrays.copyOf(placementText, length);
            }
            if (legs != null) {
                legs = Arrays.copyOf(legs, length);
            }
            if (carryLeft != null) {
                carryLeft = Arrays.copyOf(carryLeft, length);
            }
            if (carryRight != null) {
                carryRight = Arrays.copyOf(carryRight, length);
            }
        }
    }

    private static String at(long line) {
        return "line " + line + ":";
    }

    private static int[] topologicalOrder(int n, int[] sponsorRow, int[] placementRow, String[] ids, String source) {
        int[] order = new int[n];
        boolean inOrder = true;
        for (int r = 0; r < n && inOrder; r++) {
            order[r] = r;
            inOrder = sponsorRow[r] < r && (placementRow == null || placementRow[r] < r);
        }
        if (inOrder) {
            return order;                   // every parent before its dependants: the file's order
        }
        // each row's dependants, the rows it sponsors or places (a row twice if both), in
        // dependant[first[p] .. first[p + 1]); their order there does not matter (ready is by row)
        int[][] parentRows = placementRow == null ? new int[][] {sponsorRow} : new int[][] {sponsorRow, placementRow};
        int[] pending = new int[n];
        int[] first = new int[n + 1];
        for (int[] parent : parentRows) {
            for (int r = 0; r < n; r++) {
                if (parent[r] >= 0) {
                    pending[r]++;
                    first[parent[r]]++;
                }
            }
        }
        for (int r = 1; r <= n; r++) {
            first[r] += first[r - 1];
        }
        int[] dependant = new int[first[n]];
        for (int[] parent : parentRows) {
            for (int r = 0; r < n; r++) {
                if (parent[r] >= 0) {
                    dependant[--first[parent[r]]] = r;
                }
            }
        }
        PriorityQueue<Integer> ready = new PriorityQueue<>();
        for (int r = 0; r < n; r++) {
            if (pending[r] == 0) {
                ready.add(r);
            }
        }
        int k = 0;
        while (!ready.isEmpty()) {
            int r = ready.poll();
            order[k++] = r;
            for (int j = first[r]; j < first[r + 1]; j++) {
                if (--pending[dependant[j]] == 0) {
                    ready.add(dependant[j]);
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

    private static boolean bool(String text, String source, long line) {
        String t = text.toLowerCase(Locale.ROOT);
        if (t.isEmpty() || t.equals("true")) {
            return true;
        }
        if (t.equals("false")) {
            return false;
        }
        throw new ScenarioException(source, at(line) + " column active must be true or false, was "
                + Checks.showTyped(text));
    }

    private static char leg(String text, String source, long line) {
        if (text.isEmpty()) {
            return 0;
        }
        String upper = text.toUpperCase(Locale.ROOT);
        if (upper.equals("L") || upper.equals("R")) {
            return upper.charAt(0);
        }
        throw new ScenarioException(source, at(line) + " column leg must be L, R or empty, was " + Checks.showTyped(text));
    }
}
