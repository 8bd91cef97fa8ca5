package org.downline.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Each band's label says what it holds at its edges. */
class IncomeBandsTest {

    private static String label(double net) {
        return IncomeBands.LABELS[IncomeBands.of(net)];
    }

    /**
     * Net income of exactly $0 is "made $0–<100" (it was "made <$100", as if it were a profit, while
     * "Made a profit" counts it out); a loss of exactly $100 is "lost >$0–100" (it was "lost <$100",
     * then "lost >$0–100", which read as if it held $0 too, the next band's lower edge); each edge falls
     * in the band whose label names it inclusively.
     */
    @Test
    void theEdgesAreInTheBandsTheirLabelsName() {
        assertEquals("made $0–<100", label(0));
        assertEquals("lost >$0–100", label(Math.nextDown(0.0)));
        assertEquals("lost >$0–100", label(-100));
        assertEquals("lost >$100–500", label(Math.nextDown(-100.0)));
        assertEquals("lost >$100–500", label(-500));
        assertEquals("lost >$500–1k", label(Math.nextDown(-500.0)));
        assertEquals("lost >$500–1k", label(-1000));
        assertEquals("lost >$1k–5k", label(Math.nextDown(-1000.0)));
        assertEquals("lost >$1k–5k", label(-5000));
        assertEquals("lost >$5k", label(Math.nextDown(-5000.0)));
        assertEquals("made $0–<100", label(Math.nextDown(100.0)));
        assertEquals("made $100–<1k", label(100));
        assertEquals("made $100–<1k", label(Math.nextDown(1000.0)));
        assertEquals("made $1k–<5k", label(1000));
        assertEquals("made $1k–<5k", label(Math.nextDown(5000.0)));
        assertEquals("made $5k–<50k", label(5000));
        assertEquals("made $5k–<50k", label(Math.nextDown(50000.0)));
        assertEquals("made ≥$50k", label(50000));
        assertEquals(IncomeBands.COUNT, IncomeBands.LABELS.length);
    }

    /**
     * The labels read as one scale: every loss band names the loss it excludes after "lost >$" (the
     * smallest one too, so no two bands name $0), every made band but the open top one its excluded
     * upper edge after "–<".
     */
    @Test
    void theLabelsReadConsistently() {
        for (int b = 0; b < IncomeBands.COUNT; b++) {
            String l = IncomeBands.LABELS[b];
            boolean loss = b < IncomeBands.of(0);
            assertEquals(true, loss ? l.startsWith("lost >$") : l.startsWith("made "), l);
            assertEquals(true, loss || b == IncomeBands.COUNT - 1 || l.contains("–<"), l);
        }
    }
}
