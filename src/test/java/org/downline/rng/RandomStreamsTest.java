package org.downline.rng;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RandomStreamsTest {

    @Test
    void seedsDependOnlyOnTheirArguments() {
        assertEquals(RandomStreams.create(9, 3, Stream.ATTRITION).nextLong(),
                RandomStreams.create(9, 3, Stream.ATTRITION).nextLong());
    }

    @Test
    void everyReplicationAndSourceGetsItsOwnSeed() {
        Set<Long> seeds = new HashSet<>();
        for (long master : new long[] {0, 1, 2, -1}) {
            for (int r = 0; r < 1000; r++) {
                for (Stream s : Stream.values()) {
                    seeds.add(RandomStreams.seed(master, r, s));
                }
            }
        }
        assertEquals(4 * 1000 * Stream.values().length, seeds.size());
    }

    @Test
    void derivedSeedsDependOnValuesNotOrderOfCalls() {
        long a = RandomStreams.derive(5, 1, 2);
        RandomStreams.derive(5, 7, 7);
        assertEquals(a, RandomStreams.derive(5, 1, 2));
        assertNotEquals(a, RandomStreams.derive(5, 2, 1));
        assertNotEquals(a, RandomStreams.derive(6, 1, 2));
    }
}
