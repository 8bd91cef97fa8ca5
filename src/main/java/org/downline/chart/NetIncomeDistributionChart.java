package org.downline.chart;

import java.util.Arrays;
import java.util.List;
import org.downline.engine.Results;
import org.downline.stats.IncomeBands;
import org.downline.stats.Metric;
import org.downline.stats.Unit;
import org.downline.stats.World;
import org.downline.stats.WorldResults;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;

/** Share of participants in each band of net income, with 95% confidence intervals. */
final class NetIncomeDistributionChart implements ResultChart {

    @Override
    public String fileName() {
        return "net-income-distribution.png";
    }

    @Override
    public String alt() {
        return "Bar chart: share of participants in each band of net income, from lost over $5,000 to made "
                + "$50,000 or more";
    }

    @Override
    public String caption() {
        return "What it shows: the share of all participants in each band of net income over their whole "
                + "time in the business, after every cost; bars for MLM and, where it was run, for affiliate "
                + "marketing side by side, " + WITH_INTERVALS + ". How to read it: bars left of the middle are people "
                + "who lost money; the legend gives each world's share losing money.";
    }

    @Override
    public CategoryChart build(Results r) {
        IntervalBarChart c = Theme.category("Net income over each participant's time in the business",
                "Net income (commissions + retail profit − all costs)", "Share of participants");
        List<String> labels = Arrays.asList(IncomeBands.LABELS);
        for (WorldResults w : Plot.worlds(r)) {
            World world = World.of(w.world());
            String title = world.label() + ": " + Unit.SHARE.text(w.metric(Metric.SHARE_LOSING_MONEY.key()).mean())
                    + " lost money";
            CategorySeries s = c.addIntervalSeries(title, labels, Arrays.asList(w.bands()));
            s.setFillColor(Theme.of(world));
        }
        c.getStyler().setYAxisDecimalPattern(Unit.SHARE.tickPattern());
        c.getStyler().setYAxisMin(0.0);
        c.getStyler().setAxisTickLabelsFont(Theme.plain(11));   // the bands' exact labels side by side
        Plot.fitCategoryLabels(c);
        return c;
    }
}
