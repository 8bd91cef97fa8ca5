package org.downline.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.downline.rng.ReplicationStreams;
import org.downline.scenario.Scenario;
import org.downline.testing.Scenarios;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The fixed model against its recurrence (REFERENCES.md): a member recruits k a month from
 * {@code delay} months after joining until the cap c, so new(t) = Σ_{j<t} new(j)·r(t − j) with
 * r(a) the recruits made at age a. With k = 1 and delay 1 it is the sum of the previous c months'
 * new members. Exact: no randomness is involved.
 */
class FixedRecurrenceTest {

    @ParameterizedTest
    @CsvSource({
        // founders, perMonth, cap, delay, months, prospects
        "1, 1, 3, 1, 20, 100000000",
        "1, 1, 6, 1, 20, 100000000",
        "2, 2, 5, 1, 12, 100000000",
        "1, 1, 0, 1, 20, 100000000",     // no cap: doubling
        "3, 3, 0, 2, 10, 100000000",
        "1, 1, 6, 1, 30, 1000000",       // the pyramid-math market runs out
        "1, 4, 10, 3, 25, 500000"})
    void newMembersFollowTheRecurrence(int founders, int k, int cap, int delay, int months, long prospects) {
        Scenario s = Scenarios.with(Scenario.DEFAULT, Scenarios.market(prospects, 1.0));
        s = Scenarios.with(s, Scenarios.fixed(founders, k, cap, delay));
        s = Scenarios.with(s, Scenarios.NO_ATTRITION);
        s = Scenarios.run(s, months, 1, 1);
        MlmWorld w = new MlmWorld(s);
        w.reset(ReplicationStreams.of(1, 0), months);
        w.run(months);

        double[] expected = new double[months + 1];
        expected[0] = founders;
        long total = founders;
        for (int t = 1; t <= months; t++) {
            long wanted = 0;
            for (int j = 0; j < t; j++) {
                wanted += (long) expected[j] * recruitsAtAge(t - j, k, cap, delay);
            }
            long got = Math.min(wanted, prospects - total);  // the market runs out
            expected[t] = got;
            total += got;
        }
        assertArrayEquals(expected, w.series(MlmSeries.NEW_RECRUITS));
        assertEquals(total, w.size());
    }

    /** Recruits a member makes in the month when they are {@code age} months old. */
    private static long recruitsAtAge(int age, int k, int cap, int delay) {
        if (age < delay) {
            return 0;
        }
        long before = (long) k * (age - delay);
        if (cap == 0) {
            return k;
        }
        return Math.max(0, Math.min(k, cap - before));
    }

    /** With k = 1, delay 1 and cap c, new(t) is the sum of the previous c months' new members. */
    @ParameterizedTest
    @CsvSource({"2", "3", "6"})
    void withOneAMonthItIsTheSumOfTheLastCMonths(int cap) {
        Scenario s = Scenarios.with(Scenario.DEFAULT, Scenarios.market(1_000_000_000L, 1.0));
        s = Scenarios.with(s, Scenarios.fixed(1, 1, cap, 1));
        s = Scenarios.with(s, Scenarios.NO_ATTRITION);
        s = Scenarios.run(s, 18, 1, 1);
        MlmWorld w = new MlmWorld(s);
        w.reset(ReplicationStreams.of(1, 0), 18);
        w.run(18);
        double[] n = w.series(MlmSeries.NEW_RECRUITS);
        for (int t = 1; t <= 18; t++) {
            double sum = 0;
            for (int j = Math.max(0, t - cap); j < t; j++) {
                sum += n[j];
            }
            assertEquals(sum, n[t], "month " + t);
        }
    }
}
