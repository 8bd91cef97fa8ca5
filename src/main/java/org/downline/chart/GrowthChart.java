package org.downline.chart;

import java.awt.Color;
import java.util.Locale;
import org.downline.engine.Results;
import org.downline.model.MlmSeries;
import org.downline.stats.Unit;
import org.downline.stats.WorldResults;
import org.downline.traffic.AffiliateSeries;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.Styler;

/** Members ever joined, active members and prospects left, month by month, with 5–95% bands. */
final class GrowthChart implements ResultChart {

    @Override
    public String fileName() {
        return "growth.png";
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
        c.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
        return c;
    }

    private static void line(XYChart c, WorldResults m, MlmSeries s, Color color) {
        Plot.defined(c, m.series(s), 1, s.label(), color, 0);
    }
}
