package org.downline.chart;

import java.awt.Color;
import java.util.Locale;
import org.downline.engine.Results;
import org.downline.model.MlmSeries;
import org.downline.stats.Unit;
import org.downline.stats.WorldResults;
import org.downline.traffic.AffiliateSeries;
import org.knowm.xchart.XYChart;

/** Members ever joined, active members and prospects left, month by month, with 5–95% bands. */
final class GrowthChart implements ResultChart {

    @Override
    public String fileName() {
        return "growth.png";
    }

    @Override
    public String alt() {
        return "Growth of the business, month by month: members ever joined, members active, and prospects "
                + "left in the market";
    }

    @Override
    public String caption() {
        return "What it shows: month by month, how many people have ever joined the MLM, how many are "
                + "still active, and how many prospects (people who would ever join) are left; for affiliate "
                + "marketing, the active sites. Lines are means over replications; shaded bands hold 90% of "
                + "replications (5th to 95th percentile). How to read it: recruiting slows as the prospects "
                + "line falls toward zero — the market saturates, and late joiners find few people left to "
                + "recruit.";
    }

    @Override
    public XYChart build(Results r) {
        XYChart c = Theme.xy(String.format(Locale.US, "Market saturation: %,d prospects in a population of %,d",
                        r.scenario().market().prospects(), r.scenario().market().population()),
                "Month", "People");
        WorldResults m = r.mlm();
        line(c, m, MlmSeries.MEMBERS, Theme.MLM);
        line(c, m, MlmSeries.ACTIVE, Theme.MLM_SECOND);
        line(c, m, MlmSeries.PROSPECTS_LEFT, Theme.NEUTRAL);
        if (r.affiliate() != null) {
            Plot.defined(c, r.affiliate().series(AffiliateSeries.ACTIVE), 1, AffiliateSeries.ACTIVE.label(),
                    Theme.AFFILIATE, 0);
        }
        c.getStyler().setYAxisMin(0.0);
        c.getStyler().setYAxisDecimalPattern(Unit.COUNT.tickPattern());
        Theme.legendWhereClear(c);
        return c;
    }

    private static void line(XYChart c, WorldResults m, MlmSeries s, Color color) {
        Plot.defined(c, m.series(s), 1, s.label(), color, 0);
    }
}
