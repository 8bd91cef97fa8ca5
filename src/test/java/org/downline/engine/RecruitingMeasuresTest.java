package org.downline.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.downline.scenario.NetworkKind;
import org.downline.scenario.Scenario;
import org.downline.stats.Metrics;
import org.downline.stats.SeriesSummary;
import org.downline.stats.WorldResults;
import org.downline.testing.Scenarios;
import org.junit.jupiter.api.Test;

/** The recruiting measures: peak month for every model, pitches only where there are pitches. */
class RecruitingMeasuresTest {

    private static final List<String> CONTACTS_SERIES = List.of("pitches", "recruiters", "recruitsPerPitch",
            "pitchesPerRecruit", "recruitsPerRecruiter", "shareNoUnaskedLeft", "unasked", "unaskedProspects");

    /**
     * Everyone recruits one a month, nobody quits, 1000 prospects: 2^t members after t months, so
     * 256 join in month 9, the remaining 488 in month 10 and none after: the peak is month 10.
     */
    @Test
    void peakRecruitingMonthOfTheDoublingPyramid() {
        Scenario s = Scenarios.with(Scenario.DEFAULT, Scenarios.market(1000, 1.0));
        s = Scenarios.with(s, Scenarios.fixed(1, 1, 0, 1));
        s = Scenarios.with(s, Scenarios.NO_ATTRITION);
        s = Scenarios.run(s, 14, 2, 1);
        WorldResults mlm = Simulation.run(s, new RunOptions(1), ProgressListener.NONE).mlm();
        assertEquals(10, mlm.metric(Metrics.PEAK_RECRUITING_MONTH).mean());
        assertEquals(488, mlm.series("newRecruits").mean()[10]);
        assertEquals(256, mlm.series("newRecruits").mean()[9]);
    }

    @Test
    void bassRunsHaveNoPitchSeries() {
        Scenario s = Scenarios.run(Scenarios.with(Scenario.DEFAULT, Scenarios.market(20_000, 0.2)), 6, 2, 1);
        WorldResults mlm = Simulation.run(s, new RunOptions(1), ProgressListener.NONE).mlm();
        for (SeriesSummary series : mlm.series()) {
            assertFalse(CONTACTS_SERIES.contains(series.key()), series.key());
        }
        assertFalse(mlm.metrics().containsKey(Metrics.PITCHES_PER_RECRUIT));
        assertTrue(mlm.metrics().containsKey(Metrics.PEAK_RECRUITING_MONTH));
    }

    /**
     * A contacts run reports every contacts series, and they agree with each other: recruits per
     * pitch is the month's recruits over its pitches in every replication, so on average it lies
     * between the 5th and 95th percentiles; the run's pitches per recruit is total over total.
     */
    @Test
    void contactsRunsReportPitchesAndTheirRatios() {
        Scenario s = Scenarios.with(Scenario.DEFAULT,
                Scenarios.market(50_000, 0.3, false, NetworkKind.SMALL_WORLD, 30, 0.1));
        s = Scenarios.with(s, Scenarios.contacts(20, 4, 0.3, Scenario.DEFAULT.recruitment().effort()));
        s = Scenarios.run(s, 12, 4, 2);
        ReplicationResult[] reps = Simulation.replications(s, new RunOptions(2));
        Results r = Simulation.run(s, new RunOptions(2), ProgressListener.NONE);
        WorldResults mlm = r.mlm();
        for (String key : CONTACTS_SERIES) {
            mlm.series(key);                                 // throws if missing
        }
        String[] keys = Simulation.mlmSeriesKeys(s);
        int pitches = List.of(keys).indexOf("pitches");
        int recruits = List.of(keys).indexOf("newRecruits");
        int perPitch = List.of(keys).indexOf("recruitsPerPitch");
        for (ReplicationResult rep : reps) {
            double[][] series = rep.mlmSeries();
            double totalPitches = 0;
            double totalRecruits = 0;
            assertTrue(Double.isNaN(series[perPitch][0]), "no pitches in month 0");
            for (int t = 1; t <= s.months(); t++) {
                totalPitches += series[pitches][t];
                totalRecruits += series[recruits][t];
                if (series[pitches][t] > 0) {
                    assertEquals(series[recruits][t] / series[pitches][t], series[perPitch][t], 1e-12);
                }
            }
            assertTrue(totalPitches > 0);
            assertEquals(totalPitches / totalRecruits, rep.mlm().get(Metrics.PITCHES_PER_RECRUIT), 1e-9);
            double peak = rep.mlm().get(Metrics.PEAK_RECRUITING_MONTH);
            for (int t = 1; t <= s.months(); t++) {
                assertTrue(series[recruits][t] <= series[recruits][(int) peak], "month " + t + " beats the peak");
            }
        }
    }
}
