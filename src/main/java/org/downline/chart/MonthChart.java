package org.downline.chart;

import java.awt.Graphics2D;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.internal.chartpart.Axis;
import org.knowm.xchart.style.XYStyler;

/**
 * An x–y chart by month (growth, and the charts by month of joining: {@link JoinMonthChart}) whose x axis,
 * one month long, is labelled whatever its plot's width ({@link #paint}).
 */
class MonthChart extends XYChart {

    MonthChart(XYChartBuilder builder) {
        super(builder);
    }

    /** An empty chart by month in the theme ({@link Theme#xy}). */
    static MonthChart of(String title, String xTitle, String yTitle) {
        return styled(new MonthChart(Theme.xyBuilder(title, xTitle, yTitle)));
    }

    /** {@code c} in the theme ({@link Theme#style}). */
    static <C extends MonthChart> C styled(C c) {
        Theme.style(c.getStyler());
        return c;
    }

    /** Paints the chart, and paints it again if its one-month x axis was left without labels ({@link #spaceOneMonth}). */
    @Override
    public void paint(Graphics2D g, int width, int height) {
        super.paint(g, width, height);
        if (spaceOneMonth()) {
            super.paint(g, width, height);              // over the first: XChart paints the whole chart
        }
    }

    /**
     * Whether the x axis, one month long (its range set by {@link Plot#joinMonthTicks}: a run of one month,
     * a single join month; or its data's, months 0 and 1 of a one-month run's growth), was left without
     * labels, its tick spacing ({@link Plot#monthTicks}: three quarters of the chart's width, 825 pixels)
     * wider than the plot: XChart 3.8.8 then labels nothing and leaves the axis no room for labels, and
     * a plot beside right-hand axes is narrower (the outlook's beside both, about 837 pixels). If so, the
     * spacing is set to {@link Plot#MONTH_SPACING} of the plot's width, a step of a month, for the chart
     * to be painted again. Known only once painted: laid out before PngWriter fits its title, the chart
     * kept its title's first height.
     */
    private boolean spaceOneMonth() {
        XYStyler st = getStyler();
        Axis<?, ?> x = axisPair.getXAxis();
        if (Plot.xSpan(this) != 1 || !x.getAxisTickCalculator().getTickLabels().isEmpty()) {
            return false;
        }
        int spacing = (int) Math.round(Plot.MONTH_SPACING * x.getBounds().getWidth());
        if (spacing >= st.getXAxisTickMarkSpacingHint()) {
            return false;                                   // no narrower: nothing to gain
        }
        st.setXAxisTickMarkSpacingHint(spacing);
        return true;
    }
}
