package org.downline.io;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.downline.rng.RandomStreams;
import org.downline.scenario.Checks;
import org.downline.scenario.ScenarioException;

/**
 * The grid of a parameter sweep: up to three scenario keys, each with a list of values, from
 * {@code --vary key=start:stop:step} (an inclusive numeric range, computed in exact decimal
 * arithmetic, so 0.1:0.5:0.1 is 0.1, 0.2, 0.3, 0.4, 0.5) or {@code --vary key=a,b,c} (a list;
 * values may be numbers or words).
 *
 * <p>A cell's seed is derived from the master seed and the cell's <em>values</em> — each
 * "key=value" in canonical form, keys in alphabetical order — never from its position in the
 * grid, so adding a value to a list or reordering the {@code --vary} options leaves every other
 * cell's seed, and therefore its results, unchanged.
 */
public final class SweepSpec {

    /** Most dimensions a sweep may vary. */
    public static final int MAX_DIMENSIONS = 3;
    /** Most cells a sweep may have without {@code --force}. */
    public static final int MAX_CELLS = 10_000;
    /** Most values one start:stop:step range may have. */
    public static final int MAX_RANGE_VALUES = MAX_CELLS * 10;

    /**
     * One varied key and its values: canonical text, as they would be given to --set and as they make
     * the cells' names and seeds, and {@code written}, the same values as the user wrote them ({@code 1e99},
     * where the canonical text is 1 and 99 zeros; a range's as computed), that a refusal echoes.
     */
    public record Dimension(String key, List<String> values, List<String> written) {
    }

    /** One cell: the value of each dimension, in dimension order. */
    public record Cell(int index, List<String> values) {
    }

    private final List<Dimension> dimensions;

    private SweepSpec(List<Dimension> dimensions) {
        this.dimensions = List.copyOf(dimensions);
    }

    /**
     * Parses {@code --vary} options.
     *
     * @param largeGrid whether a grid of more than {@value #MAX_CELLS} cells is allowed ({@code --large-grid})
     * @throws ScenarioException naming the option and what is wrong with it
     */
    public static SweepSpec parse(List<String> varies, boolean largeGrid) {
        if (varies.isEmpty()) {
            throw new ScenarioException("--vary", "must be given at least once (such as --vary "
                    + "economics.monthlyFee=0,20,40)");
        }
        if (varies.size() > MAX_DIMENSIONS) {
            throw new ScenarioException("--vary", "may be given at most " + MAX_DIMENSIONS + " times, was given "
                    + varies.size());
        }
        List<Dimension> dims = new ArrayList<>();
        for (String v : varies) {
            int eq = v.indexOf('=');
            if (eq <= 0 || eq == v.length() - 1) {
                throw new ScenarioException("--vary", "expects key=start:stop:step or key=a,b,c, was "
                        + Checks.show(v));
            }
            String key = ScenarioReader.keyOf(v);
            String spec = v.substring(eq + 1).strip();
            for (int d = 0; d < dims.size(); d++) {
                if (dims.get(d).key().equals(key)) {
                    throw ScenarioReader.givenTwice("--vary", key, varies.get(d), v);
                }
            }
            dims.add(dimension(key, spec));
        }
        long cells = 1;
        for (Dimension d : dims) {
            cells *= d.values().size();
        }
        if (cells > MAX_CELLS && !largeGrid) {
            throw new ScenarioException("--vary", "makes a grid of " + cells + " cells, more than " + MAX_CELLS
                    + "; narrow the ranges or add --large-grid");
        }
        return new SweepSpec(dims);
    }

    /** The dimension {@code key=spec} gives: its canonical values and the same as written. */
    private static Dimension dimension(String key, String spec) {
        String[] parts = spec.split(":", -1);
        if (parts.length == 3 && !spec.contains(",")) {
            List<String> out = range(key, spec, parts);
            return new Dimension(key, out, out);            // a range's values are written as computed
        }
        if (parts.length != 1) {
            throw new ScenarioException(option(key), "must be start:stop:step or a list a,b,c, was "
                    + Checks.show(spec));
        }
        List<String> out = new ArrayList<>();
        List<String> written = new ArrayList<>();
        for (String p : spec.split(",", -1)) {
            String value = canonical(p.strip());
            if (value.isEmpty()) {
                throw new ScenarioException(option(key), "has an empty value in the list " + Checks.show(spec));
            }
            if (out.contains(value)) {
                throw new ScenarioException(option(key), "lists " + Checks.showUnquoted(value) + " twice in "
                        + Checks.show(spec));
            }
            out.add(value);
            written.add(p.strip());
        }
        return new Dimension(key, out, written);
    }

    private static List<String> range(String key, String spec, String[] parts) {
        BigDecimal start;
        BigDecimal stop;
        BigDecimal step;
        try {
            start = new BigDecimal(parts[0].strip());
            stop = new BigDecimal(parts[1].strip());
            step = new BigDecimal(parts[2].strip());
        } catch (NumberFormatException e) {
            throw new ScenarioException(option(key), "range must be numbers start:stop:step, was " + Checks.show(spec));
        }
        for (BigDecimal x : new BigDecimal[] {start, stop, step}) {
            // no value of a scenario is anywhere near 1e±400; beyond that the arithmetic below is slow
            if (x.signum() != 0 && (Math.abs(x.scale()) > 400 || Math.abs(x.precision() - x.scale()) > 400)) {
                throw new ScenarioException(option(key), "range numbers must be between 1e-400 and 1e400 in size,"
                        + " was " + Checks.show(spec));
            }
        }
        if (step.signum() == 0) {
            throw new ScenarioException(option(key), "step must not be 0, was " + Checks.show(spec));
        }
        if (stop.subtract(start).signum() * step.signum() < 0) {
            throw new ScenarioException(option(key), "range " + Checks.showUnquoted(spec)
                    + " is empty: the step goes away from the stop");
        }
        BigDecimal count = stop.subtract(start).divide(step, 0, RoundingMode.FLOOR).add(BigDecimal.ONE);
        if (count.compareTo(BigDecimal.valueOf(MAX_RANGE_VALUES)) > 0) {
            throw new ScenarioException(option(key), "range " + Checks.showUnquoted(spec) + " has more than "
                    + MAX_RANGE_VALUES + " values (the most one range may have); use a larger step");
        }
        List<String> out = new ArrayList<>();
        for (int k = 0; k < count.intValue(); k++) {
            out.add(canonical(start.add(step.multiply(BigDecimal.valueOf(k))).toPlainString()));
        }
        return out;
    }

    /** Numbers in one form (0.10 and 0.1 are the same value, hence the same cell); words as given. */
    static String canonical(String value) {
        try {
            BigDecimal d = new BigDecimal(value);
            if (d.signum() == 0) {
                return "0";
            }
            return d.stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return value;
        }
    }

    /** The option and the key it varies, as messages name them: {@code --vary market.population}, a long key cut. */
    private static String option(String key) {
        return "--vary " + Checks.showUnquoted(key);
    }

    /**
     * Checks that every varied key is a declared scenario key ({@link ScenarioKeys}) that holds one
     * value: a number, a word or true/false (lists and text are set with {@code --set}).
     *
     * @throws ScenarioException naming the option, the key and the nearest declared key
     */
    public SweepSpec requireScenarioKeys() {
        for (Dimension d : dimensions) {
            ScenarioKeys.Declared declared = ScenarioKeys.find(d.key());
            if (declared == null) {
                String near = ScenarioKeys.nearest(d.key());
                throw new ScenarioException(option(d.key()), "is not a scenario key"
                        + (near == null ? "" : "; did you mean '" + near + "'?"));
            }
            if (!declared.variable()) {
                throw new ScenarioException(option(d.key()), "cannot be varied: it holds "
                        + declared.key().allowed() + " (set it with --set)");
            }
        }
        return this;
    }

    public List<Dimension> dimensions() {
        return dimensions;
    }

    /** Every cell, the first dimension varying slowest. */
    public List<Cell> cells() {
        List<Cell> out = new ArrayList<>();
        int n = 1;
        for (Dimension d : dimensions) {
            n *= d.values().size();
        }
        for (int c = 0; c < n; c++) {
            int[] at = positions(c);
            List<String> values = new ArrayList<>();
            for (int k = 0; k < dimensions.size(); k++) {
                values.add(dimensions.get(k).values().get(at[k]));
            }
            out.add(new Cell(c, values));
        }
        return out;
    }

    /** Where cell number {@code index} is in each dimension: the last dimension varies fastest. */
    private int[] positions(int index) {
        int[] at = new int[dimensions.size()];
        for (int k = dimensions.size() - 1; k >= 0; k--) {
            at[k] = index % dimensions.get(k).values().size();
            index /= dimensions.get(k).values().size();
        }
        return at;
    }

    /** The cell's values by key, in dimension order. */
    public Map<String, String> coordinates(Cell cell) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int k = 0; k < dimensions.size(); k++) {
            m.put(dimensions.get(k).key(), cell.values().get(k));
        }
        return m;
    }

    /** The {@code key=value} overrides that make the cell's scenario. */
    public List<String> overrides(Cell cell) {
        List<String> out = new ArrayList<>();
        coordinates(cell).forEach((k, v) -> out.add(k + "=" + v));
        return out;
    }

    /**
     * The overrides that make the cell's scenario with its values as written ({@link Dimension#written}): the
     * same scenario as {@link #overrides}', whose refusals echo a value as the user wrote it.
     */
    public List<String> writtenOverrides(Cell cell) {
        // the value's position from the cell's index, not by searching the values: a range has up to 100,000
        int[] at = positions(cell.index());
        List<String> out = new ArrayList<>();
        for (int k = 0; k < dimensions.size(); k++) {
            out.add(dimensions.get(k).key() + "=" + dimensions.get(k).written().get(at[k]));
        }
        return out;
    }

    /** The cell's seed: from the master seed and its key=value pairs, keys in alphabetical order. */
    public long seed(long master, Cell cell) {
        Map<String, String> sorted = new java.util.TreeMap<>(coordinates(cell));
        long[] hashes = new long[sorted.size()];
        int k = 0;
        for (Map.Entry<String, String> e : sorted.entrySet()) {
            hashes[k++] = hash(e.getKey() + "=" + e.getValue());
        }
        return RandomStreams.derive(master, hashes);
    }

    /** A 64-bit hash of text: SplitMix64 mixing over its UTF-8 bytes. */
    static long hash(String text) {
        long h = 0x243F6A8885A308D3L;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            h = RandomStreams.mix64(h ^ (b & 0xFF));
        }
        return RandomStreams.mix64(h ^ text.length());
    }
}
