package org.downline.engine;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.downline.scenario.ScenarioException;
import org.junit.jupiter.api.Test;

/** payout's memory check: a genealogy that does not fit is refused before it is read. */
class GenealogyMemoryTest {

    @Test
    void refusesAGenealogyThatDoesNotFitNamingTheRowsAndTheHeap() {
        long rows = 2_000_000;
        long bytes = 40_000_000;
        long need = MemoryGuard.genealogyBytes(rows, bytes);
        assertDoesNotThrow(() -> MemoryGuard.checkGenealogy("g.csv", rows, bytes, need));
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> MemoryGuard.checkGenealogy("g.csv", rows, bytes, 300L << 20));
        String m = e.getMessage();
        assertTrue(m.startsWith("g.csv has 2000000 rows, which need about 0.7 GB of Java heap, but 0.3 GB is"
                + " available; use java -Xmx"), m);
        assertTrue(m.length() < 190, m);
    }

    @Test
    void theEstimateGrowsWithRowsAndBytes() {
        assertTrue(MemoryGuard.genealogyBytes(2, 100) > MemoryGuard.genealogyBytes(1, 100));
        assertTrue(MemoryGuard.genealogyBytes(1, 200) > MemoryGuard.genealogyBytes(1, 100));
        // what 2,000,000 rows measured to need: between the heap that failed and the one that ran
        long need = MemoryGuard.genealogyBytes(2_000_000, 40_500_000);
        assertTrue(need > 600L << 20 && need < (long) (0.85 * (1L << 30)), "need " + need);
    }
}
