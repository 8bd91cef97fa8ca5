package org.downline.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.downline.engine.AbcSmc;
import org.downline.scenario.ScenarioException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fit's CSVs write a number that is not finite as an empty cell, as the run's CSVs do
 * ({@code ResultsWriter.n}), and generations.csv still reads back to the last bit for --resume,
 * including the files written before, which said {@code Infinity}.
 */
class FitFilesCsvTest {

    private static final List<String> KEYS = List.of("recruitment.imitation");

    private static List<AbcSmc.Generation> twoGenerations() {
        AbcSmc.Generation g0 = new AbcSmc.Generation(0, Double.POSITIVE_INFINITY,
                new double[][] {{0.1}, {0.30000000000000004}}, new double[] {0.5, 0.5}, new double[] {2.5, 1.0 / 3},
                2, 2);
        AbcSmc.Generation g1 = new AbcSmc.Generation(1, 2.5, new double[][] {{0.2}, {Math.nextUp(0.25)}},
                new double[] {0.25, 0.75}, new double[] {1e-300, 2.0}, 3, 5);
        return List.of(g0, g1);
    }

    @Test
    void cellIsEmptyForNaNAndInfinitiesAsInTheRunsCsvs() {
        for (double x : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
            assertEquals("", FitFiles.cell(x));
            assertEquals(ResultsWriter.n(x), FitFiles.cell(x));
        }
        assertEquals("0.1", FitFiles.cell(0.1));
        assertEquals("1.0", FitFiles.cell(1.0));
    }

    @Test
    void generationZerosToleranceIsAnEmptyCellAndReadsBackInfinite(@TempDir Path dir) throws Exception {
        List<AbcSmc.Generation> gens = twoGenerations();
        FitFiles.writeGenerations(dir, "test", KEYS, gens);
        String text = Files.readString(dir.resolve(FitFiles.GENERATIONS));
        assertFalse(text.contains("Infinity") || text.contains("NaN"), text);
        assertTrue(text.contains("\n0,0,,2,2,0.5,2.5,0.1\n"), text);
        assertRoundTrip(gens, FitFiles.readGenerations(dir.resolve(FitFiles.GENERATIONS), KEYS, 2));
    }

    /** A generations.csv from before: "Infinity" for generation 0's tolerance still resumes. */
    @Test
    void olderFilesWithInfinityStillRead(@TempDir Path dir) throws Exception {
        List<AbcSmc.Generation> gens = twoGenerations();
        FitFiles.writeGenerations(dir, "test", KEYS, gens);
        Path file = dir.resolve(FitFiles.GENERATIONS);
        String old = Files.readString(file).replace("\n0,0,,", "\n0,0,Infinity,").replace("\n0,1,,", "\n0,1,Infinity,");
        assertTrue(old.contains("Infinity"));
        Files.writeString(file, old);
        assertRoundTrip(gens, FitFiles.readGenerations(file, KEYS, 2));
    }

    /**
     * A cell of generations.csv that is not what the file holds there is named as every reader names
     * one: the file, the line, the column, what it allows and what was there, quoted unless a number.
     * Java's own text went through ("cannot read ...: For input string: \"abc\"").
     */
    @Test
    void aCorruptCellIsNamedByFileLineAndColumn(@TempDir Path dir) throws Exception {
        FitFiles.writeGenerations(dir, "test", KEYS, twoGenerations());
        Path file = dir.resolve(FitFiles.GENERATIONS);
        List<String> lines = Files.readAllLines(file);
        assertEquals("0,1,,2,2,0.5,0.3333333333333333,0.30000000000000004", lines.get(3));   // line 4
        String[][] cases = {
            // line 4's cells replaced: {what is written there, what the error says}
            {"0,1,,2,2,abc,0.3333333333333333,0.30000000000000004", "line 4 column weight must be a number, was 'abc'"},
            {"0,1,,2,2,0.5,,0.30000000000000004", "line 4 column distance must be a number, was ''"},
            {"0,1,,2,2,0.5,0.3333333333333333,0.3x", "line 4 column recruitment.imitation must be a number, was '0.3x'"},
            {"0,1,,2,2,0.5,NaN,0.30000000000000004", "line 4 column distance must be a number, was 'NaN'"},
            {"x,1,,2,2,0.5,0.3333333333333333,0.30000000000000004",
                "line 4 column generation must be an integer in [0, 2147483647], was 'x'"},
            {"0,x,,2,2,0.5,0.3333333333333333,0.30000000000000004",
                "line 4 column particle must be 1 (the row's place in generation 0, from 0), was 'x'"},
            {"0,0,,2,2,0.5,0.3333333333333333,0.30000000000000004",
                "line 4 column particle must be 1 (the row's place in generation 0, from 0), was 0"},
            {"0,1.0,,2,2,0.5,0.3333333333333333,0.30000000000000004",
                "line 4 column particle must be 1 (the row's place in generation 0, from 0), was 1.0"},
            {"0,,,2,2,0.5,0.3333333333333333,0.30000000000000004",
                "line 4 column particle must be 1 (the row's place in generation 0, from 0), was ''"},
            {"0,1,,2,2.5,0.5,0.3333333333333333,0.30000000000000004", ""},   // only the first row's counts are read
            {"0,1,,2,2,0.5", "line 4 has 6 fields, the header has 8"},
            {"0,1,\"unclosed,2,2,0.5,0.3333333333333333,0.30000000000000004",
                "line 4 opens a quoted field (\") that is never closed"}};
        for (String[] c : cases) {
            List<String> corrupt = new java.util.ArrayList<>(lines);
            corrupt.set(3, c[0]);
            Files.write(file, corrupt);
            if (c[1].isEmpty()) {
                assertEquals(2, FitFiles.readGenerations(file, KEYS, 2).size(), c[0]);
                continue;
            }
            ScenarioException e = assertThrows(ScenarioException.class, () -> FitFiles.readGenerations(file, KEYS, 2),
                    c[0]);
            assertEquals("--resume " + file + " " + c[1], e.getMessage(), c[0]);
        }
        // the first row of a generation: its tolerance and counts
        String[][] first = {
            {"1,0,-2.5,3,5,0.25,1.0E-300,0.2", "line 5 column tolerance must be a number >= 0, or empty (generation 0), "
                + "was -2.5"},
            // Java's own literals, which Double.parseDouble read as numbers, refused as every input's (Checks.decimal)
            {"1,0,2.5d,3,5,0.25,1.0E-300,0.2", "line 5 column tolerance must be a number >= 0, or empty (generation 0), "
                + "was '2.5d'"},
            {"1,0,0x1p3,3,5,0.25,1.0E-300,0.2", "line 5 column tolerance must be a number >= 0, or empty (generation 0), "
                + "was '0x1p3'"},
            {"1,0,NaN,3,5,0.25,1.0E-300,0.2", "line 5 column tolerance must be a number >= 0, or empty (generation 0), "
                + "was 'NaN'"},
            {"1,0,+Infinity,3,5,0.25,1.0E-300,0.2", "line 5 column tolerance must be a number >= 0, or empty "
                + "(generation 0), was '+Infinity'"},
            {"1,0,1e999,3,5,0.25,1.0E-300,0.2", "line 5 column tolerance must be a number >= 0, or empty (generation 0), "
                + "was 1e999"},
            {"1,0,2.5,three,5,0.25,1.0E-300,0.2", "line 5 column simulations must be an integer >= 0, was 'three'"},
            {"1,0,2.5,3,1e3,0.25,1.0E-300,0.2", "line 5 column totalSimulations must be an integer >= 0, was 1e3"}};
        assertTrue(lines.get(4).startsWith("1,0,2.5,3,5,"), lines.get(4));
        for (String[] c : first) {
            List<String> corrupt = new java.util.ArrayList<>(lines);
            corrupt.set(4, c[0]);
            Files.write(file, corrupt);
            ScenarioException e = assertThrows(ScenarioException.class, () -> FitFiles.readGenerations(file, KEYS, 2),
                    c[0]);
            assertEquals("--resume " + file + " " + c[1], e.getMessage(), c[0]);
        }
    }

    /**
     * A generation of other than --particles rows is refused, not resumed from: a file cut short (the
     * last row cut within its last number still reads as a number) or edited.
     */
    @Test
    void aGenerationOfOtherThanParticlesRowsIsRefused(@TempDir Path dir) throws Exception {
        FitFiles.writeGenerations(dir, "test", KEYS, twoGenerations());
        Path file = dir.resolve(FitFiles.GENERATIONS);
        List<String> lines = Files.readAllLines(file);
        Files.write(file, lines.subList(0, lines.size() - 1));
        ScenarioException e = assertThrows(ScenarioException.class, () -> FitFiles.readGenerations(file, KEYS, 2));
        assertEquals("--resume " + file + " holds 1 particle of generation 1 (lines 5 to 5), not 2 (--particles): "
                + "it was cut short or edited", e.getMessage());
        List<String> extra = new java.util.ArrayList<>(lines);
        extra.add(4, "0,2,,2,2,0.5,2.5,0.1");
        Files.write(file, extra);
        e = assertThrows(ScenarioException.class, () -> FitFiles.readGenerations(file, KEYS, 2));
        assertEquals("--resume " + file + " holds 3 particles of generation 0 (lines 3 to 5), not 2 (--particles): "
                + "it was cut short or edited", e.getMessage());
    }

    private static void assertRoundTrip(List<AbcSmc.Generation> want, List<AbcSmc.Generation> got) {
        assertEquals(want.size(), got.size());
        for (int g = 0; g < want.size(); g++) {
            AbcSmc.Generation a = want.get(g);
            AbcSmc.Generation b = got.get(g);
            assertEquals(a.index(), b.index());
            assertEquals(Double.doubleToRawLongBits(a.tolerance()), Double.doubleToRawLongBits(b.tolerance()));
            assertEquals(a.simulations(), b.simulations());
            assertEquals(a.totalSimulations(), b.totalSimulations());
            assertArrayEquals(a.weights(), b.weights());
            assertArrayEquals(a.distances(), b.distances());
            assertEquals(a.particles().length, b.particles().length);
            for (int i = 0; i < a.particles().length; i++) {
                assertArrayEquals(a.particles()[i], b.particles()[i]);
            }
        }
    }
}
