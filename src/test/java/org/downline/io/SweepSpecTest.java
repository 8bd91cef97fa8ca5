package org.downline.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.downline.scenario.ScenarioException;
import org.junit.jupiter.api.Test;

class SweepSpecTest {

    @Test
    void rangesAreExactDecimalsAndListsKeepTheirOrder() {
        SweepSpec s = SweepSpec.parse(List.of("recruitment.imitation=0.1:0.5:0.1", "plan.type=unilevel,binary"), false);
        assertEquals(List.of("0.1", "0.2", "0.3", "0.4", "0.5"), s.dimensions().get(0).values());
        assertEquals(List.of("unilevel", "binary"), s.dimensions().get(1).values());
        assertEquals(10, s.cells().size());
        assertEquals(Map.of("recruitment.imitation", "0.1", "plan.type", "binary"), s.coordinates(s.cells().get(1)));
        assertEquals(List.of("0", "25", "50"), SweepSpec.parse(List.of("k=0:60:25"), false).dimensions().get(0).values());
        assertEquals(List.of("5", "3", "1"), SweepSpec.parse(List.of("k=5:1:-2"), false).dimensions().get(0).values());
        assertEquals(List.of("0.1", "20"), SweepSpec.parse(List.of("k=0.10,2E1"), false).dimensions().get(0).values());
    }

    /** A cell's seed depends on its values only: not on the other values, the grid's order or size. */
    @Test
    void cellSeedsDependOnlyOnTheCellsValues() {
        SweepSpec a = SweepSpec.parse(List.of("recruitment.imitation=0.1:0.3:0.1", "economics.monthlyFee=0,20"), false);
        SweepSpec b = SweepSpec.parse(List.of("economics.monthlyFee=40,20,0,60", "recruitment.imitation=0.2,0.9"), false);
        long seedA = seedOf(a, Map.of("recruitment.imitation", "0.2", "economics.monthlyFee", "20"));
        long seedB = seedOf(b, Map.of("recruitment.imitation", "0.2", "economics.monthlyFee", "20"));
        assertEquals(seedA, seedB);
        assertNotEquals(seedA, seedOf(a, Map.of("recruitment.imitation", "0.3", "economics.monthlyFee", "20")));
        assertNotEquals(a.seed(1, a.cells().get(0)), a.seed(2, a.cells().get(0)));
    }

    private static long seedOf(SweepSpec s, Map<String, String> coordinates) {
        for (SweepSpec.Cell c : s.cells()) {
            if (s.coordinates(c).equals(coordinates)) {
                return s.seed(1, c);
            }
        }
        throw new AssertionError("no cell " + coordinates);
    }

    @Test
    void badGridsAreRefusedWithTheReason() {
        assertEquals("--vary k step must not be 0, was '0:1:0'", error("k=0:1:0"));
        assertEquals("--vary k range 1:0:0.5 is empty: the step goes away from the stop", error("k=1:0:0.5"));
        assertEquals("--vary k range must be numbers start:stop:step, was 'a:b:c'", error("k=a:b:c"));
        assertEquals("--vary expects key=start:stop:step or key=a,b,c, was 'k'", error("k"));
        assertEquals("--vary k has an empty value in the list '1,,2'", error("k=1,,2"));
        assertEquals("--vary k lists 1 twice in '1,1.0'", error("k=1,1.0"));
        assertEquals("--vary gives the key 'k' twice ('k=1,2', then 'k =3'): give each key once",
                error("k=1,2", "k =3"));
        assertEquals("--vary may be given at most 3 times, was given 4", error("a=1", "b=1", "c=1", "d=1"));
        assertEquals("--vary makes a grid of 10201 cells, more than 10000; narrow the ranges or add --large-grid",
                error("a=0:100:1", "b=0:100:1"));
        assertEquals(10201, SweepSpec.parse(List.of("a=0:100:1", "b=0:100:1"), true).cells().size());
    }

    @Test
    void anUnknownKeyIsAnsweredAsInAScenarioFile() {
        // the key in another section, as --set monthlyFee=3 and a scenario file's unknown key are answered
        assertEquals("--vary costs.monthlyFee is not a scenario key; did you mean 'economics.monthlyFee'?",
                keyError("costs.monthlyFee=0:60:20"));
        assertEquals("--vary imitation is not a scenario key; did you mean 'recruitment.imitation'?",
                keyError("imitation=0.1,0.2"));
        assertEquals("--vary economics.montlyFee is not a scenario key; did you mean 'economics.monthlyFee'?",
                keyError("economics.montlyFee=1,2"));
        assertEquals("--vary nothing.like.it is not a scenario key", keyError("nothing.like.it=1,2"));
    }

    private static String keyError(String vary) {
        return assertThrows(ScenarioException.class, () -> SweepSpec.parse(List.of(vary), false)
                .requireScenarioKeys()).getMessage();
    }

    private static String error(String... varies) {
        return assertThrows(ScenarioException.class, () -> SweepSpec.parse(List.of(varies), false)).getMessage();
    }
}
