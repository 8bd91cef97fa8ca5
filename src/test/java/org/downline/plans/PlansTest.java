package org.downline.plans;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The plan registry: names, plan.type's words and declared outputs agree with the plans. */
class PlansTest {

    @Test
    void declaredOutputsAreWhatThePlansReport() {
        for (Plans.Entry<?> e : Plans.all()) {
            CompensationPlan plan = Plans.create(e.kind().defaults(), 0);
            assertEquals(e.outputs() == Plans.Outputs.RANKS, plan.rankNames() != null, e.name() + " ranks");
            assertEquals(e.kind(), e.kind().defaults().kind(), e.name());
            assertEquals(e, Plans.byName(e.name()));
        }
    }

    @Test
    void planTypeListsEveryRegisteredPlanOnce() {
        List<String> names = Plans.all().stream().map(Plans.Entry::name).toList();
        assertEquals(names, Plans.TYPE.words());
        assertEquals(names.size(), names.stream().distinct().count());
    }
}
