package org.downline.chart;

import java.util.ArrayList;
import java.util.List;
import org.downline.engine.Results;
import org.downline.stats.Metric;
import org.downline.stats.Summary;
import org.downline.stats.Unit;
import org.downline.stats.World;
import org.downline.stats.WorldResults;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;

/** Who earns what: the share of all commissions going to each slice of participants. */
final class WhoEarnsWhatChart implements ResultChart {

    /** The slices, poorest first; their short labels name the bars. */
    private static final List<Metric> SLICES = List.of(Metric.SHARE_BOTTOM_50, Metric.SHARE_50_TO_90,
            Metric.SHARE_90_TO_99, Metric.SHARE_TOP_1);

    @Override
    public String fileName() {
        return "who-earns-what.png";
    }

    @Override
    public String alt() {
        return "Bar chart: share of all commissions going to the bottom 50%, the next 40%, the next 9% and "
                + "the top 1% of participants";
    }

    @Override
    public String caption() {
        return "What it shows: how all the commissions paid are split among participants ranked by gross "
                + "commissions — the bottom half, the next 40%, the next 9% and the top 1%. How to read it: "
                + "if pay were equal each bar would equal its share of people (50%, 40%, 9%, 1%); a tall "
                + "top-1% bar means a few people take most of the pay.";
    }

    @Override
    public CategoryChart build(Results r) {
        IntervalBarChart c = Theme.category("Who earns what: share of all commissions paid",
                "Participants ranked by gross commissions", "Share of all commissions");
        List<String> slices = SLICES.stream().map(Metric::shortLabel).toList();
        for (WorldResults w : Plot.worlds(r)) {
            List<Summary> values = new ArrayList<>();
            for (Metric m : SLICES) {
                values.add(w.metric(m.key()));
            }
            World world = World.of(w.world());
            CategorySeries s = c.addIntervalSeries(world.label(), slices, values);
            s.setFillColor(Theme.of(world));
        }
        c.getStyler().setYAxisDecimalPattern(Unit.SHARE.tickPattern());
        c.getStyler().setYAxisMin(0.0);
        c.getStyler().setYAxisMax(1.0);
        Plot.fitCategoryLabels(c);
        return c;
    }
}
