package org.downline.stats;

import java.util.EnumSet;
import java.util.Set;
import org.downline.scenario.RecruitmentModel;

/**
 * A monthly time series, declared once by the world that records it (an enum constant): its key in
 * {@code timeseries.csv}, a reader's label, its unit, its world, the recruitment models that report
 * it and what it means. A replication keeps a world's series as {@code double[series][month]} in the
 * order the world reports them; everything downstream finds them by this descriptor.
 */
public interface Series {

    /** The name in {@code timeseries.csv}'s {@code metric} column. */
    String key();

    /** A reader's name, for chart legends. */
    String label();

    Unit unit();

    World world();

    /** What it means, in one line. */
    String description();

    /** The recruitment models under which it is reported (all but a few MLM series: every model). */
    default Set<RecruitmentModel> models() {
        return EnumSet.allOf(RecruitmentModel.class);
    }
}
