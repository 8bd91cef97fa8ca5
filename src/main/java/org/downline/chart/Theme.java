package org.downline.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.Locale;
import org.downline.stats.World;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** The look every chart shares: size, colours, fonts, line styles. */
public final class Theme {

    /** Pixel size of every chart (before the footer the PNG writer adds). */
    public static final int WIDTH = 1100;
    public static final int HEIGHT = 650;

    // Okabe & Ito's colour-blind-safe palette (Color Universal Design, 2008): vermillion, reddish
    // purple, blue and bluish green stay apart for protan, deutan and tritan vision. (Orange beside
    // vermillion did not: both turn yellow-brown for deutan and protan eyes, and crossing lines could
    // not be told apart.) A second quantity's line is dashed too, so no meaning rests on colour alone.

    /** The MLM world: vermillion. */
    public static final Color MLM = new Color(0xD55E00);
    /**
     * A second MLM quantity beside the first (active members, means beside medians, recruits per
     * recruiting member beside per pitch): reddish purple, and a dashed line ({@link #SECOND_LINE}).
     */
    public static final Color MLM_SECOND = new Color(0xCC79A7);
    /** The affiliate world: blue. */
    public static final Color AFFILIATE = new Color(0x0072B2);
    /**
     * Money lines read against a right-hand money axis, and that axis's ticks: bluish green, so that a
     * line on the right axis is not read against the left one in its world's colour.
     */
    public static final Color RIGHT_AXIS = new Color(0x009E73);
    /** Context: prospects, references, equality. */
    public static final Color NEUTRAL = new Color(0x555555);

    static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 20);
    static final Font AXIS_TITLE = new Font(Font.SANS_SERIF, Font.PLAIN, 15);
    static final Font TICK_LABELS = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    static final Font LEGEND = new Font(Font.SANS_SERIF, Font.PLAIN, 14);

    private Theme() {
    }

    /** A world's colour. */
    public static Color of(World world) {
        return world == World.MLM ? MLM : AFFILIATE;
    }

    /** A plain font of the theme's family at {@code size} points. */
    static Font plain(int size) {
        return new Font(Font.SANS_SERIF, Font.PLAIN, size);
    }

    /** A bold font of the theme's family at {@code size} points. */
    static Font bold(int size) {
        return new Font(Font.SANS_SERIF, Font.BOLD, size);
    }

    /** The line of a second quantity drawn beside a first ({@link #MLM_SECOND}): dashed, as wide as a first's. */
    static final BasicStroke SECOND_LINE = dashed(2.5f, 9, 4);

    /** A dashed line {@code width} wide: {@code dash} on, {@code gap} off. */
    static BasicStroke dashed(float width, float dash, float gap) {
        return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {dash, gap}, 0);
    }

    /** {@code color} at {@code alpha} (0..255), for bands. */
    static Color translucent(Color color, int alpha) {
        return new Color(color.getRed(), color.getGreen(), color.getBlue(), alpha);
    }

    /** {@code s} as a solid line of estimates in {@code color}, with round markers; returns it. */
    static XYSeries markedLine(XYSeries s, Color color) {
        s.setLineColor(color);
        s.setMarkerColor(color);
        s.setMarker(SeriesMarkers.CIRCLE);
        s.setLineWidth(2.5f);
        return s;
    }

    /** An empty line chart in the theme. */
    static XYChart xy(String title, String xTitle, String yTitle) {
        XYChart c = xyBuilder(title, xTitle, yTitle).build();
        style(c.getStyler());
        return c;
    }

    /** A builder of a line chart in the theme's size with these titles ({@link #xy}, {@link MonthChart#of}). */
    static XYChartBuilder xyBuilder(String title, String xTitle, String yTitle) {
        return new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title).xAxisTitle(xTitle).yAxisTitle(yTitle);
    }

    /**
     * Puts an x–y chart's legend where no series passes under it: in the first of the plot's top
     * right, bottom right, top left and bottom left corners (a fifth of the height, a quarter of the
     * width) that every series keeps clear of — a line or band anywhere from its lowest to its
     * highest value over that quarter — else below the plot. For charts whose y axes start at 0,
     * once their series are all added; a series on a second axis is measured against that axis's top.
     */
    static void legendWhereClear(XYChart c) {
        double xMin = Double.POSITIVE_INFINITY;
        double xMax = Double.NEGATIVE_INFINITY;
        java.util.Map<Integer, Double> yMaxByAxis = new java.util.HashMap<>();
        for (XYSeries s : c.getSeriesMap().values()) {
            double[] x = s.getXData();
            double[] y = s.getYData();
            for (int i = 0; i < x.length; i++) {
                if (Double.isFinite(x[i]) && Double.isFinite(y[i])) {
                    xMin = Math.min(xMin, x[i]);
                    xMax = Math.max(xMax, x[i]);
                    yMaxByAxis.merge(s.getYAxisGroup(), y[i], Math::max);
                }
            }
        }
        double quarter = (xMax - xMin) / 4;
        Styler.LegendPosition[] corners = {Styler.LegendPosition.InsideNE, Styler.LegendPosition.InsideSE,
            Styler.LegendPosition.InsideNW, Styler.LegendPosition.InsideSW};
        for (Styler.LegendPosition corner : corners) {
            boolean right = corner == Styler.LegendPosition.InsideNE || corner == Styler.LegendPosition.InsideSE;
            boolean top = corner == Styler.LegendPosition.InsideNE || corner == Styler.LegendPosition.InsideNW;
            double from = right ? xMax - quarter : xMin;
            double to = right ? xMax : xMin + quarter;
            boolean clear = true;
            for (XYSeries s : c.getSeriesMap().values()) {
                double yMax = Math.max(0, yMaxByAxis.getOrDefault(s.getYAxisGroup(), 0.0));
                double low = top ? 0.8 * yMax : 0;
                double high = top ? yMax : 0.2 * yMax;
                double[] x = s.getXData();
                double[] y = s.getYData();
                double lo = Double.POSITIVE_INFINITY;
                double hi = Double.NEGATIVE_INFINITY;
                for (int i = 0; i < x.length; i++) {
                    if (x[i] >= from && x[i] <= to && Double.isFinite(y[i])) {
                        lo = Math.min(lo, y[i]);
                        hi = Math.max(hi, y[i]);
                    }
                }
                clear &= !(lo <= high && hi >= low);
            }
            if (clear) {
                c.getStyler().setLegendPosition(corner);
                return;
            }
        }
        c.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
    }

    /**
     * An empty bar chart in the theme: bars side by side, each with its 95% interval drawn [lo, hi]; the
     * legend below the plot, where it covers no bar (in a corner it hid the MLM's top-1% bar at 100%).
     */
    static IntervalBarChart category(String title, String xTitle, String yTitle) {
        IntervalBarChart c = new IntervalBarChart(new CategoryChartBuilder().width(WIDTH).height(HEIGHT).title(title)
                .xAxisTitle(xTitle).yAxisTitle(yTitle));
        style(c.getStyler());
        c.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        c.getStyler().setLegendLayout(Styler.LegendLayout.Horizontal);
        c.getStyler().setAvailableSpaceFill(0.8);
        c.getStyler().setOverlapped(false);
        return c;
    }

    /** White, light grid, readable fonts. */
    static void style(AxesChartStyler s) {
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setPlotBorderVisible(false);
        s.setPlotGridLinesColor(new Color(0xDDDDDD));
        s.setLegendBorderColor(new Color(0xCCCCCC));
        s.setChartTitleFont(TITLE);
        s.setAxisTitleFont(AXIS_TITLE);
        s.setAxisTickLabelsFont(TICK_LABELS);
        s.setLegendFont(LEGEND);
        s.setChartTitleBoxVisible(false);
        s.setChartPadding(14);
        s.setLocale(Locale.US);
        s.setAntiAlias(true);
    }
}
