package org.downline.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.downline.model.MlmSeries;
import org.downline.scenario.RecruitmentModel;
import org.downline.traffic.AffiliateSeries;
import org.junit.jupiter.api.Test;

class SeriesDescriptorsTest {

    @Test
    void everySeriesDescribesItselfAndKeysAreUniqueWithinItsWorld() {
        List<Series> all = new ArrayList<>(List.of(MlmSeries.values()));
        all.addAll(List.of(AffiliateSeries.values()));
        Set<String> keys = new HashSet<>();
        for (Series s : all) {
            assertTrue(keys.add(s.world().key() + "/" + s.key()), "duplicate " + s.key());
            assertFalse(s.label().isBlank(), s.key());
            assertFalse(s.description().isBlank(), s.key());
            assertFalse(s.models().isEmpty(), s.key());
        }
        assertEquals(World.MLM, MlmSeries.MEMBERS.world());
        assertEquals(World.AFFILIATE, AffiliateSeries.MEMBERS.world());
    }

    /** A model reports exactly the series declared for it, in declaration order. */
    @Test
    void reportedSeriesFollowTheirModels() {
        for (RecruitmentModel model : RecruitmentModel.values()) {
            List<MlmSeries> reported = MlmSeries.reported(model);
            int last = -1;
            for (MlmSeries s : MlmSeries.values()) {
                assertEquals(s.models().contains(model), reported.contains(s), s.key() + " under " + model);
                if (reported.contains(s)) {
                    assertTrue(s.ordinal() > last);
                    last = s.ordinal();
                }
            }
        }
        assertFalse(MlmSeries.reported(RecruitmentModel.BASS).contains(MlmSeries.PITCHES));
        assertTrue(MlmSeries.reported(RecruitmentModel.CONTACTS).contains(MlmSeries.PITCHES));
    }
}
